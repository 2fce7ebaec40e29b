// Explore many stories at once: cached reports first (exploreCache.ts), then the rest spread over
// worker threads, one story per worker at a time, slowest first (by the last measured time,
// exploreCosts.ts) so the slowest story starts early and the workers finish together.
// With one worker (or one story to explore) everything runs in this thread.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../content/types';
import { exploreStory, type ExploreOptions, type ExploreReport } from '../engine/explore/explore';
import { exploreCacheKey, type ExploreCache } from './exploreCache';
import { slowestFirst, type ExploreCosts } from './exploreCosts';
import type { ExploreAnswer, ExploreJob } from './exploreWorker';
import { messageOf } from '../util/errors';

/** A story's exploration: its report, or why the explorer could not run on it. */
export type Explored = { ok: true; report: ExploreReport; cached: boolean } | { ok: false; error: string };

export interface PoolOptions {
  /** Worker threads to use (default: the cores this process may use). 1 explores in this thread. */
  workers?: number;
  /** Reports kept between runs. */
  cache?: ExploreCache;
  /** Each story's last exploration time, to start the slowest first; updated with this run's. */
  costs?: ExploreCosts;
}

/** An exploration and how long it took (for exploreCosts.ts; null when it failed). */
export type Timed = { explored: Explored; ms: number | null };

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A worker runs the TypeScript sources, so it starts by registering tsx's loader (the CLI itself
 * runs under tsx) and then loads exploreWorker.ts.
 */
function startWorker(): Worker {
  const entry = new URL('./exploreWorker.ts', import.meta.url).href;
  const boot = `(async () => { const { register } = await import(${JSON.stringify(tsxEsmApi())}); register(); await import(${JSON.stringify(entry)}); })()`;
  return new Worker(boot, { eval: true });
}

/** tsx's ESM API (its package exports' `./esm/api` import entry), as a file URL. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/** Explore one story in this thread (the pool's own, or a worker's: exploreWorker.ts). */
export function exploreHere(scenario: Scenario, options: ExploreOptions): Timed {
  const started = performance.now();
  try {
    const report = exploreStory(scenario, options);
    return { explored: { ok: true, report, cached: false }, ms: performance.now() - started };
  } catch (error) {
    return { explored: { ok: false, error: messageOf(error) }, ms: null };
  }
}

async function exploreInWorkers(scenarios: readonly Scenario[], options: ExploreOptions, workers: number, costs?: ExploreCosts): Promise<Timed[]> {
  const results: Timed[] = new Array<Timed>(scenarios.length);
  const queue = slowestFirst(scenarios, costs);
  const runOn = (worker: Worker): Promise<void> =>
    new Promise((resolve) => {
      let current: number | undefined;
      const next = (): void => {
        current = queue.shift();
        if (current === undefined) {
          resolve();
          return;
        }
        const job: ExploreJob = { id: current, scenario: scenarios[current]!, options };
        worker.postMessage(job);
      };
      worker.on('message', (message: ExploreAnswer) => {
        results[message.id] = message.timed;
        next();
      });
      worker.on('error', (error) => {
        // A worker that dies takes its story with it; the others go on in the remaining workers.
        if (current !== undefined) results[current] = { explored: { ok: false, error: error.message }, ms: null };
        current = undefined;
        resolve();
      });
      next();
    });
  const pool = Array.from({ length: Math.min(workers, scenarios.length) }, startWorker);
  try {
    await Promise.all(pool.map(runOn));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  // Anything a dead worker left in the queue is explored here.
  return results.map((result, index) => result ?? exploreHere(scenarios[index]!, options));
}

/** Explore each scenario (or take its cached report), in the order given. */
export async function exploreStories(scenarios: readonly Scenario[], options: ExploreOptions, pool: PoolOptions = {}): Promise<Explored[]> {
  const cache = pool.cache;
  const fingerprint = cache?.fingerprint ?? null;
  const keys = scenarios.map((scenario) => (fingerprint ? exploreCacheKey(fingerprint, scenario, options) : null));
  const results: Array<Explored | undefined> = keys.map((key) => {
    const report = key && cache ? cache.get(key) : undefined;
    return report ? { ok: true, report, cached: true } : undefined;
  });
  const missing = results.flatMap((result, index) => (result ? [] : [index]));
  const workers = Math.min(pool.workers ?? defaultWorkers(), missing.length);
  const fresh =
    workers > 1
      ? await exploreInWorkers(missing.map((index) => scenarios[index]!), options, workers, pool.costs)
      : missing.map((index) => exploreHere(scenarios[index]!, options));
  const times = new Map<string, number>();
  missing.forEach((index, i) => {
    const { explored: result, ms } = fresh[i]!;
    results[index] = result;
    if (ms !== null && result.ok && !result.report.truncated) times.set(scenarios[index]!.meta.source, ms);
    const key = keys[index];
    // Only a finished search is worth keeping: a budget cut it short, and a later run may have more time.
    if (result.ok && key && cache && !result.report.truncated) cache.set(key, result.report);
  });
  pool.costs?.record(times);
  return results as Explored[];
}
