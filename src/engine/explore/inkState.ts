// What the explorer needs to know about a compiled story: which knots exist, a copy of the story
// that counts visits to every knot (so "never reached" can be answered), which knots can reach
// which and what each reads (so stateKey.ts can tell what of a state can still matter), and how
// the story can observe a form's answers.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface StoryStructure {
  /** The story JSON with visit counting switched on for every knot and stitch. */
  instrumentedJson: string;
  /** Every knot and stitch (`knot` or `knot.stitch`), in the order the compiler wrote them. */
  knots: string[];
  /** Knots and stitches counted only for the explorer: their counts are left out of the state key. */
  countedForExplorer: ReadonlySet<string>;
  /** The story reads TURNS() or TURNS_SINCE(), so turn numbers stay in the state key. */
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
   * order; otherwise a list is a set and its items are sorted in the state key (stateKey.ts).
   */
  listOrderMatters: boolean;
  /**
   * The story calls LIST_ALL or LIST_INVERT, which read the LISTs an empty list came from; nothing
   * else does (inkjs's own save leaves an empty list's origins out when it equals the default).
   */
  emptyListOriginsMatter: boolean;
  /**
   * Choice contents that only print text and divert to another knot (`* [Record it] -> decisions`),
   * by container path, with the knot they go to. A flow standing in one can no longer get back into
   * its own knot through it, so that knot is not live on its account.
   */
  exits: ReadonlyMap<string, string>;
}

const VISITS_FLAG = 0x1;
const GENERATED_NAME = /^[cg]-\d+$/;

/**
 * A container the author cannot name: an unlabelled choice or gather (`c-3`, `g-0`) or an indexed
 * weave (`0`). Only the story's own choice points inside it read its visit count.
 */
export function isUnnamedPath(path: string): boolean {
  const last = path.split('.').pop() ?? '';
  return GENERATED_NAME.test(last) || /^\d+$/.test(last);
}

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
    emptyListOriginsMatter: /"(LIST_ALL|LIST_INVERT)"/.test(storyJson),
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
