// Sound and display settings read from the browser's storage: what was saved comes back, anything
// unreadable falls back to the default, and reduced motion follows the system until chosen.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, motionOff, readSettings, SETTINGS_KEY } from '../../../src/ui/settings';
import type { KeyValueStore } from '../../../src/util/webStorage';

function storeWith(value: string | null): KeyValueStore {
  const data = new Map<string, string>(value === null ? [] : [[SETTINGS_KEY, value]]);
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, next) => void data.set(key, next),
    removeItem: (key) => void data.delete(key),
  };
}

describe('settings', () => {
  it('reads back what was saved', () => {
    const saved = { highContrast: true, reducedMotion: false, volume: 35, muted: true, captions: false };
    expect(readSettings(storeWith(JSON.stringify(saved)))).toEqual(saved);
  });

  it('falls back to the defaults for a missing, broken or out-of-range value', () => {
    expect(readSettings(storeWith(null))).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(storeWith('{not json'))).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(storeWith(JSON.stringify({ volume: 400, muted: 'yes' })))).toEqual(DEFAULT_SETTINGS);
  });

  it('follows the system for motion until the trainee chooses', () => {
    expect(motionOff(DEFAULT_SETTINGS, true)).toBe(true);
    expect(motionOff(DEFAULT_SETTINGS, false)).toBe(false);
    expect(motionOff({ ...DEFAULT_SETTINGS, reducedMotion: false }, true)).toBe(false);
    expect(motionOff({ ...DEFAULT_SETTINGS, reducedMotion: true }, false)).toBe(true);
  });
});
