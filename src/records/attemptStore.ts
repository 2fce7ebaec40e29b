// Where attempt records live: an interface, so the page, the tests and a future file-backed CLI
// store share one contract. The browser's implementation is IndexedDB (idbAttemptStore.ts).
import type { AttemptRecord } from './attemptRecord';

/** The trainee's own details, entered once on the menu and attached to every new record. */
export interface Profile {
  trainee: string;
  cohort: string;
}

/** Something that could not be read as a record, kept (never deleted) with why. */
export interface QuarantinedEntry {
  /** Where it came from: the record's key in IndexedDB, or the localStorage key it was under. */
  origin: string;
  reason: string;
  /** ISO time it was set aside. */
  at: string;
  /** The value as found (a string for localStorage text). */
  value: unknown;
}

export interface LoadedRecords {
  records: AttemptRecord[];
  /** Entries moved to quarantine by this load: the menu tells the trainee about each. */
  quarantined: QuarantinedEntry[];
}

/** The browser refused to store more (QuotaExceededError): the record is not written yet. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export interface AttemptStore {
  /** Every readable record. Unreadable ones are moved to quarantine and returned as `quarantined`. */
  load(): Promise<LoadedRecords>;
  /** Writes (replaces) one record. Rejects with StorageFullError when the browser's quota is full. */
  put(record: AttemptRecord): Promise<void>;
  delete(id: string): Promise<void>;
  addToQuarantine(entry: QuarantinedEntry): Promise<void>;
  quarantineSize(): Promise<number>;
  getProfile(): Promise<Profile | undefined>;
  setProfile(profile: Profile): Promise<void>;
  /** Has the one-time import of localStorage saves run? (see legacyImport.ts) */
  legacyImported(): Promise<boolean>;
  markLegacyImported(): Promise<void>;
}
