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

/**
 * Reads state keys for one explored story. It caches what the same few hundred containers and
 * count paths come up with in every state (their path text, knot, and whether a count is kept).
 */
export class StateKeyReader {
  private readonly paths = new WeakMap<InkObject, string>();
  private readonly knots = new WeakMap<InkContainer, string>();
  private readonly owners = new Map<string, CountOwner>();
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
    const choicesAhead = choices.length > 0 || [...live].some((knot) => this.structure.knotsWithChoices.has(knot));
    const liveVariables = this.structure.variablesReadBy(live);

    const numbers = new Map<number, number>();
    const renumber = (index: number): number => {
      let number = numbers.get(index);
      if (number === undefined) numbers.set(index, (number = numbers.size));
      return number;
    };
    const parts: string[] = [];
    for (const thread of threads) parts.push(this.threadKey(thread, renumber));
    for (const choice of choices) parts.push(this.choiceKey(choice, renumber));
    parts.push('globals');
    const globals = ink.globals;
    for (const name of this.sorted(liveVariables)) {
      const value = globals.get(name);
      if (value !== undefined) parts.push(`${name}=${this.valueKey(value)}`);
    }
    parts.push('counts');
    const counts: string[] = [];
    for (const [path, count] of ink.visitCounts) {
      const owner = this.countOwner(path);
      if (owner === IGNORED || (owner !== KEPT && !live.has(owner))) continue;
      counts.push(`${path}=${count}`);
    }
    parts.push(...counts.sort());
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

  private threadKey(thread: InkThread, renumber: (index: number) => number): string {
    const frames = thread.callstack.map((frame) => this.frameKey(frame));
    return `thread ${renumber(thread.threadIndex)} ${this.previousKey(thread.previousPointer)} [${frames.join(' ; ')}]`;
  }

  private frameKey(frame: InkCallStackElement): string {
    let key = `${frame.type}${frame.inExpressionEvaluation ? 'e' : ''} ${this.pointerKey(frame.currentPointer)}`;
    if (frame.temporaryVariables.size > 0) {
      const temps = [...frame.temporaryVariables].map(([name, value]) => `${name}=${this.valueKey(value)}`).sort();
      key += ` {${temps.join(',')}}`;
    }
    return key;
  }

  private choiceKey(choice: InkChoice, renumber: (index: number) => number): string {
    const thread = choice.threadAtGeneration ? this.threadKey(choice.threadAtGeneration, renumber) : '-';
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
    const addFrames = (thread: InkThread | null): void => {
      for (const frame of thread?.callstack ?? []) if (frame.currentPointer.container) knots.push(this.knotOf(frame.currentPointer.container));
    };
    for (const thread of threads) addFrames(thread);
    for (const choice of choices) {
      addFrames(choice.threadAtGeneration);
      if (choice.targetPath) knots.push(knotOfPath(choice.targetPath.componentsString));
    }
    return knots;
  }

  private currentKnot(state: InkState): string | null {
    const threads = readInkState(state).threads;
    const frames = threads[threads.length - 1]?.callstack ?? [];
    const container = frames[frames.length - 1]?.currentPointer.container;
    return container ? knotOfPath(this.pathOf(container)) || null : null;
  }

  /**
   * Never (counted only for the explorer), always (a named container, or one read by path), or
   * while its knot is live (an unnamed container).
   */
  private countOwner(path: string): CountOwner {
    let owner = this.owners.get(path);
    if (owner === undefined) {
      if (this.structure.countedForExplorer.has(path)) owner = IGNORED;
      else if (isUnnamedPath(path) && !this.structure.countsReadByPath.has(path)) owner = knotOfPath(path);
      else owner = KEPT;
      this.owners.set(path, owner);
    }
    return owner;
  }

  private sorted(names: ReadonlySet<string>): string[] {
    let sorted = this.sortedNames.get(names);
    if (!sorted) this.sortedNames.set(names, (sorted = [...names].sort()));
    return sorted;
  }
}
