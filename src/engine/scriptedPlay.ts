// Plays a scenario along a scripted path (scriptedPath.ts) through the real Playthrough, as a
// trainee would: each choice is found by its text among those on offer, flags go into the notebook,
// form answers are submitted when the story asks for them. A path that no longer fits the story
// stops with the step and what the story offers there, so a trainer's regression path that an
// edit broke says exactly where.
import type { Scenario } from '../content/types';
import { steppingClock } from './clock';
import type { DecisionLog } from './log';
import { Playthrough, type PlaythroughView } from './playthrough';
import type { PathExpectation, ScriptedStep } from './scriptedPath';
import type { Result } from './scoring/types';
import { TranscriptRecorder, type TranscriptEntry } from './transcriptRecorder';
import { messageOf } from '../util/errors';

export interface ScriptedResult {
  scenarioId: string;
  ending: string;
  log: DecisionLog;
  transcript: TranscriptEntry[];
}

/** The path does not fit the story; `step` is 1-based (0: after the last step). */
export class PathMismatchError extends Error {
  override name = 'PathMismatchError';
  constructor(
    readonly step: number,
    message: string,
  ) {
    super(message);
  }
}

const STEP_MS = 1000;

export function playScriptedPath(scenario: Scenario, steps: readonly ScriptedStep[]): ScriptedResult {
  const playthrough = Playthrough.start(scenario, steppingClock(STEP_MS));
  const transcript = new TranscriptRecorder();
  transcript.catchUp(playthrough);
  steps.forEach((step, i) => {
    const number = i + 1;
    const view = playthrough.view();
    const mismatch = (reason: string): PathMismatchError =>
      new PathMismatchError(number, `step ${number} (${describeStep(step)}): ${reason}; ${offered(view)}`);
    try {
      take(playthrough, step, view, mismatch);
    } catch (error) {
      // The playthrough refuses what no trainee could do (an unknown id, a form not asked for).
      throw error instanceof PathMismatchError ? error : mismatch(messageOf(error));
    }
    transcript.catchUp(playthrough);
  });
  const end = playthrough.view();
  if (!end.complete) throw new PathMismatchError(0, `the path ends after step ${steps.length}, but the attempt is not finished; ${offered(end)}`);
  return { scenarioId: scenario.meta.id, ending: end.ending ?? 'end', log: playthrough.log, transcript: transcript.entries };
}

function take(playthrough: Playthrough, step: ScriptedStep, view: PlaythroughView, mismatch: (reason: string) => PathMismatchError): void {
  switch (step.kind) {
    case 'flags':
      for (const indicator of step.indicators) if (!playthrough.view().flags.includes(indicator)) playthrough.flag(indicator);
      break;
    case 'determination':
      if (view.pendingDecision !== 'determination') throw mismatch('the story does not ask for the determination here');
      playthrough.submitDetermination(step.determination);
      break;
    case 'referrals':
      if (view.pendingDecision !== 'referrals') throw mismatch('the story does not ask for the referrals here');
      playthrough.submitReferrals(step.referrals);
      break;
    case 'choice': {
      if (view.complete || view.pendingDecision) throw mismatch('the story offers no choice here');
      const matching = view.choices.filter((choice) => choice.text === step.text);
      const choice = matching.find((c) => c.index === step.index) ?? matching[0];
      if (!choice) throw mismatch('the story does not offer this choice here');
      if (!choice.available) throw mismatch(`the choice is not available now (${choice.reason})`);
      playthrough.choose(choice.index);
      break;
    }
  }
}

/** What the story offers at a point, for a message: the choices, the form it waits for, or its end. */
function offered(view: PlaythroughView): string {
  if (view.pendingDecision) return `the story waits for the ${view.pendingDecision} form`;
  if (view.ended) return `the story has ended (${view.ending ?? 'end'})`;
  const list = view.choices.map((choice) => `"${choice.text}"${choice.available ? '' : ` (unavailable: ${choice.reason})`}`);
  return `on offer: ${list.join(', ')}`;
}

export function describeStep(step: ScriptedStep): string {
  switch (step.kind) {
    case 'choice':
      return `choice "${step.text}"`;
    case 'flags':
      return `flags ${step.indicators.join(', ') || '(none)'}`;
    case 'determination':
      return `determination ${step.determination}`;
    case 'referrals':
      return `referrals ${step.referrals.join(', ') || '(none)'}`;
  }
}

/** What differs from the expectation, one sentence each; empty when everything expected holds. */
export function unmetExpectations(expected: PathExpectation, ending: string, result: Result | null): string[] {
  const unmet: string[] = [];
  if (expected.ending !== undefined && expected.ending !== ending) unmet.push(`expected ending '${expected.ending}', reached '${ending}'`);
  if (result === null) {
    if (expected.passed !== undefined || expected.scores !== undefined || expected.firstFeedback !== undefined) {
      unmet.push('expected a result, but the story is unscored');
    }
    return unmet;
  }
  if (expected.passed !== undefined && expected.passed !== result.passed) unmet.push(`expected the attempt to ${expected.passed ? 'pass' : 'fail'}, but it ${result.passed ? 'passed' : 'did not pass'}`);
  for (const [key, value] of Object.entries(expected.scores ?? {})) {
    const got = result.scores[key as keyof Result['scores']];
    if (got !== value) unmet.push(`expected ${key} ${value}, scored ${got}`);
  }
  const first = result.feedback[0]?.taxonomyId;
  if (expected.firstFeedback !== undefined && expected.firstFeedback !== first) {
    unmet.push(`expected the first feedback item to be about '${expected.firstFeedback}', it is about '${first ?? '(nothing)'}'`);
  }
  return unmet;
}
