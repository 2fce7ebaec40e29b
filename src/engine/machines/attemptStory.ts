// What the attempt machine's actions do with the story: give the runner the trainee's input, read
// its reply, feed the observations to the interview and investigation actors and append the log
// events (attemptEvents.ts). Each function returns the context fields it changes; the machine's
// assign applies them. A story that fails (an ink error, a loop with no output) stops the attempt
// with the runner's message, which names the story and the knot, instead of throwing through the
// actor: the page shows it and the menu keeps working.
import type { DecisionKind, Scenario } from '../../content/types';
import type { Clock } from '../clock';
import { inputEvent, owedForm, stepEvents, type TraineeInput, type UntimedEvent } from '../attemptEvents';
import { appendEvents, submittedDetermination, submittedReferrals, type DecisionEvent, type DecisionLog } from '../log';
import { StoryRunner, StoryRunnerError, type ChoiceOption, type HostFunction, type Line, type Step } from '../storyRunner';
import type { InterviewEvent, InterviewState } from './interviewModel';
import type { InvestigationContext, InvestigationEvent } from './investigationModel';

export interface ResourceInput {
  scenario: Scenario;
  clock: Clock;
  /** A runner for this scenario to reuse (reset first); a new one is made otherwise. */
  runner?: StoryRunner;
  externals?: Readonly<Record<string, HostFunction>>;
  /** Author mode only: the story starts at this knot instead of its beginning (never a trainee attempt). */
  startKnot?: string;
}

/**
 * The live parts of an attempt: the runner, the scenario it plays and the clock. Its fields are
 * private (so XState's snapshot persistence, which walks the context, never walks into the
 * runner), and it persists as the scenario id only (toJSON).
 */
export class AttemptResources {
  readonly #scenario: Scenario;
  readonly #runner: StoryRunner;
  readonly #startKnot: string | null;
  #clock: Clock;

  constructor(input: ResourceInput) {
    const { scenario } = input;
    this.#scenario = scenario;
    this.#clock = input.clock;
    if (input.runner) {
      input.runner.reset();
      this.#runner = input.runner;
    } else {
      this.#runner = new StoryRunner(scenario.storyJson, {
        source: scenario.meta.source,
        ...(input.externals ? { externals: input.externals } : {}),
      });
    }
    this.#startKnot = input.startKnot ?? null;
  }

  /** The knot an author-mode attempt started at; null for every trainee attempt (the story's start). */
  get startKnot(): string | null {
    return this.#startKnot;
  }

  get scenario(): Scenario {
    return this.#scenario;
  }

  get runner(): StoryRunner {
    return this.#runner;
  }

  get clock(): Clock {
    return this.#clock;
  }

  /** A restored attempt replays its log with the logged times, then carries on with the live clock. */
  set clock(clock: Clock) {
    this.#clock = clock;
  }

  toJSON(): { scenarioId: string; startKnot?: string } {
    return { scenarioId: this.#scenario.meta.id, ...(this.#startKnot !== null ? { startKnot: this.#startKnot } : {}) };
  }
}

/** Where the story stopped after the last input. */
export type StoryStop =
  | { kind: 'choices' }
  /** `storyWaits`: the story asked (a decide line) and reads on once answered; else it is owed after the ending. */
  | { kind: 'form'; form: DecisionKind; storyWaits: boolean }
  | { kind: 'ended' }
  | { kind: 'failed'; message: string; inkPath: string | null };

/** What the trainee has seen and done, in order: story lines, and their own choices and form answers. */
export type TranscriptEntry = { kind: 'line'; line: Line } | { kind: 'input'; event: DecisionEvent };

/**
 * A child of the attempt as these functions use it: the interview or investigation actor, or, in a
 * headless attempt (attemptFold.ts), the same actor's pure rule over a plain value.
 */
export interface ChildPort<Context, Event> {
  send(event: Event): void;
  getSnapshot(): { context: Context };
}

