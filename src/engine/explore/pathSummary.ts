// The part of a path's history that scoring can see, folded as far as score() allows. Two paths
// that reach the same story state with the same interview numbers and the same summary get the same
// score for every continuation and every form answer, so the explorer keeps only one of them.
//
// The fold follows src/engine/scoring exactly (and imports its constants), because a summary that
// kept every move would make the key as long as the path and nothing would ever merge:
// - identification: the set of indicators shown (flags and determination are form answers, chosen
//   at the end from this set, or recorded here when the story branched on them);
// - questioning: conduct loses a fixed cost per harmful move (by severity) and per specific question
//   before any free account, and the part cannot go below zero, so only the total loss, capped at the
//   part's points, matters; likewise missed distress responses, capped where the distress part
//   reaches zero; the practice items (explain process, next steps, privacy, interpreter) and consent
//   only count whether they were used; a critical error only whether one happened; whether the free
//   account has begun decides how later specific questions count;
// - a choice tagged with a critical decision that harms this person: only whether one was made (it
//   sets referral to 0 whatever the form; one on the form itself is already in the form's points);
// - referral: the answer (or that it is still open) and whether consent was sought before the form.
//
// test/unit/explore compares min/max with and without merging on fixture stories, so a scoring
// rule that starts reading something this summary drops shows up there.
import type { ChoiceTags } from '../../content/types';
import type { ConsentAnswer } from '../log';
import type { ScoredAnswer } from './formPoints';
import { questionTypesById } from '../../content/taxonomy';
import type { AppliedChoice, InterviewContext } from '../machines/interviewModel';
import {
  CONSENT_MOVE,
  CRITICAL_ERRORS,
  HARM_COST_BY_SEVERITY,
  MISSED_DISTRESS_RESPONSE_COST,
  PRACTICE_ITEMS,
  PREMATURE_BEFORE_FREE_ACCOUNT,
  PREMATURE_QUESTION_COST,
  QUESTIONING_POINTS,
} from '../scoring/defaults';

/** Moves whose mere use scores (practice items, and consent for the referral form). */
const PRACTICE_MOVES: readonly string[] = [...PRACTICE_ITEMS.map((item) => item.q), CONSENT_MOVE];
const MISSED_CAP = Math.ceil(QUESTIONING_POINTS.distress / MISSED_DISTRESS_RESPONSE_COST);

/**
 * A form's state on the path: never asked; asked with the answer left open; answered with one of
 * several answers the story cannot tell apart (`oneOf`, chosen when the path ends); answered; or
 * asked with only its points kept (`scored`: formPoints.ts), which is what the explorer records
 * whenever the points are known when the form is filled in.
 */
export type FormState =
  | { kind: 'none' }
  | { kind: 'open' }
  | { kind: 'oneOf'; answers: string[] }
  | { kind: 'answered'; answer: string[] }
  | ({ kind: 'scored' } & ScoredAnswer);

export interface PathSummary {
  shown: readonly string[];
  /** Conduct points lost so far (harm and premature questions), capped at the conduct part. */
  conductLoss: number;
  /** Missed distress responses, capped where the distress part reaches zero. */
  missed: number;
  /** Practice moves used (PRACTICE_MOVES), sorted. */
  practice: readonly string[];
  criticalError: boolean;
  /** A choice tagged with a critical decision that fails this scenario was made. */
  criticalDecision: boolean;
  freeAccountBegun: boolean;
  determination: FormState;
  referrals: FormState;
  /** seek_informed_consent was chosen before the (latest) referral form. */
  consentBeforeReferrals: boolean;
  /**
   * The person's latest answer to each offered service so far (`id=agrees` / `id=declines`,
   * sorted): the referral form is scored against the answers given before it.
   */
  answers: readonly string[];
  /** People screened in private so far (choices tagged `screens`), sorted. */
  screened: readonly string[];
}

export function emptySummary(): PathSummary {
  return {
    shown: [],
    conductLoss: 0,
    missed: 0,
    practice: [],
    criticalError: false,
    criticalDecision: false,
    freeAccountBegun: false,
    determination: { kind: 'none' },
    referrals: { kind: 'none' },
    consentBeforeReferrals: false,
    answers: [],
    screened: [],
  };
}

