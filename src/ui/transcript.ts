// The story so far, line by line. The list is an ARIA log (polite live region) so screen readers
// announce new lines; the caller moves focus to the first new line so keyboard users continue from
// there. Text is set as text nodes only.
import { h } from './dom';

export interface TranscriptLine {
  text: string;
  speaker?: string;
  mood?: string;
  /** The caption of the line's sound (`sfx` tag), shown with the line for everyone. */
  sound?: string;
}

export interface Transcript {
  element: HTMLElement;
  /** Appends lines and returns the first new one (to move focus to), or null if there were none. */
  appendLines(lines: readonly TranscriptLine[]): HTMLElement | null;
  /** Adds a note of what the trainee did (a choice, a form), styled apart from story text. */
  appendAction(text: string): void;
}

export function createTranscript(): Transcript {
  const log = h('ol', { className: 'transcript' });
  const element = h(
    'section',
    { className: 'transcript-panel', attrs: { 'aria-labelledby': 'transcript-heading' } },
    h('h2', { attrs: { id: 'transcript-heading' } }, 'Story'),
    h('div', { attrs: { role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'transcript-heading' } }, log),
  );
  return {
    element,
    appendLines(lines) {
      let first: HTMLElement | null = null;
      for (const line of lines) {
        const item = renderLine(line);
        log.appendChild(item);
        first ??= item;
      }
      return first;
    },
    appendAction(text) {
      log.appendChild(h('li', { className: 'action' }, h('span', { className: 'visually-hidden' }, 'You: '), text));
    },
  };
}

function renderLine(line: TranscriptLine): HTMLLIElement {
  const caption = line.sound ? h('span', { className: 'caption' }, `[${line.sound}] `) : null;
  if (!line.speaker) return h('li', { className: 'narration', attrs: { tabindex: -1 } }, caption, line.text);
  return h(
    'li',
    { className: 'speech', attrs: { tabindex: -1 } },
    caption,
    h('span', { className: 'speaker' }, line.speaker),
    line.mood ? h('span', { className: 'mood' }, ` (${line.mood})`) : null,
    h('span', { className: 'visually-hidden' }, ':'),
    ' ',
    h('span', { className: 'words' }, line.text),
  );
}
