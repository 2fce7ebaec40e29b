// Web Storage as the page meets it: refused outright, or full. Neither may throw into the page.
import { describe, expect, it } from 'vitest';
import { rememberItem, storageOrMemory, type WebStorage } from '../../../src/util/webStorage';

/** A storage whose every write fails as a full browser storage does. */
function fullStorage(): WebStorage {
  const quota = (): never => {
    throw new DOMException('exceeded the quota', 'QuotaExceededError');
  };
  return { length: 0, clear: () => undefined, getItem: () => null, key: () => null, removeItem: () => undefined, setItem: quota };
}

describe('storageOrMemory', () => {
  it('is the browser storage when it can be used', () => {
    const storage = fullStorage();
    expect(storageOrMemory(() => storage)).toBe(storage);
  });

  it('falls back to a storage in memory when reading it throws (site data blocked)', () => {
    const blocked = storageOrMemory(() => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    });
    expect(blocked.getItem('a')).toBeNull();
    blocked.setItem('a', '1');
    blocked.setItem('b', '2');
    expect(blocked.getItem('a')).toBe('1');
    expect(blocked.length).toBe(2);
    expect(blocked.key(1)).toBe('b');
    blocked.removeItem('a');
    expect(blocked.getItem('a')).toBeNull();
  });

  it('falls back when the storage is handed out but refuses its first read', () => {
    const refusing = { ...fullStorage(), getItem: (): never => { throw new DOMException('denied', 'SecurityError'); } };
    const storage = storageOrMemory(() => refusing);
    expect(storage).not.toBe(refusing);
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });
});

describe('rememberItem', () => {
  it('says whether the value was kept, and never throws on a full storage', () => {
    expect(rememberItem(fullStorage(), 'k', 'v')).toBe(false);
    const memory = storageOrMemory(() => {
      throw new Error('blocked');
    });
    expect(rememberItem(memory, 'k', 'v')).toBe(true);
    expect(memory.getItem('k')).toBe('v');
  });
});
