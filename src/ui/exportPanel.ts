// The menu's exports: the attempts recorded in this browser as CSV (for spreadsheets) or JSON (the
// attempt format, for verifying and for the results page), for everyone or the current trainee.
import { h } from './dom';

export type ExportKind = 'csv' | 'json';
export type ExportWho = 'everyone' | 'me';

export interface ExportPanelProps {
  /** How many attempts are recorded in this browser, in all and for the current trainee. */
  counts: { everyone: number; me: number };
  trainee: string;
  onExport: (kind: ExportKind, who: ExportWho) => void;
}

export function renderExportPanel(props: ExportPanelProps): HTMLElement {
  const button = (kind: ExportKind, who: ExportWho, label: string) =>
    h('button', { attrs: { type: 'button', disabled: props.counts[who] === 0 }, on: { click: () => props.onExport(kind, who) } }, label);
  const mine = props.trainee ? `${props.trainee}'s` : 'your';
  return h(
    'section',
    { className: 'exports', attrs: { 'aria-labelledby': 'exports-heading' } },
    h('h2', { attrs: { id: 'exports-heading' } }, 'Records and exports'),
    h('p', {}, `${props.counts.everyone} attempts are recorded in this browser (${props.counts.me} of them ${mine}). Exports are made here and saved as files; nothing is sent anywhere.`),
    h(
      'div',
      { className: 'actions' },
      button('csv', 'me', `Export ${mine} attempts (CSV)`),
      button('json', 'me', `Export ${mine} attempts (JSON)`),
      button('csv', 'everyone', 'Export all attempts (CSV)'),
      button('json', 'everyone', 'Export all attempts (JSON)'),
    ),
  );
}
