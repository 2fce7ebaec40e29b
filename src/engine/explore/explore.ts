// The story explorer: walks every path through a story's choice graph, together with the trainee's
// decisions that matter, and reports what an author needs to know: endings reached, dead ends,
// knots never reached, indicators tagged but never shown, and the lowest and highest score each
// competency can reach, with one path that reaches the highest.
//
// Search. A node is a story state right after a choice (or a form answer). Its dedup key is
//   canonical runner state (inkState.ts) + interview numbers + scoring summary (pathSummary.ts).
// The runner state decides everything the story can do next; the interview numbers decide which
// choices are available and what the story reads back (`rapport`, `distress`); the summary decides
// how any continuation is scored. So two nodes with the same key have the same set of futures and
// the same score for each future: keeping the first one found loses no ending, knot, indicator or
// score, and min/max stay exact (see docs/scoring.md, "Why the explorer's min and max are exact").
//
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
import { StoryRunner, StoryRunnerError } from '../storyRunner';
import {
  applyChoice,
  choiceAvailability,
  enterPhase,
  initialInterviewContext,
  isInterviewPhase,
  type InterviewContext,
} from '../machines/interviewModel';
import { score, type Scores } from '../scoring/score';
import { determinationCandidates, flagCandidates, referralCandidates } from './answers';
import { analyseStory, readRunnerState, singleItemAnswerGroups, storyReadsVariable, type StoryStructure } from './inkState';
import {
  emptySummary,
  hasUsed,
  summaryKey,
  withMove,
  withPhase,
  withShown,
  type FormState,
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
  /** Distinct states visited (after dedup). */
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
  /** Stop after this much time (default 20 s) and mark the report truncated. */
  maxMs?: number;
  /** Knots to check for reachability (default: every knot and stitch in the compiled story). */
  knots?: readonly string[];
  /** false: follow every path separately (for tests that check merging loses nothing). */
  mergeEquivalentStates?: boolean;
}

const DEFAULT_MAX_STATES = 50_000;
const DEFAULT_MAX_MS = 20_000;
const DEAD_END_REPORT_LIMIT = 20;

/** A log event whose time is filled in when the log is built, or a place a form answer goes. */
type TemplateEvent = DecisionEvent | { type: 'slot'; slot: 'notebook' | DecisionKind };

interface SearchNode {
  /** Runner state to resume from; dropped once the node is expanded. */
  runnerState: string | null;
  interview: InterviewContext;
  summary: PathSummary;
  notebookPlaced: boolean;
  turn: number;
  parent: SearchNode | null;
  action: PathStep | null;
  /** Log events between the parent and this node. */
  events: TemplateEvent[];
}

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

function eventsOf(node: SearchNode): TemplateEvent[] {
  const chunks: TemplateEvent[][] = [];
  for (let at: SearchNode | null = node; at; at = at.parent) chunks.push(at.events);
  return chunks.reverse().flat();
}

function pathOf(node: SearchNode): PathStep[] {
  const steps: PathStep[] = [];
  for (let at: SearchNode | null = node; at; at = at.parent) if (at.action) steps.push(at.action);
  return steps.reverse();
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
  return candidates();
}

type Extremes<T> = { best: T; worst: T };

function extremes<T>(candidates: readonly T[], points: (candidate: T) => number | null): Extremes<T> | null {
  let best: { value: T; points: number } | null = null;
  let worst: { value: T; points: number } | null = null;
  for (const candidate of candidates) {
    const value = points(candidate);
    if (value === null) return null;
    if (!best || value > best.points) best = { value: candidate, points: value };
    if (!worst || value < worst.points) worst = { value: candidate, points: value };
  }
  return best && worst ? { best: best.value, worst: worst.value } : null;
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
    const high = scoreWith(best);
    const low = scoreWith(worst);
    return high && low ? { max: high.scores, min: low.scores, best } : null;
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
    if (step.kind === 'determination' && (summary.determination.kind === 'open' || summary.determination.kind === 'oneOf')) filled.push({ kind: 'determination', determination: best.determination });
    else if (step.kind === 'referrals' && summary.referrals.kind === 'open') filled.push({ kind: 'referrals', referrals: best.referrals });
    else filled.push(step);
  }
  flagStep();
  if (summary.determination.kind === 'none') filled.push({ kind: 'determination', determination: best.determination });
  if (summary.referrals.kind === 'none') filled.push({ kind: 'referrals', referrals: best.referrals });
  return filled;
}

