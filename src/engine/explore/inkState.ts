// What the explorer needs to know about a compiled story and its saved states: which knots exist,
// a copy of the story that counts visits to every knot (so "never reached" can be answered), and a
// canonical form of a runner state in which two states that behave the same compare equal.
//
// Canonical form: inkjs state JSON carries bookkeeping that differs between equivalent states
// without changing what the story can do next: the output buffer (cleared at the start of every
// Continue), the turn counter (read only by TURNS()/TURNS_SINCE()), thread numbers (fresh ids handed
// out by a counter) and the visit counts this module adds for its own knot tracking. Everything else
// (callstack, variables, the story's own visit counts, offered choices, random seed) is kept.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface StoryStructure {
  /** The story JSON with visit counting switched on for every knot and stitch. */
  instrumentedJson: string;
  /** Every knot and stitch (`knot` or `knot.stitch`), in the order the compiler wrote them. */
  knots: string[];
  /** Knots and stitches counted only for the explorer: their counts are left out of the canonical state. */
  countedForExplorer: ReadonlySet<string>;
  /** The story reads TURNS() or TURNS_SINCE(), so turn numbers stay in the canonical state. */
  readsTurns: boolean;
  /** Knot → knots its content can divert, tunnel, call or thread to ('' is the top-level content). */
  knotGraph: ReadonlyMap<string, ReadonlySet<string>>;
  /** Knots reachable from a set of knots (cached closure of knotGraph). */
  reachableFrom: (knots: readonly string[]) => ReadonlySet<string>;
  /** Global variables read by any of these knots' content (cached per set from reachableFrom). */
  variablesReadBy: (knots: ReadonlySet<string>) => ReadonlySet<string>;
  /** Knots whose content has a choice point. */
  knotsWithChoices: ReadonlySet<string>;
  /**
   * Container paths whose visit count the story reads by absolute path (`CNT?`). A labelled choice
   * compiles to a generated path (`{room.saw_pass}` reads `room.0.look.c-3`), so such a count must
   * stay in the key even after its own knot can no longer be reached.
   */
  countsReadByPath: ReadonlySet<string>;
  /**
   * The story picks a random list item (LIST_RANDOM), which inkjs takes by the list's insertion
   * order; otherwise a list is a set and its items are sorted in the canonical state.
   */
  listOrderMatters: boolean;
  /**
   * Choice contents that only print text and divert to another knot (`* [Record it] -> decisions`),
   * by container path, with the knot they go to. A flow standing in one can no longer get back into
   * its own knot through it, so that knot is not live on its account.
   */
  exits: ReadonlyMap<string, string>;
}

const VISITS_FLAG = 0x1;
const GENERATED_NAME = /^[cg]-\d+$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The named-content dict at the end of a container array, created if the container has none. */
function namedContent(container: Json[]): JsonObject {
  const last = container[container.length - 1];
  if (isObject(last)) return last;
  const created: JsonObject = {};
  if (last === null) container[container.length - 1] = created;
  else container.push(created);
  return created;
}

