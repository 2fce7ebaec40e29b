// What the results page does with each file a trainer drops in: read it within the size and depth
// limits, split an export into its attempts, and verify each by replay against the stories this
// build carries. Each attempt ends up verified, tampered (it disagrees with itself or its story) or
// unverifiable (unreadable here, or made on a story version or configuration this build lacks).
import type { Scenario } from '../content/types';
import { parseAttemptsFile, type Attempt } from '../engine/attempt';
import { parseJsonInput } from '../engine/jsonInput';
import type { ScoringConfig } from '../engine/scoring/types';
import { verify } from '../engine/verify';

/**
 * `disagrees`: an imported attempt that verifies on its own but is not what the academy's LRS
 * received as it happened (lrsCohort.ts): the LRS is the anchor, so the file is not to be trusted.
 */
export type CheckedStatus = 'verified' | 'tampered' | 'unverifiable' | 'disagrees';

/** Where an attempt came from: an imported file (1-based position within it) or an LRS's statements. */
export type AttemptSource = { kind: 'file'; file: string; position: number } | { kind: 'lrs'; endpoint: string; registration: string; actor: string };

export interface CheckedAttempt {
  source: AttemptSource;
  status: CheckedStatus;
  /** Why it is not verified. */
  reason?: string;
  /** Absent only when the entry could not be read as an attempt at all. */
  attempt?: Attempt;
  /** A verified file attempt that the LRS load holds too, identical: counted once, as the LRS's. */
  confirmedByLrs?: true;
}

export function fileSource(file: string, position = 1): AttemptSource {
  return { kind: 'file', file, position };
}

export interface CheckContext {
  scenarios: ReadonlyMap<string, Scenario>;
  configFor: (scenario: Scenario) => ScoringConfig;
}

/** `bytes` is the file's size as the browser reports it (checked before its text is read). */
export function checkAttemptFile(file: string, text: string, bytes: number, context: CheckContext): CheckedAttempt[] {
  const json = parseJsonInput(text, bytes);
  if (!json.ok) return [{ source: fileSource(file), status: 'unverifiable', reason: json.reason }];
  const contents = parseAttemptsFile(json.value);
  if (!contents.ok) return [{ source: fileSource(file), status: 'unverifiable', reason: contents.reason }];
  return contents.attempts.map((parsed, index): CheckedAttempt => {
    const source = fileSource(file, index + 1);
    // A file that is JSON but not an attempt was edited or is not ours: either way not readable.
    if (!parsed.ok) return { source, status: 'unverifiable', reason: parsed.reason };
    return { source, ...checkAttempt(parsed.attempt, context) };
  });
}

/** One attempt verified by replay against this build's story: the check every source goes through. */
export function checkAttempt(attempt: Attempt, context: CheckContext): { status: CheckedStatus; reason?: string; attempt: Attempt } {
  const scenario = context.scenarios.get(attempt.scenario);
  if (!scenario) return { status: 'unverifiable', reason: `this build has no scenario '${attempt.scenario}'`, attempt };
  const verdict = verify(scenario, attempt, context.configFor(scenario));
  if (verdict.ok) return { status: 'verified', attempt };
  return { status: verdict.cause === 'mismatch' ? 'tampered' : 'unverifiable', reason: verdict.reason, attempt };
}
