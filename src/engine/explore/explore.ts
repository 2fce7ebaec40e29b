// The story explorer: walks every path through a story's choice graph, together with the trainee's
// decisions that matter, and reports what an author needs to know: endings reached, dead ends,
// knots never reached, indicators tagged but never shown, and the lowest and highest score each
// competency can reach, with one path that reaches the highest.
//
// Search. A depth-first walk with memory: from each point the story stops at (choices on offer, a
// form to fill in, an ending) it computes every distinct way to finish (a "tail": what the rest of
// the path adds to the scoring summary, with one representative log and path), and remembers them
// under the point's key:
//   runner state key (stateKey.ts) + interview numbers + the little the path so far decides
//   about how the rest is scored (whether the free account has begun, whether consent was sought).
// The runner goes back to a point by an in-memory copy (StoryRunner.mark), taken only the first
// time the point is reached: a point seen before costs its key and nothing else.
// The runner state decides everything the story can do next; the interview numbers decide which
// choices are available and what the story reads back (`rapport`, `distress`). So a point reached
// again by another path (a hub's questions asked in another order) has the same tails, and the
// whole-path summaries are the path's prefix composed with each tail (compose below). Tails are
// merged when their summaries are equal (pathSummary.ts folds a summary down to what score() reads,
// and a form answer down to its points: formPoints.ts) and dropped when another tail beats them in
// both directions, so the set of finished summaries at the start is exact and each is scored once:
// min/max stay exact (docs/scoring.md, "Explorer: why min and max are exact"). A choice that
// leads back to a point still on the current path adds no new way to finish and is followed once.
// Form answers. Flags, a determination and referrals are chosen by the trainee, not by the story.
// Where the story never reads the form's list (no `{referrals ? x}`), the answer cannot change the
// path, so it is left open and chosen when the path ends: every determination, and a small set of
// notebooks and referral forms (answers.ts) that contains the best and the worst. Where the story
// does read it, the explorer branches on those same candidates at the decide point.
// At an ending the competencies are independent (identification reads shown/flags/determination,
// referral reads the referral form and consent, questioning reads the moves), and `overall` is a
// weighted mean that grows with each, so the best (worst) overall is the best (worst) answer per
// competency, scored once together.
import { createHash } from 'node:crypto';
import type { ChoiceTags, DecisionKind, Scenario } from '../../content/types';
import { questionTypesById } from '../../content/taxonomy';
import type { DecisionEvent } from '../log';
import { StoryRunner, StoryRunnerError, type RunnerMark, type RunnerState, type Step } from '../storyRunner';
import {
  applyChoice,
  choiceAvailability,
  enterPhase,
  initialInterviewContext,
  isInterviewPhase,
  type InterviewContext,
} from '../machines/interviewModel';
import { score, type Scores } from '../scoring/score';
import { MISSED_DISTRESS_RESPONSE_COST, QUESTIONING_POINTS } from '../scoring/defaults';
import { determinationCandidates, flagCandidates, referralCandidates } from './answers';
import { FormPoints } from './formPoints';
import { analyseStory, singleItemAnswerGroups, storyReadsVariable, type StoryStructure } from './inkState';
import { visitedIn } from '../inkInternals';
import { StateKeyReader, type StateFacts } from './stateKey';
import {
  emptySummary,
  hasUsed,
  sortedUnion,
  freshSummaryKey,
  summaryKey,
  withMove,
  withPhase,
  withShown,
  type FormState,
  keepExtremes,
  type PathSummary,
} from './pathSummary';

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
  /** The search stopped at maxStates: the report covers only the states visited. */
  truncated: boolean;
}

export interface ExploreOptions {
  /** Stop after this many distinct states (default 50 000) and mark the report truncated. */
  maxStates?: number;
  /** Stop after this much time (default 5 minutes) and mark the report truncated. */
  maxMs?: number;
  /** Knots to check for reachability (default: every knot and stitch in the compiled story). */
  knots?: readonly string[];
  /** false: follow every path separately (for tests that check merging loses nothing). */
  mergeEquivalentStates?: boolean;
}

