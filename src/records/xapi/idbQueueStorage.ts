// The statement queue in IndexedDB, through `idb` (a ~1 kB promise wrapper; the records store uses
// it too). Its own database, so the queue's schema moves independently of the attempt records.
// The page keeps one database per LRS endpoint (`queueDatabaseName`), so statements queued for one
// LRS are never sent to another (a cmi5 LMS's, or one an admin entered on this device). Three stores: `queue` (statements waiting, in order), `sent` (ids the LRS accepted, so a reload
// that offers an attempt's statements again queues nothing twice) and `rejected` (refused for good,
// kept for the academy's support rather than dropped).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedStatement, QueueStorage } from './statementQueue';
import type { XapiStatement } from './types';

const DB_NAME = 'threshold-xapi';
const DB_VERSION = 1;

interface QueueDb extends DBSchema {
  queue: { key: number; value: { seq?: number; id: string; statement: XapiStatement }; indexes: { id: string } };
  sent: { key: string; value: { id: string; at: number } };
  rejected: { key: string; value: { id: string; statement: XapiStatement; reason: string; at: number } };
}

/** The database of the queue for statements bound to `endpoint`. */
export function queueDatabaseName(endpoint: string): string {
  return `${DB_NAME} ${endpoint}`;
}

export async function openIdbQueueStorage(name: string = DB_NAME): Promise<QueueStorage> {
  const db = await openDB<QueueDb>(name, DB_VERSION, {
    upgrade(database) {
      const queue = database.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
      queue.createIndex('id', 'id', { unique: true });
      database.createObjectStore('sent', { keyPath: 'id' });
      database.createObjectStore('rejected', { keyPath: 'id' });
    },
  });
  return idbQueueStorage(db);
}

function idbQueueStorage(db: IDBPDatabase<QueueDb>): QueueStorage {
  return {
    async addNew(statements) {
      const tx = db.transaction(['queue', 'sent', 'rejected'], 'readwrite');
      const queue = tx.objectStore('queue');
      let added = 0;
      for (const statement of statements) {
        const known =
          (await queue.index('id').getKey(statement.id)) !== undefined ||
          (await tx.objectStore('sent').getKey(statement.id)) !== undefined ||
          (await tx.objectStore('rejected').getKey(statement.id)) !== undefined;
        if (known) continue;
        await queue.add({ id: statement.id, statement });
        added++;
      }
      await tx.done;
      return added;
    },
    async oldest(limit) {
      const entries: QueuedStatement[] = [];
      let cursor = await db.transaction('queue').store.openCursor();
      while (cursor && entries.length < limit) {
        entries.push({ seq: cursor.value.seq!, statement: cursor.value.statement });
        cursor = await cursor.continue();
      }
      return entries;
    },
    async markSent(seqs) {
      const tx = db.transaction(['queue', 'sent'], 'readwrite');
      const at = Date.now();
      for (const seq of seqs) {
        const entry = await tx.objectStore('queue').get(seq);
        if (!entry) continue;
        await tx.objectStore('sent').put({ id: entry.id, at });
        await tx.objectStore('queue').delete(seq);
      }
      await tx.done;
    },
    async markRejected(seqs, reason) {
      const tx = db.transaction(['queue', 'rejected'], 'readwrite');
      const at = Date.now();
      for (const seq of seqs) {
        const entry = await tx.objectStore('queue').get(seq);
        if (!entry) continue;
        await tx.objectStore('rejected').put({ id: entry.id, statement: entry.statement, reason, at });
        await tx.objectStore('queue').delete(seq);
      }
      await tx.done;
    },
    count: () => db.count('queue'),
    rejectedCount: () => db.count('rejected'),
  };
}
