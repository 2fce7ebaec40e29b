// What the results page does with each file a trainer drops in: read it within the size and depth
// limits, split an export into its attempts, and verify each by replay against the stories this
// build carries. Each attempt ends up verified, tampered (it disagrees with itself or its story) or
// unverifiable (unreadable here, or made on a story version or configuration this build lacks).
import type { Scenario } from '../content/types';
import { parseAttemptsFile, type Attempt } from '../engine/attempt';
import { parseJsonInput } from '../engine/jsonInput';
import type { ScoringConfig } from '../engine/scoring/types';
import { verify } from '../engine/verify';

export type CheckedStatus = 'verified' | 'tampered' | 'unverifiable';

export interface CheckedAttempt {
  file: string;
  /** 1-based position in the file (1 for a single-attempt file). */
  position: number;
  status: CheckedStatus;
  /** Why it is not verified. */
  reason?: string;
  /** Absent only when the entry could not be read as an attempt at all. */
  attempt?: Attempt;
}

export interface CheckContext {
  scenarios: ReadonlyMap<string, Scenario>;
  configFor: (scenario: Scenario) => ScoringConfig;
}

/** `bytes` is the file's size as the browser reports it (checked before its text is read). */
export function checkAttemptFile(file: string, text: string, bytes: number, context: CheckContext): CheckedAttempt[] {
  const json = parseJsonInput(text, bytes);
  if (!json.ok) return [{ file, position: 1, status: 'unverifiable', reason: json.reason }];
  const contents = parseAttemptsFile(json.value);
  if (!contents.ok) return [{ file, position: 1, status: 'unverifiable', reason: contents.reason }];
  return contents.attempts.map((parsed, index): CheckedAttempt => {
    const position = index + 1;
    // A file that is JSON but not an attempt was edited or is not ours: either way not readable.
    if (!parsed.ok) return { file, position, status: 'unverifiable', reason: parsed.reason };
    const attempt = parsed.attempt;
    const scenario = context.scenarios.get(attempt.scenario);
    if (!scenario) return { file, position, status: 'unverifiable', reason: `this build has no scenario '${attempt.scenario}'`, attempt };
    const verdict = verify(scenario, attempt, context.configFor(scenario));
    if (verdict.ok) return { file, position, status: 'verified', attempt };
    return { file, position, status: verdict.cause === 'mismatch' ? 'tampered' : 'unverifiable', reason: verdict.reason, attempt };
  });
}
