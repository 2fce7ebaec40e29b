// The story so far, line by line, with the trainee's own choices and answers where they made them.
// The list is an ARIA log (polite live region) so screen readers announce new lines; the caller
// moves focus to the first new line so keyboard users continue from there. Text is set as text
// nodes only, each piece of the story's own text in an element of its own direction (dir=auto), so a
// right-to-left line keeps its punctuation in place inside the page's left-to-right layout.
import { h } from './dom';

export type TranscriptItem =
  | { kind: 'narration'; text: string; sound?: string }
  /** A line spoken by a character: the name (and mood, as words) go in front of it. */
  | { kind: 'speech'; speaker: string; mood?: string; text: string; sound?: string }
  /** What the trainee did: a choice, a form answer. */
  | { kind: 'action'; text: string };

export interface Transcript {
  element: HTMLElement;
  /**
   * Shows `items` (the whole transcript so far): appends the ones not shown yet, or redraws when
   * it is another transcript. Returns the first new item (to move focus to), or null.
   */
  sync(items: readonly TranscriptItem[]): HTMLElement | null;
}

export function createTranscript(): Transcript {
  const log = h('ol', { className: 'transcript' });
  const element = h(
    'section',
    { className: 'transcript-panel', attrs: { 'aria-labelledby': 'transcript-heading' } },
    h('h2', { attrs: { id: 'transcript-heading' } }, 'Story'),
    h('div', { attrs: { role: 'log', 'aria-live': 'polite', 'aria-labelledby': 'transcript-heading' } }, log),
  );
  let shown: readonly TranscriptItem[] = [];
  return {
    element,
    sync(items) {
      // The same transcript grows by appending; anything else (another attempt) is drawn afresh.
      const continues = items.length >= shown.length && shown.every((item, i) => item === items[i]);
      if (!continues) {
        log.replaceChildren();
        shown = [];
      }
      let first: HTMLElement | null = null;
      for (const item of items.slice(shown.length)) {
        const rendered = renderItem(item);
        log.appendChild(rendered);
        first ??= rendered;
      }
      shown = items;
      return first;
    },
  };
}

function renderItem(item: TranscriptItem): HTMLLIElement {
  if (item.kind === 'action') {
    return h('li', { className: 'action', attrs: { tabindex: -1 } }, h('span', { className: 'visually-hidden' }, 'You: '), storyText(item.text));
  }
  const caption = item.sound ? h('span', { className: 'caption' }, `[${item.sound}] `) : null;
  if (item.kind === 'narration') return h('li', { className: 'narration', attrs: { tabindex: -1 } }, caption, storyText(item.text));
  return h(
    'li',
    { className: 'speech', attrs: { tabindex: -1 } },
    caption,
    h('span', { className: 'speaker', attrs: { dir: 'auto' } }, item.speaker),
    item.mood ? h('span', { className: 'mood' }, ' (', storyText(item.mood), ')') : null,
    h('span', { className: 'visually-hidden' }, ':'),
    ' ',
    h('span', { className: 'words', attrs: { dir: 'auto' } }, item.text),
  );
}

/** A piece of the story's text, set apart in its own direction (see the top of this file). */
function storyText(text: string): HTMLElement {
  return h('span', { attrs: { dir: 'auto' } }, text);
}