/** What the attempt holds, with its two children; the attempt machine's context is one. */
export interface AttemptData {
  /** The live story runner, scenario and clock: persisted only as the scenario id. */
  readonly resources: AttemptResources;
  /** The scenario has an answer key: its forms are owed before the attempt is complete. */
  readonly scored: boolean;
  log: DecisionLog;
  /** Every line shown and every choice and form answer the trainee gave, in order. */
  transcript: readonly TranscriptEntry[];
  /** The lines of the current step: what the story said since the trainee's last input. */
  lines: readonly Line[];
  /** The choices the story offers now (empty at a form and after the ending). */
  offered: readonly ChoiceOption[];
  /** Where the story stopped; the machine routes on it once per input. */
  stop: StoryStop;
  ending: string | null;
  /** Choices made so far: the next choice's turn. */
  turn: number;
  interview: ChildPort<InterviewState, InterviewEvent>;
  investigation: ChildPort<InvestigationContext, InvestigationEvent>;
}

/** A fresh attempt's data before the story starts (the children are made by the caller). */
export function initialAttemptData(input: ResourceInput): Omit<AttemptData, 'interview' | 'investigation'> {
  return {
    resources: new AttemptResources(input),
    scored: input.scenario.answerKey !== null,
    log: [],
    transcript: [],
    lines: [],
    offered: [],
    stop: { kind: 'choices' },
    ending: null,
    turn: 0,
  };
}

/** What an input changes: the children change themselves, through their events. */
export type AttemptChanges = Partial<Omit<AttemptData, 'interview' | 'investigation'>>;
type Changes = AttemptChanges;

export function beginStory(context: AttemptData): Changes {
  return afterInput(context, [], () => {
    const { runner, startKnot } = context.resources;
    if (startKnot !== null) runner.startAt(startKnot);
    mirrorInterview(context);
    return runner.continue();
  });
}

export function chooseInStory(context: AttemptData, input: Extract<TraineeInput, { type: 'trainee.choose' }>): Changes {
  const own = inputEvent(input, context.offered, context.turn);
  const choice = context.offered[input.index]!;
  context.interview.send({ type: 'trainee.choiceMade', tags: choice.tags });
  if (choice.tags.hotspot) context.investigation.send({ type: 'trainee.hotspotInspected', hotspot: choice.tags.hotspot });
  const runner = context.resources.runner;
  const changes = afterInput(context, [own], () => {
    runner.choose(input.index);
    mirrorInterview(context);
    return runner.continue();
  });
  // afterInput made `changes` for this input alone.
  changes.turn = context.turn + 1;
  return changes;
}

export function submitForm(
  context: AttemptData,
  input: Extract<TraineeInput, { type: 'trainee.submitDetermination' | 'trainee.submitReferrals' }>,
): Changes {
  const own = inputEvent(input, context.offered, context.turn);
  const runner = context.resources.runner;
  const storyWaits = context.stop.kind === 'form' && context.stop.storyWaits;
  return afterInput(context, [own], () => {
    if (own.type === 'form.determination') runner.setDetermination(own.determination);
    else if (own.type === 'form.referrals') runner.setReferrals(own.referrals);
    // Asked by the story: it reads on from the answer. Owed after the ending: nothing moves.
    return storyWaits ? runner.continue() : null;
  });
}

/** A notebook flag: the investigation takes it, and the log records it. */
export function flagIndicator(context: AttemptData, input: Extract<TraineeInput, { type: 'trainee.flag' }>): Changes {
  context.investigation.send({ type: 'trainee.indicatorFlagged', indicator: input.indicator });
  return recordInput(context, input);
}

export function unflagIndicator(context: AttemptData, input: Extract<TraineeInput, { type: 'trainee.unflag' }>): Changes {
  context.investigation.send({ type: 'trainee.indicatorUnflagged', indicator: input.indicator });
  return recordInput(context, input);
}

/** An input that does not move the story (a flag, a pause): its event only. */
export function recordInput(context: AttemptData, input: TraineeInput): Changes {
  return { log: stamped(context, [inputEvent(input, context.offered, context.turn)]) };
}