/** Record the person's answer to offered services (a line tagged agrees / declines). */
export function withAnswer(summary: PathSummary, answer: ConsentAnswer, referrals: readonly string[]): PathSummary {
  const byId = answerMap(summary);
  for (const id of referrals) byId.set(id, answer);
  const answers = [...byId].map(([id, given]) => `${id}=${given}`).sort();
  return answers.join(',') === summary.answers.join(',') ? summary : { ...summary, answers };
}

/** The summary's answers as scoring reads them. */
export function answerMap(summary: PathSummary): Map<string, ConsentAnswer> {
  return new Map(summary.answers.map((entry) => entry.split('=') as [string, ConsentAnswer]));
}

export function withShown(summary: PathSummary, indicator: string): PathSummary {
  if (summary.shown.includes(indicator)) return summary;
  return { ...summary, shown: [...summary.shown, indicator].sort() };
}

/** The interview after a phase the story entered: the summary keeps whether the free account has begun. */
export function withInterview(summary: PathSummary, interview: InterviewContext): PathSummary {
  return interview.freeAccountReached && !summary.freeAccountBegun ? { ...summary, freeAccountBegun: true } : summary;
}

/**
 * Record one choice; `applied` is the interview model's applyChoice for it (missed distress
 * response, whether the free account has begun after it), `criticalDecision` says whether the
 * choice's `critical` tag fails this scenario (scoring/criticalDecisions.ts).
 */
export function withMove(summary: PathSummary, tags: ChoiceTags, applied: AppliedChoice, criticalDecision = false): PathSummary {
  const missed = applied.missedDistressResponse;
  if (criticalDecision && !summary.criticalDecision) summary = { ...summary, criticalDecision: true };
  if (tags.screens !== undefined && !summary.screened.includes(tags.screens)) summary = { ...summary, screened: [...summary.screened, tags.screens].sort() };
  const q = tags.q;
  if (q === undefined) return summary;
  const type = questionTypesById.get(q);
  let cost = 0;
  if (type?.valence === 'harmful') cost = HARM_COST_BY_SEVERITY[type.severity ?? 1];
  else if (type && PREMATURE_BEFORE_FREE_ACCOUNT.includes(q) && !summary.freeAccountBegun) cost = PREMATURE_QUESTION_COST;
  return {
    ...summary,
    conductLoss: Math.min(QUESTIONING_POINTS.conduct, summary.conductLoss + cost),
    missed: Math.min(MISSED_CAP, summary.missed + (missed ? 1 : 0)),
    practice: PRACTICE_MOVES.includes(q) && !summary.practice.includes(q) ? [...summary.practice, q].sort() : summary.practice,
    criticalError: summary.criticalError || (type?.valence === 'harmful' && CRITICAL_ERRORS.includes(q)),
    freeAccountBegun: summary.freeAccountBegun || applied.context.freeAccountReached,
  };
}

export function hasUsed(summary: PathSummary, q: string): boolean {
  return summary.practice.includes(q);
}

const keys = new WeakMap<PathSummary, string>();
const keysWithoutShown = new WeakMap<PathSummary, string>();

/**
 * A stable string for the summary, used in the dedup key and the score cache (computed once per
 * summary). `withShown: false` leaves out which indicators were shown, for scenarios where that
 * cannot change a score (see Explorer.shownMatters).
 */
export function summaryKey(summary: PathSummary, withShown = true): string {
  const cache = withShown ? keys : keysWithoutShown;
  let key = cache.get(summary);
  if (key === undefined) {
    key = computeKey(summary, withShown);
    cache.set(summary, key);
  }
  return key;
}

const formKeys = new WeakMap<FormState, string>();

/** Form states are shared by every summary composed from them, so their keys are cached. */
function formKey(form: FormState): string {
  if (form.kind === 'none' || form.kind === 'open') return form.kind;
  let key = formKeys.get(form);
  if (key === undefined) {
    key =
      form.kind === 'answered'
        ? `=${form.answer.join(',')}`
        : form.kind === 'oneOf'
          ? `~${form.answers.join(',')}`
          : `#${form.bestPoints}/${form.worstPoints}`;
    formKeys.set(form, key);
  }
  return key;
}

