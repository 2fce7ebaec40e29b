// What the menu shows for each scenario, from the records: not started, in progress (resumable),
// or completed with the best result so far. Pure: the menu renders whatever this returns.
import type { Result } from '../engine/scoring/types';
import type { AttemptRecord, CompletedRecord, InProgressRecord } from './attemptRecord';

export interface ScenarioProgress {
  /** The attempt to resume or discard, if any (at most one per trainee and scenario). */
  inProgress?: InProgressRecord;
  completed: number;
  /** The highest overall score among completed attempts (a pass beats a higher fail). */
  best?: { record: CompletedRecord; result: Result };
}

/** Progress per scenario id for one trainee (records of others on a shared computer are not shown). */
export function progressByScenario(records: readonly AttemptRecord[], trainee: string): Map<string, ScenarioProgress> {
  const progress = new Map<string, ScenarioProgress>();
  for (const record of records) {
    if (record.trainee !== trainee) continue;
    const entry = progress.get(record.scenario.id) ?? { completed: 0 };
    if (record.status === 'inProgress') {
      // Should there ever be two, the most recently touched is the one offered.
      if (!entry.inProgress || entry.inProgress.updatedAt < record.updatedAt) entry.inProgress = record;
    } else {
      entry.completed++;
      if (record.result && (!entry.best || better(record.result, entry.best.result))) entry.best = { record, result: record.result };
    }
    progress.set(record.scenario.id, entry);
  }
  return progress;
}

function better(a: Result, b: Result): boolean {
  if (a.passed !== b.passed) return a.passed;
  return a.scores.overall > b.scores.overall;
}

/** The number the next attempt of this trainee at this scenario gets. */
export function nextAttemptNumber(records: readonly AttemptRecord[], trainee: string, scenarioId: string): number {
  return records.filter((record) => record.trainee === trainee && record.scenario.id === scenarioId).reduce((max, record) => Math.max(max, record.number), 0) + 1;
}
