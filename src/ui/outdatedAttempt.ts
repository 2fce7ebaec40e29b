// Resuming an attempt begun on an older version of the story: the story text has changed since, so
// the attempt cannot carry on as it was. The trainee is told and offered a fresh start.
import { focusableHeading, h } from './dom';

export interface OutdatedAttemptProps {
  title: string;
  startedAt: string;
  onRestart: () => void;
  onBack: () => void;
}

export function renderOutdatedAttempt(props: OutdatedAttemptProps): HTMLElement {
  const started = new Date(props.startedAt);
  return h(
    'section',
    { className: 'screen outdated', attrs: { 'aria-labelledby': 'outdated-heading' } },
    focusableHeading(1, `${props.title} has changed`, 'outdated-heading'),
    h(
      'p',
      {},
      `You started this attempt${Number.isNaN(started.getTime()) ? '' : ` on ${started.toLocaleString()}`} on an older version of the scenario. The story has been edited since, so the attempt cannot continue where you left it.`,
    ),
    h('p', {}, 'Restart begins a new attempt on the current version and discards the unfinished one.'),
    h(
      'div',
      { className: 'actions' },
      h('button', { attrs: { type: 'button' }, on: { click: props.onRestart } }, 'Restart'),
      h('button', { className: 'secondary', attrs: { type: 'button' }, on: { click: props.onBack } }, 'Back to scenarios'),
    ),
  );
}
