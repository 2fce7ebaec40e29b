// The page's records service on fake-indexeddb: an attempt is recorded from its first save to its
// result; a second claim on the same attempt's lock is refused until the holder has left and its
// last version is written, and then reads what the holder wrote;
// a database that never opens leaves the page playable with a notice instead of waiting forever.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { steppingClock } from '../../../src/engine/clock';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { Playthrough } from '../../../src/engine/playthrough';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import type { InProgressRecord } from '../../../src/records/attemptRecord';
import { StorageFullError } from '../../../src/records/attemptStore';
import { openIdbAttemptStore, RECORDS_DB_NAME, RECORDS_DB_VERSION } from '../../../src/records/idbAttemptStore';
import { openDB } from 'idb';
import { OPEN_TIMEOUT_MS, RecordsService, type RecordsServiceOptions } from '../../../src/records/recordsService';
import { memoryLocks, released, shippedScenario } from './helpers';

const scenario = shippedScenario();

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
    const claim = await service.claim(scenario.meta.id);
    if (claim === 'elsewhere') throw new Error('the lock is free');
    expect(claim.inProgress).toBeUndefined();
    const recorder = claim.begin(scenario, playthrough.save());
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

  it('refuses to claim or discard an attempt open in another tab, until that tab leaves it; the claim then reads what that tab wrote', async () => {
    const locks = memoryLocks();
    const { service } = await RecordsService.open(() => openIdbAttemptStore(), options(locks));
    const other = await RecordsService.open(() => openIdbAttemptStore(), options(locks));
    const firstClaim = await service.claim(scenario.meta.id);
    if (firstClaim === 'elsewhere') throw new Error('the lock is free');
    const playthrough = Playthrough.start(scenario, steppingClock(1));
    const first = firstClaim.begin(scenario, playthrough.save());
    await other.service.reload();
    const record = other.service.progress().get(scenario.meta.id)!.inProgress!;
    expect(await other.service.claim(scenario.meta.id)).toBe('elsewhere');
    expect(await other.service.discard(record)).toBe('elsewhere');
    // The first tab plays on after the other tab last read the store, then leaves for the menu.
    playthrough.choose(playthrough.view().choices.find((choice) => choice.available)!.index);
    first.progress(playthrough.save());
    first.leave();
    // The lock comes free once the first tab's last version is written (a few tasks later).
    const second = await vi.waitFor(async () => {
      const claim = await other.service.claim(scenario.meta.id);
      if (claim === 'elsewhere') throw new Error('the first tab left');
      return claim;
    });
    expect(second.inProgress?.log).toEqual(playthrough.log);
    expect(await service.claim(scenario.meta.id)).toBe('elsewhere');
  });

  it('keeps the lock while a left attempt waits to be written (storage full), so no late write overwrites another tab', async () => {
    const locks = memoryLocks();
    let full = false;
    const store = await openIdbAttemptStore();
    const fillable = { ...store, put: async (record: Parameters<typeof store.put>[0]) => (full ? Promise.reject(new StorageFullError('full')) : store.put(record)) };
    const { service } = await RecordsService.open(async () => fillable, options(locks));
    full = true;
    const claim = await service.claim(scenario.meta.id);
    if (claim === 'elsewhere') throw new Error('the lock is free');
    const playthrough = Playthrough.start(scenario, steppingClock(1));
    const recorder = claim.begin(scenario, playthrough.save());
    await released();
    // Not in the store at all yet, but the menu (which rereads the store) still shows it.
    await service.reload();
    expect(service.progress().get(scenario.meta.id)?.inProgress?.id).toBe(recorder.record.id);
    playthrough.choose(playthrough.view().choices.find((choice) => choice.available)!.index);
    recorder.progress(playthrough.save());
    recorder.leave();
    await released();
    const other = await RecordsService.open(() => openIdbAttemptStore(), options(locks));
    expect(await other.service.claim(scenario.meta.id)).toBe('elsewhere');
    // This tab plays it again: it takes its own kept lock back, with the version not yet written.
    const again = await service.claim(scenario.meta.id);
    if (again === 'elsewhere') throw new Error('this tab kept the lock');
    expect(again.inProgress?.log).toEqual(playthrough.log);
    again.resume().leave();
    // Discarding it here drops the unwritten version, and with it the lock.
    expect(await service.discard(recorder.record as InProgressRecord)).toBe('done');
    await released();
    const after = await other.service.claim(scenario.meta.id);
    expect(after).not.toBe('elsewhere');
    expect(after !== 'elsewhere' && after.inProgress).toBeUndefined();
  });

  it('a record that became unreadable since the menu opened is reported at the next menu, even when a claim found it first', async () => {
    const { service, notices } = await RecordsService.open(() => openIdbAttemptStore(), options());
    expect(notices).toEqual([]);
    const raw = await openDB(RECORDS_DB_NAME, RECORDS_DB_VERSION);
    await raw.put('attempts', 'not even an object', 'text');
    raw.close();
    const claim = await service.claim(scenario.meta.id);
    if (claim === 'elsewhere') throw new Error('the lock is free');
    // The claim's reread moved it into quarantine (the store reports that once): the menu still hears of it.
    expect(await service.reload()).toEqual([expect.stringMatching(/could not be read \(not an object\).*attempts\/text/)]);
    expect(await service.reload()).toEqual([]);
  });

  it('puts what it is given in quarantine and says so', async () => {
    const { service } = await RecordsService.open(() => openIdbAttemptStore(), options());
    const notice = await service.quarantine('sessionStorage/threshold.tab-session.v2', 'the saved screen is not valid JSON', '{"broken');
    expect(notice).toMatch(/could not be read \(the saved screen is not valid JSON\).*quarantine, from sessionStorage\/threshold\.tab-session\.v2/);
    const store = await openIdbAttemptStore();
    expect(await store.quarantineSize()).toBe(1);
  });

  it('opens without storage, with a notice, when the database never answers', async () => {
    vi.useFakeTimers();
    const opening = RecordsService.open(() => new Promise(() => undefined), options());
    await vi.advanceTimersByTimeAsync(OPEN_TIMEOUT_MS + 1);
    const { service, notices } = await opening;
    expect(service.recording).toBe(false);
    expect(notices[0]).toMatch(/cannot be kept in this browser right now: the browser did not open its database in time/);
    const claim = await service.claim(scenario.meta.id);
    if (claim === 'elsewhere') throw new Error('the lock is free');
    expect(claim.begin(scenario, Playthrough.start(scenario, steppingClock(1)).save()).record.trainee).toBe('');
  });
});