function computeKey(summary: PathSummary, withShown: boolean): string {
  // A template string: this runs for every composed tail, and an array join costs twice as much.
  return `${withShown ? summary.shown.join(',') : ''}|${summary.conductLoss}|${summary.missed}|${summary.practice.join(',')}|${summary.criticalError ? 1 : 0}|${summary.criticalDecision ? 1 : 0}|${summary.freeAccountBegun ? 1 : 0}|${formKey(summary.determination)}|${formKey(summary.referrals)}|${summary.consentBeforeReferrals ? 1 : 0}|${summary.answers.join(',')}|${summary.screened.join(',')}`;
}

/** Set union of two sorted id lists, sorted (returns an input unchanged when it already holds all). */
export function sortedUnion(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0 || b.every((id) => a.includes(id))) return a;
  if (a.length === 0 || a.every((id) => b.includes(id))) return b;
  return [...new Set([...a, ...b])].sort();
}

/**
 * What keepExtremes compares of a summary, as numbers (cached once per summary: a large story
 * compares millions of pairs of a few thousand summaries). Sets become bit masks: `goods` holds the
 * practice moves, the people screened and consent sought before the referral form (more is never
 * worse), `bads` a critical error and a critical decision (less is never worse). `exact` is false
 * when an id found no bit (more than MAX_BITS distinct ids in this search); the sets are then
 * compared as lists.
 */
interface Order {
  readonly summary: PathSummary;
  readonly conductLoss: number;
  readonly missed: number;
  readonly goods: number;
  readonly bads: number;
  readonly exact: boolean;
  readonly detBest: number;
  readonly detWorst: number;
  readonly refBest: number;
  readonly refWorst: number;
}

const MAX_BITS = 30;
const CONSENT_BIT = 1;
const CRITICAL_ERROR_BIT = 1;
const CRITICAL_DECISION_BIT = 2;
/**
 * The Orders of one search's summaries. Its bit table is the search's own: practice moves (`q:`)
 * and people screened (`p:`) get bits from bit 1 up (bit 0 is consent) in the order that search
 * meets them, so each story has all MAX_BITS to itself however many stories one process explores.
 */
export class SummaryOrders {
  private readonly goodBits = new Map<string, number>();
  private readonly orders = new WeakMap<PathSummary, Order>();

  private goodBit(id: string): number | null {
    let bit = this.goodBits.get(id);
    if (bit === undefined) {
      if (this.goodBits.size + 1 >= MAX_BITS) return null;
      this.goodBits.set(id, (bit = 1 << (this.goodBits.size + 1)));
    }
    return bit;
  }

  of(summary: PathSummary): Order {
    let order = this.orders.get(summary);
    if (order === undefined) {
      let goods = summary.consentBeforeReferrals ? CONSENT_BIT : 0;
      let exact = true;
      for (const id of summary.practice) {
        const bit = this.goodBit(`q:${id}`);
        if (bit === null) exact = false;
        else goods |= bit;
      }
      for (const id of summary.screened) {
        const bit = this.goodBit(`p:${id}`);
        if (bit === null) exact = false;
        else goods |= bit;
      }
      order = {
        summary,
        conductLoss: summary.conductLoss,
        missed: summary.missed,
        goods,
        bads: (summary.criticalError ? CRITICAL_ERROR_BIT : 0) | (summary.criticalDecision ? CRITICAL_DECISION_BIT : 0),
        exact,
        detBest: points(summary.determination, 'bestPoints'),
        detWorst: points(summary.determination, 'worstPoints'),
        refBest: points(summary.referrals, 'bestPoints'),
        refWorst: points(summary.referrals, 'worstPoints'),
      };
      this.orders.set(summary, order);
    }
    return order;
  }
}

