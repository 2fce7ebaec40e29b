// What an exploration reports, and how the ways to finish from the start become its score range:
// the lowest and highest score per competency, with one path that reaches the highest overall.
import type { Scores } from '../scoring/score';
import type { LongestPath } from './longestPath';
import { completePath, type OutcomeScorer } from './outcomes';
import { flatten, type Tail, type TemplateEvent } from './tails';

export type PathStep =
  | { kind: 'choice'; index: number; text: string; q?: string }
  | { kind: 'flags'; indicators: string[] }
  | { kind: 'determination'; determination: string }
  | { kind: 'referrals'; referrals: string[] };

export interface DeadEnd {
  /** The choices (and in-story form answers) that lead there. */
  path: PathStep[];
  /** The knot the last line came from, when known. */
  knot: string | null;
  lastLine: string | null;
  reason: string;
}

export interface ExploreReport {
  scenario: string;
  /** Distinct points the story stopped at (a choice, a form or an ending), after dedup. */
  states: number;
  /** Named endings reached, sorted. */
  endings: string[];
  deadEnds: DeadEnd[];
  /** Knots and stitches never entered on any path, in story order. */
  unreachableKnots: string[];
  /** Indicators tagged in the story that no path shows. */
  indicatorsNeverShown: string[];
  /** null for an unscored story (no answer key) or when no path ends. */
  min: Scores | null;
  max: Scores | null;
  /** A path reaching `max.overall`, with the form answers that do. */
  bestPath: PathStep[] | null;
  /** The search stopped at its budget (states or time): the report covers only the states visited. */
  truncated: boolean;
  /**
   * The most choices one attempt can make, or a loop that lets a trainee choose without end
   * (longestPath.ts); what bounds an LMS's suspend data. Only the explorer's walk reports it (the
   * reference walk, which tests compare it with, does not).
   */
  longestPath?: LongestPath;
}

const COMPETENCY_KEYS = ['identification', 'questioning', 'referral', 'overall'] as const;

export interface ScoreRange {
  min: Scores | null;
  max: Scores | null;
  bestPath: PathStep[] | null;
}

/** The score range over every way to finish from the start (each is scored by score() itself). */
export function scoreRange(tails: readonly Tail[], scorer: OutcomeScorer): ScoreRange {
  let min: Scores | null = null;
  let max: Scores | null = null;
  let bestPath: PathStep[] | null = null;
  for (const tail of tails) {
    const events: TemplateEvent[] = [{ type: 'slot', slot: 'notebook' }, ...flatten(tail.events)];
    const outcome = scorer.outcome(events, tail.summary);
    if (!outcome) continue;
    if (!min || !max) {
      min = { ...outcome.min };
      max = { ...outcome.max };
      bestPath = completePath(flatten(tail.path), tail.summary, outcome.best);
      continue;
    }
    for (const c of COMPETENCY_KEYS) min[c] = Math.min(min[c], outcome.min[c]);
    for (const c of COMPETENCY_KEYS) if (c !== 'overall') max[c] = Math.max(max[c], outcome.max[c]);
    if (outcome.max.overall > max.overall) {
      max.overall = outcome.max.overall;
      bestPath = completePath(flatten(tail.path), tail.summary, outcome.best);
    }
  }
  return { min, max, bestPath };
}
