// The IndexedDB store on fake-indexeddb: records round-trip, unreadable ones go to quarantine (and
// the load still returns every readable record), the profile and the legacy mark persist, and a
// quota error from the browser becomes StorageFullError.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { StorageFullError } from '../../../src/records/attemptStore';
import { isQuotaError, openIdbAttemptStore, RECORDS_DB_NAME, RECORDS_DB_VERSION } from '../../../src/records/idbAttemptStore';
import { completed, inProgress, shippedScenario } from './helpers';

const scenario = shippedScenario();

beforeEach(() => {
  // A fresh browser profile for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('IndexedDB attempt store', () => {
  it('keeps records across openings, replacing a record by id', async () => {
    const store = await openIdbAttemptStore();
    const first = inProgress(scenario, 'PC 1', 'A', 1);
    await store.put(first);
    const moved = inProgress(scenario, 'PC 1', 'A', 2);
    await store.put({ ...moved, id: first.id });
    await store.put(completed(scenario, 3));
    const reopened = await openIdbAttemptStore();
    const { records, quarantined } = await reopened.load();
    expect(quarantined).toEqual([]);
    expect(records).toHaveLength(2);
    expect(records.find((record) => record.id === first.id)?.log).toEqual(moved.log);
  });

  it('moves an unreadable record to quarantine, says why, and still loads the others', async () => {
    const store = await openIdbAttemptStore();
    const good = completed(scenario, 4);
    await store.put(good);
    const raw = await openDB(RECORDS_DB_NAME, RECORDS_DB_VERSION);
    await raw.put('attempts', { schema: 1, id: 'broken', huge: 'x'.repeat(5_000_000) }, 'broken');
    await raw.put('attempts', 'not even an object', 'text');
    raw.close();
    const { records, quarantined } = await store.load();
    expect(records.map((record) => record.id)).toEqual([good.id]);
    expect(quarantined.map((entry) => entry.origin).sort()).toEqual([`${RECORDS_DB_NAME}/attempts/broken`, `${RECORDS_DB_NAME}/attempts/text`]);
    expect(quarantined.find((entry) => entry.origin.endsWith('/text'))?.reason).toBe('not an object');
    expect(await store.quarantineSize()).toBe(2);
    // Quarantined once: the next load is clean, and nothing was deleted outright.
    expect((await store.load()).quarantined).toEqual([]);
  });

  it('keeps the trainee profile and the legacy-import mark', async () => {
    const store = await openIdbAttemptStore();
    expect(await store.getProfile()).toBeUndefined();
    await store.setProfile({ trainee: 'PC 7', cohort: 'Autumn' });
    expect(await store.legacyImported()).toBe(false);
    await store.markLegacyImported();
    const reopened = await openIdbAttemptStore();
    expect(await reopened.getProfile()).toEqual({ trainee: 'PC 7', cohort: 'Autumn' });
    expect(await reopened.legacyImported()).toBe(true);
  });

  it('discards a record', async () => {
    const store = await openIdbAttemptStore();
    const record = inProgress(scenario);
    await store.put(record);
    await store.delete(record.id);
    expect((await store.load()).records).toEqual([]);
  });

  it('recognises the browsers\' quota errors', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('other', 'DataError'))).toBe(false);
    expect(new StorageFullError('x')).toBeInstanceOf(Error);
  });
});
