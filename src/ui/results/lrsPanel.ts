// The results page's form for loading a cohort from the academy's LRS: endpoint, key and secret
// (basic authentication), the activity (one scenario or all of this build's), and the time range
// in which the LRS stored the statements. It reads nothing itself: the page (src/app/results.ts)
// turns the values into a request (records/lrsCohortRequest.ts), loads and verifies.
import { ALL_SCENARIOS, type LrsFormValues } from '../../records/lrsCohortRequest';
import { h } from '../dom';

export interface LrsPanelProps {
  /** Values to start with: the academy's configured LRS, when the build has one. */
  defaults: Partial<LrsFormValues>;
  scenarios: ReadonlyArray<{ id: string; title: string }>;
  onLoad: (values: LrsFormValues) => void;
}

export interface LrsPanel {
  element: HTMLElement;
  /** Progress or the outcome, in words; `problem` is announced at once (role=alert). */
  say: (message: string, kind: 'progress' | 'done' | 'problem') => void;
  setBusy: (busy: boolean) => void;
}

export function renderLrsPanel(props: LrsPanelProps): LrsPanel {
  const field = (id: keyof LrsFormValues, label: string, input: HTMLInputElement | HTMLSelectElement, hint?: string) =>
    h(
      'div',
      { className: 'field' },
      h('label', { attrs: { for: `lrs-${id}` } }, label),
      input,
      hint ? h('span', { className: 'hint', attrs: { id: `lrs-${id}-hint` } }, hint) : null,
    );
  const input = (id: keyof LrsFormValues, type: string, extra: Record<string, string> = {}) =>
    h('input', { attrs: { id: `lrs-${id}`, name: id, type, value: props.defaults[id] ?? '', ...extra } });
  const endpoint = input('endpoint', 'url', { autocomplete: 'url', 'aria-describedby': 'lrs-endpoint-hint' });
  const key = input('key', 'text', { autocomplete: 'username' });
  const secret = input('secret', 'password', { autocomplete: 'current-password' });
  const activityBase = input('activityBase', 'text', { 'aria-describedby': 'lrs-activityBase-hint' });
  const activity = h(
    'select',
    { attrs: { id: 'lrs-activity', name: 'activity' } },
    h('option', { attrs: { value: ALL_SCENARIOS } }, 'All scenarios of this build'),
    ...props.scenarios.map((scenario) => h('option', { attrs: { value: scenario.id } }, scenario.title)),
  );
  if (props.defaults.activity) activity.value = props.defaults.activity;
  const since = input('since', 'datetime-local', { step: '1' });
  const until = input('until', 'datetime-local', { step: '1' });
  const button = h('button', { attrs: { type: 'submit' } }, 'Load from the LRS');
  // aria-live rather than role=status: the attempts table's summary is the page's one status.
  const progress = h('p', { attrs: { 'aria-live': 'polite', id: 'lrs-progress' } });
  const problem = h('div', { className: 'notice', attrs: { role: 'alert', id: 'lrs-problem', hidden: true } });
  const form = h(
    'form',
    {
      attrs: { 'aria-labelledby': 'lrs-heading', novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          props.onLoad({
            endpoint: endpoint.value,
            key: key.value,
            secret: secret.value,
            activityBase: activityBase.value,
            activity: activity.value,
            since: since.value,
            until: until.value,
          });
        },
      },
    },
    field('endpoint', 'LRS endpoint', endpoint, 'The xAPI address, e.g. https://lrs.academy.example/xAPI/'),
    field('key', 'Key', key),
    field('secret', 'Secret', secret),
    field('activity', 'Activity', activity),
    field('activityBase', 'Activity base', activityBase, "The IRI the game's activities start with"),
    h('fieldset', {}, h('legend', {}, 'Stored by the LRS (your time zone; leave empty for no limit)'), field('since', 'From', since), field('until', 'To', until)),
    button,
  );
  const element = h(
    'section',
    { className: 'lrs-panel', attrs: { 'aria-labelledby': 'lrs-heading' } },
    h('h2', { attrs: { id: 'lrs-heading' } }, 'Load from the LRS'),
    h(
      'p',
      {},
      "Read a cohort's attempts from the academy's Learning Record Store: each attempt's log is rebuilt from the statements the LRS received while it was played, and verified like an imported file. The LRS is the anchor: an imported file that disagrees with it is flagged. The key and secret are sent to that LRS only, and not kept.",
    ),
    form,
    progress,
    problem,
  );
  return {
    element,
    say: (message, kind) => {
      problem.hidden = kind !== 'problem';
      problem.textContent = kind === 'problem' ? message : '';
      progress.textContent = kind === 'problem' ? '' : message;
    },
    setBusy: (busy) => {
      button.disabled = busy;
      form.setAttribute('aria-busy', String(busy));
    },
  };
}
