// The explorer's search: a depth-first walk with memory. From each point the story stops at
// (choices on offer, a form to fill in, an ending) it computes every distinct way to finish (a tail,
// tails.ts) and remembers them under the point's key:
//   runner state key (stateKey.ts) + interview numbers + the little the path so far decides
//   about how the rest is scored (whether the free account has begun, whether consent was sought).
// The runner goes back to a point by an in-memory copy (StoryRunner.mark), taken only the first
// time the point is reached: a point seen before costs its key and nothing else.
// The runner state decides everything the story can do next; the interview numbers decide which
// choices are available and what the story reads back (`rapport`, `distress`). So a point reached
// again by another path (a hub's questions asked in another order) has the same tails. Tails are
// merged when their summaries are equal (pathSummary.ts folds a summary down to what score() reads,
// and a form answer down to its points: formPoints.ts) and dropped when another tail beats them in
// both directions, so the set of finished summaries at the start is exact and each is scored once:
// min/max stay exact (docs/scoring.md, "Explorer: why min and max are exact"). A choice that
// leads back to a point still on the current path adds no new way to finish and is followed once.
//
// Form answers. Flags, a determination and referrals are chosen by the trainee, not by the story.
// Where the story never reads the form's list (no `{referrals ? x}`), the answer cannot change the
// path, so it is left open and chosen when the path ends (outcomes.ts). Where the story does read
// it, the explorer branches on the candidates (answers.ts) at the decide point.
//
// No recursion limit. Each step of the walk is a generator that yields the walk from the next
// point instead of calling it; runSearch keeps those in an array, so a story thousands of choices
// deep is walked with a JavaScript stack a few frames high.
import type { ChoiceTags, DecisionKind, Scenario } from '../../content/types';
import { questionTypesById } from '../../content/taxonomy';
import { CONSENT_MOVE } from '../scoring/defaults';
import { StoryRunner, StoryRunnerError, type RunnerMark, type RunnerState, type Step } from '../storyRunner';
import {
  applyChoice,
  choiceAvailability,
  initialInterviewContext,
  type InterviewContext,
} from '../machines/interviewModel';
import { determinationCandidates, referralCandidates } from './answers';
import { FormPoints } from './formPoints';
import { analyseStory, singleItemAnswerGroups, storyReadsVariable, type StoryStructure } from './inkState';
import { resolveScoringConfig } from '../scoring/score';
import { failingDecisions } from '../scoring/criticalDecisions';
import { lineEvents, stopEvent, traineeEvent } from './lineEvents';
import { StateKeyReader, type StateFacts } from './stateKey';
import {
  emptySummary,
  hasUsed,
  summaryKey,
  withMove,
  withAnswer,
  answerMap,
  withInterview,
  withShown,
  type FormState,
  type PathSummary,
} from './pathSummary';
import { LongestPaths, type LongestPath } from './longestPath';
import type { DeadEnd, PathStep } from './report';
import { LinesBeforeTails, seedOf, SummaryTable, TailSet, type Tail, type TemplateEvent } from './tails';

const DEAD_END_REPORT_LIMIT = 20;

/** One step of the walk: yields the walk from a point it needs, receives that point's tails, returns its own. */
interface Search extends Generator<Search, Tail[], Tail[]> {}

/** Run a walk to the end with an explicit stack instead of JavaScript recursion. */
function runSearch(root: Search): Tail[] {
  const stack: Search[] = [root];
  let received: Tail[] = [];
  for (;;) {
    const next = stack[stack.length - 1]!.next(received);
    if (next.done) {
      stack.pop();
      if (stack.length === 0) return next.value;
      received = next.value;
    } else {
      stack.push(next.value);
      received = [];
    }
  }
}

/** How much to try a move first: good moves, then unscored and neutral ones, harmful ones last (by severity). */
function preference(tags: ChoiceTags): number {
  const type = tags.q === undefined ? undefined : questionTypesById.get(tags.q);
  if (!type) return 1;
  if (type.valence === 'harmful') return -(type.severity ?? 1);
  return type.valence === 'good' ? 2 : 0;
}

/** Positions of the offered choices in search order: careful moves first, then by position. */
export function choiceOrder(offered: readonly { tags: ChoiceTags }[]): number[] {
  return offered.map((_, position) => position).sort((a, b) => preference(offered[b]!.tags) - preference(offered[a]!.tags) || a - b);
}

