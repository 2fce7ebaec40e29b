// The page inside a SCORM package: launched as `index.html?scenario=<id>&lms=scorm12|scorm2004`
// (scormManifest.ts's launchParameters), it finds the LMS's API in a parent frame or the opener,
// resumes the attempt the LMS kept (cmi.suspend_data: the trainee's inputs, played again through
// the engine's attempt and then replayed into the session like any restored attempt), reports
// progress after every input and the result when the attempt ends, and commits and terminates when
// the attempt ends or the page is hidden for good (`pagehide`; never `unload`). What goes to the
// LMS is records/lms (scormValues.ts, suspendData.ts); this file only connects it to the session.
// Outside an LMS (no `lms` parameter) it does nothing. The trainee hears, in a status line, when
// the LMS is missing or refuses something: an LMS that silently lost an attempt is worse than none.
import type { Scenario } from '../content/types';
import { replayInto } from '../engine/attemptReplay';
import type { AttemptSnapshot } from '../engine/machines/attemptMachine';
import type { SessionActorRef } from '../engine/machines/sessionMachine';
import { score, type ScoringConfig } from '../engine/scoring/score';
import { scormLaunchOf, type ScormEdition } from '../records/lms/scormManifest';
import { findScormApi, ScormSession, type FrameLike } from '../records/lms/scormSession';
import type { ScormProgress } from '../records/lms/scormValues';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT } from '../records/lms/suspendData';
import { continuesInputs, logOfInputs, traineeInputsOf, type TraineeInput } from '../records/lms/traineeInputs';
import { h } from '../ui/dom';
import { messageOf } from '../util/errors';
import { elsewhereNotice } from './recording';

export interface LmsBridgeOptions {
  /** The page's query string (`location.search`). */
  search: string;
  /** The page's window: the API is looked for in its parents and its opener. */
  frame: FrameLike;
  actor: SessionActorRef;
  /** Downloads a scenario (the page's ensureLoaded). */
  load(scenarioId: string): Promise<Scenario | undefined>;
  /** Shows a scenario's briefing (the page's openScenario). */
  open(scenarioId: string): void;
  /**
   * Takes the scenario's attempt for this window until it closes (RecordsService.keepForPage);
   * false when another tab or window has it open.
   */
  holdAttempt(scenarioId: string): Promise<boolean>;
  scoringFor(scenario: Scenario): ScoringConfig;
  /** Tells the trainee something about the LMS (an accessible status line). */
  announce(message: string): void;
  /** Calls `listener` when the page goes away (`pagehide`). */
  onPageHide(listener: () => void): void;
  /** Milliseconds, for the session time the LMS receives. */
  now?: () => number;
}

export const LMS_MESSAGES = {
  connected: 'Connected to your learning management system (LMS): your progress and result are reported to it.',
  notFound:
    'Your learning management system (LMS) was not found, so this attempt is not reported to it. Open the scenario from your course in the LMS, or tell your trainer.',
  resumed: 'Your attempt was resumed where you left it, as your LMS kept it.',
  sent: 'Your result was sent to your LMS. To try the scenario again, launch it again from your course.',
} as const;

const SUSPEND_LIMIT: Record<ScormEdition, number> = { scorm12: SCORM12_SUSPEND_LIMIT, scorm2004: SCORM2004_SUSPEND_LIMIT };

/**
 * Connects the page to the LMS when it was launched by a SCORM package; returns false (and changes
 * nothing) otherwise. Resolves once the launch's scenario is on screen.
 */
