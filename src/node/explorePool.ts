// Explore many stories at once: cached reports first (exploreCache.ts), then the rest spread over
// worker threads, one story per worker at a time, slowest first (by the last measured time,
// exploreCosts.ts) so the slowest story starts early and the workers finish together.
// With one worker (or one story to explore) everything runs in this thread.
// Each story is kept (its report cached, its time recorded) as soon as it is explored, not when
// the last one ends: a first check of a whole library takes a minute or more, and one stopped
// half-way (Ctrl-C) has still kept every story it finished.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../content/types';
import type { ExploreOptions } from '../engine/explore/explore';
import { exploreCacheKey, type ExploreCache } from './exploreCache';
import { slowestFirst, type ExploreCosts } from './exploreCosts';
import type { ExploreAnswer, ExploreJob } from './exploreWorker';
import { exploreHere, type Explored, type Timed } from './exploreOne';

export interface PoolOptions {
  /** Worker threads to use (default: the cores this process may use). 1 explores in this thread. */
  workers?: number;
  /** Reports kept between runs. */
  cache?: ExploreCache;
  /** Each story's last exploration time, to start the slowest first; updated with this run's. */
  costs?: ExploreCosts;
  /** Told what will be explored, before anything is. */
  onPlan?: (plan: ExplorePlan) => void;
  /** Told of each story as its exploration ends (not of those taken from the cache). */
  onExplored?: (scenario: Scenario, timed: Timed) => void;
}

/** What a call to exploreStories will do. */
export interface ExplorePlan {
  /** Stories whose report the cache already holds. */
  cached: number;
  /** Stories to explore now, in the order given. */
  exploring: readonly Scenario[];
  workers: number;
  /**
   * About how long the exploration should take, in ms, from each story's last measured time; null
   * when some story has none (never explored here, or renamed).
   */
  expectedMs: number | null;
}

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

async function exploreInWorkers(
  scenarios: readonly Scenario[],
  options: ExploreOptions,
  workers: number,
  onDone: (index: number, timed: Timed) => void,
  costs?: ExploreCosts,
): Promise<void> {
  const finished = new Set<number>();
  const done = (index: number, timed: Timed): void => {
    finished.add(index);
    onDone(index, timed);
  };
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
        done(message.id, message.timed);
        next();
      });
      worker.on('error', (error) => {
        // A worker that dies takes its story with it; the others go on in the remaining workers.
        if (current !== undefined) done(current, { explored: { ok: false, error: error.message }, ms: null });
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
  scenarios.forEach((scenario, index) => {
    if (!finished.has(index)) done(index, exploreHere(scenario, options));
  });
}

/**
 * The exploration's likely length: the workers share the stories' last times, but it cannot end
 * before the slowest story, which one worker explores alone. null when a story has no time yet.
 */
function expectedMs(scenarios: readonly Scenario[], workers: number, costs?: ExploreCosts): number | null {
  const times = scenarios.map((scenario) => costs?.get(scenario.meta.source));
  if (times.some((ms) => ms === undefined)) return null;
  const known = times as number[];
  return Math.max(0, ...known, known.reduce((sum, ms) => sum + ms, 0) / Math.max(1, workers));
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
  const exploring = missing.map((index) => scenarios[index]!);
  const workers = Math.max(1, Math.min(pool.workers ?? defaultWorkers(), missing.length));
  pool.onPlan?.({ cached: scenarios.length - missing.length, exploring, workers, expectedMs: expectedMs(exploring, workers, pool.costs) });
  const keep = (i: number, timed: Timed): void => {
    const index = missing[i]!;
    const scenario = scenarios[index]!;
    const { explored: result, ms } = timed;
    results[index] = result;
    // Only a finished search is worth keeping: a budget cut it short, and a later run may have more time.
    if (result.ok && !result.report.truncated) {
      const key = keys[index];
      if (key && cache) cache.set(key, result.report);
      if (ms !== null) pool.costs?.record(new Map([[scenario.meta.source, ms]]));
    }
    pool.onExplored?.(scenario, timed);
  };
  if (workers > 1) await exploreInWorkers(exploring, options, workers, keep, pool.costs);
  else exploring.forEach((scenario, i) => keep(i, exploreHere(scenario, options)));
  return results as Explored[];
}
