// The browser's Web Storage (localStorage, sessionStorage) as the page may meet it: refused outright
// (site data blocked, or the game framed by an LMS on another site with third-party storage blocked:
// reading `window.localStorage` throws), or full (setItem throws a QuotaExceededError). Neither may
// stop a page from rendering or a setting from applying; they only stop it from being remembered.

/** The Web Storage API as this module uses it (the DOM's Storage is one; util is typed without the DOM). */
export interface WebStorage {
  readonly length: number;
  clear(): void;
  getItem(key: string): string | null;
  key(index: number): string | null;
  removeItem(key: string): void;
  setItem(key: string, value: string): void;
}

/** The part of Web Storage that modules keeping a value need (a Map-backed fake works in tests). */
export type KeyValueStore = Pick<WebStorage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * `open()`'s storage (e.g. `() => window.localStorage`), or, when the browser refuses it, a storage
 * held in memory for this page only, so every screen still works and nothing outlives the page.
 */
export function storageOrMemory(open: () => WebStorage): WebStorage {
  try {
    const storage = open();
    // Some browsers hand out the object and refuse on first use instead.
    storage.getItem('threshold.storage-probe');
    return storage;
  } catch {
    return new MemoryStorage();
  }
}

/**
 * Writes `value` under `key` and says whether it was kept: false when the browser refuses (storage
 * full or blocked), which callers treat as "applies now, not remembered" rather than an error.
 */
export function rememberItem(store: Pick<WebStorage, 'setItem'>, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The Storage interface over a Map: what storageOrMemory falls back to. */
class MemoryStorage implements WebStorage {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
}
