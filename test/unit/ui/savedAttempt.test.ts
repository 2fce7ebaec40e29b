import { describe, expect, it } from 'vitest';
import {
  SAVE_KEY,
  SET_ASIDE_PREFIX,
  clearSavedAttempt,
  readSavedAttempt,
  setAsideSavedAttempt,
  writeSavedAttempt,
  type KeyValueStore,
} from '../../../src/ui/savedAttempt';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const now = new Date('2026-01-02T03:04:05.000Z');
const attempt = { scenarioId: 'scn_x', title: 'X', savedAt: now.toISOString(), save: { inkState: '{}', log: [] } };

describe('saved attempt slot', () => {
  it('is empty until something is written', () => {
    expect(readSavedAttempt(memoryStore(), now)).toEqual({ kind: 'none' });
  });

  it('round-trips a written attempt', () => {
    const store = memoryStore();
    writeSavedAttempt(store, attempt);
    expect(readSavedAttempt(store, now)).toEqual({ kind: 'found', attempt: { format: 'threshold-save', version: 1, ...attempt } });
  });

  it('clears the slot', () => {
    const store = memoryStore();
    writeSavedAttempt(store, attempt);
    clearSavedAttempt(store);
    expect(readSavedAttempt(store, now)).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"format": "threshold-save",', 'not valid JSON'],
    ['not an object', '42', 'not an object'],
    ['another format', JSON.stringify({ format: 'other' }), 'not a Threshold save'],
    ['a newer version', JSON.stringify({ ...attempt, format: 'threshold-save', version: 2 }), 'version 2'],
    ['no progress', JSON.stringify({ ...attempt, format: 'threshold-save', version: 1, save: null }), 'no progress'],
  ])('sets aside a save that is %s, keeping its text', (_name, raw, reason) => {
    const store = memoryStore();
    store.setItem(SAVE_KEY, raw);
    const lookup = readSavedAttempt(store, now);
    expect(lookup.kind).toBe('setAside');
    if (lookup.kind !== 'setAside') return;
    expect(lookup.reason).toContain(reason);
    expect(lookup.key).toBe(`${SET_ASIDE_PREFIX}${now.toISOString()}`);
    expect(store.data.get(lookup.key)).toBe(raw);
    expect(store.data.has(SAVE_KEY)).toBe(false);
  });

  it('sets aside a readable save the engine rejected', () => {
    const store = memoryStore();
    writeSavedAttempt(store, attempt);
    const raw = store.data.get(SAVE_KEY);
    const result = setAsideSavedAttempt(store, now, 'the story changed');
    expect(result.reason).toBe('the story changed');
    expect(store.data.get(result.key)).toBe(raw);
    expect(readSavedAttempt(store, now)).toEqual({ kind: 'none' });
  });
});