export function analyseStory(storyJson: string): StoryStructure {
  const story = JSON.parse(storyJson) as JsonObject;
  const root = story['root'];
  if (!Array.isArray(root)) throw new Error('compiled story has no root container');
  const knots: string[] = [];
  const countedForExplorer = new Set<string>();
  const markCounted = (container: Json[], path: string): void => {
    knots.push(path);
    const named = namedContent(container);
    const flags = typeof named['#f'] === 'number' ? named['#f'] : 0;
    if ((flags & VISITS_FLAG) !== 0) return;
    named['#f'] = flags | VISITS_FLAG;
    countedForExplorer.add(path);
  };
  const top = namedContent(root);
  for (const [knot, container] of Object.entries(top)) {
    if (!Array.isArray(container) || knot === 'global decl' || GENERATED_NAME.test(knot)) continue;
    markCounted(container, knot);
    const inner = container[container.length - 1];
    if (!isObject(inner)) continue;
    for (const [stitch, child] of Object.entries(inner)) {
      if (Array.isArray(child) && !GENERATED_NAME.test(stitch)) markCounted(child, `${knot}.${stitch}`);
    }
  }
  const knotGraph = buildKnotGraph(root, top);
  const closures = new Map<string, ReadonlySet<string>>();
  const reachableFrom = (start: readonly string[]): ReadonlySet<string> => {
    const cacheKey = [...new Set(start)].sort().join('\n');
    const cached = closures.get(cacheKey);
    if (cached) return cached;
    const reached = new Set<string>(start);
    const queue = [...reached];
    while (queue.length > 0) {
      for (const next of knotGraph.get(queue.pop()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    closures.set(cacheKey, reached);
    return reached;
  };
  const reads = buildVariableReads(root, top);
  const readCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
  const variablesReadBy = (live: ReadonlySet<string>): ReadonlySet<string> => {
    let read = readCache.get(live);
    if (!read) {
      const union = new Set<string>();
      for (const knot of live) for (const name of reads.get(knot) ?? []) union.add(name);
      read = union;
      readCache.set(live, read);
    }
    return read;
  };
  return {
    instrumentedJson: JSON.stringify(story),
    knots,
    countedForExplorer,
    readsTurns: /"turns?"/.test(storyJson),
    knotGraph,
    reachableFrom,
    variablesReadBy,
    knotsWithChoices: new Set([...reads.keys()].filter((knot) => hasChoicePoint(knot === '' ? root.slice(0, -1) : top[knot]))),
    countsReadByPath: new Set([...storyJson.matchAll(/"CNT\?":"([^".][^"]*)"/g)].map((match) => match[1]!)),
    listOrderMatters: /"(lrnd|LIST_RANDOM)"/.test(storyJson),
    exits: findExits(root, top),
  };
}

/** Text the runtime prints as it is: no variable, count, turn or random is read to produce it. */
function isPlainOutput(item: Json): boolean {
  return typeof item === 'string' && (item === '\n' || item.startsWith('^') || item === '#' || item === '/#');
}

function findExits(root: Json[], top: JsonObject): Map<string, string> {
  const exits = new Map<string, string>();
  const walk = (container: Json[], path: string): void => {
    const last = container[container.length - 1];
    const named = isObject(last) ? last : null;
    const content = named || last === null ? container.slice(0, -1) : container;
    content.forEach((item, index) => {
      if (!Array.isArray(item)) return;
      // The runtime names a labelled container (a gather `- (ask)`) by its label, not its index.
      const own = item[item.length - 1];
      const name = isObject(own) && typeof own['#n'] === 'string' ? own['#n'] : String(index);
      walk(item, path === '' ? name : `${path}.${name}`);
    });
    const children = named ? Object.entries(named).filter(([key, child]) => key !== '#f' && key !== '#n' && Array.isArray(child)) : [];
    for (const [name, child] of children) walk(child as Json[], path === '' ? name : `${path}.${name}`);
    if (!/(^|\.)c-\d+$/.test(path) || children.length > 0) return;
    // Plain text up to the first divert; what follows a divert is never run.
    for (const item of content) {
      if (isPlainOutput(item)) continue;
      if (!isObject(item) || Object.keys(item).length !== 1 || typeof item['->'] !== 'string') return;
      const target = item['->'];
      const knot = knotOfPath(target);
      if (!target.startsWith('.') && knot !== knotOfPath(path)) exits.set(path, knot);
      return;
    }
  };
  for (const [name, child] of Object.entries(top)) if (Array.isArray(child) && name !== 'global decl') walk(child, name);
  walk(root.slice(0, -1), '');
  return exits;
}

function hasChoicePoint(value: Json | undefined): boolean {
  if (Array.isArray(value)) return value.some(hasChoicePoint);
  if (!isObject(value)) return false;
  if (typeof value['*'] === 'string') return true;
  return Object.entries(value).some(([key, child]) => key !== '#f' && key !== '#n' && hasChoicePoint(child));
}

/**
 * Which global variables each knot's content can read: `{x}`, conditions and assignments that use
 * the old value (`VAR?`), references passed to functions (`^var`), and variable diverts. Writes
 * alone do not count: a value that nothing reads again cannot change what the story does.
 */
function buildVariableReads(root: Json[], top: JsonObject): Map<string, Set<string>> {
  const collect = (value: Json | undefined, into: Set<string>): void => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item, into);
      return;
    }
    if (!isObject(value)) return;
    for (const key of ['VAR?', '^var'] as const) {
      const name = value[key];
      if (typeof name === 'string') into.add(name);
    }
    if (value['var'] === true) for (const key of TARGET_KEYS) if (typeof value[key] === 'string') into.add(value[key] as string);
    for (const [key, child] of Object.entries(value)) if (key !== '#f' && key !== '#n') collect(child, into);
  };
  const reads = new Map<string, Set<string>>();
  const topLevel = new Set<string>();
  collect(root.slice(0, -1), topLevel);
  reads.set('', topLevel);
  for (const name of Object.keys(top)) {
    if (name === 'global decl' || !Array.isArray(top[name])) continue;
    const read = new Set<string>();
    collect(top[name], read);
    reads.set(name, read);
  }
  return reads;
}

