// Author mode's side panel (npm run author; never in the trainee's page): what the story is doing
// under the scene, for the trainer writing it. Every value arrives computed (src/app/author/
// authorView.ts reads the attempt actor and the engine's scoring): this only draws them. A section
// is redrawn only when its own values change, so the knot buttons keep focus while the story runs.
import { h, replaceChildren, type Child } from '../dom';

/** A line or choice and its tags, each as the author wrote it (`indicator: documents_withheld`). */
export interface TaggedText {
  text: string;
  tags: readonly string[];
  /** A choice the interview does not offer now, and why. */
  unavailable?: string;
}

export interface AuthorPanelState {
  /** The story on screen (its title and root file), or null on the menu. */
  story: { title: string; source: string } | null;
  /** Set when the attempt was started from the knot list: it is not a trainee attempt. */
  startKnot: string | null;
  /** What the last save did (reloaded at the same point, or restarted and why). */
  notice: string | null;
  lines: readonly TaggedText[];
  choices: readonly TaggedText[];
  /** The running score per competency (null: the story has no answer key, so it is not scored). */
  scores: ReadonlyArray<{ label: string; value: number }> | null;
  interview: { phase: string; rapport: number; distress: number; overwhelmed: boolean } | null;
  indicators: ReadonlyArray<{ id: string; label: string; flagged: boolean }>;
  /** The knots the story can be started at. */
  knots: readonly string[];
  /**
   * The shown story's warnings as `file:line: message`: it plays, but something in it is likely a
   * mistake (an unscored question, a scene with no file...). Errors are the overlay's.
   */
  warnings: readonly string[];
}

export interface AuthorPanel {
  element: HTMLElement;
  show(state: AuthorPanelState): void;
}

export function createAuthorPanel(onJump: (knot: string) => void): AuthorPanel {
  const sections = {
    banner: h('div'),
    notice: h('div', { attrs: { role: 'status', 'aria-live': 'polite' } }),
    interview: h('section', { attrs: { 'aria-labelledby': 'author-interview' } }),
    scores: h('section', { attrs: { 'aria-labelledby': 'author-scores' } }),
    indicators: h('section', { attrs: { 'aria-labelledby': 'author-indicators' } }),
    warnings: h('section', { attrs: { 'aria-labelledby': 'author-warnings' } }),
    step: h('section', { attrs: { 'aria-labelledby': 'author-step' } }),
    knots: h('section', { attrs: { 'aria-labelledby': 'author-knots' } }),
  };
  const element = h(
    'aside',
    { className: 'author-panel', attrs: { 'aria-label': 'Author mode' } },
    h('h2', {}, 'Author mode'),
    ...Object.values(sections),
  );
  const shown = new Map<HTMLElement, string>();
  /** Redraws `section` only when `values` differ from what it shows. */
  const update = (section: HTMLElement, values: unknown, draw: () => Child[]): void => {
    const key = JSON.stringify(values);
    if (shown.get(section) === key) return;
    shown.set(section, key);
    replaceChildren(section, ...draw());
  };

  return {
    element,
    show(state) {
      update(sections.banner, [state.story, state.startKnot], () => [
        h('p', { className: 'author-banner' }, 'Preview only: nothing played here is recorded or sent anywhere.'),
        state.story && h('p', {}, h('strong', {}, state.story.title), ' ', h('code', {}, state.story.source)),
        state.startKnot !== null &&
          h('p', { className: 'author-jumped', attrs: { role: 'note' } }, 'Started at knot ', h('code', {}, state.startKnot), ': not a trainee attempt (scores count from the knot only).'),
      ]);
      update(sections.notice, state.notice, () => [state.notice && h('p', { className: 'author-notice' }, state.notice)]);
      update(sections.interview, state.interview, () => [
        h('h3', { attrs: { id: 'author-interview' } }, 'Interview'),
        state.interview
          ? definitions([
              ['Phase', state.interview.phase],
              ['Rapport', signed(state.interview.rapport)],
              ['Distress', `${state.interview.distress}${state.interview.overwhelmed ? ' (overwhelmed)' : ''}`],
            ])
          : h('p', {}, 'No story is running.'),
      ]);
      update(sections.scores, state.scores, () => [
        h('h3', { attrs: { id: 'author-scores' } }, 'Running score'),
        state.scores === null ? h('p', {}, 'Not scored (no answer key), or no story is running.') : definitions(state.scores.map(({ label, value }) => [label, String(value)])),
      ]);
      update(sections.indicators, state.indicators, () => [
        h('h3', { attrs: { id: 'author-indicators' } }, 'Indicators shown'),
        state.indicators.length === 0
          ? h('p', {}, 'None yet.')
          : h('ul', {}, ...state.indicators.map((indicator) => h('li', {}, h('code', {}, indicator.id), ` ${indicator.label}`, indicator.flagged ? ' (flagged)' : ''))),
      ]);
      update(sections.warnings, [state.story?.source, state.warnings], () => [
        h('h3', { attrs: { id: 'author-warnings' } }, state.warnings.length === 0 ? 'Warnings' : `Warnings (${state.warnings.length})`),
        state.story === null
          ? h('p', {}, 'Open a scenario to see its warnings.')
          : state.warnings.length === 0
            ? h('p', {}, 'None: check --quick finds nothing to warn about in this story.')
            : h('ul', { className: 'author-warnings' }, ...state.warnings.map((warning) => h('li', {}, h('code', {}, warning)))),
      ]);
      update(sections.step, [state.lines, state.choices], () => [
        h('h3', { attrs: { id: 'author-step' } }, 'Lines and choices with their tags'),
        // The choices on offer first: the lines so far grow long, the choices are what comes next.
        state.choices.length > 0 && h('h4', {}, 'Choices now'),
        state.choices.length > 0 && h('ol', { className: 'author-choices', attrs: { start: 0 } }, ...state.choices.map((choice) => tagged('li', choice))),
        h('h4', {}, 'Lines so far'),
        h('ol', { className: 'author-lines' }, ...state.lines.map((line) => tagged('li', line))),
      ]);
      update(sections.knots, [state.story?.source, state.knots], () => [
        h('h3', { attrs: { id: 'author-knots' } }, 'Jump to knot'),
        state.knots.length === 0
          ? h('p', {}, 'Open a scenario to list its knots.')
          : h(
              'ul',
              { className: 'author-knots' },
              ...state.knots.map((knot) => h('li', {}, h('button', { attrs: { type: 'button', 'aria-label': `Jump to knot ${knot}` }, on: { click: () => onJump(knot) } }, knot))),
            ),
      ]);
    },
  };
}

function tagged(tag: 'li', item: TaggedText): HTMLElement {
  return h(
    tag,
    {},
    h('span', { className: 'author-text' }, item.text),
    ...item.tags.map((label) => h('code', { className: 'author-tag' }, `# ${label}`)),
    item.unavailable !== undefined && h('span', { className: 'author-unavailable' }, ` (not offered now: ${item.unavailable})`),
  );
}

function definitions(rows: ReadonlyArray<readonly [string, string]>): HTMLElement {
  return h('dl', { className: 'author-values' }, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
