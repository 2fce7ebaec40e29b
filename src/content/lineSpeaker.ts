// Who says a line, for a transcript. Authors tag a line `speaker` (and `mood`) when a character
// speaks in it, but many such lines open with narration ("Emil looks at Viktor before he answers.
// "Yes."") and read wrong with a name in front ("Emil (flat): Emil looks at Viktor…"). A line is
// attributed only when it opens with the spoken words; otherwise it reads as narration, which
// already names who speaks.
import type { LineTags } from './types';
import { readableId } from '../util/words';

export interface Attribution {
  speaker: string;
  /** The speaker's mood as words ("shut down"), never the raw id. */
  mood?: string;
}

/** Straight and curly double and single quotes, and guillemets. */
const OPENING_QUOTE = /^["“‘'«]/;

export function attributionOf(line: { text: string; tags: Pick<LineTags, 'speaker' | 'mood'> }): Attribution | null {
  const { speaker, mood } = line.tags;
  if (!speaker || !OPENING_QUOTE.test(line.text.trim())) return null;
  return mood ? { speaker, mood: readableId(mood) } : { speaker };
}
