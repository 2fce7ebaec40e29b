// Load on a real LRS (Learning Locker's statement service, in memory, on loopback): the statements
// of 1,000 attempts, as a cohort's browsers would send them through the offline queue, against the
// same statements posted straight to the LRS in the same run (the baseline). Bounded in count
// (the attempts) and in time (--lrs-seconds, default 300, for each of the two passes): past it a
// pass stops and reports what it sent. Loopback only; the LRS is started here and stopped at the end.
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../../src/content/types';
import { playHeadless } from '../../src/engine/headlessPlayer';
import { score } from '../../src/engine/scoring/score';
import { sendStatements } from '../../src/records/xapi/lrsClient';
import { memoryQueueStorage, StatementQueue } from '../../src/records/xapi/statementQueue';
import { statementsForWholeAttempt } from '../../src/records/xapi/statements';
import type { XapiStatement } from '../../src/records/xapi/types';
import { statementId } from '../../src/records/xapi/ids';
import { freePort, lrsInstalled, startLrs } from '../lrs/lrs';

export interface LrsFigures {
  attempts: number;
  statements: number;
  /** Statements per second through the queue, as the game sends them (one queue per trainee). */
  queuedPerSecond: number;
  /** Statements per second posted straight to the LRS in batches of the same size. */
  directPerSecond: number;
  /** queued / direct: the cost of the queue, where 1 is none. */
  ratio: number;
  /** The time bound cut the run short. */
  cutShort: boolean;
}

export async function lrsBenchmark(scenarios: readonly Scenario[], options: { attempts: number; seconds: number; concurrency: number }): Promise<LrsFigures | { skipped: string }> {
  if (!lrsInstalled()) return { skipped: "the test LRS is not installed (npm run lrs:install)" };
  process.stderr.write(`bench: LRS load, ${options.attempts} attempts\n`);
  const cohort = attemptsOf(scenarios, options.attempts);
  const lrs = await startLrs(await freePort());
  try {
    // Baseline: the same number of statements (fresh ids, so the LRS stores them anew), posted directly.
    const direct = await timed(cohort, options.concurrency, options.seconds, async (statements) => {
      const fresh = statements.map((statement) => ({ ...statement, id: statementId(statement.id, 'baseline') }));
      for (let i = 0; i < fresh.length; i += 50) {
        const outcome = await sendStatements(lrs, fresh.slice(i, i + 50));
        if (outcome.kind !== 'sent') throw new Error(`bench: the LRS refused a baseline batch: ${outcome.reason}`);
      }
    });
    const queued = await timed(cohort, options.concurrency, options.seconds, async (statements) => {
      const queue = new StatementQueue({ storage: memoryQueueStorage(), lrs, batchSize: 50 });
      const state = await queue.offer(statements);
      if (state.kind !== 'synced') throw new Error(`bench: the queue did not sync: ${JSON.stringify(state)}`);
    });
    const queuedPerSecond = round(queued.statements / queued.seconds);
    const directPerSecond = round(direct.statements / direct.seconds);
    return {
      attempts: queued.attempts,
      statements: queued.statements,
      queuedPerSecond,
      directPerSecond,
      ratio: round(queuedPerSecond / directPerSecond),
      cutShort: queued.cutShort || direct.cutShort,
    };
  } finally {
    await lrs.stop();
  }
}

function attemptsOf(scenarios: readonly Scenario[], count: number): XapiStatement[][] {
  const scored = scenarios.filter((scenario) => scenario.answerKey !== null);
  return Array.from({ length: count }, (_, n) => {
    const scenario = scored[n % scored.length]!;
    const played = playHeadless(scenario, 1 + Math.floor(n / scored.length));
    const registration = statementId('bench', `attempt/${n}`);
    return statementsForWholeAttempt(
      {
        registration,
        actor: { objectType: 'Agent', account: { homePage: 'https://academy.example', name: `trainee-${n % 250}` } },
        scenario: { id: scenario.meta.id, title: scenario.meta.title, version: 'bench' },
        activityBase: 'https://academy.example/threshold',
        startedAt: Date.UTC(2026, 11, 1),
        log: played.log,
        result: score(scenario, played.log),
        finished: true,
      },
      { id: statementId(registration, 'session') },
    );
  });
}

async function timed(
  cohort: readonly XapiStatement[][],
  concurrency: number,
  seconds: number,
  send: (statements: XapiStatement[]) => Promise<void>,
): Promise<{ attempts: number; statements: number; seconds: number; cutShort: boolean }> {
  let next = 0;
  let statements = 0;
  let attempts = 0;
  let cutShort = false;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const worker = async () => {
    while (next < cohort.length) {
      if (performance.now() > deadline) {
        cutShort = true;
        return;
      }
      const attempt = cohort[next++]!;
      await send(attempt);
      statements += attempt.length;
      attempts++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { attempts, statements, seconds: (performance.now() - start) / 1000, cutShort };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