/** The knot a runtime path belongs to: its first component, '' for top-level (indexed) content. */
export function knotOfPath(path: string): string {
  const head = path.split('.')[0] ?? '';
  return /^\d+$/.test(head) ? '' : head;
}

const TARGET_KEYS = ['->', '->t->', 'f()', 'x()', '*', '^->'];

/**
 * Which knots each knot can move to, read from every divert, tunnel, function call, thread and
 * choice in its content. A variable divert can go anywhere, so it links to every knot: the graph
 * may say more is reachable than really is, never less, which is what liveness needs.
 */
function buildKnotGraph(root: Json[], top: JsonObject): Map<string, Set<string>> {
  const knotNames = Object.keys(top).filter((name) => Array.isArray(top[name]));
  const graph = new Map<string, Set<string>>();
  const collect = (value: Json | undefined, from: string, into: Set<string>): void => {
    if (Array.isArray(value)) {
      for (const item of value) collect(item, from, into);
      return;
    }
    if (!isObject(value)) return;
    for (const key of TARGET_KEYS) {
      const target = value[key];
      if (typeof target !== 'string') continue;
      if (value['var'] === true) for (const name of [...knotNames, '']) into.add(name);
      else if (!target.startsWith('.')) into.add(knotOfPath(target));
    }
    for (const [key, child] of Object.entries(value)) if (key !== '#f' && key !== '#n') collect(child, from, into);
  };
  const topLevel = new Set<string>();
  collect(root.slice(0, -1), '', topLevel);
  graph.set('', topLevel);
  for (const name of knotNames) {
    if (name === 'global decl') continue;
    const edges = new Set<string>();
    collect(top[name], name, edges);
    graph.set(name, edges);
  }
  return graph;
}

/** True when the story reads the global variable (e.g. branches on `{referrals ? x}`). */
export function storyReadsVariable(storyJson: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`"VAR\\?"\\s*:\\s*"${escaped}"`).test(storyJson);
}

/** Knots and stitches visited in this inkjs state JSON (needs the instrumented story). */
export function visitedContainers(inkStateJson: string): string[] {
  const state = JSON.parse(inkStateJson) as JsonObject;
  const counts = state['visitCounts'];
  return isObject(counts) ? Object.keys(counts).filter((path) => typeof counts[path] === 'number' && (counts[path] as number) > 0) : [];
}

function renumberThreads(flow: JsonObject): void {
  const mapping = new Map<number, number>();
  const canonical = (index: Json | undefined): Json => {
    if (typeof index !== 'number') return index ?? null;
    if (!mapping.has(index)) mapping.set(index, mapping.size);
    return mapping.get(index)!;
  };
  const callstack = flow['callstack'];
  if (isObject(callstack)) {
    delete callstack['threadCounter'];
    const threads = callstack['threads'];
    if (Array.isArray(threads)) for (const thread of threads) if (isObject(thread)) thread['threadIndex'] = canonical(thread['threadIndex']);
  }
  const choices = flow['currentChoices'];
  if (Array.isArray(choices)) {
    for (const choice of choices) if (isObject(choice)) choice['originalThreadIndex'] = canonical(choice['originalThreadIndex']);
  }
  const choiceThreads = flow['choiceThreads'];
  if (isObject(choiceThreads)) {
    const renamed: JsonObject = {};
    const keys = Object.keys(choiceThreads).sort((a, b) => Number(a) - Number(b));
    for (const key of keys) {
      const thread = choiceThreads[key];
      const index = canonical(Number(key));
      if (isObject(thread)) thread['threadIndex'] = index;
      renamed[String(index)] = thread ?? null;
    }
    flow['choiceThreads'] = renamed;
  }
}