/** Search order: harmful moves (by severity) first on the stack, good ones last (explored first). */
function preference(tags: ChoiceTags): number {
  const type = tags.q === undefined ? undefined : questionTypesById.get(tags.q);
  if (!type) return 1;
  if (type.valence === 'harmful') return -(type.severity ?? 1);
  return type.valence === 'good' ? 2 : 0;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

class Explorer {
  private readonly structure: StoryStructure;
  private readonly runner: StoryRunner;
  private readonly branchOn: Record<DecisionKind, boolean>;
  private readonly usesEndingTags: boolean;
  private readonly determinationGroups: string[][];
  private readonly seen = new Set<string>();
  private readonly visited = new Set<string>();
  private readonly shownAnywhere = new Set<string>();
  private readonly endings = new Set<string>();
  private readonly deadEnds: DeadEnd[] = [];
  private readonly scorer: OutcomeScorer;
  private min: Scores | null = null;
  private max: Scores | null = null;
  private bestPath: PathStep[] | null = null;
  private truncated = false;

  constructor(
    private readonly scenario: Scenario,
    private readonly maxStates: number,
    private readonly maxMs: number,
    private readonly merge: boolean,
  ) {
    this.structure = analyseStory(scenario.storyJson);
    this.scorer = new OutcomeScorer(scenario);
    this.runner = new StoryRunner(this.structure.instrumentedJson, { source: scenario.meta.source });
    this.branchOn = {
      determination: storyReadsVariable(scenario.storyJson, 'determination'),
      referrals: storyReadsVariable(scenario.storyJson, 'referrals'),
    };
    this.determinationGroups = singleItemAnswerGroups(scenario.storyJson, 'determination', determinationCandidates());
    this.usesEndingTags = /[\^"]\s*ending\s*:/.test(scenario.storyJson);
  }

  run(knots: readonly string[] | undefined): ExploreReport {
    const interview = initialInterviewContext();
    this.runner.mirrorInterview(interview);
    const root: SearchNode = {
      runnerState: this.runner.saveState(),
      interview,
      summary: emptySummary(),
      notebookPlaced: false,
      turn: 0,
      parent: null,
      action: null,
      events: [],
    };
    const stack: SearchNode[] = [];
    this.admit(root, stack);
    const started = performance.now();
    while (stack.length > 0) {
      if (this.seen.size > this.maxStates || performance.now() - started > this.maxMs) {
        this.truncated = true;
        break;
      }
      const node = stack.pop()!;
      this.expand(node, stack);
    }
    const reachable = knots ?? this.structure.knots;
    return {
      scenario: this.scenario.meta.id,
      states: this.seen.size,
      endings: [...this.endings].sort(),
      deadEnds: this.deadEnds,
      unreachableKnots: reachable.filter((knot) => !this.visited.has(knot)),
      indicatorsNeverShown: this.scenario.taggedIndicators.filter((id) => !this.shownAnywhere.has(id)),
      min: this.min,
      max: this.max,
      bestPath: this.bestPath,
      truncated: this.truncated,
    };
  }

  /** Adds the node to the stack unless an equivalent one was seen; records knots either way. */
  private admit(node: SearchNode, stack: SearchNode[]): void {
    const facts = readRunnerState(node.runnerState!, this.structure);
    for (const knot of facts.visited) this.visited.add(knot);
    const key = this.merge
      ? hash(`${facts.canonical}\n${node.interview.rapport},${node.interview.distress}\n${summaryKey(node.summary)}`)
      : String(this.seen.size);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    stack.push(node);
  }

  private expand(node: SearchNode, stack: SearchNode[]): void {
    const runner = this.runner;
    const before = node.runnerState!;
    runner.loadState(before);
    node.runnerState = null;
    let step;
    try {
      step = runner.continue();
    } catch (error) {
      if (!(error instanceof StoryRunnerError)) throw error;
      // Where it stopped: the knot it entered last, else the one it was in.
      const earlier = new Set(readRunnerState(before, this.structure).visited);
      const facts = readRunnerState(runner.saveState(), this.structure);
      const entered = facts.visited.filter((knot) => !earlier.has(knot) && !knot.includes('.'));
      const knot = entered[entered.length - 1] ?? facts.currentKnot ?? facts.lastKnot;
      this.recordDeadEnd(node, knot, null, error.message.replace(/^[^:]*: /, ''));
      return;
    }
    const after = runner.saveState();
    const facts = readRunnerState(after, this.structure);
    for (const knot of facts.visited) this.visited.add(knot);

    let interview = node.interview;
    let summary = node.summary;
    let notebookPlaced = node.notebookPlaced;
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
    const lastLine = step.lines[step.lines.length - 1]?.text ?? null;

    if (step.decision) {
      const decision = step.decision;
      if (!notebookPlaced) events.push({ type: 'slot', slot: 'notebook' });
      notebookPlaced = true;
      events.push({ type: 'story.decisionRequested', at: 0, decision });
      const consent = decision === 'referrals' ? { consentBeforeReferrals: hasUsed(summary, 'seek_informed_consent') } : {};
      // `written` goes into the story's list; `form` is what the summary records for scoring.
      const child = (written: string[], form: FormState): SearchNode => {
        runner.loadState(after);
        if (decision === 'determination') runner.setDetermination(written[0] ?? 'insufficient_information');
        else runner.setReferrals(written);
        const formEvent: TemplateEvent =
          form.kind === 'answered'
            ? decision === 'determination'
              ? { type: 'form.determination', at: 0, determination: form.answer[0] ?? '' }
              : { type: 'form.referrals', at: 0, referrals: form.answer }
            : { type: 'slot', slot: decision };
        return {
          runnerState: runner.saveState(),
          interview,
          summary: { ...summary, ...consent, [decision]: form },
          notebookPlaced,
          turn: node.turn,
          parent: node,
          action:
            decision === 'determination'
              ? { kind: 'determination', determination: form.kind === 'answered' ? form.answer[0] ?? '' : '' }
              : { kind: 'referrals', referrals: form.kind === 'answered' ? form.answer : [] },
          events: [...events, formEvent],
        };
      };
      if (!this.branchOn[decision] || !this.scenario.answerKey) {
        // The story never reads this form, so one branch stands for every answer (chosen at the end).
        this.admit(child(decision === 'determination' ? ['insufficient_information'] : [], { kind: 'open' }), stack);
        return;
      }
      if (decision === 'determination') {
        for (const group of this.determinationGroups) {
          const form: FormState = group.length === 1 ? { kind: 'answered', answer: group } : { kind: 'oneOf', answers: group };
          this.admit(child([group[0] ?? 'insufficient_information'], form), stack);
        }
        return;
      }
      for (const answer of referralCandidates(this.scenario.answerKey)) {
        this.admit(child(answer, { kind: 'answered', answer: [...answer].sort() }), stack);
      }
      return;
    }

    if (step.ended) {
      if (!notebookPlaced) events.push({ type: 'slot', slot: 'notebook' });
      const ending = step.ending ?? 'end';
      events.push({ type: 'story.ended', at: 0, ending });
      const leaf: SearchNode = { ...node, runnerState: null, interview, summary, notebookPlaced: true, events: [...node.events, ...events] };
      if (this.usesEndingTags && facts.endingTag === null) {
        this.recordDeadEnd(node, facts.lastKnot, lastLine, 'the story stops here without an ending (no choice, no `ending` tag)');
      } else {
        this.endings.add(ending);
      }
      this.recordOutcome(leaf);
      return;
    }

    const offered = step.choices;
    const availability = choiceAvailability(interview, offered.map((choice) => choice.tags));
    // The stack pops the last pushed first: push the worst moves first so that, when a budget cuts
    // the search short, the paths already finished include the careful ones (and the best path).
    const order = offered.map((_, position) => position).sort((a, b) => preference(offered[a]!.tags) - preference(offered[b]!.tags) || b - a);
    order.forEach((position) => {
      const choice = offered[position]!;
      if (!availability[position]?.available) return;
      runner.loadState(after);
      runner.choose(choice.index);
      const applied = applyChoice(interview, choice.tags);
      runner.mirrorInterview(applied.context);
      const tags: ChoiceTags = choice.tags;
      this.admit(
        {
          runnerState: runner.saveState(),
          interview: applied.context,
          summary: withMove(summary, tags, applied.missedDistressResponse),
          notebookPlaced,
          turn: node.turn + 1,
          parent: node,
          action: { kind: 'choice', index: choice.index, text: choice.text, ...(tags.q ? { q: tags.q } : {}) },
          events: [...events, { type: 'story.choice', at: 0, turn: node.turn, index: choice.index, text: choice.text, tags }],
        },
        stack,
      );
    });
  }

  private recordDeadEnd(node: SearchNode, knot: string | null, lastLine: string | null, reason: string): void {
    if (this.deadEnds.length >= DEAD_END_REPORT_LIMIT) return;
    this.deadEnds.push({ path: pathOf(node), knot, lastLine, reason });
  }

  private recordOutcome(leaf: SearchNode): void {
    const outcome = this.scorer.outcome(eventsOf(leaf), leaf.summary);
    if (!outcome) return;
    const competencies = ['identification', 'questioning', 'referral', 'overall'] as const;
    if (!this.min || !this.max) {
      this.min = { ...outcome.min };
      this.max = { ...outcome.max };
    } else {
      for (const c of competencies) {
        this.min[c] = Math.min(this.min[c], outcome.min[c]);
        if (c !== 'overall') this.max[c] = Math.max(this.max[c], outcome.max[c]);
      }
    }
    if (this.bestPath === null || outcome.max.overall > this.max.overall) {
      this.max.overall = outcome.max.overall;
      this.bestPath = completePath(pathOf(leaf), leaf.summary, outcome.best);
    }
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
