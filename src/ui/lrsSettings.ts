// The learning-record parts of the header: the sync line every screen shows ("3 statements waiting",
// "all sent", "LRS not reachable, kept on this device") and the "Learning record store" disclosure
// where an academy's administrator or trainer sees which LRS the page sends to, checks it, or
// enters another for this device. The page (src/app/lrsBridge.ts) does the sending and checking;
// this only draws and reports what was entered.
import { h, uniqueId } from './dom';
import type { DeviceLrs } from '../records/xapi/lrsDestination';
import type { SyncState } from '../records/xapi/statementQueue';

/** What the sync line says; `to` names the receiver ("the LRS", "your LMS"). */
export function syncStatusText(state: SyncState, to = 'the LRS'): string {
  const statements = (n: number) => `${n} learning record${n === 1 ? '' : 's'}`;
  const refused = state.kind === 'off' || state.rejected === 0 ? '' : ` ${statements(state.rejected)} refused by ${to}, kept on this device for your academy.`;
  switch (state.kind) {
    case 'off':
      return '';
    case 'synced':
      return `Learning records: all sent to ${to}.${refused}`;
    case 'sending':
      return `Learning records: ${statements(state.pending)} waiting, sending to ${to}…${refused}`;
    case 'waiting':
      return `Learning records: ${to} is not reachable; ${statements(state.pending)} kept on this device and sent when it answers.${refused}`;
  }
}

export interface LrsSettingsOptions {
  /** A sentence on where statements go now (the academy's LRS, this device's, none, a cmi5 LMS). */
  describe(): string;
  /** What was entered on this device, if anything. */
  entered: DeviceLrs | null;
  /** Saves (or, with null, forgets) this device's LRS; returns why it cannot be used, or null. */
  onSave(lrs: DeviceLrs | null): string | null;
  /** Checks an LRS (the one entered, or with null the one in use); resolves to a sentence. */
  onCheck(lrs: DeviceLrs | null): Promise<string>;
}

/** A "Learning record store" disclosure: where statements go, a form to check or change it. */
export function createLrsSettingsPanel(options: LrsSettingsOptions): HTMLElement {
  const current = h('p', { className: 'lrs-current' }, options.describe());
  const result = h('p', { className: 'lrs-result', attrs: { role: 'status', 'aria-live': 'polite' } });
  const field = (label: string, name: keyof DeviceLrs, type: string, hint?: string): { row: HTMLElement; input: HTMLInputElement } => {
    const id = uniqueId(`lrs-${name}`);
    const input = h('input', { attrs: { id, name, type, autocomplete: 'off', spellcheck: 'false', value: options.entered?.[name] ?? '' } });
    const hintId = hint ? uniqueId(`lrs-${name}-hint`) : undefined;
    if (hintId) input.setAttribute('aria-describedby', hintId);
    return { row: h('div', { className: 'setting' }, h('label', { attrs: { for: id } }, label), ' ', input, hint ? h('small', { attrs: { id: hintId } }, ' ', hint) : null), input };
  };
  const endpoint = field('Endpoint', 'endpoint', 'url', 'e.g. https://lrs.academy.example/xAPI/');
  const key = field('Key', 'key', 'text');
  const secret = field('Secret', 'secret', 'password');
  const entered = (): DeviceLrs | null => {
    const lrs = { endpoint: endpoint.input.value.trim(), key: key.input.value.trim(), secret: secret.input.value };
    return lrs.endpoint === '' && lrs.key === '' && lrs.secret === '' ? null : lrs;
  };
  const save = (lrs: DeviceLrs | null): void => {
    const problem = options.onSave(lrs);
    current.textContent = options.describe();
    result.textContent = problem ? `Not saved: ${problem}.` : lrs
        ? 'Saved on this device. Reload the page to send to this LRS (your progress is kept).'
        : 'Forgotten: after a reload this device uses the academy’s configuration again.';
  };
  const form = h(
    'form',
    {
      className: 'lrs-form',
      attrs: { 'aria-label': 'Learning record store for this device' },
      on: {
        submit: (event: Event) => {
          event.preventDefault();
          save(entered());
        },
      },
    },
    endpoint.row,
    key.row,
    secret.row,
    h(
      'div',
      { className: 'lrs-actions' },
      h('button', { attrs: { type: 'submit' } }, 'Save on this device'),
      ' ',
      h(
        'button',
        {
          attrs: { type: 'button' },
          on: {
            click: () => {
              result.textContent = 'Checking…';
              void options.onCheck(entered()).then((text) => (result.textContent = text));
            },
          },
        },
        'Check connection',
      ),
      ' ',
      h(
        'button',
        {
          attrs: { type: 'button' },
          on: {
            click: () => {
              for (const input of [endpoint.input, key.input, secret.input]) input.value = '';
              save(null);
            },
          },
        },
        'Forget',
      ),
    ),
  );
  return h(
    'details',
    { className: 'settings-panel lrs-settings' },
    h('summary', {}, 'Learning record store'),
    h(
      'div',
      { className: 'settings-body' },
      current,
      h('p', {}, 'For your academy’s administrator or trainer. Leave empty to use the academy’s configuration. Kept in this browser only.'),
      form,
      result,
    ),
  );
}

/** The sync line (a polite live region), empty while there is nothing to say. */
export function createSyncStatus(): { element: HTMLElement; show(text: string): void } {
  const element = h('p', { className: 'sync-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  return {
    element,
    show(text) {
      if (element.textContent !== text) element.textContent = text;
    },
  };
}
