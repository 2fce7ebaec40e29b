// The one module that touches inkjs's private fields. Nothing else in Threshold reads or writes a
// field inkjs keeps to itself: the runner and the explorer go through the functions below.
//
// Why reach inside at all: the story explorer goes back to the same point of a story tens of
// thousands of times and needs a key for every point it stops at. Saving to JSON and loading it
// again cost more than playing the story; an in-memory copy and a key read straight off the live
// objects cost a few microseconds. inkjs marks these fields private (they are not minified in its
// bundle), so they are pinned to one inkjs version: when this module loads it checks that every
// field it uses exists on a tiny story, and otherwise throws InkInternalsError naming the version
// it was written for, before any story runs on a half-working copy.
import { InkList, Story } from 'inkjs';
import { messageOf } from '../util/errors';

/** The inkjs release these fields were read from (package.json pins it; a unit test checks both agree). */
export const INKJS_VERSION = '2.4.0';

/** inkjs ValueType. */
export const INK_VALUE_TYPE = { bool: -1, int: 0, float: 1, list: 2, string: 3, divertTarget: 4, variablePointer: 5 } as const;

// ---- Public runtime objects, as plain structural types (inkjs declares these members public) ----

export interface InkPath {
  readonly componentsString: string;
}

/** Any piece of compiled story content (text, a divert, a container...): it has a path. */
export interface InkObject {
  readonly path: InkPath;
}

export type InkContainer = InkObject;

export interface InkPointer {
  readonly container: InkContainer | null;
  readonly index: number;
  readonly isNull: boolean;
  /** The content pointed at: the container itself at index -1, null past its end. */
  Resolve(): InkObject | null;
}

/** A runtime value: `value` is a number, boolean, string, Path (divert target), variable name or InkList. */
export interface InkValue {
  readonly valueType: number;
  readonly value: unknown;
  /** Variable pointers only. */
  readonly contextIndex?: number;
}

export interface InkCallStackElement {
  readonly type: number;
  readonly currentPointer: InkPointer;
  readonly inExpressionEvaluation: boolean;
  readonly temporaryVariables: ReadonlyMap<string, InkValue>;
}

export interface InkThread {
  readonly threadIndex: number;
  readonly callstack: readonly InkCallStackElement[];
  readonly previousPointer: InkPointer;
}

export interface InkChoice {
  readonly text: string;
  readonly index: number;
  readonly sourcePath: string;
  readonly targetPath: InkPath | null;
  readonly isInvisibleDefault: boolean;
  readonly tags: readonly string[] | null;
  readonly threadAtGeneration: InkThread | null;
}

// ---- Private shapes: only this module names them ----

interface PrivateThread extends InkThread {
  Copy(): PrivateThread;
}

interface PrivateChoice extends InkChoice {
  tags: string[] | null;
  Clone(): PrivateChoice;
}

interface PrivateFlow {
  readonly callStack: { readonly _threads: readonly PrivateThread[] };
  currentChoices: PrivateChoice[];
}

interface PrivateVariablesState {
  readonly _globalVariables: Map<string, InkValue>;
  _defaultGlobalVariables: ReadonlyMap<string, InkValue>;
  variableChangedEventCallbacks: unknown[];
  readonly _listDefsOrigin: unknown;
  readonly constructor: new (callStack: unknown, listDefinitions: unknown) => PrivateVariablesState;
}

interface PrivateStoryState {
  readonly _currentFlow: PrivateFlow;
  readonly _namedFlows: ReadonlyMap<string, PrivateFlow> | null;
  variablesState: PrivateVariablesState;
  readonly callStack: unknown;
  readonly evaluationStack: readonly InkValue[];
  readonly divertedPointer: InkPointer;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  readonly currentTurnIndex: number;
  readonly storySeed: number;
  readonly previousRandom: number;
  readonly didSafeExit: boolean;
  _patch: unknown;
  CopyAndStartPatching(forBackgroundSave: boolean): PrivateStoryState;
  RestoreAfterPatch(): void;
  ToJson(): string;
}

interface PrivateStory {
  _state: PrivateStoryState;
  _stateSnapshotAtLastNewline: PrivateStoryState | null;
  _asyncContinueActive: boolean;
  _recursiveContinueCount: number;
}

declare const inkStateBrand: unique symbol;

/**
 * An inkjs story state: the live one (liveState) or an in-memory copy that shares nothing mutable
 * with it (copyInkState). Opaque outside this module; readInkState gives what a key needs.
 */
export type InkState = { readonly [inkStateBrand]: true };

const priv = (state: InkState): PrivateStoryState => state as unknown as PrivateStoryState;
const opaque = (state: PrivateStoryState): InkState => state as unknown as InkState;

/** The story's running state (read it; copy it before keeping it). */
export function liveState(story: Story): InkState {
  return opaque((story as unknown as PrivateStory)._state);
}

/**
 * A copy of a story state that shares nothing mutable with it: its own callstack, choices (with the
 * threads they were generated in), globals and counts. inkjs's own CopyAndStartPatching shares the
 * globals and counts and later writes its patch into them, which is right for its one-level
 * lookahead but would change every other copy of the same state.
 */
