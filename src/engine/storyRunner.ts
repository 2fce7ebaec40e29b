// The one adapter between Threshold and the inkjs runtime. It wraps a Story (never subclasses it),
// turns inkjs output into plain Steps with parsed tags, stops where the game must open a form, and
// writes the game's answers and interview numbers back into the story's variables.
//
// Its parts: runner/decisionRewind.ts (where the story reads on from once a decision line's form
// is answered, and the journal that rebuilds the state before that line when it must be played
// again), runner/runnerState.ts (saved, marked and viewed states), runner/storyOutput.ts (a line's
// tags and knot), and runawayGuard.ts (every line within a step budget). States are kept in memory
// as copies (inkInternals.ts, the one module that touches inkjs's private fields) wherever they do
// not leave the runner; JSON is written only for snapshot()/saveState(), which a save file or
// another process needs.
import { InkList, Story } from 'inkjs';
import { copyInkState, dropLookahead, inkStateToJson, installInkState, liveState, type InkState } from './inkInternals';
import { DEFAULT_RUNAWAY_LIMITS, RunawayGuard, RunawayStoryError, type RunawayLimits } from './runawayGuard';
import { Journal, type JournalSince, type SavedInk } from './runner/decisionRewind';
import {
  inkErrorText,
  parseRunnerState,
  StoryRunnerError,
  type PendingDecision,
  type RunnerMark,
  type RunnerState,
  type RunnerView,
} from './runner/runnerState';
import { calledFunctionNames, knotOfOutput, lineTagsOf } from './runner/storyOutput';
import { TagMemo } from './runner/tagMemo';
import type { ChoiceTags, DecisionKind, LineTags } from '../content/types';
import { messageOf } from '../util/errors';

export { StoryRunnerError } from './runner/runnerState';
export type { RunnerMark, RunnerState, RunnerView, SavedPendingDecision } from './runner/runnerState';

export interface Line {
  text: string;
  tags: LineTags;
}

export interface ChoiceOption {
  /** Position among the choices offered now; what `choose` takes. */
  index: number;
  text: string;
  tags: ChoiceTags;
}

/** What the story produced between two inputs from the game. */
export interface Step {
  lines: Line[];
  /** Empty when the story ended or is waiting for a decision. */
  choices: ChoiceOption[];
  /** The last line asked for this form; answer it before calling continue() again. */
  decision?: DecisionKind;
  ended: boolean;
  /** Set when ended: the `ending` tag seen last, else the knot the story ended in, else "end". */
  ending?: string;
}

export interface InterviewNumbers {
  rapport: number;
  distress: number;
}

/** A host implementation of an Ink `EXTERNAL` function. */
export interface HostFunction {
  fn: (...args: never[]) => unknown;
  /** Safe to run during inkjs's lookahead (no side effects); inkjs's own default is true. */
  lookaheadSafe?: boolean;
}

export interface StoryRunnerOptions {
  /** Repo-relative path of the story, used to prefix every error message. */
  source?: string;
  /** EXTERNAL functions the host implements; every other EXTERNAL runs its Ink fallback. */
  externals?: Readonly<Record<string, HostFunction>>;
  /** Lines one continue() may produce before the story is declared stuck in a loop. */
  maxLinesPerContinue?: number;
  /** Bounds on a loop or recursion that prints nothing (runawayGuard.ts). */
  runawayLimits?: Partial<RunawayLimits>;
}

/** The list variable each form writes to (declared by stories/common/threshold.ink). */
const DECISION_LIST: Record<DecisionKind, string> = { determination: 'determination', referrals: 'referrals' };

const DEFAULT_MAX_LINES = 10_000;

