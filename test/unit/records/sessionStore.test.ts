import { describe, expect, it } from 'vitest';
import { localSessionStore, SESSION_KEY, SET_ASIDE_PREFIX, type KeyValueStore } from '../../../src/records/sessionStore';
import { SESSION_FORMAT, SESSION_VERSION, type PersistedSession } from '../../../src/engine/sessionPersistence';

function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const now = new Date('2026-01-02T03:04:05.000Z');
const session: PersistedSession = {
  format: SESSION_FORMAT,
  version: SESSION_VERSION,
  snapshot: { status: 'active', value: 'menu', context: {}, children: {} },
  attempt: { scenarioId: 'scn_x', title: 'X', log: [{ type: 'story.ended', at: 0, ending: 'end' }] },
};

describe('localSessionStore', () => {
  it('is empty until a session is saved, then gives it back with its time', async () => {
    const storage = memoryStorage();
    const store = localSessionStore(storage, () => now);
    expect(await store.load()).toEqual({ kind: 'none' });
    await store.save(session);
    expect(await store.load()).toEqual({ kind: 'found', stored: { session, savedAt: now.toISOString() } });
    await store.clear();
    expect(await store.load()).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"session": ', 'not valid JSON'],
    ['not an object', '42', 'not an object'],
    ['no time', JSON.stringify({ session }), 'no time'],
    ['another format', JSON.stringify({ session: { ...session, format: 'other' }, savedAt: 'x' }), 'not a Threshold session'],
    ['a newer version', JSON.stringify({ session: { ...session, version: 2 }, savedAt: 'x' }), 'version 2'],
    ['a broken attempt', JSON.stringify({ session: { ...session, attempt: { scenarioId: 'x' } }, savedAt: 'x' }), 'no scenario, title or log'],
  ])('sets aside a save that is %s, keeping its text, and says why', async (_, raw, reason) => {
    const storage = memoryStorage();
    storage.setItem(SESSION_KEY, raw);
    const lookup = await localSessionStore(storage, () => now).load();
    expect(lookup).toEqual({ kind: 'setAside', key: `${SET_ASIDE_PREFIX}${now.toISOString()}`, reason: expect.stringContaining(reason) });
    expect(storage.data.get(`${SET_ASIDE_PREFIX}${now.toISOString()}`)).toBe(raw);
    expect(storage.data.has(SESSION_KEY)).toBe(false);
  });

  it('sets aside a save on request (one the engine refused to restore)', async () => {
    const storage = memoryStorage();
    const store = localSessionStore(storage, () => now);
    await store.save(session);
    const saved = storage.data.get(SESSION_KEY);
    expect(await store.setAside('the story changed')).toEqual({ key: `${SET_ASIDE_PREFIX}${now.toISOString()}`, reason: 'the story changed' });
    expect(storage.data.get(`${SET_ASIDE_PREFIX}${now.toISOString()}`)).toBe(saved);
    expect(await store.load()).toEqual({ kind: 'none' });
  });
});