// The shipped scenarios have 300–18 000 distinct points and explore exactly in 1–23 s on a
// two-core machine; the budget is generous so that a trainer's larger story still gets the whole
// proof rather than a truncated answer. `check` passes its own short budget (fairness.ts).
const DEFAULT_MAX_STATES = 500_000;
const DEFAULT_MAX_MS = 300_000;
const DEAD_END_REPORT_LIMIT = 20;

/** A log event whose time is filled in when the log is built, or a place a form answer goes. */
type TemplateEvent = DecisionEvent | { type: 'slot'; slot: 'notebook' | DecisionKind };

interface FormAnswers {
  flags: string[];
  determination: string;
  referrals: string[];
}

interface Outcome {
  min: Scores;
  max: Scores;
  best: FormAnswers;
}

/** The decision log a path produces with these form answers (forms still owed come after the end). */
function buildLog(template: readonly TemplateEvent[], summary: PathSummary, answers: FormAnswers): DecisionEvent[] {
  const log: DecisionEvent[] = [];
  const push = (event: DecisionEvent): void => {
    log.push({ ...event, at: log.length * 1000 });
  };
  const fill = (slot: 'notebook' | DecisionKind): void => {
    if (slot === 'notebook') for (const indicator of answers.flags) push({ type: 'notebook.flagged', at: 0, indicator });
    else if (slot === 'determination') push({ type: 'form.determination', at: 0, determination: answers.determination });
    else push({ type: 'form.referrals', at: 0, referrals: answers.referrals });
  };
  for (const event of template) {
    if (event.type === 'slot') fill(event.slot);
    else push(event);
  }
  if (summary.determination.kind === 'none') fill('determination');
  if (summary.referrals.kind === 'none') fill('referrals');
  return log;
}

function answered(state: FormState, candidates: () => string[][]): string[][] {
  if (state.kind === 'answered') return [state.answer];
  if (state.kind === 'oneOf') return state.answers.map((answer) => [answer]);
  if (state.kind === 'scored') return state.best.join(',') === state.worst.join(',') ? [state.best] : [state.best, state.worst];
  return candidates();
}

type Extremes<T> = { best: T; worst: T; bestPoints: number; worstPoints: number };

function extremes<T>(candidates: readonly T[], points: (candidate: T) => number | null): Extremes<T> | null {
  let best: { value: T; points: number } | null = null;
  let worst: { value: T; points: number } | null = null;
  for (const candidate of candidates) {
    const value = points(candidate);
    if (value === null) return null;
    if (!best || value > best.points) best = { value: candidate, points: value };
    if (!worst || value < worst.points) worst = { value: candidate, points: value };
  }
  return best && worst ? { best: best.value, worst: worst.value, bestPoints: best.points, worstPoints: worst.points } : null;
}

/**
 * Best and worst scores of finished paths over the form answers still open on them. Identification
 * reads only what was shown, flagged and determined, and referral only the referral form and whether
 * consent was sought before it, so their best and worst answers are cached by exactly those facts
 * and each finished path costs two calls of score().
 */
class OutcomeScorer {
  private readonly identification = new Map<string, Extremes<[string[], string]> | null>();
  private readonly referral = new Map<string, Extremes<string[]> | null>();
  private readonly outcomes = new Map<string, Outcome | null>();
  private readonly numbers = new Map<string, { min: Scores; max: Scores } | null>();

  constructor(private readonly scenario: Scenario) {}

  outcome(template: readonly TemplateEvent[], summary: PathSummary): Outcome | null {
    const key = summaryKey(summary);
    let outcome = this.outcomes.get(key);
    if (outcome === undefined) {
      outcome = this.compute(template, summary);
      this.outcomes.set(key, outcome);
    }
    return outcome;
  }

