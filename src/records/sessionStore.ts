// Where a tab keeps which screen it is on between reloads: the session's snapshot (the screen, the
// scenario opened; engine/sessionPersistence.ts) and the id of the attempt record that screen shows.
// It lives in sessionStorage, so it belongs to one tab: a reload of the tab comes back to its screen,
// a new tab opens on the menu. The record in IndexedDB is the truth for the attempt's log; the tab
// also keeps its own latest log of that record only because sessionStorage is written at once and
// IndexedDB is not: a reload right after an input must not lose it. A restore (app/tabRestore.ts)
// uses that log only where it carries the record's log on (the inputs still in flight), never where
// the two differ.
//
// Writing never throws (a full sessionStorage only costs the return to the same screen). What
// cannot be read is reported with the raw text, for the page to put in the records' quarantine.
import { persistedSessionProblem, type PersistedSession } from '../engine/sessionPersistence';
import type { DecisionLog } from '../engine/log';
import { isRecord } from '../util/json';
import { rememberItem, type KeyValueStore } from '../util/webStorage';

export interface TabSession {
  session: PersistedSession;
  /** The record of the attempt the session holds (playing it, or its outcome and debrief). */
  recordId: string | null;
  /** That attempt's log as this tab last had it (null with no record). */
  log: DecisionLog | null;
  /** ISO time of the last save. */
  savedAt: string;
}

export type TabSessionLookup = { kind: 'none' } | { kind: 'found'; stored: TabSession } | { kind: 'unreadable'; key: string; reason: string; raw: string };

export interface TabSessionStore {
  /** The tab's saved screen, if any; an unreadable one is removed and returned as text. */
  load(): TabSessionLookup;
  save(session: PersistedSession, attempt: { recordId: string; log: DecisionLog } | null): void;
}


export const TAB_SESSION_KEY = 'threshold.tab-session.v2';
/**
 * Where pages before per-tab sessions kept one session for every tab (in localStorage), with the
 * attempt's log: superseded by the records, which hold the same log.
 */
export const SHARED_SESSION_KEY = 'threshold.session.v1';

/** A TabSessionStore over sessionStorage (or any KeyValueStore); `now` dates saves. */
export function tabSessionStore(storage: KeyValueStore, now: () => Date = () => new Date()): TabSessionStore {
  return {
    load() {
      const raw = storage.getItem(TAB_SESSION_KEY);
      if (raw === null) return { kind: 'none' };
      const parsed = parseStored(raw);
      if (typeof parsed !== 'string') return { kind: 'found', stored: parsed };
      storage.removeItem(TAB_SESSION_KEY);
      return { kind: 'unreadable', key: TAB_SESSION_KEY, reason: parsed, raw };
    },
    save(session, attempt) {
      const stored: TabSession = { session, recordId: attempt?.recordId ?? null, log: attempt?.log ?? null, savedAt: now().toISOString() };
      // Refused (sessionStorage full): the tab will open on the menu after a reload; the record is unharmed.
      rememberItem(storage, TAB_SESSION_KEY, JSON.stringify(stored));
    },
  };
}

/** The stored tab session, or why it cannot be read. */
function parseStored(raw: string): TabSession | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'the saved screen is not valid JSON';
  }
  if (!isRecord(value)) return 'the saved screen is not an object';
  if (typeof value['savedAt'] !== 'string') return 'the saved screen has no time';
  if (value['recordId'] !== null && typeof value['recordId'] !== 'string') return 'the saved screen names no attempt record';
  if (value['log'] !== null && !Array.isArray(value['log'])) return 'the saved screen has a log that is not a list';
  return persistedSessionProblem(value['session']) ?? (value as unknown as TabSession);
}
