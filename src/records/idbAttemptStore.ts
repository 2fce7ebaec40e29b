// The attempt store in IndexedDB, through `idb` (a ~1.4 kB gzip promise wrapper over the native API;
// the xAPI queue uses it too). Dexie was weighed and not taken: its query layer and live queries
// cost ~25 kB gzip for a store that only ever reads everything, writes one record and deletes one.
//
// Database `threshold-records`, its version the schema's (upgrade() migrates from any older one):
//   attempts    AttemptRecord by id
//   quarantine  entries that could not be read, auto-numbered, never deleted by the page
//   settings    the trainee's profile and the legacy-import mark
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseAttemptRecord, type AttemptRecord } from './attemptRecord';
import { StorageFullError, type AttemptStore, type LoadedRecords, type Profile, type QuarantinedEntry } from './attemptStore';

export const RECORDS_DB_NAME = 'threshold-records';
export const RECORDS_DB_VERSION = 1;

interface RecordsDb extends DBSchema {
  attempts: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantinedEntry };
  settings: { key: string; value: unknown };
}

const PROFILE_KEY = 'profile';
const LEGACY_KEY = 'legacyImported';

export async function openIdbAttemptStore(): Promise<AttemptStore> {
  const db = await openDB<RecordsDb>(RECORDS_DB_NAME, RECORDS_DB_VERSION, {
    upgrade(database, oldVersion) {
      // One step per version, so a browser several versions behind runs each in turn.
      if (oldVersion < 1) {
        database.createObjectStore('attempts');
        database.createObjectStore('quarantine', { autoIncrement: true });
        database.createObjectStore('settings');
      }
    },
    // A newer page in another tab wants to upgrade: let it, this tab's next write reopens nothing
    // and fails visibly instead of blocking the other tab forever.
    blocking: () => db.close(),
  });
  return idbAttemptStore(db);
}

function idbAttemptStore(db: IDBPDatabase<RecordsDb>): AttemptStore {
  return {
    async load(): Promise<LoadedRecords> {
      const tx = db.transaction(['attempts', 'quarantine'], 'readwrite');
      const records: AttemptRecord[] = [];
      const quarantined: QuarantinedEntry[] = [];
      let cursor = await tx.objectStore('attempts').openCursor();
      while (cursor) {
        const parsed = parseAttemptRecord(cursor.value);
        if (parsed.ok && parsed.record.id === cursor.key) records.push(parsed.record);
        else {
          const entry: QuarantinedEntry = {
            origin: `${RECORDS_DB_NAME}/attempts/${cursor.key}`,
            reason: parsed.ok ? `stored under '${cursor.key}' but its id is '${parsed.record.id}'` : parsed.reason,
            at: new Date().toISOString(),
            value: cursor.value,
          };
          await tx.objectStore('quarantine').add(entry);
          await cursor.delete();
          quarantined.push(entry);
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return { records, quarantined };
    },
    async put(record) {
      await writing(async () => {
        const tx = db.transaction('attempts', 'readwrite');
        await Promise.all([tx.store.put(record, record.id), tx.done]);
      });
    },
    async delete(id) {
      await db.delete('attempts', id);
    },
    async addToQuarantine(entry) {
      await writing(() => db.add('quarantine', entry));
    },
    async quarantineSize() {
      return db.count('quarantine');
    },
    async getProfile() {
      const value = await db.get('settings', PROFILE_KEY);
      return isProfile(value) ? value : undefined;
    },
    async setProfile(profile) {
      await writing(() => db.put('settings', { trainee: profile.trainee, cohort: profile.cohort }, PROFILE_KEY));
    },
    async legacyImported() {
      return (await db.get('settings', LEGACY_KEY)) === true;
    },
    async markLegacyImported() {
      await writing(() => db.put('settings', true, LEGACY_KEY));
    },
  };
}

/** Runs a write, turning the browser's "quota exceeded" (however it surfaces) into StorageFullError. */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('the browser has no room left for Threshold\'s records');
    throw error;
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function isProfile(value: unknown): value is Profile {
  const v = value as Partial<Profile> | null;
  return typeof v === 'object' && v !== null && typeof v.trainee === 'string' && typeof v.cohort === 'string';
}