  private compute(template: readonly TemplateEvent[], summary: PathSummary): Outcome | null {
    const answerKey = this.scenario.answerKey;
    if (!answerKey) return null;
    const scoreWith = (answers: FormAnswers) => score(this.scenario, buildLog(template, summary, answers));
    const determinations = answered(summary.determination, () => determinationCandidates().map((id) => [id])).map((a) => a[0] ?? '');
    const referralSets = answered(summary.referrals, () => referralCandidates(answerKey));

    const idKey = JSON.stringify([summary.shown, summary.determination]);
    let id = this.identification.get(idKey);
    if (id === undefined) {
      const pairs = flagCandidates(summary.shown).flatMap((flags) => determinations.map((d): [string[], string] => [flags, d]));
      id = extremes(pairs, ([flags, determination]) => scoreWith({ flags, determination, referrals: referralSets[0] ?? [] })?.scores.identification ?? null);
      this.identification.set(idKey, id);
    }
    const consent = summary.referrals.kind === 'none' ? hasUsed(summary, 'seek_informed_consent') : summary.consentBeforeReferrals;
    const refKey = JSON.stringify([summary.referrals, consent]);
    let ref = this.referral.get(refKey);
    if (ref === undefined) {
      ref = extremes(referralSets, (referrals) => scoreWith({ flags: [...summary.shown], determination: determinations[0] ?? '', referrals })?.scores.referral ?? null);
      this.referral.set(refKey, ref);
    }
    if (!id || !ref) return null;
    const best: FormAnswers = { flags: id.best[0], determination: id.best[1], referrals: ref.best };
    const worst: FormAnswers = { flags: id.worst[0], determination: id.worst[1], referrals: ref.worst };
    // The numbers depend only on the competency scores of the best and worst answers and on the
    // questioning facts, so paths that differ elsewhere (which indicators, which services) share them.
    const numbersKey = [id.bestPoints, id.worstPoints, ref.bestPoints, ref.worstPoints, summary.conductLoss, summary.missed, summary.practice.join(','), summary.criticalError].join('|');
    let numbers = this.numbers.get(numbersKey);
    if (numbers === undefined) {
      const high = scoreWith(best);
      const low = scoreWith(worst);
      numbers = high && low ? { max: high.scores, min: low.scores } : null;
      this.numbers.set(numbersKey, numbers);
    }
    return numbers ? { ...numbers, best } : null;
  }
}

/** The best path's steps with the open form answers filled in where the forms were asked. */
function completePath(steps: PathStep[], summary: PathSummary, best: FormAnswers): PathStep[] {
  const filled: PathStep[] = [];
  let flagged = false;
  const flagStep = (): void => {
    if (!flagged) filled.push({ kind: 'flags', indicators: best.flags });
    flagged = true;
  };
  for (const step of steps) {
    if (step.kind === 'determination' || step.kind === 'referrals') flagStep();
    if (step.kind === 'determination' && summary.determination.kind !== 'answered') filled.push({ kind: 'determination', determination: best.determination });
    else if (step.kind === 'referrals' && summary.referrals.kind !== 'answered') filled.push({ kind: 'referrals', referrals: best.referrals });
    else filled.push(step);
  }
  flagStep();
  if (summary.determination.kind === 'none') filled.push({ kind: 'determination', determination: best.determination });
  if (summary.referrals.kind === 'none') filled.push({ kind: 'referrals', referrals: best.referrals });
  return filled;
}

/** Search order: good moves first, then unscored and neutral ones, harmful ones last (by severity). */
function preference(tags: ChoiceTags): number {
  const type = tags.q === undefined ? undefined : questionTypesById.get(tags.q);
  if (!type) return 1;
  if (type.valence === 'harmful') return -(type.severity ?? 1);
  return type.valence === 'good' ? 2 : 0;
}

const COMPETENCY_KEYS = ['identification', 'questioning', 'referral', 'overall'] as const;
const CONDUCT_CAP = QUESTIONING_POINTS.conduct;
const MISSED_CAP = Math.ceil(QUESTIONING_POINTS.distress / MISSED_DISTRESS_RESPONSE_COST);

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/**
 * inkjs seeds its random numbers (shuffles, RANDOM) from the clock; a fixed seed makes two
 * explorations of one story visit the same states and report the same numbers.
 */
