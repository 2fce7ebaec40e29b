// Writes records without ever making the trainee wait or lose an input. The page hands every new
// version of a record to write() and carries on; the writer stores them in order, keeping only the
// newest version of each record while one is pending. When the browser's storage is full the
// newest versions stay in memory, the status says so (the page shows a notice), and they are
// written as soon as a retry succeeds: nothing is dropped and no write error reaches the UI.
import type { AttemptRecord } from './attemptRecord';
import { StorageFullError, type AttemptStore } from './attemptStore';
import { messageOf } from '../util/errors';

export type WriteStatus =
  | { kind: 'saved' }
  /** Waiting in memory because storage is full; `pending` records not yet written. */
  | { kind: 'full'; pending: number }
  /** Some other failure (the database was closed by another tab, ...): also kept in memory. */
  | { kind: 'failed'; pending: number; reason: string };

export interface RecordWriterOptions {
  onStatus?: (status: WriteStatus) => void;
  /** How long to wait before trying a failed write again. */
  retryMs?: number;
  /** setTimeout by default; tests pass their own. */
  schedule?: (run: () => void, ms: number) => unknown;
}

export class RecordWriter {
  private readonly pending = new Map<string, AttemptRecord>();
  /** Who waits for a record to have nothing pending (written(id)). */
  private readonly waiting = new Map<string, Array<() => void>>();
  private running: Promise<void> | null = null;
  private retryScheduled = false;
  private status: WriteStatus = { kind: 'saved' };

  constructor(
    private readonly store: AttemptStore,
    private readonly options: RecordWriterOptions = {},
  ) {}

  /** Queue the newest version of a record; never throws, never waits. */
  write(record: AttemptRecord): void {
    this.pending.set(record.id, record);
    void this.flush();
  }

  /** Forget a pending write (the attempt was discarded) and delete the stored record. */
  async discard(id: string): Promise<void> {
    this.pending.delete(id);
    this.settle(id);
    await this.flush();
    await this.store.delete(id);
  }

  /**
   * Resolves once no version of `id` waits to be written: what a tab waits for before it lets
   * another tab take the attempt, so a late retry here never overwrites what the other tab wrote.
   */
  written(id: string): Promise<void> {
    if (!this.pending.has(id)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.set(id, [...(this.waiting.get(id) ?? []), resolve]));
  }

  get current(): WriteStatus {
    return this.status;
  }

  /** Every version still waiting to be written (some may not be in the store at all yet). */
  pendingRecords(): AttemptRecord[] {
    return [...this.pending.values()];
  }

  /** Resolves once every queued record is written, or the writer is waiting to retry. */
  flush(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const [id, record] = this.pending.entries().next().value as [string, AttemptRecord];
      try {
        await this.store.put(record);
      } catch (error) {
        this.setStatus(
          error instanceof StorageFullError
            ? { kind: 'full', pending: this.pending.size }
            : { kind: 'failed', pending: this.pending.size, reason: messageOf(error) },
        );
        this.scheduleRetry();
        return;
      }
      // A newer version may have arrived while this one was written: keep it pending.
      if (this.pending.get(id) === record) {
        this.pending.delete(id);
        this.settle(id);
      }
    }
    this.setStatus({ kind: 'saved' });
  }

  private settle(id: string): void {
    const waiters = this.waiting.get(id) ?? [];
    this.waiting.delete(id);
    for (const resolve of waiters) resolve();
  }

  private scheduleRetry(): void {
    if (this.retryScheduled) return;
    this.retryScheduled = true;
    const schedule = this.options.schedule ?? ((run, ms) => setTimeout(run, ms));
    schedule(() => {
      this.retryScheduled = false;
      void this.flush();
    }, this.options.retryMs ?? 3000);
  }

  private setStatus(status: WriteStatus): void {
    const changed = status.kind !== this.status.kind || ('pending' in status && 'pending' in this.status && status.pending !== this.status.pending);
    this.status = status;
    if (changed) this.options.onStatus?.(status);
  }
}
