// The explorer's key for a point a story stops at: equal for two runner states that behave the same
// from here on, read straight off the live inkjs objects (inkInternals.ts says why not JSON).
//
// What is left out, and why it cannot change what the story does next:
// - the output buffer: cleared at the start of every Continue;
// - the turn counter and turn indices: read only by TURNS()/TURNS_SINCE() (kept if the story uses them);
// - thread numbers: fresh ids from a counter; threads are renumbered in the order they appear;
// - the visit counts the explorer added for its own knot tracking (inkState.ts);
// - globals no knot the flow can still reach reads, and counts of unnamed containers (unlabelled
//   choices and gathers) in knots it can no longer get back into: nothing can observe them again;
// - the order of a LIST's items (a list is a set), unless the story picks items by that order
//   (LIST_RANDOM).
// Everything else is kept: callstack, temporaries, the story's own visit counts, offered choices
// with the threads they resume, live globals, random seed, and the runner's own fields.
import {
  INK_VALUE_TYPE,
  listOriginNames,
  readInkState,
  visitedIn,
  type InkCallStackElement,
  type InkChoice,
  type InkContainer,
  type InkObject,
  type InkPath,
  type InkPointer,
  type InkState,
  type InkThread,
  type InkValue,
} from '../inkInternals';
import type { RunnerView } from '../storyRunner';
import { isUnnamedPath, knotOfPath, type StoryStructure } from './inkState';

/** Where the runner is: cheap to read, and all a dead end's report needs. */
export interface StatePlace {
  /** Knots and stitches visited so far (from the instrumented story's visit counts). */
  visited: string[];
  /** The last `ending` tag the runner saw, if any. */
  endingTag: string | null;
  /** The knot the last line came from, if known. */
  lastKnot: string | null;
  /** The knot the flow is in now (the innermost callstack frame), if any. */
  currentKnot: string | null;
}

export interface StateFacts extends StatePlace {
  /** Equal for states that behave the same from here on. */
  key: string;
  /** Global variables some knot the flow can still reach reads (here or from the pending decision line). */
  liveVariables: ReadonlySet<string>;
  /** A choice is on offer or some knot the flow can still reach has a choice point. */
  choicesAhead: boolean;
}

/** Whether a visit count stays in the key: never, always, or while the named knot is live. */
const IGNORED = Symbol('ignored');
const KEPT = Symbol('kept');
type CountOwner = string | typeof IGNORED | typeof KEPT;

/** A visit count's path as the key reads it; `count` is scratch space for the key being built. */
interface CountPath {
  readonly path: string;
  readonly number: number;
  readonly owner: CountOwner;
  count: number;
}

/**
 * Reads state keys for one explored story. It caches what the same few hundred containers and
 * count paths come up with in every state (their path text, knot, and whether a count is kept).
 */
export class StateKeyReader {
  private readonly paths = new WeakMap<InkObject, string>();
  private readonly knots = new WeakMap<InkContainer, string>();
  private readonly countPaths = new Map<string, CountPath>();
  private readonly threadNumbers = new Map<number, number>();
  /** The knot of a choice's target path. */
  private readonly targetKnots = new Map<string, string>();
  /** Whether a choice point lies in a set of live knots (the sets are reachableFrom's, cached). */
  private readonly choicePointsIn = new WeakMap<ReadonlySet<string>, boolean>();
  private readonly sortedNames = new WeakMap<ReadonlySet<string>, string[]>();
  private readonly sortLists: boolean;

  constructor(private readonly structure: StoryStructure) {
    this.sortLists = !structure.listOrderMatters;
  }

  /** Facts of the runner's state now; the last line's knot enters the key only when `keepLastKnot`. */
  read(view: RunnerView, keepLastKnot: boolean): StateFacts {
    const now = this.inkKey(view.ink);
    let liveVariables = now.liveVariables;
    let choicesAhead = now.choicesAhead;
    let pending = '-';
    if (view.pending) {
      const before = this.inkKey(view.pending.before);
      pending = `${view.pending.decision}:${JSON.stringify(view.pending.answer)}\n${before.key}`;
      liveVariables = new Set([...liveVariables, ...before.liveVariables]);
      choicesAhead ||= before.choicesAhead;
    }
    const runner = `${view.started}|${view.endingTag ?? '-'}|${keepLastKnot ? (view.lastKnot ?? '-') : ''}`;
    return { key: `${now.key}\nrunner ${runner}\npending ${pending}`, liveVariables, choicesAhead, ...this.place(view) };
  }

