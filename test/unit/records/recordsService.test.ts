// The page's records service on fake-indexeddb: an attempt is recorded from its first save to its
// result; a second holder of the same attempt's lock is refused while another attempt goes ahead;
// a database that never opens leaves the page playable with a notice instead of waiting forever.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { steppingClock } from '../../../src/engine/clock';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { Playthrough } from '../../../src/engine/playthrough';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import { openIdbAttemptStore } from '../../../src/records/idbAttemptStore';
import { OPEN_TIMEOUT_MS, RecordsService, type RecordsServiceOptions } from '../../../src/records/recordsService';
import type { LockManagerLike } from '../../../src/records/tabLock';
import { shippedScenario } from './helpers';

const scenario = shippedScenario();

/** Web Locks for one page: a held name is refused to `ifAvailable` requests until released. */
function memoryLocks(): LockManagerLike {
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

function options(locks = memoryLocks()): RecordsServiceOptions {
  return { scenarios: new Map([[scenario.meta.id, scenario]]), scoringFor: (s) => resolveScoringConfig(s), onWriteStatus: () => undefined, locks };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RecordsService', () => {
  it('records an attempt from its start to its result, with the trainee details, and reads it back', async () => {
    const { service, notices } = await RecordsService.open(() => openIdbAttemptStore(), options());
    expect(notices).toEqual([]);
    await service.setProfile({ trainee: ' PC 9 ', cohort: 'Summer' });
    const playthrough = Playthrough.start(scenario, steppingClock(1000));
    const recorder = await service.begin(scenario, playthrough.save());
    if (recorder === 'elsewhere') throw new Error('the lock is free');
    playthrough.choose(playthrough.view().choices.find((choice) => choice.available)!.index);
    recorder.progress(playthrough.save());
    expect(service.progress().get(scenario.meta.id)?.inProgress?.log).toEqual(playthrough.log);
    const played = playHeadless(scenario, 2);
    recorder.complete(played.log, played.ending, score(scenario, played.log, resolveScoringConfig(scenario)));

    const reopened = await RecordsService.open(() => openIdbAttemptStore(), options());
    const [record] = reopened.service.records();
    expect(record).toMatchObject({ status: 'completed', trainee: 'PC 9', cohort: 'Summer', number: 1, ending: played.ending });
    expect(reopened.service.progress().get(scenario.meta.id)).toMatchObject({ completed: 1 });
    expect(reopened.service.exportCsv()).toContain('PC 9,Summer,sample_bus_shelter');
    expect(reopened.service.exportCsv().trim().endsWith(',1,yes')).toBe(true);
  });

  it('refuses to resume or discard an attempt open in another tab, until that tab leaves it', async () => {
    const locks = memoryLocks();
    const { service } = await RecordsService.open(() => openIdbAttemptStore(), options(locks));
    const first = await service.begin(scenario, Playthrough.start(scenario, steppingClock(1)).save());
    if (first === 'elsewhere') throw new Error('the lock is free');
    const record = service.progress().get(scenario.meta.id)!.inProgress!;
    const other = await RecordsService.open(() => openIdbAttemptStore(), options(locks));
    await other.service.reload();
    expect(await other.service.resume(record)).toBe('elsewhere');
    expect(await other.service.discard(record)).toBe('elsewhere');
    first.leave();
    // Web Locks release asynchronously: the next request sees the lock free.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const second = await other.service.resume(record);
    expect(second).not.toBe('elsewhere');
  });

  it('opens without storage, with a notice, when the database never answers', async () => {
    vi.useFakeTimers();
    const opening = RecordsService.open(() => new Promise(() => undefined), options());
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS + 1);
    const { service, notices } = await opening;
    expect(service.recording).toBe(false);
    expect(notices[0]).toMatch(/cannot be kept in this browser right now: the browser did not open its database in time/);
    const recorder = await service.begin(scenario, Playthrough.start(scenario, steppingClock(1)).save());
    expect(recorder).not.toBe('elsewhere');
  });
});
