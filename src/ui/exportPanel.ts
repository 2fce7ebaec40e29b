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
  // "Export your attempts", but "(2 of them yours)": the possessive before a noun and standing alone differ.
  const mine = props.trainee ? `${props.trainee}'s` : 'your';
  const ofMine = props.trainee ? mine : 'yours';
  const recorded = props.counts.everyone === 1 ? '1 attempt is' : `${props.counts.everyone} attempts are`;
  return h(
    'section',
    { className: 'exports', attrs: { 'aria-labelledby': 'exports-heading' } },
    h('h2', { attrs: { id: 'exports-heading' } }, 'Records and exports'),
    h('p', {}, `${recorded} recorded in this browser (${props.counts.me} of them ${ofMine}). Exports are made here and saved as files; nothing is sent anywhere.`),
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
