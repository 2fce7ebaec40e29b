// The attempt as an LMS keeps it between sessions: SCORM's cmi.suspend_data (at most 4,096
// characters in SCORM 1.2, 64,000 in 2004). It holds the trainee's inputs only (traineeInputs.ts),
// as compact JSON, deflated (fflate, ~8 kB in the page) and base64-encoded. When an attempt would
// not fit, the encoding gives up what matters least, one step at a time, and says so:
//   1. times to the millisecond, withdrawn flags kept (exact);
//   2. times to the second (the attempt replays the same; durations round);
//   3. a flag withdrawn before the next choice is dropped together with its withdrawal (scoring
//      reads the flags at the end, so the result is the same; the feedback's log positions move);
//   4. the notebook as it ends: only each indicator's last flag, when it is still flagged, and no
//      pause that was resumed. This bounds what a trainee adds to the story's path whatever they
//      do: at most one flag per indicator of the taxonomy, each form once, one pause. (Scoring reads
//      the final flags and never the pauses; the debrief's times move.)
// The build checks that an attempt heavier than any real one (the longest path, every indicator
// flagged, a month between inputs) fits every shipped story at some step, and prints which
// (src/cli/suspendDataBudget.ts). A real attempt is lighter and usually keeps step 1; the encoding
// still steps down by itself for what the check cannot foresee.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { TraineeInput } from './traineeInputs';

export const SCORM12_SUSPEND_LIMIT = 4096;
export const SCORM2004_SUSPEND_LIMIT = 64000;

const FORMAT = 'T1';

export type SuspendFidelity = 'exact' | 'seconds' | 'net-flags' | 'final-notebook';

export interface EncodedSuspendData {
  data: string;
  fidelity: SuspendFidelity;
}

export class SuspendDataError extends Error {
  override name = 'SuspendDataError';
}

type Packed = [code: string, dt: number, arg?: number | string | readonly string[]];

export function encodeSuspendData(inputs: readonly TraineeInput[], limit: number): EncodedSuspendData {
  const attempts: Array<[SuspendFidelity, readonly TraineeInput[], number]> = [
    ['exact', inputs, 1],
    ['seconds', inputs, 1000],
    ['net-flags', withoutWithdrawnFlags(inputs), 1000],
    ['final-notebook', finalNotebook(inputs), 1000],
  ];
  let size = 0;
  for (const [fidelity, kept, unit] of attempts) {
    const data = pack(kept, unit);
    if (data.length <= limit) return { data, fidelity };
    size = data.length;
  }
  throw new SuspendDataError(`the attempt needs ${size} characters of suspend data, more than the LMS's ${limit}`);
}

export function decodeSuspendData(data: string): TraineeInput[] {
  const [format, body] = data.split('.', 2);
  if (format !== FORMAT || body === undefined) throw new SuspendDataError(`suspend data is not in format ${FORMAT}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(inflateSync(base64ToBytes(body))));
  } catch (error) {
    throw new SuspendDataError(`suspend data cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'number' || !Array.isArray(parsed[1])) {
    throw new SuspendDataError('suspend data has the wrong shape');
  }
  const unit = parsed[0];
  let at = 0;
  return (parsed[1] as unknown[]).map((entry, i) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Number.isInteger(entry[1]) || entry[1] < 0) {
      throw new SuspendDataError(`suspend data input ${i} has the wrong shape`);
    }
    const [code, dt, arg] = entry as Packed;
    at += dt * unit;
    return unpackInput(code, at, arg, i);
  });
}

function pack(inputs: readonly TraineeInput[], unit: number): string {
  let previous = 0;
  const packed: Packed[] = inputs.map((input) => {
    const at = Math.floor(input.at / unit);
    const dt = Math.max(0, at - previous);
    previous = at;
    return packInput(input, dt);
  });
  return `${FORMAT}.${bytesToBase64(deflateSync(strToU8(JSON.stringify([unit, packed])), { level: 9 }))}`;
}

function packInput(input: TraineeInput, dt: number): Packed {
  switch (input.type) {
    case 'trainee.choose':
      return ['c', dt, input.index];
    case 'trainee.flag':
      return ['f', dt, input.indicator];
    case 'trainee.unflag':
      return ['u', dt, input.indicator];
    case 'trainee.submitDetermination':
      return ['d', dt, input.determination];
    case 'trainee.submitReferrals':
      return ['r', dt, input.referrals];
    case 'trainee.pause':
      return ['p', dt];
    case 'trainee.resume':
      return ['s', dt];
  }
}

function unpackInput(code: string, at: number, arg: Packed[2], i: number): TraineeInput {
  const text = (): string => {
    if (typeof arg !== 'string') throw new SuspendDataError(`suspend data input ${i} lacks its id`);
    return arg;
  };
  switch (code) {
    case 'c':
      if (!Number.isInteger(arg) || (arg as number) < 0) throw new SuspendDataError(`suspend data input ${i} lacks its choice`);
      return { type: 'trainee.choose', at, index: arg as number };
    case 'f':
      return { type: 'trainee.flag', at, indicator: text() };
    case 'u':
      return { type: 'trainee.unflag', at, indicator: text() };
    case 'd':
      return { type: 'trainee.submitDetermination', at, determination: text() };
    case 'r':
      if (!Array.isArray(arg) || !arg.every((id) => typeof id === 'string')) throw new SuspendDataError(`suspend data input ${i} lacks its referrals`);
      return { type: 'trainee.submitReferrals', at, referrals: arg };
    case 'p':
      return { type: 'trainee.pause', at };
    case 's':
      return { type: 'trainee.resume', at };
    default:
      throw new SuspendDataError(`suspend data input ${i} is of an unknown kind '${code}'`);
  }
}

/** Drops each flag that is withdrawn before the next non-notebook input, with its withdrawal. */
export function withoutWithdrawnFlags(inputs: readonly TraineeInput[]): TraineeInput[] {
  const kept: TraineeInput[] = [];
  for (const input of inputs) {
    if (input.type === 'trainee.unflag') {
      // Look back only over notebook inputs since the last story step.
      let j = kept.length - 1;
      while (j >= 0 && (kept[j]!.type === 'trainee.flag' || kept[j]!.type === 'trainee.unflag')) {
        const earlier = kept[j]!;
        if (earlier.type === 'trainee.flag' && earlier.indicator === input.indicator) break;
        j--;
      }
      const earlier = kept[j];
      if (earlier?.type === 'trainee.flag' && earlier.indicator === input.indicator) {
        kept.splice(j, 1);
        continue;
      }
    }
    kept.push(input);
  }
  return kept;
}

/**
 * The inputs with the notebook reduced to how it ends: each indicator flagged at the end keeps its
 * last flag (where it was not flagged, since everything before it about that indicator goes too),
 * every other flag and withdrawal goes, and so does every pause that was resumed (while paused the
 * attempt takes nothing but the resume, so the two are adjacent).
 */
export function finalNotebook(inputs: readonly TraineeInput[]): TraineeInput[] {
  const lastNotebookInput = new Map<string, number>();
  inputs.forEach((input, i) => {
    if (input.type === 'trainee.flag' || input.type === 'trainee.unflag') lastNotebookInput.set(input.indicator, i);
  });
  return inputs.filter((input, i) => {
    if (input.type === 'trainee.flag') return lastNotebookInput.get(input.indicator) === i;
    if (input.type === 'trainee.unflag') return false;
    if (input.type === 'trainee.pause') return inputs[i + 1]?.type !== 'trainee.resume';
    if (input.type === 'trainee.resume') return inputs[i - 1]?.type !== 'trainee.pause';
    return true;
  });
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
