// Finds every tag in Ink source text with its line number and where it sits, because the runtime
// (inkjs) keeps tags but forgets lines, and a trainer needs `file:line` for every mistake.
// Positions follow Ink's own rules: header tags are the tag-only lines at the very top of the root
// file (Ink's global tags: anything else first, even INCLUDE, ends them), choice tags sit inside the
// [ ] of a `*`/`+` choice, and every other tag belongs to an output line.
import { splitLines, stripComments } from './sourceText';

import type { TagPosition } from './tagVocabulary';

export type { TagPosition } from './tagVocabulary';

export interface ScannedTag {
  file: string;
  /** 1-based. */
  line: number;
  position: TagPosition;
  /** The tag's text after `#`, trimmed. */
  text: string;
  /** The tag is on a line with no text of its own (Ink attaches it to the next output line). */
  aloneOnLine: boolean;
  /** Contains `{...}`: its value is only known at run time. */
  dynamic: boolean;
}

const choiceStart = /^\s*(?:[*+]\s*)+/;

interface LineScan {
  tags: Array<{ text: string; inChoiceBrackets: boolean }>;
  hasText: boolean;
}

/**
 * Splits one comment-free line into its tags, honouring `\` escapes and choice brackets. As in
 * Ink, a tag runs to the next `#` or the end of the line; a tag inside `{...}` (an inline
 * conditional or alternative) also ends at that block's `}` or `|`; `{...}` inside a tag is
 * dynamic text and does not end it.
 */
export function scanLine(lineText: string): LineScan {
  const choice = choiceStart.exec(lineText);
  let i = choice ? choice[0].length : 0;
  const tags: LineScan['tags'] = [];
  let textOutsideTags = '';
  let depth = 0;
  let bracketState: 'before' | 'inside' | 'after' = choice ? 'before' : 'after';
  let current: { text: string; inChoiceBrackets: boolean; depth: number } | null = null;

  const closeTag = () => {
    if (current) tags.push({ text: current.text.trim(), inChoiceBrackets: current.inChoiceBrackets });
    current = null;
  };

  while (i < lineText.length) {
    const ch = lineText[i]!;
    if (ch === '\\') {
      const escaped = lineText.slice(i, i + 2);
      if (current) current.text += escaped;
      else textOutsideTags += escaped;
      i += 2;
      continue;
    }
    const atTagLevel = current !== null && depth === current.depth;
    if (ch === '#' && (current === null || atTagLevel)) {
      closeTag();
      current = { text: '', inChoiceBrackets: bracketState === 'inside', depth };
      i++;
      continue;
    }
    if (atTagLevel && (ch === '}' || ch === '|') && depth > 0) closeTag();
    if (current === null && depth === 0 && choice && ch === '[' && bracketState === 'before') {
      bracketState = 'inside';
      i++;
      continue;
    }
    if (depth === 0 && choice && ch === ']' && bracketState === 'inside') {
      closeTag();
      bracketState = 'after';
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' && depth > 0) depth--;
    if (current) current.text += ch;
    else textOutsideTags += ch;
    i++;
  }
  closeTag();
  return { tags, hasText: choice !== null || textOutsideTags.trim() !== '' };
}

export function scanTags(file: string, text: string, isRoot: boolean): ScannedTag[] {
  const found: ScannedTag[] = [];
  let inHeader = isRoot;
  splitLines(stripComments(text)).forEach((lineText, index) => {
    const scan = scanLine(lineText);
    if (inHeader && (scan.hasText || (scan.tags.length === 0 && lineText.trim() !== ''))) inHeader = false;
    for (const tag of scan.tags) {
      found.push({
        file,
        line: index + 1,
        position: inHeader ? 'header' : tag.inChoiceBrackets ? 'choice' : 'line',
        text: tag.text,
        aloneOnLine: !scan.hasText,
        dynamic: /[{}]/.test(tag.text),
      });
    }
  });
  return found;
}
