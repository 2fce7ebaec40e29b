// How the runner gets back to the state just before a decision line.
//
// Why a decision point re-runs one line: inkjs's Continue() looks ahead past the end of a line to
// see whether glue follows, and keeps whatever it evaluated when no further text comes (a
// `{determination ? x: -> a | -> b}` followed by choices is decided during that lookahead, with the
// form still empty). So the runner keeps the state from just before a decision line, and once the
// form is answered it goes back to it, writes the answer, and plays the decision line again
// (silently) so everything after it sees the answer. Saving the state before every line costs more
// than the rest of a step, so continue() keeps only the state it started from (this trail: the last
// state saved or loaded plus the inputs given since) and, when a decision line turns up, replays the
// lines before it from there (the story is deterministic from a saved state: its random seed is part
// of it; host functions must not depend on being called once).
import { copyInkState, type InkState } from '../inkInternals';
import type { RunnerFields } from './runnerState';

/** inkjs state JSON, or an in-memory copy of a state that is never run itself. */
export type SavedInk = string | InkState;

/** The state a continue() started from, as a saved state plus inputs, and the runner's own fields then. */
export interface RebuildPoint extends RunnerFields {
  saved: SavedInk;
  inputs: readonly (() => void)[];
}

/** The last state saved or loaded and the inputs given to the story since; empty once it ran on. */
export class InputTrail {
  private since: { saved: SavedInk; inputs: (() => void)[] } | null = null;

  /** The story stands exactly at `saved` now. */
  reset(saved: SavedInk): void {
    this.since = { saved, inputs: [] };
  }

  /** The story ran on: nothing to rebuild from until it is saved or loaded again. */
  forget(): void {
    this.since = null;
  }

  /** An input given to the story (a choice, a variable written), to give again when rebuilding. */
  record(input: () => void): void {
    this.since?.inputs.push(input);
  }

  /** The saved JSON, when nothing has changed the story since it was saved or loaded from it. */
  unchangedJson(): string | null {
    const since = this.since;
    return since && since.inputs.length === 0 && typeof since.saved === 'string' ? since.saved : null;
  }

  /** A point to rebuild the state as it is now; copies the live state when the trail is empty. */
  pointNow(live: InkState, fields: RunnerFields): RebuildPoint {
    const since = this.since ?? { saved: copyInkState(live), inputs: [] };
    return { saved: since.saved, inputs: [...since.inputs], started: fields.started, lastKnot: fields.lastKnot, endingTag: fields.endingTag };
  }
}