  /**
   * The knot a story stopped in with an error, for a dead end's report: the knot it entered last
   * since `before` (the point it was moved on from), else the one it is in, else the last line's.
   */
  failedIn(view: RunnerView, before: InkState): string | null {
    const earlier = new Set(visitedIn(before));
    const place = this.place(view);
    const entered = place.visited.filter((knot) => !earlier.has(knot) && !knot.includes('.'));
    return entered[entered.length - 1] ?? place.currentKnot ?? place.lastKnot;
  }

  /** Where the runner is, without building a key (a dead end's report reads only this). */
  place(view: RunnerView): StatePlace {
    return { visited: visitedIn(view.ink), endingTag: view.endingTag, lastKnot: view.lastKnot, currentKnot: this.currentKnot(view.ink) };
  }

  private inkKey(state: InkState): { key: string; liveVariables: ReadonlySet<string>; choicesAhead: boolean } {
    const ink = readInkState(state);
    if (ink.usesNamedFlows) throw new Error('the explorer does not follow stories that use named flows');
    const threads = ink.threads;
    const choices = ink.choices;
    const live = this.structure.reachableFrom(this.activeKnots(threads, choices));
    const choicesAhead = choices.length > 0 || this.hasChoicePoint(live);
    const liveVariables = this.structure.variablesReadBy(live);

    this.threadNumbers.clear();
    const parts: string[] = [];
    for (const thread of threads) parts.push(this.threadKey(thread));
    for (const choice of choices) parts.push(this.choiceKey(choice));
    parts.push('globals');
    const globals = ink.globals;
    for (const name of this.sorted(liveVariables)) {
      const value = globals.get(name);
      if (value !== undefined) parts.push(`${name}=${this.valueKey(value)}`);
    }
    parts.push('counts');
    // In the order of the paths' numbers (countPath), not of their text: any fixed order makes the
    // same key for the same counts, and sorting small numbers costs far less than sorting strings.
    const kept: CountPath[] = [];
    for (const [path, count] of ink.visitCounts) {
      const counted = this.countPath(path);
      const owner = counted.owner;
      if (owner === IGNORED || (owner !== KEPT && !live.has(owner))) continue;
      counted.count = count;
      kept.push(counted);
    }
    kept.sort((a, b) => a.number - b.number);
    for (const counted of kept) parts.push(`${counted.path}=${counted.count}`);
    if (this.structure.readsTurns) {
      const turns = [...ink.turnIndices].map(([path, turn]) => `${path}=${turn}`).sort();
      parts.push(`turns ${ink.currentTurnIndex}`, ...turns);
    }
    parts.push(
      `eval ${ink.evaluationStack.map((value) => this.valueKey(value)).join(',')}`,
      `divert ${this.pointerKey(ink.divertedPointer)}`,
      `random ${ink.storySeed},${ink.previousRandom}`,
      `exit ${ink.didSafeExit}`,
    );
    return { key: parts.join('\n'), liveVariables, choicesAhead };
  }

  /** Thread numbers in the order the key being built meets them. */
  private renumber(index: number): number {
    let number = this.threadNumbers.get(index);
    if (number === undefined) this.threadNumbers.set(index, (number = this.threadNumbers.size));
    return number;
  }

  private threadKey(thread: InkThread): string {
    let frames = '';
    for (const frame of thread.callstack) frames += frames === '' ? this.frameKey(frame) : ` ; ${this.frameKey(frame)}`;
    return `thread ${this.renumber(thread.threadIndex)} ${this.previousKey(thread.previousPointer)} [${frames}]`;
  }

  private frameKey(frame: InkCallStackElement): string {
    let key = `${frame.type}${frame.inExpressionEvaluation ? 'e' : ''} ${this.pointerKey(frame.currentPointer)}`;
    if (frame.temporaryVariables.size > 0) {
      const temps = [...frame.temporaryVariables].map(([name, value]) => `${name}=${this.valueKey(value)}`).sort();
      key += ` {${temps.join(',')}}`;
    }
    return key;
  }

  private choiceKey(choice: InkChoice): string {
    const thread = choice.threadAtGeneration ? this.threadKey(choice.threadAtGeneration) : '-';
    const tags = choice.tags ? JSON.stringify(choice.tags) : '-';
    return `choice ${choice.index} ${JSON.stringify(choice.text)} ${choice.sourcePath} ${choice.targetPath?.componentsString ?? '-'} ${choice.isInvisibleDefault} ${tags} ${thread}`;
  }