export function copyInkState(state: InkState): InkState {
  const from = priv(state);
  if (from._patch !== null) throw new Error('cannot copy an ink state in the middle of a lookahead');
  if (from._namedFlows !== null) throw new Error('cannot copy an ink state with named flows');
  const copy = from.CopyAndStartPatching(false);
  // CopyAndStartPatching pointed the shared variables at the copy; point them back.
  from.RestoreAfterPatch();
  const shared = from.variablesState;
  const own = new shared.constructor(copy.callStack, shared._listDefsOrigin);
  own._defaultGlobalVariables = shared._defaultGlobalVariables;
  own.variableChangedEventCallbacks = shared.variableChangedEventCallbacks;
  for (const [name, value] of shared._globalVariables) own._globalVariables.set(name, value);
  copy.variablesState = own;
  copy._patch = null;
  copy._visitCounts = new Map(from._visitCounts);
  copy._turnIndices = new Map(from._turnIndices);
  // Choosing makes a choice's thread the running one, so each copy needs threads of its own
  // (Clone() copies the thread but not the tags).
  copy._currentFlow.currentChoices = from._currentFlow.currentChoices.map((choice) => {
    const cloned = choice.Clone();
    cloned.tags = choice.tags;
    return cloned;
  });
  return opaque(copy);
}

/** Make a fresh copy of `saved` the story's running state (the copy given is never run itself). */
export function installInkState(story: Story, saved: InkState): void {
  const inside = story as unknown as PrivateStory;
  inside._state = priv(copyInkState(saved));
  // inkjs keeps the state from before the last newline for its lookahead; it belongs to the old state.
  inside._stateSnapshotAtLastNewline = null;
}

/**
 * Run `hook` before each step of the story (one instruction; the runaway guard counts them).
 * ContinueSingleStep is public, but inkjs offers no hook around it, so the story object gets its
 * own ContinueSingleStep that calls the hook and then inkjs's. A hook that throws stops the
 * Continue() in progress: its caller must then abandonContinue().
 */
export function onEveryStep(story: Story, hook: () => void): void {
  const inkStep = story.ContinueSingleStep;
  const steppable = story as unknown as { ContinueSingleStep: () => boolean };
  steppable.ContinueSingleStep = function (this: Story) {
    hook();
    return inkStep.call(this);
  };
}

/**
 * Give up a Continue() that was stopped mid-line by an exception (the runaway guard): inkjs has no
 * public way to. Its count of Continue() calls in progress goes back to zero; without that, the
 * next Continue() would not start its variable observation afresh. The story itself is left where
 * it stopped (the explorer reads where that was); load a state before running it again.
 */
export function abandonContinue(story: Story): void {
  const inside = story as unknown as PrivateStory;
  inside._asyncContinueActive = false;
  inside._recursiveContinueCount = 0;
}

/**
 * Before loading saved JSON into the story: a Continue() stopped during its lookahead past a line
 * (abandonContinue) leaves inkjs's state from that line's end aside and a patched copy running.
 * Loading into the copy would keep the lookahead's patch (its visits, its variables) and inkjs
 * would later apply it; going back to the state from the line's end first makes the load clean.
 */
export function dropLookahead(story: Story): void {
  if ((story as unknown as PrivateStory)._stateSnapshotAtLastNewline !== null) story.RestoreStateSnapshot();
}

/** A state as inkjs's own save JSON. */
export function inkStateToJson(state: InkState): string {
  return priv(state).ToJson();
}

/** Everything a state key reads of an ink state (references to the live objects: never change them). */
export interface InkStateView {
  readonly usesNamedFlows: boolean;
  readonly threads: readonly InkThread[];
  readonly choices: readonly InkChoice[];
  readonly globals: ReadonlyMap<string, InkValue>;
  readonly visitCounts: ReadonlyMap<string, number>;
  readonly turnIndices: ReadonlyMap<string, number>;
  readonly currentTurnIndex: number;
  readonly evaluationStack: readonly InkValue[];
  readonly divertedPointer: InkPointer;
  readonly storySeed: number;
  readonly previousRandom: number;
  readonly didSafeExit: boolean;
}

export function readInkState(state: InkState): InkStateView {
  const s = priv(state);
  const flow = s._currentFlow;
  return {
    usesNamedFlows: s._namedFlows !== null,
    threads: flow.callStack._threads,
    choices: flow.currentChoices,
    globals: s.variablesState._globalVariables,
    visitCounts: s._visitCounts,
    turnIndices: s._turnIndices,
    currentTurnIndex: s.currentTurnIndex,
    evaluationStack: s.evaluationStack,
    divertedPointer: s.divertedPointer,
    storySeed: s.storySeed,
    previousRandom: s.previousRandom,
    didSafeExit: s.didSafeExit,
  };
}

/** Knots and stitches with a visit count above zero. */
export function visitedIn(state: InkState): string[] {
  const visited: string[] = [];
  for (const [path, count] of priv(state)._visitCounts) if (count > 0) visited.push(path);
  return visited;
}