function withFixedSeed(runnerState: RunnerState): RunnerState {
  const ink = JSON.parse(runnerState.ink) as { storySeed?: number; previousRandom?: number };
  ink.storySeed = 1;
  ink.previousRandom = 0;
  return { ...runnerState, ink: JSON.stringify(ink) };
}

/**
 * Where a tailsFrom() starts: a marked state to resume, or the runner as it is, moved on by a choice
 * or a form answer from `state` (which is then only where a dead end's new knots are counted from).
 */
type Origin = { kind: 'saved' | 'moved'; state: RunnerMark };

/** A linked list that shares its tail: the events or steps from a state to an ending. */
type Chain<T> = { items: readonly T[]; next: Chain<T> } | null;

function flatten<T>(chain: Chain<T>): T[] {
  const out: T[] = [];
  for (let at = chain; at; at = at.next) out.push(...at.items);
  return out;
}

/** One way to finish the story from a state: what it adds to the summary, its log and its steps. */
interface Tail {
  summary: PathSummary;
  events: Chain<TemplateEvent>;
  path: Chain<PathStep>;
}

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
    freeAccountBegun: tail.freeAccountBegun,
    determination: tail.determination.kind === 'none' ? prefix.determination : tail.determination,
    referrals: tail.referrals.kind === 'none' ? prefix.referrals : tail.referrals,
    consentBeforeReferrals: tail.referrals.kind === 'none' ? prefix.consentBeforeReferrals : tail.consentBeforeReferrals,
  };
}

/** The four seeds, by [free account begun][consent sought]: shared, so their keys are cached once. */
const SEEDS = [false, true].map((freeAccountBegun) =>
  [false, true].map((consent): PathSummary => ({ ...emptySummary(), freeAccountBegun, practice: consent ? ['seek_informed_consent'] : [] })),
);

/** What a state inherits from the path before it that changes how the rest is scored. */
function seedOf(summary: PathSummary): PathSummary {
  return SEEDS[summary.freeAccountBegun ? 1 : 0]![hasUsed(summary, 'seek_informed_consent') ? 1 : 0]!;
}

/** A tail starting with this edge (its events and step) and continuing with `rest`. */
function prepend(edgeSummary: PathSummary, events: readonly TemplateEvent[], steps: readonly PathStep[], rest: Tail): Tail {
  return {
    summary: compose(edgeSummary, rest.summary),
    events: { items: events, next: rest.events },
    path: steps.length > 0 ? { items: steps, next: rest.path } : rest.path,
  };
}

class Explorer {
  private readonly structure: StoryStructure;
  private readonly keys: StateKeyReader;
  private readonly runner: StoryRunner;
  private readonly branchOn: Record<DecisionKind, boolean>;
  private readonly usesEndingTags: boolean;
  private readonly determinationGroups: string[][];
  private readonly shownMatters: boolean;
  private readonly formPoints: FormPoints;
  /** Tails from each state already explored, by state key. */
  private readonly memo = new Map<string, Tail[]>();
  private readonly onPath = new Set<string>();
  private readonly trail: PathStep[] = [];
  private readonly visited = new Set<string>();
  private readonly shownAnywhere = new Set<string>();
  private readonly endings = new Set<string>();
  private readonly deadEnds: DeadEnd[] = [];
  private readonly scorer: OutcomeScorer;
  private states = 0;
  /** The mark the runner stands at right now, when nothing has moved it since it was taken. */
  private runnerAt: RunnerMark | null = null;
  private started = 0;
  private truncated = false;

