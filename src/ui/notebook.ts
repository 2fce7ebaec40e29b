// The trainee's notebook: a searchable list of every indicator in the taxonomy (not only the ones
// this story shows, so flagging is a judgement, not a hint) and the list of what is flagged, each
// entry removable. The notebook only reports intents; the engine owns the flags.
import { h, replaceChildren, uniqueId } from './dom';
import { createIndicatorSearch, type SearchableIndicator } from './indicatorSearch';

export type IndicatorOption = SearchableIndicator;

export interface NotebookHandlers {
  onFlag: (id: string) => void;
  onUnflag: (id: string) => void;
}

export interface Notebook {
  element: HTMLElement;
  /** Re-renders both lists for the engine's current flags. */
  update(flagged: readonly string[]): void;
}

export function createNotebook(options: readonly IndicatorOption[], handlers: NotebookHandlers): Notebook {
  const byId = new Map(options.map((option) => [option.id, option]));
  const index = createIndicatorSearch(options);
  const searchId = uniqueId('indicator-search');
  const search = h('input', { attrs: { id: searchId, type: 'search', autocomplete: 'off', 'aria-controls': `${searchId}-results` } });
  const flaggedList = h('ul', { className: 'flagged' });
  const results = h('ul', { className: 'indicator-results', attrs: { id: `${searchId}-results`, 'aria-label': 'Indicators' } });
  const status = h('p', { className: 'visually-hidden', attrs: { role: 'status' } });
  let flagged: readonly string[] = [];

  const render = (): void => {
    const flaggedSet = new Set(flagged);
    replaceChildren(
      flaggedList,
      ...(flagged.length === 0
        ? [h('li', {}, 'Nothing flagged yet.')]
        : flagged.map((id) => {
            const label = byId.get(id)?.label ?? id;
            return h(
              'li',
              {},
              label,
              ' ',
              h(
                'button',
                {
                  attrs: { type: 'button', 'aria-label': `Remove ${label}` },
                  on: {
                    click: () => {
                      handlers.onUnflag(id);
                      status.textContent = `Removed: ${label}`;
                      search.focus();
                    },
                  },
                },
                'Remove',
              ),
            );
          })),
    );
    const matches = index
      .search(search.value)
      .filter((id) => !flaggedSet.has(id))
      .flatMap((id) => byId.get(id) ?? []);
    replaceChildren(
      results,
      ...(matches.length === 0
        ? [h('li', {}, 'No indicator matches.')]
        : matches.map((option) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  attrs: { type: 'button', title: option.definition, 'aria-label': `Flag ${option.label}` },
                  on: {
                    click: () => {
                      handlers.onFlag(option.id);
                      status.textContent = `Flagged: ${option.label}`;
                      search.focus();
                    },
                  },
                },
                option.label,
              ),
            ),
          )),
    );
  };

  search.addEventListener('input', render);
  const element = h(
    'section',
    { className: 'notebook', attrs: { 'aria-labelledby': 'notebook-heading' } },
    h('h2', { attrs: { id: 'notebook-heading' } }, 'Notebook'),
    h('h3', {}, 'Flagged indicators'),
    flaggedList,
    h('h3', {}, 'Flag an indicator'),
    h('label', { attrs: { for: searchId } }, 'Search indicators'),
    ' ',
    search,
    results,
    status,
  );
  render();
  return {
    element,
    update(next) {
      flagged = next;
      render();
    },
  };
}
