// The tab's saved screen: given back as saved, never throwing on a full storage, and anything that
// cannot be read reported with its text (the page quarantines it) and removed.
import { describe, expect, it } from 'vitest';
import type { DecisionLog } from '../../../src/engine/log';
import { SESSION_FORMAT, SESSION_VERSION, type PersistedSession } from '../../../src/engine/sessionPersistence';
import { TAB_SESSION_KEY, tabSessionStore } from '../../../src/records/sessionStore';
import type { KeyValueStore } from '../../../src/util/webStorage';

function memoryStorage(): KeyValueStore & { data: Map<string, string>; full: boolean } {
  const data = new Map<string, string>();
  const storage = {
    data,
    full: false,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
  return storage;
}

const now = new Date('2026-01-02T03:04:05.000Z');
const session: PersistedSession = {
  format: SESSION_FORMAT,
  version: SESSION_VERSION,
  snapshot: { status: 'active', value: 'menu', context: {}, children: {} },
};

describe('tabSessionStore', () => {
  it('is empty until a screen is saved, then gives it back with its record and time', () => {
    const storage = memoryStorage();
    const store = tabSessionStore(storage, () => now);
    expect(store.load()).toEqual({ kind: 'none' });
    const log: DecisionLog = [{ type: 'story.ended', at: 0, ending: 'end' }];
    store.save(session, { recordId: 'record-1', log });
    expect(store.load()).toEqual({ kind: 'found', stored: { session, recordId: 'record-1', log, savedAt: now.toISOString() } });
    store.save(session, null);
    expect(store.load()).toEqual({ kind: 'found', stored: { session, recordId: null, log: null, savedAt: now.toISOString() } });
  });

  it('does not throw when the storage is full (the last screen saved stays)', () => {
    const storage = memoryStorage();
    const store = tabSessionStore(storage, () => now);
    store.save(session, { recordId: 'record-1', log: [] });
    storage.full = true;
    expect(() => store.save(session, { recordId: 'record-2', log: [] })).not.toThrow();
    expect(store.load()).toMatchObject({ kind: 'found', stored: { recordId: 'record-1' } });
  });

  it.each([
    ['not JSON', '{"session": ', 'not valid JSON'],
    ['not an object', '42', 'not an object'],
    ['no time', JSON.stringify({ session, recordId: null }), 'no time'],
    ['a record id that is not a string', JSON.stringify({ session, recordId: 7, log: null, savedAt: 'x' }), 'names no attempt record'],
    ['a log that is not a list', JSON.stringify({ session, recordId: 'r', log: {}, savedAt: 'x' }), 'not a list'],
    ['another format', JSON.stringify({ session: { ...session, format: 'other' }, recordId: null, log: null, savedAt: 'x' }), 'not a Threshold session'],
    ['an older version (with its own copy of the log)', JSON.stringify({ session: { ...session, version: 1 }, recordId: null, log: null, savedAt: 'x' }), 'version 1'],
  ])('reports a save that is %s with its text and removes it', (_, raw, reason) => {
    const storage = memoryStorage();
    storage.setItem(TAB_SESSION_KEY, raw);
    expect(tabSessionStore(storage, () => now).load()).toEqual({ kind: 'unreadable', key: TAB_SESSION_KEY, reason: expect.stringContaining(reason), raw });
    expect(storage.data.has(TAB_SESSION_KEY)).toBe(false);
  });
});
