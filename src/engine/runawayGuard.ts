// A bounded Continue(). inkjs's Continue() runs until the story prints a line, so a loop that
// prints nothing (`=== a === ~ x++ -> a`) never returns and freezes the tab or the CLI, and a
// recursion that prints nothing (a function or tunnel calling itself) also grows inkjs's call
// stack until memory runs out. Here the story runs in short time slices (inkjs's own
// ContinueAsync, public API), and between slices the guard looks at the call stack's depth and at
// the time spent without a line: past either limit it stops the story with an error that names the
// knot it was stuck in. The runner calls this for every line, in the game, `play` and the explorer
// alike, so a runaway story fails the same way everywhere.
import type { Story } from 'inkjs';
import { abandonContinue } from './inkInternals';

export interface RunawayLimits {
  /** Time a single line may take to produce before the story is declared stuck in a loop. */
  maxMsWithoutOutput: number;
  /** Call-stack depth (nested function calls and tunnels) past which a recursion is declared runaway. */
  maxCallDepth: number;
  /** Length of one slice of ContinueAsync between checks; small keeps the stack's growth small. */
  sliceMs: number;
}

/**
 * No real scenario comes near these: a line takes microseconds and stories nest a few calls deep.
 * A runaway recursion grows by a few thousand frames per slice (measured: tunnels about 5,000 per
 * 10 ms), so the stack stays within a few megabytes before it is stopped.
 */
export const DEFAULT_RUNAWAY_LIMITS: Readonly<RunawayLimits> = { maxMsWithoutOutput: 2_000, maxCallDepth: 2_000, sliceMs: 10 };

export type RunawayKind = 'loop' | 'recursion';

/** The story ran away; `inkPath` is where it was stopped (e.g. `hub.4`), `knot` that path's knot. */
export class RunawayStoryError extends Error {
  override name = 'RunawayStoryError';
  constructor(
    readonly kind: RunawayKind,
    readonly inkPath: string | null,
    readonly knot: string | null,
    message: string,
  ) {
    super(message);
  }
}

/** The knot (or function) a runtime path such as `hub.questions.4` or `0.12` is in; null at the top level. */
export function knotOfInkPath(inkPath: string | null): string | null {
  const head = inkPath?.split('.')[0];
  return head === undefined || head === '' || /^\d+$/.test(head) ? null : head;
}

function runawayMessage(kind: RunawayKind, knot: string | null, limits: RunawayLimits): string {
  const where = knot ? `in knot '${knot}'` : 'at the top of the story';
  return kind === 'recursion'
    ? `runaway recursion ${where}: functions or tunnels call each other more than ${limits.maxCallDepth} deep without printing anything (give the recursion a condition that stops it)`
    : `the story loops ${where} without printing anything or offering a choice (stopped after ${limits.maxMsWithoutOutput / 1000} s): give the loop a way out, a choice or -> END`;
}

/**
 * Story.Continue() with limits: returns the line's text, or throws RunawayStoryError. After the
 * throw the story is left mid-line; its owner must load a saved state before running it again.
 */
export function continueWithinLimits(story: Story, limits: Readonly<RunawayLimits> = DEFAULT_RUNAWAY_LIMITS): string {
  const started = Date.now();
  story.ContinueAsync(limits.sliceMs);
  while (!story.asyncContinueComplete) {
    const kind: RunawayKind | null =
      story.state.callStack.depth > limits.maxCallDepth ? 'recursion' : Date.now() - started > limits.maxMsWithoutOutput ? 'loop' : null;
    if (kind) {
      const inkPath = story.state.currentPathString;
      const knot = knotOfInkPath(inkPath);
      abandonContinue(story);
      throw new RunawayStoryError(kind, inkPath, knot, runawayMessage(kind, knot, limits));
    }
    story.ContinueAsync(limits.sliceMs);
  }
  return story.currentText ?? '';
}