/**
 * Records `own` (the input's events) and the story's reply: `move` runs the story and returns the
 * step it produced, or null when the story does not move (a form owed after the ending).
 */
function afterInput(context: AttemptData, own: UntimedEvent[], move: () => Step | null): Changes {
  let step: Step | null;
  try {
    step = move();
  } catch (error) {
    if (!(error instanceof StoryRunnerError)) throw error;
    return { log: stamped(context, own), offered: [], lines: [], stop: { kind: 'failed', message: error.message, inkPath: error.inkPath } };
  }
  if (step === null) {
    const owed = owedForm(context.scored, formsAnswered(context.log, own));
    const events: UntimedEvent[] = owed ? [...own, { type: 'story.decisionRequested', decision: owed }] : own;
    const log = stamped(context, events);
    return {
      log,
      transcript: [...context.transcript, ...echoes(context, log, own.length)],
      lines: [],
      stop: owed ? { kind: 'form', form: owed, storyWaits: false } : { kind: 'ended' },
    };
  }
  const owed = step.ended ? owedForm(context.scored, formsAnswered(context.log, own)) : null;
  const observed = stepEvents(step, owed);
  for (const event of observed) {
    if (event.type === 'story.phaseEntered') context.interview.send({ type: 'ink.phaseEntered', phase: event.phase as never });
    else if (event.type === 'story.indicatorShown') context.investigation.send({ type: 'ink.indicatorShown', indicator: event.indicator });
  }
  if (step.ended) context.interview.send({ type: 'ink.ended' });
  const log = stamped(context, [...own, ...observed]);
  return {
    log,
    transcript: withEntries(context.transcript, echoes(context, log, own.length), step.lines),
    lines: step.lines,
    offered: step.choices,
    stop: step.decision
      ? { kind: 'form', form: step.decision, storyWaits: true }
      : step.ended
        ? owed
          ? { kind: 'form', form: owed, storyWaits: false }
          : { kind: 'ended' }
        : { kind: 'choices' },
    ending: step.ended ? (step.ending ?? 'end') : context.ending,
  };
}

/** The transcript with the input's echoes and then the story's new lines appended (one copy per input). */
function withEntries(transcript: readonly TranscriptEntry[], echoed: readonly TranscriptEntry[], lines: readonly Line[]): TranscriptEntry[] {
  const next = transcript.slice();
  for (const entry of echoed) next.push(entry);
  for (const line of lines) next.push({ kind: 'line', line });
  return next;
}

/** Trainee inputs the transcript shows as theirs: choices and form answers. */
function isEchoed(event: DecisionEvent): boolean {
  return event.type === 'story.choice' || event.type === 'form.determination' || event.type === 'form.referrals';
}

/** The transcript entries for the input's own events, the first `count` appended to the log. */
function echoes(context: AttemptData, log: readonly DecisionEvent[], count: number): TranscriptEntry[] {
  const own = log.slice(context.log.length, context.log.length + count);
  return own.filter(isEchoed).map((event) => ({ kind: 'input', event }));
}

function formsAnswered(log: readonly DecisionEvent[], own: readonly UntimedEvent[]): { determination: boolean; referrals: boolean } {
  return {
    determination: submittedDetermination(log) !== undefined || own.some((event) => event.type === 'form.determination'),
    referrals: submittedReferrals(log) !== undefined || own.some((event) => event.type === 'form.referrals'),
  };
}

/** Each event takes one reading of the attempt's clock, in order (so replay can feed them back). */
function stamped(context: AttemptData, events: readonly UntimedEvent[]): readonly DecisionEvent[] {
  const clock = context.resources.clock;
  // `at` right after `type`, so exported logs read in the order the types declare.
  return appendEvents(
    context.log,
    events.map((event) => Object.assign({ type: event.type, at: clock.now() }, event) as DecisionEvent),
  );
}

function mirrorInterview(context: AttemptData): void {
  const { rapport, distress } = context.interview.getSnapshot().context;
  context.resources.runner.mirrorInterview({ rapport, distress });
}
