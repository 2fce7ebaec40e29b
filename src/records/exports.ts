// Exports are pure functions of records: the same records give the same file, byte for byte.
// CSV is quoted by papaparse (about 7 kB gzip, loaded with the menu's export only), with formula
// escaping on so that a trainee name like `=HYPERLINK(...)` is text in a spreadsheet, not a formula.
import Papa from 'papaparse';
import { EXPORT_FORMAT, EXPORT_VERSION, type Attempt, type AttemptExport } from '../engine/attempt';
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

/** The menu's CSV: one row per record, `verdicts` from verifying each record when exporting. */
export function exportCsv(records: readonly AttemptRecord[], verdicts: ReadonlyMap<string, ExportVerdict>): string {
  return attemptsCsv(records.map((record) => ({ attempt: recordToAttempt(record), verified: record.status === 'inProgress' ? 'in progress' : (verdicts.get(record.id) ?? 'no') })));
}

/** One row per attempt, whatever it came from (the menu's records, the results page's imports). */
export function attemptsCsv(rows: ReadonlyArray<{ attempt: Attempt; verified: string }>): string {
  return csvText([...CSV_COLUMNS], rows.map(({ attempt, verified }) => csvRow(attempt, verified)));
}

/** RFC 4180 text with a header row, CRLF line ends and spreadsheet formulas escaped. */
export function csvText(fields: string[], rows: Array<Array<string | number>>): string {
  return `${Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

function csvRow(attempt: Attempt, verified: string): Array<string | number> {
  const record = attempt.record;
  const scores = attempt.result?.scores;
  const lastAt = attempt.log[attempt.log.length - 1]?.at ?? 0;
  return [
    record?.trainee ?? '',
    record?.cohort ?? '',
    attempt.scenario,
    record?.title ?? '',
    record ? shortHash(record.contentHash) : '',
    record?.startedAt ?? '',
    record?.endedAt ?? '',
    Math.round(lastAt / 1000),
    scores?.identification ?? '',
    scores?.questioning ?? '',
    scores?.referral ?? '',
    scores?.overall ?? '',
    attempt.result ? (attempt.result.passed ? 'yes' : 'no') : '',
    record?.number ?? '',
    verified,
  ];
}
