// A thin synchronous facade over one attempt actor (machines/attemptMachine.ts) for callers that
// play without a page: the headless player, replay verification, the CLI and tests. It sends the
// same `trainee.*` events the page sends and reads the same snapshot, and where the machine refuses
// an input it throws with the reason the machine's own rules give (machines/attemptRules.ts).
// Nothing here decides what an input does.
import { createActor } from 'xstate';
import type { Scenario } from '../content/types';
import { recordedClock, type Clock } from './clock';
import type { TraineeInput } from './attemptEvents';
import { replayInto, ReplayError } from './attemptReplay';
import type { DecisionLog } from './log';
import { attemptMachine, choicesOf, refusalOf, statusOf, type AttemptActorRef, type AttemptSnapshot } from './machines/attemptMachine';
import type { AttemptStatus, ChoiceView } from './machines/attemptRules';
import type { AttemptData, TranscriptEntry } from './machines/attemptStory';
import { parseSaveData, SAVE_VERSION, SaveDataError, type SaveData } from './save';
import type { DecisionKind } from '../content/types';
import type { HostFunction, Line, StoryRunner } from './storyRunner';
import { messageOf } from '../util/errors';
import { firstDifference } from '../util/json';

export type { ChoiceView } from './machines/attemptRules';
export { ReplayError } from './attemptReplay';

export interface InterviewView {
  phase: string;
  rapport: number;
  distress: number;
  overwhelmed: boolean;
  missedDistressResponses: number;
}

export interface PlaythroughView {
  scenarioId: string;
  /** Lines of the current step: what the story said since the trainee's last input. */
  lines: readonly Line[];
  /** Every line shown so far in this attempt. */
  transcript: readonly Line[];
  /** Empty while a form is pending and after the ending (still listed while paused). */
  choices: readonly ChoiceView[];
  /** The form the trainee must fill in before anything else (also after the ending, if owed). */
  pendingDecision: DecisionKind | null;
  ended: boolean;
  ending: string | null;
  /** Ended, and no form is owed: the attempt can be scored. */
  complete: boolean;
  paused: boolean;
  /** The notebook: indicator ids flagged now, in the order flagged. */
  flags: readonly string[];
  shownIndicators: readonly string[];
  inspectedHotspots: readonly string[];
  interview: InterviewView;
}

/** The trainee asked for something the attempt does not allow now; the message says why. */
export class PlaythroughError extends Error {
  override name = 'PlaythroughError';
}

/** The story itself failed while playing; the message names the story and where. */
export class StoryFailedError extends Error {
  override name = 'StoryFailedError';
  /** Where in the compiled story it failed (an inkjs path), when known: the CLI maps it to a line. */
  readonly inkPath: string | null;
  constructor(message: string, inkPath: string | null = null) {
    super(message);
    this.inkPath = inkPath;
  }
}

export interface PlaythroughOptions {
  /** Host functions for EXTERNALs; every other EXTERNAL runs its Ink fallback. */
  externals?: Readonly<Record<string, HostFunction>>;
  /** A runner for this scenario to reuse (the headless player plays one story many times). */
  runner?: StoryRunner;
}

/**
 * The view of an attempt snapshot: what a screen draws. The transcript and the choices are worked
 * out when first read (a headless player reads neither on most steps), then kept.
 */
export function viewOf(snapshot: AttemptSnapshot): PlaythroughView {
  return attemptView(snapshot.context, statusOf(snapshot));
}

/** The view of an attempt's data where it is now: the actor's (viewOf) or a headless attempt's (attemptFold.ts). */
export function attemptView(context: AttemptData, status: AttemptStatus): PlaythroughView {
  const interview = context.interview.getSnapshot().context;
  const investigation = context.investigation.getSnapshot().context;
  const stop = context.stop;
  let transcript: readonly Line[] | null = null;
  let choices: readonly ChoiceView[] | null = null;
  // Getters in the literal (not defineProperties, which leaves a slow dictionary object): they are
  // enumerable, so views still compare equal as plain objects.
  return {
    scenarioId: context.resources.scenario.meta.id,
    lines: context.lines,
    pendingDecision: stop.kind === 'form' ? stop.form : null,
    ended: context.ending !== null,
    ending: context.ending,
    complete: status.kind === 'ended',
    paused: status.kind === 'paused',
    flags: investigation.flags,
    shownIndicators: investigation.shownIndicators,
    inspectedHotspots: investigation.inspectedHotspots,
    interview: {
      phase: interview.phase,
      rapport: interview.rapport,
      distress: interview.distress,
      overwhelmed: interview.overwhelmed,
      missedDistressResponses: interview.missedDistressResponses,
    },
    get transcript() {
      return (transcript ??= context.transcript.flatMap((entry) => (entry.kind === 'line' ? [entry.line] : [])));
    },
    get choices() {
      return (choices ??= stop.kind === 'choices' ? choicesOf(context) : []);
    },
  };
}

/** A persisted attempt snapshot as plain JSON (the runner and scenario drop out: see AttemptResources). */
export function persistedAttempt(actor: AttemptActorRef): unknown {
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
}

