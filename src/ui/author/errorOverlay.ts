// Author mode's error overlay: every error of every story that failed to compile after a save,
// each as `file:line: message` (the words `npm run stories -- check` prints), all at once. It stays
// until a save compiles again, and never blocks the page underneath (the last good version of the
// story keeps playing).
import { h, replaceChildren } from '../dom';

export interface StoryErrors {
  /** The root story that failed (repo-relative). */
  root: string;
  /** Its errors, formatted `file:line: message`. */
  messages: readonly string[];
}

export interface ErrorOverlay {
  element: HTMLElement;
  show(errors: readonly StoryErrors[]): void;
}

export function createErrorOverlay(): ErrorOverlay {
  const element = h('section', { className: 'author-errors', attrs: { role: 'alert', 'aria-labelledby': 'author-errors-heading', hidden: true } });
  return {
    element,
    show(errors) {
      element.hidden = errors.length === 0;
      if (errors.length === 0) return replaceChildren(element);
      const count = errors.reduce((sum, story) => sum + story.messages.length, 0);
      replaceChildren(
        element,
        h('h2', { attrs: { id: 'author-errors-heading' } }, `${count} error${count === 1 ? '' : 's'} in the stories`),
        h('p', {}, 'Fix them and save: this disappears when the story compiles. The page keeps the last version that compiled.'),
        ...errors.map((story) => h('div', {}, h('h3', {}, story.root), h('ul', {}, ...story.messages.map((message) => h('li', {}, h('code', {}, message)))))),
      );
    },
  };
}
