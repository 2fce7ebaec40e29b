// The menu: every story found in stories/, playable ones as buttons, broken ones with their
// `path:line: message` errors so a trainer sees what to fix while the other stories stay playable.
import { formatDiagnostic, type LoadResult, type Scenario } from '../content/types';
import { focusableHeading, h } from './dom';

export interface ResumeOffer {
  title: string;
  /** ISO time the attempt was last saved, when known. */
  savedAt?: string;
  onResume: () => void;
}

export interface StoryListProps {
  stories: readonly LoadResult[];
  /** An attempt saved in this browser that can be resumed. */
  resume?: ResumeOffer;
  /** Something the trainee must be told (e.g. a save that was set aside). */
  notice?: string;
  onOpen: (scenario: Scenario) => void;
}

export function renderStoryList(props: StoryListProps): HTMLElement {
  const playable = props.stories.flatMap((result) => (result.ok ? [result.scenario] : []));
  const broken = props.stories.flatMap((result) => (result.ok ? [] : [result]));
  return h(
    'section',
    { className: 'screen story-list', attrs: { 'aria-labelledby': 'stories-heading' } },
    focusableHeading(1, 'Scenarios', 'stories-heading'),
    props.notice ? h('p', { className: 'notice', attrs: { role: 'alert' } }, props.notice) : null,
    props.resume ? renderResume(props.resume) : null,
    playable.length === 0
      ? h('p', {}, 'No playable scenario was found in stories/.')
      : h('ul', { className: 'cards' }, ...playable.map((scenario) => renderPlayable(scenario, props.onOpen))),
    broken.length > 0 ? renderBroken(broken) : null,
  );
}

function renderResume(offer: ResumeOffer): HTMLElement {
  const when = offer.savedAt === undefined ? null : new Date(offer.savedAt);
  const whenText = when === null || Number.isNaN(when.getTime()) ? '' : ` (saved ${when.toLocaleString()})`;
  return h(
    'section',
    { className: 'resume', attrs: { 'aria-labelledby': 'resume-heading' } },
    h('h2', { attrs: { id: 'resume-heading' } }, 'Continue where you left off'),
    h('p', {}, `${offer.title}${whenText}`),
    h('button', { attrs: { type: 'button' }, on: { click: offer.onResume } }, `Resume ${offer.title}`),
  );
}

function renderPlayable(scenario: Scenario, onOpen: (scenario: Scenario) => void): HTMLElement {
  const { meta } = scenario;
  const facts = [
    meta.minutes !== undefined ? `about ${meta.minutes} minutes` : null,
    meta.difficulty ?? null,
    scenario.answerKey ? null : 'unscored',
  ].filter((fact): fact is string => fact !== null);
  return h(
    'li',
    { className: 'card' },
    h('h2', {}, meta.title),
    h('p', {}, meta.summary),
    facts.length > 0 ? h('p', { className: 'facts' }, facts.join(' · ')) : null,
    h(
      'button',
      { attrs: { type: 'button', 'aria-label': `Open ${meta.title}` }, on: { click: () => onOpen(scenario) } },
      'Open',
    ),
  );
}

function renderBroken(broken: Array<Extract<LoadResult, { ok: false }>>): HTMLElement {
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
