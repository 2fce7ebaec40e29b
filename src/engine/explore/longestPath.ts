// The most choices a trainee can make in one attempt at a story, found during the explorer's walk
// (search.ts): what bounds an LMS's suspend data (src/cli/suspendDataBudget.ts). Every other input
// is bounded by the rules whatever the story: each form is answered once, and the suspend-data
// encoding keeps at most one flag per indicator and one pause (records/lms/suspendData.ts).
//
// The walk visits each point (a place the story stops, with everything that decides what comes
// next) once and remembers it; this module remembers, beside it, the most choices from that point
// to wherever the story stops for good (an ending, or a dead end). A choice that leads back to a
// point still on the walk's path is a loop the trainee can go round without end: the story then
// has no longest path, and the report says where the loop is.
import type { PathStep } from './report';

export type LongestPath =
  /** `choices`: the most choices on any path from the start; `path`: one path that makes them. */
  | { kind: 'bounded'; choices: number; path: PathStep[] }
  /** A trainee can make choices without end: `path` leads to a point that it returns to. */
  | { kind: 'loop'; path: PathStep[] };

interface Longest {
  choices: number;
  /** The first step of a longest way on, and the point it leads to (null at an ending). */
  step: PathStep | null;
  next: string | null;
}

/** Collects the longest way on from each point while the search walks (search.ts calls it). */
export class LongestPaths {
  private readonly from = new Map<string, Longest>();
  /** The point the last finished walk from a move arrived at: what that move leads to. */
  private arrived: string | null = null;
  private loop: PathStep[] | null = null;
  private readonly building: Array<{ key: string; best: Longest }> = [];

  /** A move is about to be followed: nothing has been arrived at yet (a dead end arrives nowhere). */
  moving(): void {
    this.arrived = null;
  }

  /** The walk reached a point it has finished before. */
  known(key: string): void {
    this.arrived = key;
  }

  /** The walk came back to a point still on its path: a loop (`trail` is the way to it). */
  looped(key: string, trail: readonly PathStep[]): void {
    this.arrived = key;
    if (!this.loop) this.loop = [...trail];
  }

  /** The walk starts the ways on from a new point. */
  enter(key: string): void {
    this.building.push({ key, best: { choices: 0, step: null, next: null } });
  }

  /** A way on from the current point, `step` (a choice counts one), arrived where `moving` left off. */
  followed(step: PathStep): void {
    const current = this.building[this.building.length - 1];
    if (!current) return;
    const after = this.arrived === null ? 0 : (this.from.get(this.arrived)?.choices ?? 0);
    const choices = (step.kind === 'choice' ? 1 : 0) + after;
    if (current.best.step === null || choices > current.best.choices) current.best = { choices, step, next: this.arrived };
  }

  /** The ways on from the current point are all followed. */
  leave(): void {
    const done = this.building.pop();
    if (!done) return;
    this.from.set(done.key, done.best);
    this.arrived = done.key;
  }

  /** The result from the walk's first point (the last one `leave` finished). */
  result(): LongestPath {
    if (this.loop) return { kind: 'loop', path: this.loop };
    const path: PathStep[] = [];
    const seen = new Set<string>();
    let at = this.arrived;
    const choices = at === null ? 0 : (this.from.get(at)?.choices ?? 0);
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const longest = this.from.get(at);
      if (!longest?.step) break;
      path.push(longest.step);
      at = longest.next;
    }
    return { kind: 'bounded', choices, path };
  }
}
