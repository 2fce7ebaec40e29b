// One story's exploration, timed, with a failure turned into a result: what the pool runs in its
// own thread and what each worker thread runs (exploreWorker.ts), kept apart from the pool so a
// worker loads only this and the explorer.
import type { Scenario } from '../content/types';
import { exploreStory, type ExploreOptions, type ExploreReport } from '../engine/explore/explore';
import { messageOf } from '../util/errors';

/** A story's exploration: its report, or why the explorer could not run on it. */
export type Explored = { ok: true; report: ExploreReport; cached: boolean } | { ok: false; error: string };

/** An exploration and how long it took (for exploreCosts.ts; null when it failed). */
export type Timed = { explored: Explored; ms: number | null };

/** Explore one story in this thread (the pool's own, or a worker's). */
export function exploreHere(scenario: Scenario, options: ExploreOptions): Timed {
  const started = performance.now();
  try {
    const report = exploreStory(scenario, options);
    return { explored: { ok: true, report, cached: false }, ms: performance.now() - started };
  } catch (error) {
    return { explored: { ok: false, error: messageOf(error) }, ms: null };
  }
}
