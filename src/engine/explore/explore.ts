// The story explorer: walks every path through a story's choice graph, together with the trainee's
// decisions that matter, and reports what an author needs to know: endings reached, dead ends,
// knots never reached, indicators tagged but never shown, and the lowest and highest score each
// competency can reach, with one path that reaches the highest.
//
// Its parts: search.ts (the walk and why it may merge points), tails.ts (ways to finish from a
// point), outcomes.ts (scoring a finished way over the open form answers), report.ts (the report
// and the score range), pathSummary.ts / formPoints.ts (what a path adds to the score), stateKey.ts
// and inkState.ts (what a point of the compiled story is). referenceExplorer.ts walks every path
// with none of those shortcuts; tests compare the two.
import type { Scenario } from '../../content/types';
import { OutcomeScorer } from './outcomes';
import { scoreRange, type ExploreReport } from './report';
import { StorySearch } from './search';

export type { DeadEnd, ExploreReport, PathStep } from './report';

export interface ExploreOptions {
  /** Stop after this many distinct states (default 500 000) and mark the report truncated. */
  maxStates?: number;
  /** Stop after this much time (default 5 minutes) and mark the report truncated. */
  maxMs?: number;
  /** Knots to check for reachability (default: every knot and stitch in the compiled story). */
  knots?: readonly string[];
}

// The shipped scenarios have 300–18 000 distinct points and explore exactly in 1–30 s on a
// two-core machine; the budget is generous so that a trainer's larger story still gets the whole
// proof rather than a truncated answer.
export const DEFAULT_MAX_STATES = 500_000;
export const DEFAULT_MAX_MS = 300_000;

/** Explore every path of a story (search.ts says how and why it stays exact). */
export function exploreStory(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  const found = new StorySearch(scenario, {
    maxStates: options.maxStates ?? DEFAULT_MAX_STATES,
    maxMs: options.maxMs ?? DEFAULT_MAX_MS,
  }).run();
  const reachable = options.knots ?? found.structure.knots;
  return {
    scenario: scenario.meta.id,
    states: found.states,
    endings: [...found.endings].sort(),
    deadEnds: found.deadEnds,
    unreachableKnots: reachable.filter((knot) => !found.visited.has(knot)),
    indicatorsNeverShown: scenario.taggedIndicators.filter((id) => !found.shownAnywhere.has(id)),
    ...scoreRange(found.tails, new OutcomeScorer(scenario)),
    truncated: found.truncated,
    longestPath: found.longestPath,
  };
}

/** For the benchmark: how many states a full exploration visits and how long it takes. */
export function measureExploration(scenario: Scenario, options: ExploreOptions = {}): { states: number; ms: number; truncated: boolean } {
  const started = performance.now();
  const report = exploreStory(scenario, options);
  return { states: report.states, ms: performance.now() - started, truncated: report.truncated };
}
