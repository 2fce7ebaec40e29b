// A tail is one way to finish the story from a point: what the rest of the path adds to the scoring
// summary, with one representative log and path. The whole-path summaries are the path's prefix
// composed with each tail; a point's tails depend on the prefix only through its seed (seedOf).
import type { DecisionKind } from '../../content/types';
import type { DecisionEvent } from '../log';
import { MISSED_DISTRESS_RESPONSE_COST, QUESTIONING_POINTS, CONSENT_MOVE } from '../scoring/defaults';
import { emptySummary, hasUsed, keepExtremes, sortedUnion, summaryKey, SummaryOrders, type PathSummary } from './pathSummary';
import type { PathStep } from './report';

/** A log event whose time is filled in when the log is built, or a place a form answer goes. */
export type TemplateEvent = DecisionEvent | { type: 'slot'; slot: 'notebook' | DecisionKind };

/** A linked list that shares its tail: the events or steps from a state to an ending. */
export type Chain<T> = { items: readonly T[]; next: Chain<T> } | null;

export function flatten<T>(chain: Chain<T>): T[] {
  const out: T[] = [];
  for (let at = chain; at; at = at.next) out.push(...at.items);
  return out;
}

/** One way to finish the story from a state: what it adds to the summary, its log and its steps. */
export interface Tail {
  summary: PathSummary;
  events: Chain<TemplateEvent>;
  path: Chain<PathStep>;
}

const CONDUCT_CAP = QUESTIONING_POINTS.conduct;
const MISSED_CAP = Math.ceil(QUESTIONING_POINTS.distress / MISSED_DISTRESS_RESPONSE_COST);

/**
 * The summary of a whole path from the summary before a state and a tail from that state. The
 * tail was computed from a seed carrying what the prefix decides for it (whether the free account
 * has begun, whether consent was sought), which is part of the state's key.
 */
function compose(prefix: PathSummary, tail: PathSummary): PathSummary {
  return {
    shown: sortedUnion(prefix.shown, tail.shown),
    conductLoss: Math.min(CONDUCT_CAP, prefix.conductLoss + tail.conductLoss),
    missed: Math.min(MISSED_CAP, prefix.missed + tail.missed),
    practice: sortedUnion(prefix.practice, tail.practice),
    criticalError: prefix.criticalError || tail.criticalError,
    criticalDecision: prefix.criticalDecision || tail.criticalDecision,
    freeAccountBegun: tail.freeAccountBegun,
    determination: tail.determination.kind === 'none' ? prefix.determination : tail.determination,
    referrals: tail.referrals.kind === 'none' ? prefix.referrals : tail.referrals,
    consentBeforeReferrals: tail.referrals.kind === 'none' ? prefix.consentBeforeReferrals : tail.consentBeforeReferrals,
    // The tail started from a seed holding the prefix's answers (seedOf), so it has them all.
    answers: tail.answers,
    screened: sortedUnion(prefix.screened, tail.screened),
  };
}

/** Seeds by free account begun, consent sought and the person's answers: shared, so their keys are cached once. */
const SEEDS = new Map<string, PathSummary>();

/** What a state inherits from the path before it that changes how the rest is scored. */
export function seedOf(summary: PathSummary): PathSummary {
  const consent = hasUsed(summary, CONSENT_MOVE);
  const key = `${summary.freeAccountBegun ? 1 : 0}${consent ? 1 : 0}${summary.answers.join(',')}`;
  let seed = SEEDS.get(key);
  if (seed === undefined) {
    seed = { ...emptySummary(), freeAccountBegun: summary.freeAccountBegun, practice: consent ? [CONSENT_MOVE] : [], answers: summary.answers };
    SEEDS.set(key, seed);
  }
  return seed;
}

/**
 * Summaries for one exploration, each kept once (by summaryKey) so that composing and comparing
 * them is memoised by identity. A point's few dozen tails are composed with every edge that leads
 * to the point (millions of compositions in a large story) while the distinct summaries number in
 * the thousands: the composition of two kept summaries is computed once and looked up after.
 * Interning changes no result (equal keys are equal summaries), only how often the same one is built.
 */
