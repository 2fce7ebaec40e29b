// A copy in memory of what a statement queue's storage holds, readable synchronously. The page
// needs it at `pagehide`: by then there is no time to read IndexedDB, but a `keepalive` request
// with the statements still waiting can leave after the page is gone. The copy is refreshed from
// the storage after every change, so it is the storage's own order and content.
import type { QueuedStatement, QueueStorage } from './statementQueue';
import type { XapiStatement } from './types';

export interface MirroredStorage extends QueueStorage {
  /** The statements waiting, oldest first, as of the last change. */
  pending(): readonly XapiStatement[];
}

/** Wraps `storage`; reads its queue once now and after every change (at most `limit` statements). */
export async function mirroredStorage(storage: QueueStorage, limit = 2000): Promise<MirroredStorage> {
  let copy: readonly QueuedStatement[] = await storage.oldest(limit);
  const refresh = async (): Promise<void> => {
    copy = await storage.oldest(limit);
  };
  return {
    async addNew(statements) {
      const added = await storage.addNew(statements);
      if (added > 0) await refresh();
      return added;
    },
    oldest: (count) => storage.oldest(count),
    async markSent(seqs) {
      await storage.markSent(seqs);
      await refresh();
    },
    async markRejected(seqs, reason) {
      await storage.markRejected(seqs, reason);
      await refresh();
    },
    count: () => storage.count(),
    rejectedCount: () => storage.rejectedCount(),
    pending: () => copy.map((entry) => entry.statement),
  };
}

/** Keepalive request bodies are limited to 64 kB in total (Fetch standard); stay under it. */
export const KEEPALIVE_BUDGET_BYTES = 60_000;

/** The longest prefix of `statements` whose JSON fits in `budget` bytes (order is kept: a prefix). */
export function prefixWithin(statements: readonly XapiStatement[], budget = KEEPALIVE_BUDGET_BYTES): XapiStatement[] {
  const encoder = new TextEncoder();
  let size = 2;
  const prefix: XapiStatement[] = [];
  for (const statement of statements) {
    size += encoder.encode(JSON.stringify(statement)).length + 1;
    if (size > budget) break;
    prefix.push(statement);
  }
  return prefix;
}