/** The trainee's inputs by name, each one `send` of its `trainee.*` event (the actor's or a headless attempt's). */
export abstract class TraineeInputs {
  /** Send one trainee input; a refused input throws with the machine's reason and changes nothing. */
  abstract send(input: TraineeInput): void;

  choose(index: number): void {
    this.send({ type: 'trainee.choose', index });
  }

  flag(indicator: string): void {
    this.send({ type: 'trainee.flag', indicator });
  }

  unflag(indicator: string): void {
    this.send({ type: 'trainee.unflag', indicator });
  }

  submitDetermination(determination: string): void {
    this.send({ type: 'trainee.submitDetermination', determination });
  }

  submitReferrals(referrals: readonly string[]): void {
    this.send({ type: 'trainee.submitReferrals', referrals });
  }

  pause(): void {
    this.send({ type: 'trainee.pause' });
  }

  resume(): void {
    this.send({ type: 'trainee.resume' });
  }
}

export class Playthrough extends TraineeInputs {
  private cachedView: { snapshot: AttemptSnapshot; view: PlaythroughView } | null = null;

  private constructor(readonly actor: AttemptActorRef) {
    super();
    // An error inside the actor is thrown to the caller of send() (below), not reported as unhandled.
    actor.subscribe({ error: () => undefined });
  }

  /** Start a new attempt: the story runs up to its first choice, form or ending. */
  static start(scenario: Scenario, clock: Clock, options: PlaythroughOptions = {}): Playthrough {
    const actor = createActor(attemptMachine, {
      input: { scenario, clock, ...(options.runner ? { runner: options.runner } : {}), ...(options.externals ? { externals: options.externals } : {}) },
    }).start();
    const playthrough = new Playthrough(actor);
    actor.send({ type: 'attempt.begin' });
    playthrough.throwIfFailed();
    return playthrough;
  }

  /**
   * Rebuild an attempt from its log: send the logged trainee inputs to a new attempt in order,
   * with the logged times as the clock. Throws ReplayError at the first event that does not
   * replay, or that the rebuilt log does not reproduce.
   */
  static replay(scenario: Scenario, log: DecisionLog, options: PlaythroughOptions = {}): Playthrough {
    let playthrough: Playthrough;
    try {
      playthrough = Playthrough.start(scenario, recordedClock(log.map((event) => event.at)), options);
    } catch (error) {
      throw new ReplayError(0, `the story does not start: ${messageOf(error)}`);
    }
    replayInto(playthrough.actor, log);
    return playthrough;
  }

  /**
   * Resume from save(): replay its log, refuse a snapshot that disagrees with the replay, then
   * carry on with `clock` (which must continue from the last logged time: see resumingClock).
   */
  static restore(scenario: Scenario, save: SaveData | unknown, clock: Clock, options: PlaythroughOptions = {}): Playthrough {
    const data = parseSaveData(save);
    if (data.scenarioId !== scenario.meta.id) {
      throw new SaveDataError(`save: it belongs to scenario '${data.scenarioId}', not '${scenario.meta.id}'`);
    }
    let playthrough: Playthrough;
    try {
      playthrough = Playthrough.replay(scenario, data.log, options);
    } catch (error) {
      throw new SaveDataError(`save: cannot be restored: its log does not replay: ${messageOf(error)}`);
    }
    const difference = firstDifference(data.snapshot, persistedAttempt(playthrough.actor), 'snapshot');
    if (difference) {
      throw new SaveDataError(
        `save: cannot be restored: the snapshot disagrees with its log at ${difference.path} (saved ${JSON.stringify(difference.left)}, replayed ${JSON.stringify(difference.right)})`,
      );
    }
    playthrough.actor.getSnapshot().context.resources.clock = clock;
    return playthrough;
  }

  get log(): DecisionLog {
    return this.actor.getSnapshot().context.log;
  }

  /** Every line shown and every choice and form answer, in order. */
  get transcript(): readonly TranscriptEntry[] {
    return this.actor.getSnapshot().context.transcript;
  }

  view(): PlaythroughView {
    const snapshot = this.actor.getSnapshot();
    if (this.cachedView?.snapshot !== snapshot) this.cachedView = { snapshot, view: viewOf(snapshot) };
    return this.cachedView.view;
  }

  save(): SaveData {
    const { context } = this.actor.getSnapshot();
    return { version: SAVE_VERSION, scenarioId: context.resources.scenario.meta.id, snapshot: persistedAttempt(this.actor), log: [...context.log] };
  }

  send(input: TraineeInput): void {
    const before = this.actor.getSnapshot();
    this.actor.send(input);
    const after = this.actor.getSnapshot();
    if (after === before) {
      throw new PlaythroughError(refusalOf(before, input) ?? `'${input.type}' was not accepted`);
    }
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    const snapshot = this.actor.getSnapshot();
    if (snapshot.status === 'error') throw snapshot.error;
    const status = statusOf(snapshot);
    if (status.kind === 'failed') throw new StoryFailedError(status.message, status.inkPath);
  }
}

/** A clock that carries on after a restored log: `base` continues from the log's last time. */
export function resumingClock(log: DecisionLog, base: Clock): Clock {
  const offset = log[log.length - 1]?.at ?? 0;
  return { now: () => offset + base.now() };
}