export class SummaryTable {
  /** What keepExtremes compares of this search's summaries. */
  readonly orders = new SummaryOrders();
  private readonly byKey = new Map<string, PathSummary>();
  private readonly kept = new WeakSet<PathSummary>();
  private readonly composed = new WeakMap<PathSummary, Map<PathSummary, PathSummary>>();

  /** The one kept summary equal to `summary`. */
  intern(summary: PathSummary): PathSummary {
    if (this.kept.has(summary)) return summary;
    const key = summaryKey(summary);
    const known = this.byKey.get(key);
    if (known) return known;
    this.byKey.set(key, summary);
    this.kept.add(summary);
    return summary;
  }

  /**
   * The kept summary of a whole path, `prefix` then a tail (compose), for each tail a point's ways on
   * put behind the same prefix: the prefix is interned and its row found once for all of them.
   */
  composerAfter(prefix: PathSummary): (tail: PathSummary) => PathSummary {
    const first = this.intern(prefix);
    let row = this.composed.get(first);
    if (!row) this.composed.set(first, (row = new Map()));
    const known = row;
    return (tail) => {
      const then = this.intern(tail);
      let whole = known.get(then);
      if (!whole) known.set(then, (whole = this.intern(compose(first, then))));
      return whole;
    };
  }
}

/** A tail of a point's ways on, before its Tail is built: its whole summary and the edge and tail it is made of. */
interface Candidate {
  summary: PathSummary;
  events: readonly TemplateEvent[];
  steps: readonly PathStep[];
  from: Tail;
}

/**
 * The distinct ways to finish from one point, each an edge (its summary, events and step) followed
 * by a tail from where it leads: tails whose whole summaries are equal (summaryKey, with or without
 * the indicators shown) are one way, kept with the first log and path found for it.
 */
export class TailSet {
  private readonly byKey = new Map<string, Candidate>();

  constructor(
    private readonly summaries: SummaryTable,
    private readonly withShown: boolean,
  ) {}

  /** Every tail of `rest` with the edge in front. */
  addAfter(edgeSummary: PathSummary, events: readonly TemplateEvent[], steps: readonly PathStep[], rest: readonly Tail[]): void {
    if (rest.length === 0) return;
    const composeAfterEdge = this.summaries.composerAfter(edgeSummary);
    for (const from of rest) {
      const summary = composeAfterEdge(from.summary);
      // Composed summaries are kept once each (SummaryTable), so their keys are cached.
      const key = summaryKey(summary, this.withShown);
      if (!this.byKey.has(key)) this.byKey.set(key, { summary, events, steps, from });
    }
  }

  /** The tails that can still give the best or the worst score (keepExtremes). */
  extremes(): Tail[] {
    return this.survivors().map(({ summary, events, steps, from }) => ({
      summary,
      events: { items: events, next: from.events },
      path: steps.length > 0 ? { items: steps, next: from.path } : from.path,
    }));
  }

  /** extremes(), before the Tails are built. */
  survivors(): Candidate[] {
    return keepExtremes([...this.byKey.values()], this.withShown, this.summaries.orders);
  }
}

/**
 * A point's tails behind the lines of the step that reached it (tailsFrom). A remembered point's
 * tails (one array) come back behind the same few line summaries again and again, and which of them
 * survive merging and keepExtremes depends only on that summary and those tails: TailSet works it
 * out once per pair, and each later time only the new events are put in front of the survivors.
 */
export class LinesBeforeTails {
  private readonly survivors = new WeakMap<readonly Tail[], Map<PathSummary, readonly Candidate[]>>();

  constructor(
    private readonly summaries: SummaryTable,
    private readonly withShown: boolean,
  ) {}

  after(linesSummary: PathSummary, events: readonly TemplateEvent[], rest: readonly Tail[]): Tail[] {
    if (rest.length === 0) return [];
    const prefix = this.summaries.intern(linesSummary);
    let byPrefix = this.survivors.get(rest);
    if (!byPrefix) this.survivors.set(rest, (byPrefix = new Map()));
    let kept = byPrefix.get(prefix);
    if (!kept) {
      const tails = new TailSet(this.summaries, this.withShown);
      tails.addAfter(prefix, [], [], rest);
      byPrefix.set(prefix, (kept = tails.survivors()));
    }
    return kept.map(({ summary, from }) => ({ summary, events: { items: events, next: from.events }, path: from.path }));
  }
}