  private valueKey(value: InkValue): string {
    switch (value.valueType) {
      case INK_VALUE_TYPE.list: {
        const list = value.value as ReadonlyMap<string, number>;
        const items = [...list].map(([item, number]) => `${item}=${number}`);
        if (this.sortLists) items.sort();
        // An empty list still knows which LISTs it came from, which only LIST_ALL and LIST_INVERT
        // read (inkjs can repeat a name there as a list is emptied and refilled: a set).
        const origins = list.size === 0 && this.structure.emptyListOriginsMatter ? JSON.stringify([...new Set(listOriginNames(list) ?? [])].sort()) : '';
        return `L[${items.join(',')}]${origins}`;
      }
      case INK_VALUE_TYPE.string:
        return `S${JSON.stringify(value.value)}`;
      case INK_VALUE_TYPE.divertTarget:
        return `D${(value.value as InkPath).componentsString}`;
      case INK_VALUE_TYPE.variablePointer:
        return `P${String(value.value)}@${value.contextIndex ?? -1}`;
      case undefined:
        // Not a value (only values are left on the stack between Continue calls, but be safe).
        return `O${Object.getPrototypeOf(value)?.constructor?.name ?? '?'}:${String(value)}`;
      default:
        return `${value.valueType}:${String(value.value)}`;
    }
  }

  private pointerKey(pointer: InkPointer): string {
    return pointer.isNull || !pointer.container ? '-' : `${this.pathOf(pointer.container)}@${pointer.index}`;
  }

  /**
   * A thread's previous pointer is read only for what it points at (which containers a divert
   * leaves, for visit counts), and the same content can be pointed at two ways (a container at
   * index -1, or its parent at the container's index): key it by the content it resolves to.
   */
  private previousKey(pointer: InkPointer): string {
    if (pointer.isNull || !pointer.container) return '-';
    const content = pointer.Resolve();
    return content ? `=${this.pathOf(content)}` : `${this.pathOf(pointer.container)}@end`;
  }

  private pathOf(content: InkObject): string {
    let path = this.paths.get(content);
    if (path === undefined) this.paths.set(content, (path = content.path.componentsString));
    return path;
  }

  /** The knot a frame in this container stands in (a plain exit counts as the knot it goes to). */
  private knotOf(container: InkContainer): string {
    let knot = this.knots.get(container);
    if (knot === undefined) {
      const path = this.pathOf(container);
      knot = this.structure.exits.get(path) ?? knotOfPath(path);
      this.knots.set(container, knot);
    }
    return knot;
  }

  /** Knots the flow is in or can resume into: every frame of every thread, and the offered choices. */
  private activeKnots(threads: readonly InkThread[], choices: readonly InkChoice[]): string[] {
    const knots: string[] = [];
    for (const thread of threads) this.addFrameKnots(thread, knots);
    for (const choice of choices) {
      if (choice.threadAtGeneration) this.addFrameKnots(choice.threadAtGeneration, knots);
      if (choice.targetPath) knots.push(this.targetKnot(choice.targetPath.componentsString));
    }
    return knots;
  }

  private addFrameKnots(thread: InkThread, knots: string[]): void {
    for (const frame of thread.callstack) if (frame.currentPointer.container) knots.push(this.knotOf(frame.currentPointer.container));
  }

  private targetKnot(path: string): string {
    let knot = this.targetKnots.get(path);
    if (knot === undefined) this.targetKnots.set(path, (knot = knotOfPath(path)));
    return knot;
  }

  private hasChoicePoint(live: ReadonlySet<string>): boolean {
    let found = this.choicePointsIn.get(live);
    if (found === undefined) {
      found = [...live].some((knot) => this.structure.knotsWithChoices.has(knot));
      this.choicePointsIn.set(live, found);
    }
    return found;
  }

  private currentKnot(state: InkState): string | null {
    const threads = readInkState(state).threads;
    const frames = threads[threads.length - 1]?.callstack ?? [];
    const container = frames[frames.length - 1]?.currentPointer.container;
    return container ? knotOfPath(this.pathOf(container)) || null : null;
  }

  /**
   * A count path's number (in the order first seen) and whether its count stays in the key: never
   * (counted only for the explorer), always (a named container, or one read by path), or while its
   * knot is live (an unnamed container).
   */
  private countPath(path: string): CountPath {
    let counted = this.countPaths.get(path);
    if (counted === undefined) {
      let owner: CountOwner;
      if (this.structure.countedForExplorer.has(path)) owner = IGNORED;
      else if (isUnnamedPath(path) && !this.structure.countsReadByPath.has(path)) owner = knotOfPath(path);
      else owner = KEPT;
      counted = { path, number: this.countPaths.size, owner, count: 0 };
      this.countPaths.set(path, counted);
    }
    return counted;
  }

  private sorted(names: ReadonlySet<string>): string[] {
    let sorted = this.sortedNames.get(names);
    if (!sorted) this.sortedNames.set(names, (sorted = [...names].sort()));
    return sorted;
  }
}
