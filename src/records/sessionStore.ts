// Where the page keeps its session between reloads: one persisted snapshot of the tab's actor
// system plus the attempt's decision log (engine/sessionPersistence.ts), behind a small interface
// so another store (IndexedDB) can replace the localStorage one without the page changing. The
// interface is asynchronous for that reason, even though localStorage is not.
//
// A save that cannot be read is never silently dropped: it is moved to a dated "set aside" key (a
// trainer can still recover it from the browser's storage) and the caller is told, so the trainee
// sees a notice. The page also sets a save aside when the engine refuses to restore it.
import { persistedSessionProblem, type PersistedSession } from '../engine/sessionPersistence';

export interface StoredSession {
  session: PersistedSession;
  /** ISO time of the last save. */
  savedAt: string;
}

export type SessionLookup = { kind: 'none' } | { kind: 'found'; stored: StoredSession } | { kind: 'setAside'; key: string; reason: string };

export interface SetAside {
  key: string;
  reason: string;
}

export interface SessionStore {
  /** The saved session, if any; one that cannot be read is set aside and reported. */
  load(): Promise<SessionLookup>;
  save(session: PersistedSession): Promise<void>;
  /** Moves the saved session out of the way (it cannot be restored), keeping it for a trainer. */
  setAside(reason: string): Promise<SetAside>;
  clear(): Promise<void>;
}

/** The part of the Web Storage API the localStorage store needs (a Map-backed fake works in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SESSION_KEY = 'threshold.session.v1';
export const SET_ASIDE_PREFIX = 'threshold.session.set-aside.';

/** A SessionStore over localStorage (or any KeyValueStore); `now` dates saves and set-aside keys. */
export function localSessionStore(storage: KeyValueStore, now: () => Date = () => new Date()): SessionStore {
  const setAside = async (reason: string): Promise<SetAside> => {
    const key = `${SET_ASIDE_PREFIX}${now().toISOString()}`;
    storage.setItem(key, storage.getItem(SESSION_KEY) ?? '');
    storage.removeItem(SESSION_KEY);
    return { key, reason };
  };
  return {
    async load() {
      const raw = storage.getItem(SESSION_KEY);
      if (raw === null) return { kind: 'none' };
      const parsed = parseStored(raw);
      if (typeof parsed !== 'string') return { kind: 'found', stored: parsed };
      return { kind: 'setAside', ...(await setAside(parsed)) };
    },
    async save(session) {
      const stored: StoredSession = { session, savedAt: now().toISOString() };
      storage.setItem(SESSION_KEY, JSON.stringify(stored));
    },
    setAside,
    async clear() {
      storage.removeItem(SESSION_KEY);
    },
  };
}

/** The stored session, or why it cannot be read. */
function parseStored(raw: string): StoredSession | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'the saved data is not valid JSON';
  }
  if (typeof value !== 'object' || value === null) return 'the saved data is not an object';
  const stored = value as Partial<StoredSession>;
  if (typeof stored.savedAt !== 'string') return 'the save has no time';
  return persistedSessionProblem(stored.session) ?? (stored as StoredSession);
}