/**
 * A container the author cannot name (an unlabelled choice or gather, an indexed weave) is read only
 * by the story's own choice points inside it, so its visit count matters only while the flow can
 * still get back into its knot.
 */
function isUnnamed(path: string): boolean {
  const last = path.split('.').pop() ?? '';
  return GENERATED_NAME.test(last) || /^\d+$/.test(last);
}

function innermostKnot(state: JsonObject): string | null {
  const flows = state['flows'];
  const flow = isObject(flows) ? Object.values(flows)[0] : undefined;
  const callstack = isObject(flow) ? flow['callstack'] : undefined;
  const threads = isObject(callstack) ? callstack['threads'] : undefined;
  const thread = Array.isArray(threads) ? threads[threads.length - 1] : undefined;
  const frames = isObject(thread) ? thread['callstack'] : undefined;
  const frame = Array.isArray(frames) ? frames[frames.length - 1] : undefined;
  const path = isObject(frame) ? frame['cPath'] : undefined;
  return typeof path === 'string' && path !== '' ? knotOfPath(path) || null : null;
}

/** Knots the flow is in or can resume into: every callstack frame of every thread, and the offered choices. */
function activeKnots(state: JsonObject, exits: ReadonlyMap<string, string>): string[] {
  const knots: string[] = [];
  const addFrames = (thread: Json | undefined): void => {
    if (!isObject(thread)) return;
    const frames = thread['callstack'];
    if (!Array.isArray(frames)) return;
    for (const frame of frames) {
      if (!isObject(frame) || typeof frame['cPath'] !== 'string') continue;
      const path = frame['cPath'];
      knots.push(exits.get(path) ?? knotOfPath(path));
    }
  };
  const flows = state['flows'];
  if (!isObject(flows)) return knots;
  for (const flow of Object.values(flows)) {
    if (!isObject(flow)) continue;
    const callstack = flow['callstack'];
    if (isObject(callstack) && Array.isArray(callstack['threads'])) for (const thread of callstack['threads']) addFrames(thread);
    const choiceThreads = flow['choiceThreads'];
    if (isObject(choiceThreads)) for (const thread of Object.values(choiceThreads)) addFrames(thread);
    const choices = flow['currentChoices'];
    if (Array.isArray(choices)) {
      for (const choice of choices) if (isObject(choice) && typeof choice['targetPath'] === 'string') knots.push(knotOfPath(choice['targetPath']));
    }
  }
  return knots;
}

const IGNORED = Symbol('ignored');
const KEPT = Symbol('kept');
const countOwners = new WeakMap<StoryStructure, Map<string, string | typeof IGNORED | typeof KEPT>>();

/**
 * What decides whether a visit count stays in the canonical state: never (counted only for the
 * explorer), always (a named container, or one read by path), or while its knot is live (an unnamed
 * container). Cached per story: the same few hundred paths come up in every state.
 */
function countOwner(path: string, structure: StoryStructure): string | typeof IGNORED | typeof KEPT {
  let owners = countOwners.get(structure);
  if (!owners) countOwners.set(structure, (owners = new Map()));
  let owner = owners.get(path);
  if (owner === undefined) {
    if (structure.countedForExplorer.has(path)) owner = IGNORED;
    else if (isUnnamed(path) && !structure.countsReadByPath.has(path)) owner = knotOfPath(path);
    else owner = KEPT;
    owners.set(path, owner);
  }
  return owner;
}

/** The canonical form of an inkjs state JSON (see the header comment for what is dropped and why). */
export function canonicalInkState(inkStateJson: string, structure: StoryStructure): string {
  return canonicalise(JSON.parse(inkStateJson) as JsonObject, structure).canonical;
}

/**
 * Canonicalises a parsed inkjs state in place; also says which globals the flow can still read
 * (the explorer keeps interview numbers the story reads back only while they are live).
 */
