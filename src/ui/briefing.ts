// Before play: what the scenario is, what it trains, and what it contains, so a trainee can choose
// not to start it. Start is an explicit action; Back returns to the menu.
import type { ScenarioSummary } from '../content/types';
import { focusableHeading, h } from './dom';

export interface BriefingProps {
  scenario: ScenarioSummary;
  onStart: () => void;
  onBack: () => void;
}

export function renderBriefing({ scenario, onStart, onBack }: BriefingProps): HTMLElement {
  const { meta } = scenario;
  return h(
    'section',
    { className: 'screen briefing', attrs: { 'aria-labelledby': 'briefing-heading' } },
    focusableHeading(1, meta.title, 'briefing-heading'),
    h('p', {}, meta.summary),
    h(
      'section',
      { className: 'content-warning', attrs: { 'aria-labelledby': 'warning-heading' } },
      h('h2', { attrs: { id: 'warning-heading' } }, 'Content warning'),
      meta.contentWarnings.length > 0
        ? h('ul', {}, ...meta.contentWarnings.map((warning) => h('li', {}, warning)))
        : h('p', {}, 'The author listed no content warnings for this scenario.'),
      h('p', {}, 'You can pause or leave the scenario at any time; your progress is kept in this browser.'),
    ),
    h(
      'section',
      { attrs: { 'aria-labelledby': 'objectives-heading' } },
      h('h2', { attrs: { id: 'objectives-heading' } }, 'Learning objectives'),
      meta.objectives.length > 0
        ? h('ul', {}, ...meta.objectives.map((objective) => h('li', {}, objective)))
        : h('p', {}, 'No objectives listed.'),
    ),
    scenario.answerKey ? null : h('p', {}, 'This scenario is unscored: it plays, but there is no result at the end.'),
    h(
      'div',
      { className: 'actions' },
      h('button', { attrs: { type: 'button' }, on: { click: onStart } }, 'Start'),
      h('button', { attrs: { type: 'button' }, on: { click: onBack } }, 'Back'),
    ),
  );
}
