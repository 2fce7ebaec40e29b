// What a StoryRunner is, as data: the saved form (JSON-safe, for save files and other processes),
// the in-memory mark (for a caller that goes back to one point many times), and the read-only view
// the explorer keys states by.
import type { DecisionKind } from '../../content/types';
import type { InkState } from '../inkInternals';
import { messageOf } from '../../util/errors';

/** The runner's own fields beside the ink state. */
export interface RunnerFields {
  /** The story has produced its first line (the header tags belong to it no more). */
  readonly started: boolean;
  /** The last `ending` tag seen. */
  readonly endingTag: string | null;
  /** The knot the last produced text came from. */
  readonly lastKnot: string | null;
}

/** A form the story asked for, waiting for (or holding) its answer. */
export interface PendingDecision {
  decision: DecisionKind;
  /**
   * A copy of the inkjs state the story reads on from once the form is answered (never run
   * itself): from just after the decision line, or, when `replaysLine`, from just before it
   * (runner/decisionRewind.ts says when and why).
   */
  before: InkState;
  /** The decision line is played again from `before` once the answer is written. */
  replaysLine: boolean;
  /** Items to write into the decision's list, once the form is answered. */
  answer: string[] | null;
}

/** A pending decision as saved: `before` as inkjs state JSON. */
export interface SavedPendingDecision {
  decision: DecisionKind;
  before: string;
  replaysLine: boolean;
  answer: string[] | null;
}

/** Everything the runner needs to resume exactly where it was (the output of saveState). */
export interface RunnerState extends RunnerFields {
  format: 'threshold-runner/1';
  ink: string;
  pending: SavedPendingDecision | null;
}

/**
 * A runner state held in memory (mark()/resumeAt()): far cheaper than snapshot()/restore() for a
 * caller that goes back to the same point many times, but it cannot be saved or sent anywhere.
 */
export interface RunnerMark extends RunnerFields {
  readonly ink: InkState;
  readonly pending: Readonly<PendingDecision> | null;
}

/**
 * What the story explorer reads of the runner to key a state: shaped like a mark, but `ink` is the
 * live state, to be read and never changed.
 */
export type RunnerView = RunnerMark;

/** Something went wrong inside the story or in how the runner was driven; the message says which. */
export class StoryRunnerError extends Error {
  override name = 'StoryRunnerError';
  /**
   * Where in the compiled story it went wrong (an inkjs path such as `hub.4`), when the story was
   * running: tools that have the source map it to a file and line (content/inkLocation.ts).
   */
  readonly inkPath: string | null;
  constructor(message: string, inkPath: string | null = null) {
    super(message);
    this.inkPath = inkPath;
  }
}

/** inkjs's words when an expression yields no value; the commonest cause in a story is `x % 0`. */
const NO_VALUE_MESSAGE = 'obj is null or undefined';

/** What inkjs threw while running the story, in words a trainer can act on. */
export function inkErrorText(error: unknown): string {
  const message = messageOf(error);
  return message === NO_VALUE_MESSAGE ? `an expression here has no value (inkjs: ${NO_VALUE_MESSAGE}); a modulo by zero (x % 0) does this` : message;
}

/** A saveState() string back into a RunnerState, or a StoryRunnerError saying why it is not one. */
export function parseRunnerState(json: string, source: string): RunnerState {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new StoryRunnerError(`${source}: saved story state is not JSON: ${messageOf(error)}`);
  }
  const state = value as Partial<RunnerState> | null;
  if (!state || state.format !== 'threshold-runner/1' || typeof state.ink !== 'string') {
    throw new StoryRunnerError(`${source}: saved story state is not a Threshold runner state (format threshold-runner/1)`);
  }
  return {
    format: 'threshold-runner/1',
    ink: state.ink,
    started: state.started === true,
    // A state saved before `replaysLine` existed kept the state from before the decision line.
    pending: state.pending ? { ...state.pending, replaysLine: state.pending.replaysLine ?? true } : null,
    endingTag: state.endingTag ?? null,
    lastKnot: state.lastKnot ?? null,
  };
}