function canonicalise(state: JsonObject, structure: StoryStructure): { canonical: string; liveVariables: ReadonlySet<string>; choicesAhead: boolean } {
  const live = structure.reachableFrom(activeKnots(state, structure.exits));
  const choicesAhead = hasOfferedChoices(state) || [...live].some((knot) => structure.knotsWithChoices.has(knot));
  const flows = state['flows'];
  if (isObject(flows)) {
    for (const flow of Object.values(flows)) {
      if (!isObject(flow)) continue;
      delete flow['outputStream'];
      renumberThreads(flow);
      if (!structure.listOrderMatters) sortTemporaryLists(flow);
    }
  }
  // A global that no knot the flow can still reach reads is dead: nothing can observe its value
  // again, so states that differ only there behave the same from here on (a scene's counter such
  // as `screened` once the scene is left). The runner itself never reads globals back.
  const liveVariables = structure.variablesReadBy(live);
  const variables = state['variablesState'];
  if (isObject(variables)) {
    for (const name of Object.keys(variables)) {
      if (!liveVariables.has(name)) delete variables[name];
      else if (!structure.listOrderMatters) variables[name] = withSortedListItems(variables[name]);
    }
  }
  const counts = state['visitCounts'];
  if (isObject(counts)) {
    const kept: JsonObject = {};
    for (const path of Object.keys(counts).sort()) {
      const owner = countOwner(path, structure);
      if (owner === IGNORED || (owner !== KEPT && !live.has(owner))) continue;
      kept[path] = counts[path] ?? null;
    }
    state['visitCounts'] = kept;
  }
  if (!structure.readsTurns) {
    delete state['turnIndices'];
    delete state['turnIdx'];
  }
  return { canonical: JSON.stringify(state), liveVariables, choicesAhead };
}

/**
 * inkjs writes a list value's items in the order they were added, so `~ asked += a` then `b` and
 * `b` then `a` save differently although the lists are equal: every order a trainee could ask a
 * set of once-only questions in would count as its own state. Sorted, they compare equal.
 */
function withSortedListItems(value: Json | undefined): Json {
  if (!isObject(value)) return value ?? null;
  const items = value['list'];
  if (!isObject(items)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(items).sort()) sorted[key] = items[key] ?? null;
  return { ...value, list: sorted };
}

/** The same for lists held in temporary variables of every callstack frame. */
function sortTemporaryLists(flow: JsonObject): void {
  const callstack = flow['callstack'];
  const threads = isObject(callstack) ? callstack['threads'] : undefined;
  const choiceThreads = flow['choiceThreads'];
  const all = [...(Array.isArray(threads) ? threads : []), ...(isObject(choiceThreads) ? Object.values(choiceThreads) : [])];
  for (const thread of all) {
    const frames = isObject(thread) ? thread['callstack'] : undefined;
    if (!Array.isArray(frames)) continue;
    for (const frame of frames) {
      const temps = isObject(frame) ? frame['temp'] : undefined;
      if (isObject(temps)) for (const name of Object.keys(temps)) temps[name] = withSortedListItems(temps[name]);
    }
  }
}

function hasOfferedChoices(state: JsonObject): boolean {
  const flows = state['flows'];
  if (!isObject(flows)) return false;
  return Object.values(flows).some((flow) => isObject(flow) && Array.isArray(flow['currentChoices']) && flow['currentChoices'].length > 0);
}

/** What the explorer reads of a StoryRunner.snapshot(). */
export interface RunnerStateShape {
  ink: string;
  pending: { readonly before: string } | null;
  endingTag: string | null;
  lastKnot: string | null;
}

export interface RunnerStateFacts {
  /** Canonical form: equal for states that behave the same from here on. */
  canonical: string;
  /** Global variables some knot the flow can still reach reads (here or from the pending decision line). */
  liveVariables: ReadonlySet<string>;
  /** A choice is on offer or some knot the flow can still reach has a choice point. */
  choicesAhead: boolean;
  /** Knots and stitches visited so far (from the instrumented story's visit counts). */
  visited: string[];
  /** The last `ending` tag the runner saw, if any. */
  endingTag: string | null;
  /** The knot the last line came from, if known. */
  lastKnot: string | null;
  /** The knot the flow is in now (the innermost callstack frame), if any. */
  currentKnot: string | null;
}

function visitedIn(state: JsonObject): string[] {
  const counts = state['visitCounts'];
  return isObject(counts) ? Object.keys(counts).filter((path) => typeof counts[path] === 'number' && (counts[path] as number) > 0) : [];
}

