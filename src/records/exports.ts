// Exports are pure functions of records: the same records give the same file, byte for byte.
// CSV is quoted by papaparse (about 7 kB gzip, loaded with the menu's export only), with formula
// escaping on so that a trainee name like `=HYPERLINK(...)` is text in a spreadsheet, not a formula.
import Papa from 'papaparse';
import { EXPORT_FORMAT, EXPORT_VERSION, type AttemptExport } from '../engine/attempt';
import { shortHash } from '../engine/digest';
import { recordToAttempt, type AttemptRecord } from './attemptRecord';

/** The CSV's columns, in order (docs/academy.md explains each). */
export const CSV_COLUMNS = [
  'trainee',
  'cohort',
  'scenario_id',
  'title',
  'version',
  'started',
  'ended',
  'duration_seconds',
  'identification',
  'questioning',
  'referral',
  'overall',
  'passed',
  'attempt_number',
  'verified',
] as const;

/** Did the record verify by replay when exported? (An attempt in progress is exported as such.) */
export type ExportVerdict = 'yes' | 'no' | 'in progress';

/** Records of one trainee (by name or number, exactly as entered), or everyone's when undefined. */
export function selectRecords(records: readonly AttemptRecord[], trainee?: string): AttemptRecord[] {
  return records
    .filter((record) => trainee === undefined || record.trainee === trainee)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
}

export function exportJson(records: readonly AttemptRecord[], exportedAt: Date): AttemptExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), attempts: records.map(recordToAttempt) };
}

export function exportJsonText(records: readonly AttemptRecord[], exportedAt: Date): string {
  return `${JSON.stringify(exportJson(records, exportedAt), null, 2)}\n`;
}

export function exportCsv(records: readonly AttemptRecord[], verdicts: ReadonlyMap<string, ExportVerdict>): string {
  const rows = records.map((record) => csvRow(record, verdicts.get(record.id) ?? 'no'));
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

function csvRow(record: AttemptRecord, verdict: ExportVerdict): Array<string | number> {
  const scores = record.result?.scores;
  const lastAt = record.log[record.log.length - 1]?.at ?? 0;
  return [
    record.trainee,
    record.cohort,
    record.scenario.id,
    record.scenario.title,
    shortHash(record.scenario.contentHash),
    record.startedAt,
    record.endedAt ?? '',
    Math.round(lastAt / 1000),
    scores?.identification ?? '',
    scores?.questioning ?? '',
    scores?.referral ?? '',
    scores?.overall ?? '',
    record.result ? (record.result.passed ? 'yes' : 'no') : '',
    record.number,
    record.status === 'inProgress' ? 'in progress' : verdict,
  ];
}
