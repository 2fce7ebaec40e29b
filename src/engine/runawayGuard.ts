// A bounded Continue(). inkjs's Continue() runs until the story prints a line, so a loop that
// prints nothing (`=== a === ~ x++ -> a`) never returns and freezes the tab or the CLI, and a
// recursion that prints nothing (a function or tunnel calling itself) also grows inkjs's call
// stack until memory runs out. The guard counts inkjs's steps (one instruction each) while a line
// is produced: past a step budget it stops the story as a loop, and every few hundred steps it
// looks at the call stack's depth, stopping a runaway recursion while the stack is still small.
// Either way the error names the knot it was stuck in. The runner calls this for every line, in
// the game, `play` and the explorer alike, so a runaway story fails the same way everywhere.
//
// A step budget rather than a clock: the same story stops at the same step on every machine and
// under any load (the engine reads no clock: replay, `check` and the explorer stay reproducible),
// and counting costs far less than reading the time (inkjs's own time-sliced ContinueAsync reads
// the clock after every step).
import type { Story } from 'inkjs';
import { abandonContinue, onEveryStep } from './inkInternals';

export interface RunawayLimits {
  /** inkjs steps a single line may take (its lookahead included) before the story is declared stuck in a loop. */
  maxStepsWithoutOutput: number;
  /** Call-stack depth (nested function calls and tunnels) past which a recursion is declared runaway. */
  maxCallDepth: number;
}

/**
 * No real scenario comes near these: the longest line of the shipped stories takes about 250 steps,
 * and stories nest a few calls deep. A million steps is about a second of a loop on this machine. A
 * runaway recursion grows by at most a frame a step (tunnels; functions about one in six), so the
 * depth check every DEPTH_CHECK_STEPS steps stops it at most that many frames past the limit.
 */
export const DEFAULT_RUNAWAY_LIMITS: Readonly<RunawayLimits> = { maxStepsWithoutOutput: 1_000_000, maxCallDepth: 2_000 };

/** Steps between two looks at the call stack's depth (a power of two: the check is a mask). */
const DEPTH_CHECK_STEPS = 256;

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
    : `the story loops ${where} without printing anything or offering a choice (stopped after ${limits.maxStepsWithoutOutput.toLocaleString('en')} steps): give the loop a way out, a choice or -> END`;
}

/**
 * The guard of one story: installed once (it hooks the story's steps), then `continueLine()` is
 * Story.Continue() with the limits.
 */
export class RunawayGuard {
  private steps = 0;

  constructor(
    private readonly story: Story,
    private readonly limits: Readonly<RunawayLimits> = DEFAULT_RUNAWAY_LIMITS,
  ) {
    onEveryStep(story, () => {
      const steps = ++this.steps;
      if (steps > this.limits.maxStepsWithoutOutput) this.stop('loop');
      if ((steps & (DEPTH_CHECK_STEPS - 1)) === 0 && story.state.callStack.depth > this.limits.maxCallDepth) this.stop('recursion');
    });
  }

  /**
   * Story.Continue() within the limits: returns the line's text, or throws RunawayStoryError. After
   * the throw the story is left mid-line; its owner must load a saved state before running it again.
   */
  continueLine(): string {
    this.steps = 0;
    try {
      return this.story.Continue() ?? '';
    } catch (error) {
      if (error instanceof RunawayStoryError) abandonContinue(this.story);
      throw error;
    }
  }

  private stop(kind: RunawayKind): never {
    const inkPath = this.story.state.currentPathString;
    const knot = knotOfInkPath(inkPath);
    throw new RunawayStoryError(kind, inkPath, knot, runawayMessage(kind, knot, this.limits));
  }
}