/**
 * inkjs seeds its random numbers (shuffles, RANDOM) from the clock; a fixed seed makes two
 * explorations of one story visit the same states and report the same numbers.
 */
export function withFixedSeed(runnerState: RunnerState): RunnerState {
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

export interface SearchLimits {
  maxStates: number;
  maxMs: number;
}

/** What a finished search found, before it is turned into a report (explore.ts). */
export interface SearchResult {
  /** Every distinct way to finish from the start. */
  tails: Tail[];
  states: number;
  endings: ReadonlySet<string>;
  deadEnds: DeadEnd[];
  visited: ReadonlySet<string>;
  shownAnywhere: ReadonlySet<string>;
  truncated: boolean;
  structure: StoryStructure;
  longestPath: LongestPath;
}

export class StorySearch {
  private readonly structure: StoryStructure;
  private readonly keys: StateKeyReader;
  private readonly runner: StoryRunner;
  private readonly branchOn: Record<DecisionKind, boolean>;
  private readonly usesEndingTags: boolean;
  private readonly determinationGroups: string[][];
  private readonly shownMatters: boolean;
  /** Critical decisions that fail this scenario when a choice is tagged with one. */
  private readonly failingDecisions: ReadonlySet<string>;
  private readonly formPoints: FormPoints;
  /** Every summary of this search, kept once, so composing tails is a lookup after the first time. */
  private readonly summaries = new SummaryTable();
  private readonly linesBefore: LinesBeforeTails;
  /** Tails from each state already explored, by state key. */
  private readonly memo = new Map<string, Tail[]>();
  private readonly onPath = new Set<string>();
  private readonly trail: PathStep[] = [];
  private readonly visited = new Set<string>();
  private readonly shownAnywhere = new Set<string>();
  private readonly endings = new Set<string>();
  private readonly deadEnds: DeadEnd[] = [];
  private readonly longest = new LongestPaths();
  private states = 0;
  /** The mark the runner stands at right now, when nothing has moved it since it was taken. */
  private runnerAt: RunnerMark | null = null;
  private started = 0;
  private truncated = false;

  constructor(
    private readonly scenario: Scenario,
    private readonly limits: SearchLimits,
  ) {
    this.structure = analyseStory(scenario.storyJson);
    this.keys = new StateKeyReader(this.structure);
    this.runner = new StoryRunner(this.structure.instrumentedJson, { source: scenario.meta.source });
    this.branchOn = {
      determination: storyReadsVariable(scenario.storyJson, 'determination'),
      referrals: storyReadsVariable(scenario.storyJson, 'referrals'),
    };
    this.determinationGroups = singleItemAnswerGroups(scenario.storyJson, 'determination', determinationCandidates());
    this.usesEndingTags = /[\^"]\s*ending\s*:/.test(scenario.storyJson);
    this.formPoints = new FormPoints(scenario);
    this.shownMatters = this.formPoints.shownMatters;
    this.linesBefore = new LinesBeforeTails(this.summaries, this.shownMatters);
    this.failingDecisions = scenario.answerKey ? failingDecisions(scenario.answerKey, resolveScoringConfig(scenario).criticalDecisions) : new Set();
  }

  run(): SearchResult {
    const interview = initialInterviewContext();
    this.runner.mirrorInterview(interview);
    this.started = performance.now();
    this.runner.restore(withFixedSeed(this.runner.snapshot()));
    const tails = runSearch(this.tailsFrom({ kind: 'saved', state: this.runner.mark() }, interview, emptySummary()));
    return {
      tails,
      states: this.states,
      endings: this.endings,
      deadEnds: this.deadEnds,
      visited: this.visited,
      shownAnywhere: this.shownAnywhere,
      truncated: this.truncated,
      structure: this.structure,
      longestPath: this.longest.result(),
    };
  }

  /**
   * Every distinct way (by scoring summary) to finish the story from this state (one just chosen
   * into, or the start), each with one representative log and path. `summary` is the path so far.
   * Only the point the story stops at next is remembered (tailsAt): a state just chosen into is
   * almost never reached twice, so keying it would cost more than playing it.
   */
  private *tailsFrom(origin: Origin, entryInterview: InterviewContext, pathSummary: PathSummary): Search {
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
      this.recordDeadEnd(this.keys.failedIn(runner.view(), origin.state.ink), null, error.message.replace(/^[^:]*: /, ''));
      return [];
    }
    const read = lineEvents(step, entryInterview);
    const interview = read.interview;
    const events: TemplateEvent[] = read.events;
    let summary = seed;
    for (const event of read.events) {
      if (event.type === 'story.indicatorShown') {
        summary = withShown(summary, event.indicator);
        this.shownAnywhere.add(event.indicator);
      }
      if (event.type === 'story.consentAnswered') summary = withAnswer(summary, event.answer, event.referrals);
    }
    // A phase entered in these lines may have begun the free account (the interview model says).
    summary = withInterview(summary, interview);
    const rest = yield* this.tailsAt(step, interview, summary);
    if (events.length === 0 && summaryKey(summary) === summaryKey(seedOf(summary))) return rest;
    // The lines of this step come first on every way on.
    return this.linesBefore.after(summary, events, rest);
  }

  /**
   * Every distinct way to finish from the point a step stopped at (choices, a form, or the end),
   * remembered under that point's own key: many choices lead back to the same point (a hub of
   * questions asked in any order), and its choices, forms and endings are then followed once.
   * `pathSummary` is the path so far: only its seed enters the key, and the tails start from it.
   */
  private *tailsAt(step: Step, interview: InterviewContext, pathSummary: PathSummary): Search {
    const facts = this.keys.read(this.runner.view(), !this.usesEndingTags);
    for (const knot of facts.visited) this.visited.add(knot);
    const seed = seedOf(pathSummary);
    const rapport = facts.liveVariables.has('rapport') ? String(interview.rapport) : '-';
    const distress = facts.choicesAhead || facts.liveVariables.has('distress') ? String(interview.distress) : '-';
    // The whole key, not a digest of it: two points share tails only when they are the same point.
    const key = `${facts.key}\n${rapport},${distress}\n${summaryKey(seed)}`;
    const known = this.memo.get(key);
    if (known) {
      this.longest.known(key);
      return known;
    }
    // Back to a point that is still being explored: a loop that changes nothing adds no new way
    // to finish (a repeatable move that loops is followed once), but can be gone round without end.
    if (this.onPath.has(key)) {
      this.longest.looped(key, this.trail);
      return [];
    }
    if (this.states >= this.limits.maxStates || performance.now() - this.started > this.limits.maxMs) {
      this.truncated = true;
      return [];
    }
    this.states++;
    this.onPath.add(key);
    const after = this.runner.mark();
    this.runnerAt = after;
    this.longest.enter(key);
    const tails = yield* this.waysOn(after, step, interview, seed, facts);
    this.longest.leave();
    this.onPath.delete(key);
    this.memo.set(key, tails);
    return tails;
  }

  /** The ways on from a stopped point: each form answer that matters, the ending, or each choice. */
  private *waysOn(after: RunnerMark, step: Step, interview: InterviewContext, seed: PathSummary, facts: StateFacts): Search {
    const summary = seed;
    const lastLine = step.lines[step.lines.length - 1]?.text ?? null;
    const tails = new TailSet(this.summaries, this.shownMatters);

    if (step.decision) {
      for (const [written, asked] of this.formBranches(step.decision, summary)) {
        yield* this.followForm(after, step as Step & { decision: DecisionKind }, written, asked, interview, summary, tails);
      }
      return tails.extremes();
    }

    if (step.ended) {
      const ending = step.ending ?? 'end';
      if (this.usesEndingTags && facts.endingTag === null) {
        this.recordDeadEnd(facts.lastKnot, lastLine, 'the story stops here without an ending (no choice, no `ending` tag)');
      } else {
        this.endings.add(ending);
      }
      return [{ summary, events: { items: stopEvent(step), next: null }, path: null }];
    }

    const offered = step.choices;
    const availability = choiceAvailability(interview, offered.map((choice) => choice.tags));
    // Careful moves first: when a budget cuts the search short, what was finished includes them.
    for (const position of choiceOrder(offered)) {
      const choice = offered[position]!;
      if (!availability[position]?.available) continue;
      this.goBackTo(after);
      this.runner.choose(choice.index);
      const applied = applyChoice(interview, choice.tags);
      this.runner.mirrorInterview(applied.context);
      const tags: ChoiceTags = choice.tags;
      const edge = withMove(summary, tags, applied, tags.critical !== undefined && this.failingDecisions.has(tags.critical));
      const action: PathStep = { kind: 'choice', index: choice.index, text: choice.text, ...(tags.q ? { q: tags.q } : {}) };
      const choiceEvent = traineeEvent({ type: 'trainee.choose', index: position }, offered);
      this.trail.push(action);
      this.longest.moving();
      const rest = yield this.tailsFrom({ kind: 'moved', state: after }, applied.context, edge);
      this.longest.followed(action);
      tails.addAfter(edge, [choiceEvent], [action], rest);
      this.trail.pop();
    }
    return tails.extremes();
  }

  /** The answers to try at a decide point: what is written into the story's list, and what the summary records. */
  private formBranches(decision: DecisionKind, summary: PathSummary): Array<[written: string[], asked: FormState]> {
    if (!this.branchOn[decision] || !this.scenario.answerKey) {
      // The story never reads this form, so one branch stands for every answer (chosen at the end).
      return [[decision === 'determination' ? ['insufficient_information'] : [], { kind: 'open' }]];
    }
    if (decision === 'determination') {
      return this.determinationGroups.map((group) => [
        [group[0] ?? 'insufficient_information'],
        group.length === 1 ? { kind: 'answered', answer: group } : { kind: 'oneOf', answers: group },
      ]);
    }
    return referralCandidates(this.scenario.answerKey, answerMap(summary)).map((answer) => [answer, { kind: 'answered', answer: [...answer].sort() }]);
  }

  /** Answer the form the story waits for with `written` and follow the story on from there. */
  private *followForm(
    after: RunnerMark,
    step: Step & { decision: DecisionKind },
    written: string[],
    asked: FormState,
    interview: InterviewContext,
    summary: PathSummary,
    tails: TailSet,
  ): Generator<Search, void, Tail[]> {
    const decision = step.decision;
    const consentSought = hasUsed(summary, CONSENT_MOVE);
    const form = this.recordedForm(decision, asked, consentSought, summary);
    this.goBackTo(after);
    if (decision === 'determination') this.runner.setDetermination(written[0] ?? 'insufficient_information');
    else this.runner.setReferrals(written);
    const formEvent: TemplateEvent =
      form.kind === 'answered'
        ? decision === 'determination'
          ? traineeEvent({ type: 'trainee.submitDetermination', determination: form.answer[0] ?? '' })
          : traineeEvent({ type: 'trainee.submitReferrals', referrals: form.answer })
        : { type: 'slot', slot: decision };
    const action: PathStep =
      decision === 'determination'
        ? { kind: 'determination', determination: form.kind === 'answered' ? form.answer[0] ?? '' : '' }
        : { kind: 'referrals', referrals: form.kind === 'answered' ? form.answer : [] };
    const consent = decision === 'referrals' ? { consentBeforeReferrals: consentSought } : {};
    const edge: PathSummary = { ...summary, ...consent, [decision]: form };
    const edgeEvents: TemplateEvent[] = [...stopEvent(step), formEvent];
    this.trail.push(action);
    this.longest.moving();
    const rest = yield this.tailsFrom({ kind: 'moved', state: after }, interview, edge);
    this.longest.followed(action);
    tails.addAfter(edge, edgeEvents, [action], rest);
    this.trail.pop();
  }

  /** Put the runner back at a stopped point, unless it stands there already. */
  private goBackTo(point: RunnerMark): void {
    if (this.runnerAt !== point) this.runner.resumeAt(point);
    this.runnerAt = null;
  }

  /**
   * The form as the path's summary records it: its points only, where they are known now
   * (formPoints.ts), so that tails differing only in answers worth the same points merge.
   */
  private recordedForm(decision: DecisionKind, form: FormState, consentSought: boolean, summary: PathSummary): FormState {
    const answerKey = this.scenario.answerKey;
    if (!answerKey) return form;
    const scored =
      decision === 'determination'
        ? this.formPoints.determination(form.kind === 'answered' ? form.answer : form.kind === 'oneOf' ? form.answers : determinationCandidates())
        : this.formPoints.referrals(form.kind === 'answered' ? [form.answer] : referralCandidates(answerKey, answerMap(summary)), consentSought, summary.answers);
    return scored ? { kind: 'scored', ...scored } : form;
  }

  private recordDeadEnd(knot: string | null, lastLine: string | null, reason: string): void {
    if (this.deadEnds.length >= DEAD_END_REPORT_LIMIT) return;
    // The same failure reached along another path is one dead end, reported with its first path.
    if (this.deadEnds.some((known) => known.knot === knot && known.reason === reason && known.lastLine === lastLine)) return;
    this.deadEnds.push({ path: [...this.trail], knot, lastLine, reason });
  }
}
