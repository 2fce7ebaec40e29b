// The writer with a store that fills up: play never sees an error, the status says storage is full,
// the newest version of each record is kept in memory and written once there is room again.
import { describe, expect, it } from 'vitest';
import type { AttemptRecord } from '../../../src/records/attemptRecord';
import { StorageFullError, type AttemptStore } from '../../../src/records/attemptStore';
import { RecordWriter, type WriteStatus } from '../../../src/records/recordWriter';
import { inProgress, shippedScenario } from './helpers';

const scenario = shippedScenario();

/** A store in memory whose writes fail while `full` is set, as a browser at its quota does. */
function fillableStore(): AttemptStore & { full: boolean; stored: Map<string, AttemptRecord> } {
  const stored = new Map<string, AttemptRecord>();
  const store = {
    full: false,
    stored,
    load: async () => ({ records: [...stored.values()], quarantined: [] }),
    put: async (record: AttemptRecord) => {
      await Promise.resolve();
      if (store.full) throw new StorageFullError('full');
      stored.set(record.id, record);
    },
    delete: async (id: string) => void stored.delete(id),
    addToQuarantine: async () => undefined,
    quarantineSize: async () => 0,
    getProfile: async () => undefined,
    setProfile: async () => undefined,
    legacyImported: async () => true,
    markLegacyImported: async () => undefined,
  };
  return store;
}

describe('RecordWriter', () => {
  it('writes every record and reports saved', async () => {
    const store = fillableStore();
    const statuses: WriteStatus[] = [];
    const writer = new RecordWriter(store, { onStatus: (status) => statuses.push(status) });
    const record = inProgress(scenario);
    writer.write(record);
    await writer.flush();
    expect(store.stored.get(record.id)).toBe(record);
    expect(writer.current).toEqual({ kind: 'saved' });
  });

  it('keeps the newest version in memory while storage is full and writes it when a retry succeeds', async () => {
    const store = fillableStore();
    const statuses: WriteStatus[] = [];
    const retries: Array<() => void> = [];
    const writer = new RecordWriter(store, { onStatus: (status) => statuses.push(status), schedule: (run) => retries.push(run) });
    const first = inProgress(scenario, 'PC 1', 'A', 1);
    store.full = true;
    expect(() => writer.write(first)).not.toThrow();
    await writer.flush();
    expect(statuses).toEqual([{ kind: 'full', pending: 1 }]);
    const newer = { ...inProgress(scenario, 'PC 1', 'A', 2), id: first.id };
    writer.write(newer);
    await writer.flush();
    expect(store.stored.size).toBe(0);
    expect(writer.pendingRecords()).toEqual([newer]);
    expect(retries.length).toBe(1);
    store.full = false;
    retries[0]!();
    await writer.flush();
    expect(store.stored.get(first.id)).toBe(newer);
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
  });

  it('writes versions that arrive during a write after it, never losing the last', async () => {
    const store = fillableStore();
    const writer = new RecordWriter(store);
    const versions = [1, 2, 3].map((inputs) => ({ ...inProgress(scenario, 'PC 1', 'A', inputs), id: 'same' }));
    for (const version of versions) writer.write(version);
    await writer.flush();
    expect(store.stored.get('same')).toBe(versions[2]);
  });

  it('discarding drops the pending version and the stored record', async () => {
    const store = fillableStore();
    const writer = new RecordWriter(store, { schedule: () => undefined });
    const record = inProgress(scenario);
    writer.write(record);
    await writer.flush();
    store.full = true;
    writer.write(record);
    store.full = false;
    await writer.discard(record.id);
    expect(store.stored.has(record.id)).toBe(false);
    expect(writer.pendingRecords()).toEqual([]);
  });
});