export class StoryRunner {
  private readonly story: Story;
  private readonly source: string;
  private readonly maxLines: number;
  private readonly runaway: RunawayGuard;
  /** Names of containers called as functions: text printed by a function is not "in" that knot. */
  private readonly functionNames: ReadonlySet<string>;
  private readonly tags = new TagMemo();
  private readonly inkErrors: string[] = [];
  private readonly inkWarnings: string[] = [];
  private started = false;
  private pending: PendingDecision | null = null;
  private endingTag: string | null = null;
  private lastKnot: string | null = null;
  /** How to rebuild the story's state as it is now (runner/decisionRewind.ts). */
  private readonly journal: Journal;

  constructor(storyJson: string, options: StoryRunnerOptions = {}) {
    this.source = options.source ?? 'story';
    this.maxLines = options.maxLinesPerContinue ?? DEFAULT_MAX_LINES;
    try {
      this.story = new Story(storyJson);
    } catch (error) {
      throw new StoryRunnerError(`${this.source}: cannot load the compiled story: ${messageOf(error)}`);
    }
    this.runaway = new RunawayGuard(this.story, { ...DEFAULT_RUNAWAY_LIMITS, ...options.runawayLimits });
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message, type) => {
      // ErrorType.Warning is 1; the enum is not exported by the runtime entry point.
      if (type === 1) this.inkWarnings.push(message);
      else this.inkErrors.push(message);
    };
    for (const [name, host] of Object.entries(options.externals ?? {})) this.bindExternal(name, host);
    this.functionNames = calledFunctionNames(storyJson);
    this.journal = new Journal(copyInkState(this.live));
  }

  /**
   * Back to the very start of the story, as if just constructed (host functions stay bound):
   * parsing the compiled story costs more than a short playthrough, so a player that plays one
   * story many times reuses one runner.
   */
  reset(): void {
    this.guard('resetting the story', () => this.story.ResetState());
    this.inkErrors.length = 0;
    this.inkWarnings.length = 0;
    this.started = false;
    this.pending = null;
    this.endingTag = null;
    this.lastKnot = null;
    // inkjs seeds a reset story from the clock: the journal starts from a copy, not from a reset.
    this.journal.startAt(copyInkState(this.live));
  }

  /**
   * Author mode's "jump to knot": the story starts at `knot` (a knot or `knot.stitch`) instead of its
   * first line. Only before the first continue(); the header's opening lines are skipped, not run.
   */
  startAt(knot: string): void {
    if (this.started) throw new StoryRunnerError(`${this.source}: cannot start at '${knot}': the story has already started`);
    this.input(`starting at knot '${knot}'`, () => this.story.ChoosePathString(knot));
  }

  /** Bind a host function to an EXTERNAL declared in the story (before the first continue()). */
  bindExternal(name: string, host: HostFunction): void {
    this.guard(`binding EXTERNAL '${name}'`, () =>
      this.story.BindExternalFunction(name, host.fn as (...args: unknown[]) => unknown, host.lookaheadSafe ?? true),
    );
  }

  /** inkjs warnings seen so far (they do not stop the story). */
  get warnings(): readonly string[] {
    return this.inkWarnings;
  }

  /** The form the story is waiting for, if any. */
  get pendingDecision(): DecisionKind | undefined {
    return this.pending?.decision;
  }

  /** The story has run out of content (no choices, nothing left to continue). */
  get ended(): boolean {
    return this.pending === null && !this.story.canContinue && this.story.currentChoices.length === 0;
  }

  /** The global tags from the top of the root file (the scenario header). */
  get globalTags(): string[] {
    return this.story.globalTags ?? [];
  }

  /** True if the story declares this global variable (VAR, CONST or LIST). */
  declares(variable: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(variable);
  }

  /** The current value of a global variable (numbers, strings, booleans; lists as item names). */
  variable(name: string): unknown {
    if (!this.declares(name)) throw new StoryRunnerError(`${this.source}: the story declares no variable '${name}'`);
    const value = this.story.variablesState.$(name);
    return value instanceof InkList ? [...value.orderedItems].map((entry) => entry.Key.itemName) : value;
  }

  /**
   * Run until the story offers choices, ends, or shows a line tagged `decide` (stopping right after
   * it). Lines with no text are not returned; an `ending` or `decide` tag on one still counts.
   */
  continue(): Step {
    if (this.pending) {
      if (this.pending.answer === null) {
        throw new StoryRunnerError(
          `${this.source}: the story is waiting for the ${this.pending.decision} form: answer it with ${setterFor(this.pending.decision)}() before continuing`,
        );
      }
      this.readOnFromAnsweredDecision(this.pending);
    }
    const lines: Line[] = [];
    let produced = 0;
    while (this.story.canContinue) {
      if (++produced > this.maxLines) {
        throw new StoryRunnerError(
          `${this.source}: more than ${this.maxLines} lines without a choice or an ending (is the story stuck in a loop?)`,
          this.currentInkPath(),
        );
      }
      const line = this.nextLine();
      if (line.text !== '') lines.push(line);
      if (line.tags.decide) {
        this.pending = this.decisionPending(line.tags.decide);
        return { lines, choices: [], decision: line.tags.decide, ended: false };
      }
    }
    const choices = this.currentChoices();
    if (choices.length > 0) return { lines, choices, ended: false };
    return { lines, choices, ended: true, ending: this.endingName() };
  }

  /** The choices on offer now (after a continue() that stopped at choices). */
  currentChoices(): ChoiceOption[] {
    if (this.pending) return [];
    return this.story.currentChoices.map((choice, index) => ({
      index,
      text: choice.text.trim(),
      tags: this.tags.choice(choice.tags ?? []),
    }));
  }

  choose(index: number): void {
    if (this.pending) {
      throw new StoryRunnerError(`${this.source}: cannot choose while the story waits for the ${this.pending.decision} form`);
    }
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new StoryRunnerError(
        count === 0
          ? `${this.source}: there is no choice to make now (choice ${index} asked for)`
          : `${this.source}: choice ${index} does not exist: ${count} choice${count === 1 ? ' is' : 's are'} on offer (0-${count - 1})`,
      );
    }
    this.input(`choosing ${index}`, () => this.story.ChooseChoiceIndex(index));
  }

  /** Write the determination form's answer into the `determination` list (if the story has one). */
  setDetermination(id: string): void {
    this.answer('determination', [id]);
  }

  /** Write every referral chosen into the `referrals` list (if the story has one). */
  setReferrals(ids: readonly string[]): void {
    this.answer('referrals', [...ids]);
  }

  /** Mirror the interview model's numbers into the `rapport` / `distress` VARs the story declares. */
  mirrorInterview(numbers: InterviewNumbers): void {
    for (const name of ['rapport', 'distress'] as const) {
      const value = numbers[name];
      // A value the story already holds is not written again: inkjs would only notify its observers.
      if (this.declares(name) && this.story.variablesState.$(name) !== value) {
        this.input(`setting ${name}`, () => this.story.variablesState.$(name, value));
      }
    }
  }

  saveState(): string {
    return JSON.stringify(this.snapshot());
  }

  loadState(json: string): void {
    this.restore(parseRunnerState(json, this.source));
  }

  /**
   * saveState() as an object, without wrapping the ink state's JSON in another JSON string: for
   * callers that keep many states in memory (the story explorer). The result shares nothing
   * mutable with the runner.
   */
  snapshot(): RunnerState {
    const pending = this.pending;
    return {
      format: 'threshold-runner/1',
      ink: this.inkStateJson(),
      started: this.started,
      pending: pending && {
        decision: pending.decision,
        before: this.guard('saving state', () => inkStateToJson(pending.before)),
        replaysLine: pending.replaysLine,
        answer: pending.answer,
      },
      endingTag: this.endingTag,
      lastKnot: this.lastKnot,
    };
  }

  /** Resume from a snapshot() (or a parsed saveState()); the snapshot stays unchanged. */
  restore(state: RunnerState): void {
    let pending: PendingDecision | null = null;
    this.guard('loading saved state', () => {
      dropLookahead(this.story);
      if (state.pending) {
        const { decision, before, replaysLine, answer } = state.pending;
        this.story.state.LoadJson(before);
        pending = { decision, before: copyInkState(this.live), replaysLine, answer };
      }
      this.story.state.LoadJson(state.ink);
    });
    this.journal.startAt(state.ink);
    this.started = state.started;
    this.pending = pending;
    this.endingTag = state.endingTag;
    this.lastKnot = state.lastKnot;
  }

  /** The runner as it is now, in memory (see RunnerMark). */
  mark(): RunnerMark {
    const ink = copyInkState(this.live);
    // The story stands exactly where the copy does: a decision line turning up next rebuilds from it.
    this.journal.startAt(ink);
    return { ink, started: this.started, pending: this.pending && { ...this.pending }, endingTag: this.endingTag, lastKnot: this.lastKnot };
  }

  /** Go back to a mark(); the mark stays unchanged and can be resumed again. */
  resumeAt(mark: RunnerMark): void {
    installInkState(this.story, mark.ink);
    this.journal.startAt(mark.ink);
    this.started = mark.started;
    this.pending = mark.pending && { ...mark.pending };
    this.endingTag = mark.endingTag;
    this.lastKnot = mark.lastKnot;
  }

  /** The live state, for the explorer's state key: read it, never change it. */
  view(): RunnerView {
    return { ink: this.live, started: this.started, pending: this.pending, endingTag: this.endingTag, lastKnot: this.lastKnot };
  }

  private get live(): InkState {
    return liveState(this.story);
  }

  /** Put the story back into a saved state, from JSON or from an in-memory copy. */
  private load(saved: SavedInk): void {
    dropLookahead(this.story);
    if (typeof saved === 'string') this.story.state.LoadJson(saved);
    else installInkState(this.story, saved);
  }

  /** The story's inkjs state JSON, saved again only when something has changed it. */
  private inkStateJson(): string {
    const unchanged = this.journal.unchangedJson();
    if (unchanged !== null) return unchanged;
    const saved = this.guard('saving state', () => this.story.state.ToJson());
    this.journal.startAt(saved);
    return saved;
  }

  /** Give the story an input, and remember it for rebuilding the state (runner/decisionRewind.ts). */
  private input(doing: string, call: () => void): void {
    this.guard(doing, call);
    this.journal.input(call);
  }

  /**
   * The form a decision line just asked for, and where the story reads on from once it is answered
   * (runner/decisionRewind.ts): just after the line when inkjs undid its lookahead (the story can
   * still continue), else just before it, rebuilt from the journal, and the line is played again.
   */
  private decisionPending(decision: DecisionKind): PendingDecision {
    if (this.story.canContinue) return { decision, before: copyInkState(this.live), replaysLine: false, answer: null };
    const since = this.journal.beforeLastLine();
    if (since === null) throw new StoryRunnerError(`${this.source}: cannot go back to the line asking for the ${decision} form`);
    return { decision, before: this.stateBefore(since), replaysLine: true, answer: null };
  }

  /**
   * Rebuild the state described by `since`, copy it, then give the story the last line again to
   * stand where the caller expects (the runner's own fields already say where that is).
   */
  private stateBefore(since: JournalSince): InkState {
    this.guard('replaying to the decision line', () => {
      this.load(since.base);
      for (const entry of since.entries) {
        if (typeof entry === 'number') for (let i = 0; i < entry; i++) this.runaway.continueLine();
        else entry();
      }
    });
    const before = copyInkState(this.live);
    this.guard('replaying to the decision line', () => this.runaway.continueLine());
    this.journal.startAt(before);
    this.journal.line();
    return before;
  }

  private answer(decision: DecisionKind, items: string[]): void {
    const list = DECISION_LIST[decision];
    if (this.declares(list)) this.checkListItems(list, items);
    if (this.pending?.decision === decision) this.pending.answer = items;
    else this.writeList(list, items);
  }

  /**
   * Go back to where the story reads on from once the form is answered and write the answer there;
   * when that is just before the decision line, play the line again unseen.
   */
  private readOnFromAnsweredDecision(pending: PendingDecision): void {
    installInkState(this.story, pending.before);
    this.journal.startAt(pending.before);
    this.writeList(DECISION_LIST[pending.decision], pending.answer ?? []);
    this.pending = null;
    if (!pending.replaysLine) return;
    const again = this.nextLine();
    if (again.tags.decide !== pending.decision) {
      throw new StoryRunnerError(
        `${this.source}: the line asking for the ${pending.decision} form changed once the form was answered ("${again.text}"): a decide line must not depend on its own answer`,
      );
    }
  }

  private nextLine(): Line {
    const text = this.guard('continuing', () => this.runaway.continueLine());
    this.journal.line();
    const tags = this.tags.line(lineTagsOf(this.story, this.started));
    this.started = true;
    if (tags.ending) this.endingTag = tags.ending;
    this.lastKnot = knotOfOutput(this.story, this.functionNames) ?? this.lastKnot;
    return { text: text.trim(), tags };
  }

  /**
   * Where the story failed, for an error's location: where it is now, else the place inkjs names in
   * the message ("(Ink Pointer -> knot.3 -- index 61)"), else the knot it last printed from.
   */
  private currentInkPath(message = ''): string | null {
    const pointer = /Ink Pointer -> (\S+) -- index (\d+)/.exec(message);
    let now: string | null = null;
    try {
      now = this.story.state.currentPathString;
    } catch {
      // The state itself is broken: fall back on the message and the last knot.
    }
    return now ?? (pointer ? `${pointer[1]}.${pointer[2]}` : this.lastKnot);
  }

  private endingName(): string {
    return this.endingTag ?? this.lastKnot ?? 'end';
  }

  private writeList(list: string, items: readonly string[]): void {
    if (!this.declares(list)) return;
    this.input(`writing the ${list} list`, () => {
      const value = new InkList(list, this.story);
      for (const item of items) value.AddItem(item, this.story);
      this.story.variablesState.$(list, value);
    });
  }

  private checkListItems(list: string, items: readonly string[]): void {
    const definition = this.story.listDefinitions?.TryListGetDefinition(list, null);
    const known = definition?.exists ? definition.result : null;
    if (!known) {
      throw new StoryRunnerError(`${this.source}: the variable '${list}' is not a LIST, so the form's answer cannot be written to it`);
    }
    for (const item of items) {
      if (!known.ContainsItemWithName(item)) {
        throw new StoryRunnerError(`${this.source}: '${item}' is not an item of LIST ${list}`);
      }
    }
  }

  /**
   * Run an inkjs call, turning its exceptions and the errors it reports through onError into one
   * StoryRunnerError that names the story and what the runner was doing.
   */
  private guard<T>(doing: string, call: () => T): T {
    let result: T;
    try {
      result = call();
    } catch (error) {
      this.inkErrors.length = 0;
      if (error instanceof RunawayStoryError) throw new StoryRunnerError(`${this.source}: ${error.message}`, error.inkPath);
      throw new StoryRunnerError(`${this.source}: ink error while ${doing}: ${inkErrorText(error)}`, this.currentInkPath(messageOf(error)));
    }
    if (this.inkErrors.length > 0) {
      const errors = this.inkErrors.splice(0).join('; ');
      throw new StoryRunnerError(`${this.source}: ink error while ${doing}: ${errors}`, this.currentInkPath(errors));
    }
    return result;
  }
}

function setterFor(decision: DecisionKind): string {
  return decision === 'determination' ? 'setDetermination' : 'setReferrals';
}
