// The conversation with an LMS's SCORM API for one launch: find the API the LMS put in a parent
// frame (or the opener), initialise, read what the LMS kept (entry, suspend data, learner), write
// progress after every input, and finish. SCORM 1.2 and 2004 differ only in names, so each edition
// is an adapter onto one small interface.
import { exitValue, scormValues, sessionTimeValue, type CmiValue, type ScormProgress } from './scormValues';
import type { ScormEdition } from './scormManifest';

/** The SCORM 1.2 API object (window.API). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}

/** The SCORM 2004 API object (window.API_1484_11). */
export interface Scorm2004Api {
  Initialize(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

interface Api {
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  lastError(): string;
}

export interface ScormLaunch {
  /** 'resume' when the LMS kept an attempt from an earlier launch. */
  entry: 'ab-initio' | 'resume' | '';
  suspendData: string;
  learnerId: string;
  learnerName: string;
}

export class ScormError extends Error {
  override name = 'ScormError';
}

export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  API?: unknown;
  API_1484_11?: unknown;
}

/** The LMS's API for `edition`, searched up the frames (at most 10) and then in the opener's. */
export function findScormApi(start: FrameLike, edition: ScormEdition): Scorm12Api | Scorm2004Api | null {
  const key = edition === 'scorm12' ? 'API' : 'API_1484_11';
  const search = (from: FrameLike | null | undefined): unknown => {
    let frame = from;
    for (let depth = 0; frame && depth <= 10; depth++) {
      try {
        if (frame[key]) return frame[key];
      } catch {
        return null; // a cross-origin frame: the API cannot be there for us
      }
      if (!frame.parent || frame.parent === frame) break;
      frame = frame.parent;
    }
    return null;
  };
  const api = search(start) ?? search(start.opener);
  return (api as Scorm12Api | Scorm2004Api | null) ?? null;
}

export class ScormSession {
  private readonly api: Api;
  private started = false;
  private finished = false;

  constructor(
    readonly edition: ScormEdition,
    api: Scorm12Api | Scorm2004Api,
  ) {
    this.api = edition === 'scorm12' ? adapt12(api as Scorm12Api) : adapt2004(api as Scorm2004Api);
  }

  start(): ScormLaunch {
    if (!this.api.initialize()) throw new ScormError(`the LMS refused to initialise (error ${this.api.lastError()})`);
    this.started = true;
    const twelve = this.edition === 'scorm12';
    const entry = this.api.get(twelve ? 'cmi.core.entry' : 'cmi.entry');
    return {
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      suspendData: this.api.get('cmi.suspend_data'),
      learnerId: this.api.get(twelve ? 'cmi.core.student_id' : 'cmi.learner_id'),
      learnerName: this.api.get(twelve ? 'cmi.core.student_name' : 'cmi.learner_name'),
    };
  }

  /** Writes the attempt's progress and commits it: called after every input. */
  report(progress: ScormProgress): void {
    this.write(scormValues(this.edition, progress));
    if (!this.api.commit()) throw new ScormError(`the LMS did not commit (error ${this.api.lastError()})`);
  }

  /** Ends the launch: session time, exit mode (suspend keeps the attempt), commit, finish. Once. */
  finish(progress: ScormProgress, sessionMs: number): void {
    if (!this.started || this.finished) return;
    this.finished = true;
    this.write([...scormValues(this.edition, progress), sessionTimeValue(this.edition, sessionMs), exitValue(this.edition, progress)]);
    this.api.commit();
    this.api.finish();
  }

  private write(values: readonly CmiValue[]): void {
    for (const [element, value] of values) {
      if (!this.api.set(element, value)) {
        throw new ScormError(`the LMS refused ${element} = ${JSON.stringify(value.slice(0, 80))} (error ${this.api.lastError()})`);
      }
    }
  }
}

const ok = (answer: string | boolean) => answer === true || answer === 'true';

function adapt12(api: Scorm12Api): Api {
  return {
    initialize: () => ok(api.LMSInitialize('')),
    get: (element) => String(api.LMSGetValue(element) ?? ''),
    set: (element, value) => ok(api.LMSSetValue(element, value)),
    commit: () => ok(api.LMSCommit('')),
    finish: () => ok(api.LMSFinish('')),
    lastError: () => String(api.LMSGetLastError()),
  };
}

function adapt2004(api: Scorm2004Api): Api {
  return {
    initialize: () => ok(api.Initialize('')),
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => ok(api.SetValue(element, value)),
    commit: () => ok(api.Commit('')),
    finish: () => ok(api.Terminate('')),
    lastError: () => String(api.GetLastError()),
  };
}
