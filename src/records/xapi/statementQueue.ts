// The offline queue between the game and the academy's LRS. Statements are kept (IndexedDB in the
// browser) until the LRS has accepted them, sent in the order they were queued, and never queued
// twice: ids are derived from the attempt (ids.ts), so re-offering an attempt's statements after a
// reload adds only the new ones, and a resend after a lost answer is the same statement to the LRS.
import { sendStatements, type LrsConfig, type SendOutcome } from './lrsClient';
import type { XapiStatement } from './types';

export interface QueuedStatement {
  /** Order of queueing; statements go out in this order. */
  seq: number;
  statement: XapiStatement;
}

/** Where queued statements live. One implementation a kind of storage (IndexedDB, memory). */
export interface QueueStorage {
  /** Adds the statements whose ids it has never held (queued, sent or rejected); returns how many. */
  addNew(statements: readonly XapiStatement[]): Promise<number>;
  /** The oldest `limit` queued statements, in order. */
  oldest(limit: number): Promise<QueuedStatement[]>;
  /** The LRS accepted these: remember their ids as sent, drop them from the queue. */
  markSent(seqs: readonly number[]): Promise<void>;
  /** The LRS refused these for good: keep them aside, with the reason, out of the queue. */
  markRejected(seqs: readonly number[], reason: string): Promise<void>;
  count(): Promise<number>;
  rejectedCount(): Promise<number>;
}

export type SyncState =
  | { kind: 'off' }
  | { kind: 'synced'; rejected: number }
  | { kind: 'sending'; pending: number; rejected: number }
  | { kind: 'waiting'; pending: number; rejected: number; reason: string };

export interface StatementQueueOptions {
  storage: QueueStorage;
  lrs: LrsConfig;
  send?: (lrs: LrsConfig, statements: readonly XapiStatement[], options?: { keepalive?: boolean }) => Promise<SendOutcome>;
  /** Statements per request. */
  batchSize?: number;
  /** Runs `flush` under a lock shared by the tabs of this browser, where there is one. */
  withLock?: <T>(run: () => Promise<T>) => Promise<T>;
}

export class StatementQueue {
  private state: SyncState = { kind: 'synced', rejected: 0 };
  private readonly listeners = new Set<(state: SyncState) => void>();
  private flushing: Promise<SyncState> | null = null;

  constructor(private readonly options: StatementQueueOptions) {}

  get sync(): SyncState {
    return this.state;
  }

  subscribe(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues what is new among `statements` (all of an attempt's, so far) and tries to send. */
  async offer(statements: readonly XapiStatement[]): Promise<SyncState> {
    await this.options.storage.addNew(statements);
    return this.flush();
  }

  /** Sends everything queued, oldest first, until the queue is empty or the LRS cannot take more. */
  flush(options: { keepalive?: boolean } = {}): Promise<SyncState> {
    // One flush at a time in this tab; the lock keeps other tabs out of the same queue.
    if (!this.flushing) {
      const run = () => this.drain(options.keepalive ?? false);
      const locked = this.options.withLock ? this.options.withLock(run) : run();
      this.flushing = locked.finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  private async drain(keepalive: boolean): Promise<SyncState> {
    const { storage, lrs } = this.options;
    const send = this.options.send ?? sendStatements;
    const batchSize = this.options.batchSize ?? 50;
    for (;;) {
      const batch = await storage.oldest(batchSize);
      const rejected = await storage.rejectedCount();
      if (batch.length === 0) return this.publish({ kind: 'synced', rejected });
      this.publish({ kind: 'sending', pending: await storage.count(), rejected });
      const outcome = await send(lrs, batch.map((entry) => entry.statement), { keepalive });
      if (outcome.kind === 'sent') {
        await storage.markSent(batch.map((entry) => entry.seq));
      } else if (outcome.kind === 'retry') {
        return this.publish({ kind: 'waiting', pending: await storage.count(), rejected, reason: outcome.reason });
      } else if (batch.length > 1) {
        // One bad statement must not take its batch-mates with it: find it by sending one at a time.
        await this.sendOneByOne(batch, send, keepalive);
      } else {
        await storage.markRejected([batch[0]!.seq], outcome.reason);
      }
    }
  }

  private async sendOneByOne(batch: readonly QueuedStatement[], send: NonNullable<StatementQueueOptions['send']>, keepalive: boolean) {
    const { storage, lrs } = this.options;
    for (const entry of batch) {
      const outcome = await send(lrs, [entry.statement], { keepalive });
      if (outcome.kind === 'sent') await storage.markSent([entry.seq]);
      else if (outcome.kind === 'reject') await storage.markRejected([entry.seq], outcome.reason);
      else return; // the LRS went away mid-batch: the rest stays queued, in order
    }
  }

  private publish(state: SyncState): SyncState {
    this.state = state;
    for (const listener of this.listeners) listener(state);
    return state;
  }
}

/** Queue storage in memory: for tests, and for a browser whose IndexedDB cannot be opened. */
export function memoryQueueStorage(): QueueStorage {
  let nextSeq = 1;
  const queued: QueuedStatement[] = [];
  const seen = new Set<string>();
  const rejected: Array<{ statement: XapiStatement; reason: string }> = [];
  return {
    async addNew(statements) {
      let added = 0;
      for (const statement of statements) {
        if (seen.has(statement.id)) continue;
        seen.add(statement.id);
        queued.push({ seq: nextSeq++, statement });
        added++;
      }
      return added;
    },
    async oldest(limit) {
      return queued.slice(0, limit);
    },
    async markSent(seqs) {
      const done = new Set(seqs);
      for (let i = queued.length - 1; i >= 0; i--) if (done.has(queued[i]!.seq)) queued.splice(i, 1);
    },
    async markRejected(seqs, reason) {
      const done = new Set(seqs);
      for (let i = queued.length - 1; i >= 0; i--) {
        const entry = queued[i]!;
        if (done.has(entry.seq)) {
          rejected.push({ statement: entry.statement, reason });
          queued.splice(i, 1);
        }
      }
    },
    async count() {
      return queued.length;
    },
    async rejectedCount() {
      return rejected.length;
    },
  };
}
