// The menu: every story found in stories/, playable ones as cards with the trainee's progress
// (not started / in progress with Resume and Discard / completed with the best result), broken
// ones with their `path:line: message` errors so a trainer sees what to fix while the other
// stories stay playable.
import { formatDiagnostic, type CatalogEntry, type ScenarioSummary } from '../content/types';
import { focusableHeading, h } from './dom';

/** What the records say about one scenario for this trainee (the page computes it; this shows it). */
export interface CardProgress {
  /** An attempt in progress: resume it or discard it. */
  inProgress?: { startedAt: string; onResume: () => void; onDiscard: () => void };
  completed: number;
  /** The best completed result: overall score and whether it passed. */
  best?: { overall: number; passed: boolean };
}

export interface StoryListProps {
  stories: readonly CatalogEntry[];
  /** Per scenario id; a scenario without an entry is not started. */
  progress?: ReadonlyMap<string, CardProgress>;
  /** Things the trainee must be told (a save set aside, storage problems...), one per paragraph. */
  notices?: readonly string[];
  /** Shown above the scenarios: the trainee's details. */
  profile?: HTMLElement;
  /** Shown below the scenarios: the exports. */
  exports?: HTMLElement;
  onOpen: (scenario: ScenarioSummary) => void;
}

export function renderStoryList(props: StoryListProps): HTMLElement {
  const playable = props.stories.flatMap((result) => (result.ok ? [result.scenario] : []));
  const broken = props.stories.flatMap((result) => (result.ok ? [] : [result]));
  const notices = props.notices ?? [];
  return h(
    'section',
    { className: 'screen story-list', attrs: { 'aria-labelledby': 'stories-heading' } },
    focusableHeading(1, 'Scenarios', 'stories-heading'),
    notices.length > 0 ? h('div', { className: 'notice', attrs: { role: 'alert' } }, ...notices.map((text) => h('p', {}, text))) : null,
    props.profile ?? null,
    playable.length === 0
      ? h('p', {}, 'No playable scenario was found in stories/.')
      : h('ul', { className: 'cards' }, ...playable.map((scenario) => renderPlayable(scenario, props.progress?.get(scenario.meta.id), props.onOpen))),
    props.exports ?? null,
    broken.length > 0 ? renderBroken(broken) : null,
  );
}

/** Not started / in progress (resume, discard) / completed N times with the best result. */
function renderProgress(title: string, progress: CardProgress | undefined): HTMLElement {
  const parts: Array<HTMLElement | null> = [];
  if (!progress || (!progress.inProgress && progress.completed === 0)) parts.push(h('p', { className: 'status' }, 'Not started'));
  if (progress?.inProgress) {
    const started = new Date(progress.inProgress.startedAt);
    parts.push(
      h('p', { className: 'status' }, `In progress${Number.isNaN(started.getTime()) ? '' : ` (started ${started.toLocaleString()})`}`),
      h(
        'div',
        { className: 'actions' },
        h('button', { attrs: { type: 'button' }, on: { click: progress.inProgress.onResume } }, `Resume ${title}`),
        h('button', { className: 'secondary', attrs: { type: 'button', 'aria-label': `Discard the attempt in progress at ${title}` }, on: { click: progress.inProgress.onDiscard } }, 'Discard'),
      ),
    );
  }
  if (progress && progress.completed > 0) {
    const best = progress.best ? `; best result ${progress.best.overall} (${progress.best.passed ? 'passed' : 'not passed'})` : '';
    parts.push(h('p', { className: 'status' }, `Completed ${progress.completed === 1 ? 'once' : `${progress.completed} times`}${best}`));
  }
  return h('div', { className: 'progress' }, ...parts);
}

function renderPlayable(scenario: ScenarioSummary, progress: CardProgress | undefined, onOpen: (scenario: ScenarioSummary) => void): HTMLElement {
  const { meta } = scenario;
  const facts = [
    meta.minutes !== undefined ? `about ${meta.minutes} minute${meta.minutes === 1 ? '' : 's'}` : null,
    meta.difficulty ?? null,
    scenario.answerKey ? null : 'unscored',
  ].filter((fact): fact is string => fact !== null);
  return h(
    'li',
    { className: 'card' },
    h('h2', {}, meta.title),
    h('p', {}, meta.summary),
    facts.length > 0 ? h('p', { className: 'facts' }, facts.join(' · ')) : null,
    renderProgress(meta.title, progress),
    h(
      'button',
      { attrs: { type: 'button', 'aria-label': `Open ${meta.title}` }, on: { click: () => onOpen(scenario) } },
      progress?.completed ? 'Open (new attempt)' : 'Open',
    ),
  );
}

function renderBroken(broken: Array<Extract<CatalogEntry, { ok: false }>>): HTMLElement {
  return h(
    'section',
    { className: 'broken', attrs: { 'aria-labelledby': 'broken-heading' } },
    h('h2', { attrs: { id: 'broken-heading' } }, 'Stories that could not be loaded'),
    h('p', {}, 'Fix these errors in the story files; the other scenarios are not affected.'),
    h(
      'ul',
      {},
      ...broken.map((result) =>
        h(
          'li',
          {},
          h('h3', {}, result.source),
          h('ul', { className: 'diagnostics' }, ...[...result.errors, ...result.warnings].map((d) => h('li', {}, h('code', {}, formatDiagnostic(d))))),
        ),
      ),
    ),
  );
}