export async function connectLms(options: LmsBridgeOptions): Promise<boolean> {
  const launch = scormLaunchOf(options.search);
  if (!launch) return false;
  const { edition, scenarioId } = launch;
  const { actor, announce } = options;
  const now = options.now ?? Date.now;
  const scenario = await options.load(scenarioId).catch(() => undefined);
  const api = findScormApi(options.frame, edition);
  if (!scenario) {
    announce(`This package's scenario '${scenarioId}' is not in this version of Threshold. Tell your trainer.`);
    return true;
  }
  if (!api) {
    announce(LMS_MESSAGES.notFound);
    options.open(scenarioId);
    return true;
  }
  // Before the LMS session starts, and so before anything is resumed or written: a second window of
  // the same launch would resume the attempt too, and whichever closed last would write its own,
  // older progress (or none) over the other's in the LMS.
  if (!(await options.holdAttempt(scenarioId))) {
    announce(`${elsewhereNotice(scenario.meta.title)} This window reports nothing to your LMS.`);
    return true;
  }
  const session = new ScormSession(edition, api);
  let kept: ReturnType<ScormSession['start']>;
  try {
    kept = session.start();
  } catch (error) {
    announce(`Your LMS did not start this session (${messageOf(error)}), so this attempt is not reported to it. Tell your trainer.`);
    options.open(scenarioId);
    return true;
  }
  const startedAt = now();
  /** What the LMS holds now: written again when the page goes away. */
  let last: ScormProgress = { kind: 'inProgress', suspendData: kept.suspendData, location: '' };
  let finished = false;
  let restoring = false;
  let reportedLength = -1;

  const progressOf = (attempt: AttemptSnapshot): ScormProgress | null => {
    const { log, turn } = attempt.context;
    const suspendData = encodeSuspendData(traineeInputsOf(log), SUSPEND_LIMIT[edition]).data;
    const location = `turn ${turn}`;
    if (attempt.matches('ended')) {
      const result = score(scenario, log, options.scoringFor(scenario));
      return result ? { kind: 'scored', suspendData, location, result } : { kind: 'completed', suspendData, location };
    }
    return attempt.status === 'active' ? { kind: 'inProgress', suspendData, location } : null;
  };

  /** Commits and terminates, once; false when the LMS refused a value. */
  const finish = (): boolean => {
    if (finished) return true;
    finished = true;
    try {
      session.finish(last, now() - startedAt);
      return true;
    } catch (error) {
      announce(refused(error));
      return false;
    }
  };

  const follow = (): void => {
    if (finished || restoring) return;
    const attempt = attemptAt(actor, scenarioId);
    if (!attempt || attempt.context.log.length === reportedLength) return;
    reportedLength = attempt.context.log.length;
    try {
      const progress = progressOf(attempt);
      if (!progress) return;
      last = progress;
      if (progress.kind === 'inProgress') return session.report(progress);
      if (finish()) announce(LMS_MESSAGES.sent);
    } catch (error) {
      announce(refused(error));
    }
  };

  announce(LMS_MESSAGES.connected);
  if (kept.suspendData === '') {
    showScenario(actor, scenarioId, options.open);
  } else {
    restoring = true;
    try {
      resume(actor, scenario, decodeSuspendData(kept.suspendData));
      const attempt = attemptAt(actor, scenarioId);
      reportedLength = attempt?.context.log.length ?? -1;
      last = (attempt && progressOf(attempt)) ?? last;
      announce(LMS_MESSAGES.resumed);
    } catch (error) {
      announce(`The progress your LMS kept could not be resumed (${messageOf(error)}), so the scenario starts again.`);
      showScenario(actor, scenarioId, options.open);
    } finally {
      restoring = false;
    }
  }
  actor.subscribe(follow);
  options.onPageHide(() => void finish());
  return true;
}

/** The session's attempt when it is at `scenarioId`. */
function attemptAt(actor: SessionActorRef, scenarioId: string): AttemptSnapshot | null {
  const attempt = actor.getSnapshot().context.attempt?.getSnapshot() ?? null;
  return attempt?.context.resources.scenario.meta.id === scenarioId ? attempt : null;
}

/**
 * Brings back the attempt the LMS kept. The session may hold it already (this browser restored it
 * from its own storage, as far as the LMS knows or further); otherwise it is rebuilt from the
 * inputs and replayed into the session as a restored attempt.
 */
function resume(actor: SessionActorRef, scenario: Scenario, inputs: readonly TraineeInput[]): void {
  const scenarioId = scenario.meta.id;
  const held = attemptAt(actor, scenarioId);
  if (!held || !continuesInputs(inputs, traineeInputsOf(held.context.log))) {
    const log = logOfInputs(scenario, inputs);
    toMenu(actor);
    actor.send({ type: 'app.attemptRestored', scenarioId, log });
    const child = actor.getSnapshot().context.attempt;
    if (!child) throw new Error('the attempt did not start');
    replayInto(child, log);
  }
  const attempt = attemptAt(actor, scenarioId);
  if (attempt?.matches('ended')) {
    if (!actor.getSnapshot().matches('outcome') && !actor.getSnapshot().matches('debrief')) {
      toMenu(actor);
      actor.send({ type: 'trainee.navigate', screen: 'outcome' });
    }
  } else if (!actor.getSnapshot().matches('play')) {
    toMenu(actor);
    actor.send({ type: 'trainee.resume' });
  }
}

/** The launch's scenario on screen: its briefing, unless the session is already there. */
function showScenario(actor: SessionActorRef, scenarioId: string, open: (scenarioId: string) => void): void {
  const snapshot = actor.getSnapshot();
  const there = snapshot.matches('menu') ? false : snapshot.matches('briefing') ? snapshot.context.scenarioId === scenarioId : attemptAt(actor, scenarioId) !== null;
  if (there) return;
  toMenu(actor);
  open(scenarioId);
}

function toMenu(actor: SessionActorRef): void {
  if (!actor.getSnapshot().matches('menu')) actor.send({ type: 'trainee.navigate', screen: 'menu' });
}

function refused(error: unknown): string {
  return `Your LMS did not accept your progress (${messageOf(error)}). Keep this window open and tell your trainer: the LMS may not have your attempt.`;
}

/**
 * The page's wiring: a status line before `anchor` (empty until there is something to say), the
 * window's query, frames and `pagehide`.
 */
export function connectLmsInPage(
  anchor: Element,
  options: Pick<LmsBridgeOptions, 'actor' | 'load' | 'open' | 'holdAttempt' | 'scoringFor'>,
): Promise<boolean> {
  if (!scormLaunchOf(window.location.search)) return Promise.resolve(false);
  const status = h('p', { className: 'lms-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  anchor.before(status);
  return connectLms({
    ...options,
    search: window.location.search,
    frame: window as unknown as FrameLike,
    announce: (message) => (status.textContent = message),
    onPageHide: (listener) => window.addEventListener('pagehide', listener),
  });
}