  constructor(
    private readonly scenario: Scenario,
    private readonly maxStates: number,
    private readonly maxMs: number,
    private readonly merge: boolean,
  ) {
    this.structure = analyseStory(scenario.storyJson);
    this.keys = new StateKeyReader(this.structure);
    this.scorer = new OutcomeScorer(scenario);
    this.runner = new StoryRunner(this.structure.instrumentedJson, { source: scenario.meta.source });
    this.branchOn = {
      determination: storyReadsVariable(scenario.storyJson, 'determination'),
      referrals: storyReadsVariable(scenario.storyJson, 'referrals'),
    };
    this.determinationGroups = singleItemAnswerGroups(scenario.storyJson, 'determination', determinationCandidates());
    this.usesEndingTags = /[\^"]\s*ending\s*:/.test(scenario.storyJson);
    this.formPoints = new FormPoints(scenario);
    this.shownMatters = this.formPoints.shownMatters;
  }

  run(knots: readonly string[] | undefined): ExploreReport {
    const interview = initialInterviewContext();
    this.runner.mirrorInterview(interview);
    this.started = performance.now();
    this.runner.restore(withFixedSeed(this.runner.snapshot()));
    const tails = this.tailsFrom({ kind: 'saved', state: this.runner.mark() }, interview, emptySummary());

    let min: Scores | null = null;
    let max: Scores | null = null;
    let bestPath: PathStep[] | null = null;
    for (const tail of tails) {
      const events: TemplateEvent[] = [{ type: 'slot', slot: 'notebook' }, ...flatten(tail.events)];
      const outcome = this.scorer.outcome(events, tail.summary);
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
    const reachable = knots ?? this.structure.knots;
    return {
      scenario: this.scenario.meta.id,
      states: this.states,
      endings: [...this.endings].sort(),
      deadEnds: this.deadEnds,
      unreachableKnots: reachable.filter((knot) => !this.visited.has(knot)),
      indicatorsNeverShown: this.scenario.taggedIndicators.filter((id) => !this.shownAnywhere.has(id)),
      min,
      max,
      bestPath,
      truncated: this.truncated,
    };
  }

  /**
   * Every distinct way (by scoring summary) to finish the story from this state (one just chosen
   * into, or the start), each with one representative log and path. `summary` is the path so far.
   * Only the point the story stops at next is remembered (tailsAt): a state just chosen into is
   * almost never reached twice, so keying it would cost more than playing it.
   */
  private tailsFrom(origin: Origin, entryInterview: InterviewContext, pathSummary: PathSummary): Tail[] {
    const runner = this.runner;
    // After a choice or a form answer the runner is already there: nothing is copied back.
    if (origin.kind === 'saved') runner.resumeAt(origin.state);
    this.runnerAt = null;
    const seed = seedOf(pathSummary);
    let step;
    try {
      step = runner.continue();
    } catch (error) {
      if (!(error instanceof StoryRunnerError)) throw error;
      // Where it stopped: the knot it entered last, else the one it was in.
      const earlier = new Set(visitedIn(origin.state.ink));
      const facts = this.keys.place(runner.view());
      const entered = facts.visited.filter((knot) => !earlier.has(knot) && !knot.includes('.'));
      this.recordDeadEnd(entered[entered.length - 1] ?? facts.currentKnot ?? facts.lastKnot, null, error.message.replace(/^[^:]*: /, ''));
      return [];
    }
    let interview = entryInterview;
    let summary = seed;
    const events: TemplateEvent[] = [];
    for (const line of step.lines) {
      if (line.tags.phase && isInterviewPhase(line.tags.phase)) {
        events.push({ type: 'story.phaseEntered', at: 0, phase: line.tags.phase });
        interview = enterPhase(interview, line.tags.phase);
        summary = withPhase(summary, line.tags.phase);
      }
      for (const indicator of line.tags.indicators) {
        events.push({ type: 'story.indicatorShown', at: 0, indicator, line: line.text });
        summary = withShown(summary, indicator);
        this.shownAnywhere.add(indicator);
      }
    }
    const rest = this.tailsAt(step, interview, summary);
    if (events.length === 0 && summaryKey(summary) === summaryKey(seedOf(summary))) return rest;
    // The lines of this step come first on every way on.
    const tails = new Map<string, Tail>();
    for (const tail of rest) {
      const composed = prepend(summary, events, [], tail);
      const key = freshSummaryKey(composed.summary, this.shownMatters);
      if (!tails.has(key)) tails.set(key, composed);
    }
    return keepExtremes([...tails.values()], this.shownMatters);
  }

  /**
   * Every distinct way to finish from the point a step stopped at (choices, a form, or the end),
   * remembered under that point's own key: many choices lead back to the same point (a hub of
   * questions asked in any order), and its choices, forms and endings are then followed once.
   * `pathSummary` is the path so far: only its seed enters the key, and the tails start from it.
   */
  private tailsAt(step: Step, interview: InterviewContext, pathSummary: PathSummary): Tail[] {
    const facts = this.keys.read(this.runner.view(), !this.usesEndingTags);
    for (const knot of facts.visited) this.visited.add(knot);
    const seed = seedOf(pathSummary);
    const rapport = facts.liveVariables.has('rapport') ? String(interview.rapport) : '-';
    const distress = facts.choicesAhead || facts.liveVariables.has('distress') ? String(interview.distress) : '-';
    const key = hash(`stopped\n${facts.key}\n${rapport},${distress}\n${summaryKey(seed)}`);
    const known = this.merge ? this.memo.get(key) : undefined;
    if (known) return known;
    // Back to a point that is still being explored: a loop that changes nothing adds no new way
    // to finish (a repeatable move that loops is followed once).
    if (this.onPath.has(key)) return [];
    if (this.states >= this.maxStates || performance.now() - this.started > this.maxMs) {
      this.truncated = true;
      return [];
    }
    this.states++;
    this.onPath.add(key);
    const after = this.runner.mark();
    this.runnerAt = after;
    const tails = this.waysOn(after, step, interview, seed, facts);
    this.onPath.delete(key);
    if (this.merge) this.memo.set(key, tails);
    return tails;
  }

  /** The ways on from a stopped point: each form answer that matters, the ending, or each choice. */
  private waysOn(after: RunnerMark, step: Step, interview: InterviewContext, seed: PathSummary, facts: StateFacts): Tail[] {
    const runner = this.runner;
    const summary = seed;
    const events: TemplateEvent[] = [];
    const lastLine = step.lines[step.lines.length - 1]?.text ?? null;
    const tails = new Map<string, Tail>();
    const keep = (tail: Tail): void => {
      // Composed summaries are new objects seen once here: no point caching their keys.
      const key = freshSummaryKey(tail.summary, this.shownMatters);
      if (!tails.has(key)) tails.set(key, tail);
    };

    if (step.decision) {
      const decision = step.decision;
      events.push({ type: 'story.decisionRequested', at: 0, decision });
      const consent = decision === 'referrals' ? { consentBeforeReferrals: hasUsed(summary, 'seek_informed_consent') } : {};
      // `written` goes into the story's list; `form` is what the summary records for scoring.
      const follow = (written: string[], asked: FormState): void => {
        const form = this.recordedForm(decision, asked, hasUsed(summary, 'seek_informed_consent'));
        if (this.runnerAt !== after) runner.resumeAt(after);
        this.runnerAt = null;
        if (decision === 'determination') runner.setDetermination(written[0] ?? 'insufficient_information');
        else runner.setReferrals(written);
        const formEvent: TemplateEvent =
          form.kind === 'answered'
            ? decision === 'determination'
              ? { type: 'form.determination', at: 0, determination: form.answer[0] ?? '' }
              : { type: 'form.referrals', at: 0, referrals: form.answer }
            : { type: 'slot', slot: decision };
        const action: PathStep =
          decision === 'determination'
            ? { kind: 'determination', determination: form.kind === 'answered' ? form.answer[0] ?? '' : '' }
            : { kind: 'referrals', referrals: form.kind === 'answered' ? form.answer : [] };
        const edge: PathSummary = { ...summary, ...consent, [decision]: form };
        this.trail.push(action);
        const edgeEvents = [...events, formEvent];
        const edgeSteps = [action];
        for (const rest of this.tailsFrom({ kind: 'moved', state: after }, interview, edge)) keep(prepend(edge, edgeEvents, edgeSteps, rest));
        this.trail.pop();
      };
      if (!this.branchOn[decision] || !this.scenario.answerKey) {
        // The story never reads this form, so one branch stands for every answer (chosen at the end).
        follow(decision === 'determination' ? ['insufficient_information'] : [], { kind: 'open' });
      } else if (decision === 'determination') {
        for (const group of this.determinationGroups) {
          follow([group[0] ?? 'insufficient_information'], group.length === 1 ? { kind: 'answered', answer: group } : { kind: 'oneOf', answers: group });
        }
      } else {
        for (const answer of referralCandidates(this.scenario.answerKey)) follow(answer, { kind: 'answered', answer: [...answer].sort() });
      }
      return keepExtremes([...tails.values()], this.shownMatters);
    }

    if (step.ended) {
      const ending = step.ending ?? 'end';
      events.push({ type: 'story.ended', at: 0, ending });
      if (this.usesEndingTags && facts.endingTag === null) {
        this.recordDeadEnd(facts.lastKnot, lastLine, 'the story stops here without an ending (no choice, no `ending` tag)');
      } else {
        this.endings.add(ending);
      }
      return [{ summary, events: { items: events, next: null }, path: null }];
    }

    const offered = step.choices;
    const availability = choiceAvailability(interview, offered.map((choice) => choice.tags));
    // Careful moves first: when a budget cuts the search short, what was finished includes them.
    const order = offered.map((_, position) => position).sort((a, b) => preference(offered[b]!.tags) - preference(offered[a]!.tags) || a - b);
    order.forEach((position) => {
      const choice = offered[position]!;
      if (!availability[position]?.available) return;
      if (this.runnerAt !== after) runner.resumeAt(after);
      this.runnerAt = null;
      runner.choose(choice.index);
      const applied = applyChoice(interview, choice.tags);
      runner.mirrorInterview(applied.context);
      const tags: ChoiceTags = choice.tags;
      const edge = withMove(summary, tags, applied.missedDistressResponse);
      const action: PathStep = { kind: 'choice', index: choice.index, text: choice.text, ...(tags.q ? { q: tags.q } : {}) };
      const choiceEvent: TemplateEvent = { type: 'story.choice', at: 0, turn: 0, index: choice.index, text: choice.text, tags };
      this.trail.push(action);
      const edgeEvents = [...events, choiceEvent];
      const edgeSteps = [action];
      for (const rest of this.tailsFrom({ kind: 'moved', state: after }, applied.context, edge)) keep(prepend(edge, edgeEvents, edgeSteps, rest));
      this.trail.pop();
    });
    return keepExtremes([...tails.values()], this.shownMatters);
  }

  /**
   * The form as the path's summary records it: its points only, where they are known now
   * (formPoints.ts), so that tails differing only in answers worth the same points merge.
   */
  private recordedForm(decision: DecisionKind, form: FormState, consentSought: boolean): FormState {
    const answerKey = this.scenario.answerKey;
    if (!answerKey) return form;
    const scored =
      decision === 'determination'
        ? this.formPoints.determination(form.kind === 'answered' ? form.answer : form.kind === 'oneOf' ? form.answers : determinationCandidates())
        : this.formPoints.referrals(form.kind === 'answered' ? [form.answer] : referralCandidates(answerKey), consentSought);
    return scored ? { kind: 'scored', ...scored } : form;
  }

  private recordDeadEnd(knot: string | null, lastLine: string | null, reason: string): void {
    if (this.deadEnds.length >= DEAD_END_REPORT_LIMIT) return;
    // The same failure reached along another path is one dead end, reported with its first path.
    if (this.deadEnds.some((known) => known.knot === knot && known.reason === reason && known.lastLine === lastLine)) return;
    this.deadEnds.push({ path: [...this.trail], knot, lastLine, reason });
  }
}

/** Explore every path of a story (see the header comment for how and why it stays exact). */
export function exploreStory(scenario: Scenario, options: ExploreOptions = {}): ExploreReport {
  return new Explorer(
    scenario,
    options.maxStates ?? DEFAULT_MAX_STATES,
    options.maxMs ?? DEFAULT_MAX_MS,
    options.mergeEquivalentStates ?? true,
  ).run(options.knots);
}

/** For the benchmark: how many states a full exploration visits and how long it takes. */
export function measureExploration(scenario: Scenario, options: ExploreOptions = {}): { states: number; ms: number } {
  const started = performance.now();
  const report = exploreStory(scenario, options);
  return { states: report.states, ms: performance.now() - started };
}