/** The LISTs an ink list value came from (kept by inkjs even when the list is empty). */
export function listOriginNames(list: unknown): readonly string[] | null {
  return (list as { _originNames: string[] | null })._originNames;
}

// ---- The load-time check ----

export class InkInternalsError extends Error {
  override name = 'InkInternalsError';
}

/** Every private (or internal) member used above, by the object it is read from. */
const NEEDED = {
  Story: ['_state', '_stateSnapshotAtLastNewline', '_asyncContinueActive', '_recursiveContinueCount', 'ContinueSingleStep', 'RestoreStateSnapshot'],
  StoryState: [
    '_currentFlow',
    '_namedFlows',
    '_visitCounts',
    '_turnIndices',
    '_patch',
    'variablesState',
    'evaluationStack',
    'divertedPointer',
    'currentTurnIndex',
    'storySeed',
    'previousRandom',
    'didSafeExit',
    'CopyAndStartPatching',
    'RestoreAfterPatch',
    'ToJson',
  ],
  VariablesState: ['_globalVariables', '_defaultGlobalVariables', '_listDefsOrigin', 'variableChangedEventCallbacks'],
  Flow: ['callStack', 'currentChoices'],
  CallStack: ['_threads'],
  Thread: ['callstack', 'threadIndex', 'previousPointer', 'Copy'],
  CallStackElement: ['currentPointer', 'inExpressionEvaluation', 'temporaryVariables', 'type'],
  Pointer: ['container', 'index', 'isNull', 'Resolve'],
  Choice: ['text', 'index', 'sourcePath', 'targetPath', 'isInvisibleDefault', 'tags', 'threadAtGeneration', 'Clone'],
  InkList: ['_originNames'],
} as const;

export type InkInternalsOwner = keyof typeof NEEDED;

/** `Owner._field` for each member inkjs keeps to itself (an underscore name): no other module may name one. */
export const PRIVATE_INK_MEMBERS: readonly string[] = (Object.keys(NEEDED) as InkInternalsOwner[]).flatMap((owner) =>
  NEEDED[owner].filter((member) => member.startsWith('_')).map((member) => `${owner}.${member}`),
);

/**
 * A compiled one-line story with a variable and a choice (`VAR x = 1` / `Hi` / `* [A]`), written
 * out so the check needs no compiler: enough to bring every object above into being.
 */
const PROBE_STORY =
  '{"inkVersion":21,"root":[["^Hi","\\n","ev","str","^A","/str","/ev",{"*":"0.c-0","flg":20},{"c-0":["\\n","end",{"->":"0.g-0"},{"#f":5}],"g-0":["done",null]}],"done",{"global decl":["ev",1,{"VAR=":"x"},"/ev","end",null]}],"listDefs":{}}';

/** The objects NEEDED names, from a probe story that has produced a choice. */
export function probeInkObjects(): Record<InkInternalsOwner, object | null> {
  const story = new Story(PROBE_STORY);
  story.Continue();
  const state = (story as unknown as Partial<PrivateStory>)._state ?? story.state;
  const flow = (state as Partial<PrivateStoryState>)._currentFlow ?? null;
  const thread = flow?.callStack?._threads?.[0] ?? null;
  return {
    Story: story,
    StoryState: state,
    VariablesState: story.state.variablesState,
    Flow: flow,
    CallStack: flow?.callStack ?? null,
    Thread: thread,
    CallStackElement: thread?.callstack?.[0] ?? null,
    Pointer: thread?.callstack?.[0]?.currentPointer ?? null,
    Choice: story.currentChoices[0] ?? null,
    InkList: new InkList(),
  };
}

/** `Owner.member` for every needed member the objects lack (an object that could not be reached lacks them all). */
export function missingInkInternals(objects: Record<InkInternalsOwner, object | null>): string[] {
  const missing: string[] = [];
  for (const owner of Object.keys(NEEDED) as InkInternalsOwner[]) {
    const object = objects[owner];
    for (const member of NEEDED[owner]) if (object === null || !(member in object)) missing.push(`${owner}.${member}`);
  }
  return missing;
}

export function inkInternalsMessage(missing: readonly string[]): string {
  return (
    `inkjs internals changed: src/engine/inkInternals.ts reads fields inkjs keeps private and was written for inkjs ${INKJS_VERSION} ` +
    `(ink format 21); the installed inkjs (ink format ${Story.inkVersionCurrent}) lacks ${missing.join(', ')}. ` +
    `Install inkjs ${INKJS_VERSION} (npm ci) or update src/engine/inkInternals.ts for the new version.`
  );
}

/** Throws InkInternalsError when a needed field is missing (or the probe story cannot even run). */
export function checkInkInternals(objects?: Record<InkInternalsOwner, object | null>): void {
  let probed = objects;
  if (!probed) {
    try {
      probed = probeInkObjects();
    } catch (error) {
      throw new InkInternalsError(inkInternalsMessage([`a working Story (${messageOf(error)})`]));
    }
  }
  const missing = missingInkInternals(probed);
  if (missing.length > 0) throw new InkInternalsError(inkInternalsMessage(missing));
}

checkInkInternals();
