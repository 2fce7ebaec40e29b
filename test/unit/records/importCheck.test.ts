// The results page's import: an export verifies attempt by attempt; an edited attempt is tampered;
// an unknown scenario, an unreadable file or a file over the limit is unverifiable with the reason;
// the cohort figures come from verified attempts only.
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../../src/engine/jsonInput';
import { resolveScoringConfig } from '../../../src/engine/scoring/score';
import { cohortStats } from '../../../src/records/cohortStats';
import { exportJsonText } from '../../../src/records/exports';
import { checkAttemptFile, type CheckContext } from '../../../src/records/importCheck';
import { cohortAttempts } from '../../../src/records/lrsCohort';
import { completed, inProgress, shippedScenario } from './helpers';

const scenario = shippedScenario();
const context: CheckContext = { scenarios: new Map([[scenario.meta.id, scenario]]), configFor: (s) => resolveScoringConfig(s) };
const now = new Date('2026-12-01T12:00:00.000Z');

describe('checkAttemptFile', () => {
  it('verifies every attempt of an export and marks an edited one tampered', () => {
    const records = [completed(scenario, 1), completed(scenario, 2, 'PC 2'), inProgress(scenario, 'PC 3')];
    const text = exportJsonText(records, now);
    expect(checkAttemptFile('cohort.json', text, text.length, context).map((entry) => entry.status)).toEqual(['verified', 'verified', 'verified']);
    const exported = JSON.parse(text) as { attempts: Array<{ result: { scores: { overall: number } } }> };
    exported.attempts[1]!.result.scores.overall = 100 - exported.attempts[1]!.result.scores.overall + 1;
    const edited = JSON.stringify(exported);
    const checked = checkAttemptFile('edited.json', edited, edited.length, context);
    expect(checked.map((entry) => entry.status)).toEqual(['verified', 'tampered', 'verified']);
    expect(checked[1]!.reason).toContain('result.scores.overall');
  });

  it('says why an attempt cannot be checked here', () => {
    const text = exportJsonText([completed(scenario, 1)], now).replaceAll(scenario.meta.id, 'not_in_this_build');
    expect(checkAttemptFile('other.json', text, text.length, context)[0]).toMatchObject({ status: 'unverifiable', reason: "this build has no scenario 'not_in_this_build'" });
    expect(checkAttemptFile('junk.json', 'PK\u0003\u0004', 4, context)[0]).toMatchObject({ status: 'unverifiable', reason: expect.stringMatching(/^not JSON/) });
    expect(checkAttemptFile('huge.json', '{}', MAX_INPUT_BYTES + 1, context)[0]).toMatchObject({ status: 'unverifiable', reason: expect.stringContaining('larger than') });
  });
});

describe('cohortAttempts', () => {
  it('counts an attempt found in several files once, as its furthest version', () => {
    const started = inProgress(scenario, 'PC 4', 'Spring 2027', 1);
    const further = inProgress(scenario, 'PC 4', 'Spring 2027', 3);
    const other = completed(scenario, 5);
    // The same export dropped twice, and the same attempt exported again later in its play.
    const first = exportJsonText([other, started], now);
    const again = exportJsonText([other, { ...further, id: started.id }], now);
    const checked = [...checkAttemptFile('monday.json', first, first.length, context), ...checkAttemptFile('monday.json', first, first.length, context), ...checkAttemptFile('friday.json', again, again.length, context)];
    expect(checked.map((entry) => entry.status)).toEqual(['verified', 'verified', 'verified', 'verified', 'verified', 'verified']);
    const counted = cohortAttempts(checked);
    expect(counted.map((attempt) => attempt.record!.id)).toEqual([other.id, started.id]);
    expect(counted[1]!.log.length).toBe(checked[5]!.attempt!.log.length);
    expect(counted[1]!.log.length).toBeGreaterThan(checked[1]!.attempt!.log.length);
    expect(cohortStats(counted).rates[0]).toMatchObject({ attempts: 2, completed: 1 });
  });
});

describe('cohortStats', () => {
  it('counts attempts, completions and passes per scenario, and bands every competency', () => {
    const records = [completed(scenario, 1), completed(scenario, 2), completed(scenario, 3), inProgress(scenario)];
    const text = exportJsonText(records, now);
    const attempts = checkAttemptFile('c.json', text, text.length, context).map((entry) => entry.attempt!);
    const stats = cohortStats(attempts);
    const passed = records.filter((record) => record.result?.passed).length;
    expect(stats.rates).toEqual([{ scenario: scenario.meta.id, title: scenario.meta.title, attempts: 4, completed: 3, passed }]);
    for (const bands of Object.values(stats.bands)) expect(bands.reduce((sum, count) => sum + count, 0)).toBe(3);
    // Every tally is about a real taxonomy entry and counts each attempt at most once.
    for (const tally of [...stats.missedIndicators, ...stats.harmfulQuestions, ...stats.wrongReferrals]) {
      expect(tally.attempts).toBeGreaterThan(0);
      expect(tally.attempts).toBeLessThanOrEqual(3);
      expect(tally.label).not.toBe(tally.id);
    }
    expect(stats.missedIndicators.length + stats.wrongReferrals.length).toBeGreaterThan(0);
  });
});
