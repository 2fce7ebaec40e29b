// Records for tests, made by playing a shipped story headless: real logs, real saves, real results.
import { findStory } from '../../../src/node/load';
import type { Scenario } from '../../../src/content/types';
import type { LockManagerLike } from '../../../src/records/tabLock';
import { steppingClock } from '../../../src/engine/clock';
import { storyContentHash } from '../../../src/engine/digest';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { Playthrough } from '../../../src/engine/playthrough';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import { completeRecord, startRecord, withProgress, type CompletedRecord, type InProgressRecord } from '../../../src/records/attemptRecord';

const repoRoot = new URL('../../..', import.meta.url).pathname;

export function shippedScenario(id = 'sample_bus_shelter'): Scenario {
  const loaded = findStory(id, repoRoot);
  if (!loaded?.ok) throw new Error(`the shipped story ${id} must load for the records tests`);
  return loaded.scenario;
}

let counter = 0;

export function inProgress(scenario: Scenario, trainee = 'PC 101', cohort = 'Spring 2027', inputs = 1): InProgressRecord {
  const playthrough = Playthrough.start(scenario, steppingClock(1000));
  let record = startRecord({
    id: `attempt-${++counter}`,
    trainee,
    cohort,
    scenario: { id: scenario.meta.id, title: scenario.meta.title, contentHash: storyContentHash(scenario.storyJson) },
    scoring: resolveScoringConfig(scenario),
    number: 1,
    now: new Date('2026-12-01T09:00:00.000Z'),
    resume: playthrough.save(),
  });
  for (let i = 0; i < inputs; i++) {
    const choice = playthrough.view().choices.find((option) => option.available);
    if (!choice) break;
    playthrough.choose(choice.index);
    record = withProgress(record, playthrough.save(), new Date(Date.parse('2026-12-01T09:00:00.000Z') + (i + 1) * 60_000));
  }
  return record;
}

export function completed(scenario: Scenario, seed: number, trainee = 'PC 101', cohort = 'Spring 2027', number = 1): CompletedRecord {
  const played = playHeadless(scenario, seed);
  const started = inProgress(scenario, trainee, cohort, 0);
  return completeRecord(
    { ...started, number },
    { log: played.log, ending: played.ending, result: score(scenario, played.log, resolveScoringConfig(scenario)), now: new Date('2026-12-01T09:20:00.000Z') },
  );
}

/** Web Locks shared by the "tabs" of one test: a held name is refused to `ifAvailable` requests until released. */
export function memoryLocks(): LockManagerLike {
  const held = new Set<string>();
  return {
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

/** Web Locks release asynchronously (a task later), as in the browser. */
export function released(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