/**
 * Whether `a` scores at least as well as `b` for every continuation and every form answer, given
 * that they agree on everything compared by `outcomeClass`. Each scoring rule is monotone in
 * these fields (less conduct lost, fewer missed responses, more practice moves, no critical error,
 * no critical decision, more people screened, consent sought are never worse), and composing with
 * a prefix keeps the order, so a dominated summary can never give a path's best (or, swapped,
 * worst) score.
 */
function atLeastAsGood(a: Order, b: Order): boolean {
  if (a.conductLoss > b.conductLoss || a.missed > b.missed || (a.bads & ~b.bads) !== 0 || (b.goods & ~a.goods) !== 0) return false;
  if (a.exact && b.exact) return true;
  return (
    b.summary.practice.every((q) => a.summary.practice.includes(q)) &&
    b.summary.screened.every((person) => a.summary.screened.includes(person))
  );
}

/** A scored form's points on one side (0 for the other kinds: they are compared by class, not order). */
function points(form: FormState, side: 'bestPoints' | 'worstPoints'): number {
  return form.kind === 'scored' ? form[side] : 0;
}

/** `a` can reach at least `b`'s highest score: as good a summary and as many best points per form. */
function reachesAtLeast(a: Order, b: Order): boolean {
  return a.detBest >= b.detBest && a.refBest >= b.refBest && atLeastAsGood(a, b);
}

/** `a` can fall at least as low as `b`'s lowest score. */
function fallsAtLeast(a: Order, b: Order): boolean {
  return a.detWorst <= b.detWorst && a.refWorst <= b.refWorst && atLeastAsGood(b, a);
}

const classes = new WeakMap<PathSummary, string>();
const classesWithoutShown = new WeakMap<PathSummary, string>();

/** A form's part of outcomeClass: scored forms are compared by points, the rest by state. */
function formClass(form: FormState): string {
  return form.kind === 'scored' ? 'scored' : formKey(form);
}

/** The fields that are compared for equality, not for order, when pruning dominated summaries (cached per summary). */
export function outcomeClass(summary: PathSummary, withShown: boolean): string {
  const cache = withShown ? classes : classesWithoutShown;
  let key = cache.get(summary);
  if (key === undefined) {
    key = `${withShown ? summary.shown.join(',') : ''}|${summary.freeAccountBegun ? 1 : 0}|${formClass(summary.determination)}|${formClass(summary.referrals)}|${summary.answers.join(',')}`;
    cache.set(summary, key);
  }
  return key;
}

/**
 * Keep only the summaries that can still give the best or the worst score: for the maximum, one
 * of each group that nothing else in its outcome class reaches past (ties keep the earliest), and
 * likewise for the minimum. Min and max over every path stay exact because every removed summary
 * is matched or passed, in the direction it was removed for, by a kept one, for every prefix.
 */
export function keepExtremes<T extends { summary: PathSummary }>(items: readonly T[], withShown: boolean, orders: SummaryOrders): T[] {
  if (items.length < 2) return [...items];
  const classes = new Map<string, T[]>();
  for (const item of items) {
    const key = outcomeClass(item.summary, withShown);
    const group = classes.get(key);
    if (group) group.push(item);
    else classes.set(key, [item]);
  }
  const kept: T[] = [];
  for (const group of classes.values()) {
    if (group.length === 1) {
      kept.push(group[0]!);
      continue;
    }
    const order = group.map((item) => orders.of(item.summary));
    // needlessForMax[j]: some other summary reaches at least as high (strictly, or equally and earlier).
    const needlessForMax = new Array<boolean>(group.length).fill(false);
    const needlessForMin = new Array<boolean>(group.length).fill(false);
    for (let i = 0; i < group.length; i++) {
      const a = order[i]!;
      for (let j = i + 1; j < group.length; j++) {
        const b = order[j]!;
        if (reachesAtLeast(a, b)) needlessForMax[j] = true;
        else if (reachesAtLeast(b, a)) needlessForMax[i] = true;
        if (fallsAtLeast(a, b)) needlessForMin[j] = true;
        else if (fallsAtLeast(b, a)) needlessForMin[i] = true;
      }
    }
    group.forEach((item, i) => {
      if (!needlessForMax[i] || !needlessForMin[i]) kept.push(item);
    });
  }
  return kept;
}
