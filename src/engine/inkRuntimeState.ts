// The parts of an inkjs StoryState that Threshold reads or copies directly, as plain types.
//
// Why reach inside: the story explorer goes back to the same point of a story tens of thousands of
// times and needs a key for every point it stops at. Saving to JSON and loading it again cost more
// than playing the story; an in-memory copy and a key read straight off these objects cost a few
// microseconds. inkjs marks these fields private (they are not minified in its bundle), so they are
// pinned here to the inkjs version in package.json, and test/unit/engine/storyRunner.test.ts checks
// that a copy plays on exactly as a saved and loaded state does.

/** inkjs ValueType. */
export const INK_VALUE_TYPE = { bool: -1, int: 0, float: 1, list: 2, string: 3, divertTarget: 4, variablePointer: 5 } as const;

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

/** An InkList is a Map from serialised item keys to item values. */
export interface InkListValue extends ReadonlyMap<string, number> {
  readonly _originNames: readonly string[] | null;
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
  Copy(): InkThread;
}

export interface InkCallStack {
  readonly _threads: readonly InkThread[];
}

export interface InkChoice {
  readonly text: string;
  readonly index: number;
  readonly sourcePath: string;
  readonly targetPath: InkPath | null;
  readonly isInvisibleDefault: boolean;
  tags: string[] | null;
  readonly threadAtGeneration: InkThread | null;
  Clone(): InkChoice;
}

export interface InkFlow {
  readonly name: string;
  readonly callStack: InkCallStack;
  currentChoices: InkChoice[];
}

export interface InkVariablesState {
  readonly _globalVariables: Map<string, InkValue>;
  _defaultGlobalVariables: ReadonlyMap<string, InkValue>;
  variableChangedEventCallbacks: unknown[];
  readonly _listDefsOrigin: unknown;
  patch: unknown;
  readonly constructor: new (callStack: InkCallStack, listDefinitions: unknown) => InkVariablesState;
}

export interface InkStoryState {
  readonly _currentFlow: InkFlow;
  readonly _namedFlows: ReadonlyMap<string, InkFlow> | null;
  variablesState: InkVariablesState;
  readonly callStack: InkCallStack;
  readonly evaluationStack: readonly InkValue[];
  readonly divertedPointer: InkPointer;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  readonly currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  readonly didSafeExit: boolean;
  _patch: unknown;
  CopyAndStartPatching(forBackgroundSave: boolean): InkStoryState;
  RestoreAfterPatch(): void;
  ToJson(): string;
}

/**
 * A copy of a story state that shares nothing mutable with it: its own callstack, choices (with the
 * threads they were generated in), globals and counts. inkjs's own CopyAndStartPatching shares the
 * globals and counts and later writes its patch into them, which is right for its one-level
 * lookahead but would change every other copy of the same state.
 */
export function copyInkState(state: InkStoryState): InkStoryState {
  if (state._patch !== null) throw new Error('cannot copy an ink state in the middle of a lookahead');
  if (state._namedFlows !== null) throw new Error('cannot copy an ink state with named flows');
  const copy = state.CopyAndStartPatching(false);
  // CopyAndStartPatching pointed the shared variables at the copy; point them back.
  state.RestoreAfterPatch();
  const shared = state.variablesState;
  const own = new shared.constructor(copy.callStack, shared._listDefsOrigin);
  own._defaultGlobalVariables = shared._defaultGlobalVariables;
  own.variableChangedEventCallbacks = shared.variableChangedEventCallbacks;
  for (const [name, value] of shared._globalVariables) own._globalVariables.set(name, value);
  copy.variablesState = own;
  copy._patch = null;
  copy._visitCounts = new Map(state._visitCounts);
  copy._turnIndices = new Map(state._turnIndices);
  // Choosing makes a choice's thread the running one, so each copy needs threads of its own
  // (Clone() copies the thread but not the tags).
  copy._currentFlow.currentChoices = state._currentFlow.currentChoices.map((choice) => {
    const cloned = choice.Clone();
    cloned.tags = choice.tags;
    return cloned;
  });
  return copy;
}
