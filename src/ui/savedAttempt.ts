// The attempt in progress, kept in the browser's localStorage so a reload can resume it. One slot:
// the page plays one attempt at a time. A save that cannot be read is never silently dropped: it is
// moved to a dated "set aside" key (so a trainer can still recover it from the browser's storage)
// and the caller is told, so the trainee sees a notice.

/** The part of the Web Storage API this module needs (a Map-backed fake works in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const SAVE_KEY = 'threshold.attempt.v1';
export const SET_ASIDE_PREFIX = 'threshold.attempt.set-aside.';

export interface StoredAttempt<Save> {
  format: 'threshold-save';
  version: 1;
  scenarioId: string;
  /** Shown on the Resume button; the scenario may have been renamed since. */
  title: string;
  /** ISO time of the last save, for the Resume button. */
  savedAt: string;
  save: Save;
}

export type SavedAttemptLookup<Save> =
  | { kind: 'none' }
  | { kind: 'found'; attempt: StoredAttempt<Save> }
  | { kind: 'setAside'; key: string; reason: string };

export function writeSavedAttempt<Save>(store: KeyValueStore, attempt: Omit<StoredAttempt<Save>, 'format' | 'version'>): void {
  const stored: StoredAttempt<Save> = { format: 'threshold-save', version: 1, ...attempt };
  store.setItem(SAVE_KEY, JSON.stringify(stored));
}

export function clearSavedAttempt(store: KeyValueStore): void {
  store.removeItem(SAVE_KEY);
}

/** Reads the slot; a malformed save is set aside and reported, never thrown away. */
export function readSavedAttempt<Save>(store: KeyValueStore, now: Date): SavedAttemptLookup<Save> {
  const raw = store.getItem(SAVE_KEY);
  if (raw === null) return { kind: 'none' };
  const problem = describeProblem(raw);
  if (problem === null) return { kind: 'found', attempt: JSON.parse(raw) as StoredAttempt<Save> };
  return setAsideSavedAttempt(store, now, problem);
}

/**
 * Moves the current save out of the slot, e.g. because the engine could not restore it (a story
 * changed since the save was made). Returns what the trainee should be told.
 */
export function setAsideSavedAttempt(store: KeyValueStore, now: Date, reason: string): { kind: 'setAside'; key: string; reason: string } {
  const raw = store.getItem(SAVE_KEY) ?? '';
  const key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  store.setItem(key, raw);
  store.removeItem(SAVE_KEY);
  return { kind: 'setAside', key, reason };
}

function describeProblem(raw: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'the saved data is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null) return 'the saved data is not an object';
  const record = parsed as Record<string, unknown>;
  if (record.format !== 'threshold-save') return 'the saved data is not a Threshold save';
  if (record.version !== 1) return `the save has version ${String(record.version)}, this page reads version 1`;
  if (typeof record.scenarioId !== 'string' || record.scenarioId === '') return 'the save names no scenario';
  if (typeof record.title !== 'string') return 'the save has no title';
  if (typeof record.savedAt !== 'string') return 'the save has no time';
  if (typeof record.save !== 'object' || record.save === null) return 'the save holds no progress';
  return null;
}