/**
 * Reads a StoryRunner.snapshot(): its inkjs state (and the state kept before a pending decision
 * line) canonicalised, the runner's own fields (ending tag, last knot, pending answer) kept as they
 * are (the last line's knot only when `keepLastKnot`). Each JSON text is parsed once.
 */
export function readRunnerState(runner: RunnerStateShape, structure: StoryStructure, keepLastKnot = true): RunnerStateFacts {
  const ink = JSON.parse(runner.ink) as JsonObject;
  const visited = visitedIn(ink);
  const currentKnot = innermostKnot(ink);
  const canonicalInk = canonicalise(ink, structure);
  let liveVariables = canonicalInk.liveVariables;
  let choicesAhead = canonicalInk.choicesAhead;
  const rest: Record<string, unknown> = { ...runner, ink: null };
  if (!keepLastKnot) delete rest['lastKnot'];
  if (runner.pending) {
    const before = canonicalise(JSON.parse(runner.pending.before) as JsonObject, structure);
    rest['pending'] = { ...runner.pending, before: before.canonical };
    liveVariables = new Set([...liveVariables, ...before.liveVariables]);
    choicesAhead ||= before.choicesAhead;
  }
  return {
    canonical: `${canonicalInk.canonical}\n${JSON.stringify(rest)}`,
    liveVariables,
    choicesAhead,
    visited,
    endingTag: runner.endingTag,
    lastKnot: runner.lastKnot,
    currentKnot,
  };
}

/** The runner fields and visited knots of a snapshot, without the cost of canonicalising it. */
export function readRunnerFacts(runner: RunnerStateShape): Omit<RunnerStateFacts, 'canonical' | 'liveVariables' | 'choicesAhead'> {
  const ink = JSON.parse(runner.ink) as JsonObject;
  return { visited: visitedIn(ink), endingTag: runner.endingTag, lastKnot: runner.lastKnot, currentKnot: innermostKnot(ink) };
}

/** Knot and stitch declarations in an Ink source file (`=== knot`, `= stitch`), as `knot` / `knot.stitch`. */
export function declaredKnots(inkSource: string): string[] {
  const names: string[] = [];
  let knot: string | null = null;
  for (const line of inkSource.split(/\r?\n/)) {
    const knotMatch = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(line);
    if (knotMatch?.[1]) {
      knot = knotMatch[1];
      names.push(knot);
      continue;
    }
    const stitchMatch = /^\s*=\s*(\w+)/.exec(line);
    if (stitchMatch?.[1] && knot) names.push(`${knot}.${stitchMatch[1]}`);
  }
  return names;
}

/** List functions that can tell apart items a story never names (by order or by whole list). */
const ORDINAL_LIST_FUNCTIONS = /"(LIST_VALUE|LIST_MIN|LIST_MAX|LIST_ALL|LIST_INVERT|LIST_RANGE|LIST_RANDOM|listInt|range|lrnd)"/;

/**
 * Groups single-item answers of a LIST variable by what the story can observe of them. A story
 * tests a one-item list only against items it names (`{determination ? potential_victim_labour}`),
 * so every item it never names behaves the same: those form one group, and each named item its
 * own. When the story uses an ordinal list function, items are told apart by position, so every
 * item is its own group.
 */
export function singleItemAnswerGroups(storyJson: string, list: string, items: readonly string[]): string[][] {
  if (ORDINAL_LIST_FUNCTIONS.test(storyJson)) return items.map((item) => [item]);
  const escaped = list.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // An item is named as `list.item` inside a list literal, or by its bare (global) name.
  const qualified = [...storyJson.matchAll(new RegExp(`"${escaped}\\.(\\w+)"`, 'g'))].map((match) => match[1] ?? '');
  const bare = [...storyJson.matchAll(/"VAR\?"\s*:\s*"(\w+)"/g)].map((match) => match[1] ?? '');
  const named = new Set([...qualified, ...bare]);
  const groups = items.filter((item) => named.has(item)).map((item) => [item]);
  const unnamed = items.filter((item) => !named.has(item));
  if (unnamed.length > 0) groups.push(unnamed);
  return groups;
}
