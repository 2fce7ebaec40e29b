// One session's statements for one attempt, in the order an LRS (and a cmi5 LMS) expects them:
// `launched` (plain xAPI, once per attempt), `initialized` (once per session: a page load that plays
// the attempt), the statements of the log as it grows, the closing ones once it is finished, and
// `terminated` (once per session: when the attempt ends, is left for another, or the page goes away).
// Everything goes through the StatementQueue, which keeps it until the LRS accepts it and never
// queues an id twice: an attempt's statements are a function of its log with derived ids
// (statements.ts), so offering all of them after every change appends only what is new, and a
// reloaded page offering them again sends nothing twice.
import type { StatementQueue, SyncState } from './statementQueue';
import { sessionStatement, statementsForLog, type XapiAttempt, type XapiSession } from './statements';
import type { XapiStatement } from './types';

export class AttemptStream {
  private initialized: XapiStatement | null = null;
  private terminated: XapiStatement | null = null;
  private latest: XapiAttempt | null = null;

  constructor(
    private readonly queue: StatementQueue,
    private readonly session: XapiSession,
  ) {}

  get ended(): boolean {
    return this.terminated !== null;
  }

  /** The attempt as it is now: queues its new statements (and `terminated` once it is finished). */
  update(attempt: XapiAttempt): Promise<SyncState> {
    if (this.terminated) return this.queue.flush();
    this.latest = attempt;
    const statements = this.ordered(attempt);
    if (attempt.finished) statements.push(this.terminate(attempt));
    return this.queue.offer(statements);
  }

  /**
   * The session ends before the attempt does (the page is going away, or another attempt begins):
   * `terminated` is queued after everything else. Returns it (for a last `keepalive` send that does
   * not wait for the queue's storage), or null when the session had nothing to end.
   */
  end(): { queued: Promise<SyncState>; terminated: XapiStatement } | null {
    const attempt = this.latest;
    if (!attempt || this.terminated) return null;
    const terminated = this.terminate(attempt);
    return { queued: this.queue.offer([...this.ordered(attempt), terminated]), terminated };
  }

  /** The attempt's statements with this session's `initialized` after `launched` (cmi5 §9.3.2). */
  private ordered(attempt: XapiAttempt): XapiStatement[] {
    const lastAt = attempt.log[attempt.log.length - 1]?.at ?? 0;
    this.initialized ??= sessionStatement(attempt, this.session, 'initialized', lastAt);
    const statements = statementsForLog(attempt);
    const launched = attempt.cmi5 ? 0 : 1;
    statements.splice(launched, 0, this.initialized);
    return statements;
  }

  private terminate(attempt: XapiAttempt): XapiStatement {
    const lastAt = attempt.log[attempt.log.length - 1]?.at ?? 0;
    this.terminated = sessionStatement(attempt, this.session, 'terminated', lastAt);
    return this.terminated;
  }
}
