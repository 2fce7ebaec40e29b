// Exports: the JSON export is attempt files that verify by replay (and stop verifying when edited);
// the CSV has one row per attempt in the documented columns, quoted so any name survives a
// spreadsheet, with formulas escaped; the menu's summary picks the best result per scenario.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAttemptsFile } from '../../../src/engine/attempt';
import { parseJsonInput } from '../../../src/engine/jsonInput';
import { resolveScoringConfig } from '../../../src/engine/scoring/score';
import { verify } from '../../../src/engine/verify';
import { CSV_COLUMNS, exportCsv, exportJsonText, selectRecords } from '../../../src/records/exports';
import { nextAttemptNumber, progressByScenario } from '../../../src/records/menuSummary';
import { completed, inProgress, shippedScenario } from './helpers';

const scenario = shippedScenario();
const config = resolveScoringConfig(scenario);

describe('JSON export', () => {
  it('is an export file whose every attempt verifies, in progress or completed', () => {
    const records = [completed(scenario, 1), completed(scenario, 2, 'PC 2'), inProgress(scenario, 'PC 3', 'A', 2)];
    const text = exportJsonText(records, new Date('2026-12-01T12:00:00.000Z'));
    const json = parseJsonInput(text);
    if (!json.ok) throw new Error(json.reason);
    const file = parseAttemptsFile(json.value);
    if (!file.ok) throw new Error(file.reason);
    expect(file.exportedAt).toBe('2026-12-01T12:00:00.000Z');
    expect(file.attempts).toHaveLength(3);
    for (const parsed of file.attempts) {
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(verify(scenario, parsed.attempt, config)).toEqual({ ok: true });
    }
    // The trainee's name is covered by the digest: claiming someone else's attempt is detected.
    const renamed = text.replace('"trainee": "PC 2"', '"trainee": "PC 9"');
    const edited = parseAttemptsFile(JSON.parse(renamed));
    const second = edited.ok ? edited.attempts[1] : undefined;
    if (!second?.ok) throw new Error('the renamed export must still parse');
    expect(verify(scenario, second.attempt, config)).toMatchObject({ ok: false, reason: expect.stringContaining('digest') });
  });

  it('selects one trainee, oldest first', () => {
    const a = { ...completed(scenario, 1, 'PC 1'), startedAt: '2026-12-02T00:00:00.000Z' };
    const b = { ...completed(scenario, 2, 'PC 1'), startedAt: '2026-12-01T00:00:00.000Z' };
    const other = completed(scenario, 3, 'PC 2');
    expect(selectRecords([a, other, b], 'PC 1').map((record) => record.id)).toEqual([b.id, a.id]);
    expect(selectRecords([a, other, b])).toHaveLength(3);
  });
});

describe('CSV export', () => {
  it('has the documented columns and one row per attempt', () => {
    const done = completed(scenario, 4);
    const open = inProgress(scenario, 'PC 1', 'A', 1);
    const csv = exportCsv([done, open], new Map([[done.id, 'yes' as const]]));
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(2);
    const [row, openRow] = parsed.data as [Record<string, string>, Record<string, string>];
    expect(row).toMatchObject({
      trainee: 'PC 101',
      scenario_id: scenario.meta.id,
      title: scenario.meta.title,
      started: done.startedAt,
      ended: done.endedAt,
      overall: String(done.result!.scores.overall),
      passed: done.result!.passed ? 'yes' : 'no',
      attempt_number: '1',
      verified: 'yes',
    });
    expect(row['version']).toMatch(/^[0-9a-f]{12}$/);
    expect(Number(row['duration_seconds'])).toBe(Math.round(done.log.at(-1)!.at / 1000));
    expect(openRow).toMatchObject({ ended: '', overall: '', passed: '', verified: 'in progress' });
  });

  it('quotes commas, quotes and line breaks, and escapes formulas', () => {
    const record = completed(scenario, 5, 'Smith, "Jo"\nPC 4', '=HYPERLINK("http://x")');
    const csv = exportCsv([record], new Map());
    const row = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data[0]!;
    expect(row['trainee']).toBe('Smith, "Jo"\nPC 4');
    expect(row['cohort']).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('menu summary', () => {
  it('shows per scenario the attempt in progress and the best completed result of this trainee', () => {
    const records = [completed(scenario, 1), completed(scenario, 2), completed(scenario, 3), inProgress(scenario), completed(scenario, 4, 'someone else')];
    const progress = progressByScenario(records, 'PC 101').get(scenario.meta.id)!;
    expect(progress.completed).toBe(3);
    expect(progress.inProgress?.id).toBe(records[3]!.id);
    const mine = records.slice(0, 3).map((record) => (record.status === 'completed' ? record.result! : undefined)!);
    const passed = mine.filter((result) => result.passed);
    const pool = passed.length > 0 ? passed : mine;
    expect(progress.best?.result.scores.overall).toBe(Math.max(...pool.map((result) => result.scores.overall)));
    expect(progressByScenario(records, 'nobody').size).toBe(0);
  });

  it('numbers attempts per trainee and scenario', () => {
    const records = [completed(scenario, 1, 'PC 1', 'A', 1), completed(scenario, 2, 'PC 1', 'A', 2), completed(scenario, 3, 'PC 2', 'A', 1)];
    expect(nextAttemptNumber(records, 'PC 1', scenario.meta.id)).toBe(3);
    expect(nextAttemptNumber(records, 'PC 3', scenario.meta.id)).toBe(1);
  });
});
