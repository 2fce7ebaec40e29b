// A session as it is saved: the tab's session actor's persisted snapshot, without its attempt, which
// is the screen the tab was on (and the scenario it had opened). The attempt itself is never part of
// it: its decision log is kept once, in the attempt's record (src/records), and is the truth.
// Restoring starts the session from the snapshot, spawns the attempt again from the log the caller
// gives (attemptReplay) and checks the screen against the replayed attempt: while playing, where
// the attempt is (story, form, paused) follows from the log; a screen the log cannot be on (the
// debrief of an unfinished attempt), or a log that no longer replays, is refused with the reason.
import { createActor } from 'xstate';
import { replayInto, ReplayError } from './attemptReplay';
import type { DecisionLog } from './log';
import { SCREENS, sessionInconsistency, type Screen, type SessionActorRef, type SessionMachine } from './machines/sessionMachine';
import { messageOf } from '../util/errors';
import { isRecord } from '../util/json';

export const SESSION_FORMAT = 'threshold-session';
/** 2: the attempt's log left the session (it lives in the attempt's record). */
export const SESSION_VERSION = 2;

export interface PersistedSession {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** The session actor's persisted snapshot without its attempt child, as plain JSON. */
  snapshot: unknown;
}

/** The attempt a restored session holds again: its scenario and its log (from its record). */
export interface RestoredAttempt {
  scenarioId: string;
  log: DecisionLog;
}

export type RestoredSession = { ok: true; actor: SessionActorRef } | { ok: false; reason: string };

export function persistSession(actor: SessionActorRef): PersistedSession {
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    // The attempt child is dropped before the copy, not after: this runs on every change, and the
    // child is nearly all of the snapshot (and grows with the log).
    snapshot: JSON.parse(JSON.stringify(withoutAttempt(actor.getPersistedSnapshot()))),
  };
}

/** Why `value` is not a saved session (null if it has the shape of one). */
export function persistedSessionProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'the saved data is not an object';
  if (value['format'] !== SESSION_FORMAT) return 'the saved data is not a Threshold session';
  if (value['version'] !== SESSION_VERSION) return `the save has version ${String(value['version'])}, this page reads version ${SESSION_VERSION}`;
  if (!isRecord(value['snapshot'])) return 'the save holds no session snapshot';
  return null;
}

/**
 * The session `saved` describes, holding `attempt` again (null: no attempt), rebuilt on `machine`
 * (made with the page's library and clocks: the attempt's clock must give back the logged times
 * first, see replayingClock).
 */
export function restoreSession(machine: SessionMachine, saved: unknown, attempt: RestoredAttempt | null): RestoredSession {
  const problem = persistedSessionProblem(saved);
  if (problem) return { ok: false, reason: problem };
  const { snapshot } = saved as PersistedSession;
  let actor: SessionActorRef;
  try {
    actor = startedFrom(machine, withoutAttempt(snapshot));
  } catch (error) {
    return { ok: false, reason: `the session snapshot cannot be restored: ${messageOf(error)}` };
  }
  if (attempt) {
    try {
      actor.send({ type: 'app.attemptRestored', scenarioId: attempt.scenarioId, log: attempt.log });
      const child = actor.getSnapshot().context.attempt;
      if (!child) throw new Error(`the attempt at '${attempt.scenarioId}' did not start`);
      replayInto(child, attempt.log);
    } catch (error) {
      actor.stop();
      const where = error instanceof ReplayError ? `its log does not replay at event ${error.eventIndex}: ${error.reason}` : messageOf(error);
      return { ok: false, reason: `the saved attempt cannot be restored: ${where}` };
    }
  }
  const inconsistency = sessionInconsistency(actor.getSnapshot());
  if (inconsistency) {
    actor.stop();
    return { ok: false, reason: `the saved screen disagrees with the attempt's log: ${inconsistency}` };
  }
  return { ok: true, actor };
}

/**
 * The session actor started from `snapshot`, or a throw saying why it cannot be. XState does not
 * throw for a snapshot naming a state the machine lacks, or one saved in error: it starts an actor
 * in error (whose snapshot has no `matches`) and rethrows the error later, uncaught, which left a
 * tab that reloads on such a save with no page at all. So the actor is observed for errors before
 * it starts, and anything but an active session is refused here, with XState's reason.
 */
function startedFrom(machine: SessionMachine, snapshot: unknown): SessionActorRef {
  if (isRecord(snapshot) && snapshot['status'] !== 'active') throw new Error(`it was saved ${JSON.stringify(snapshot['status'])}, not active`);
  const actor = createActor(machine, { snapshot: snapshot as never });
  let failure: unknown = null;
  const watch = actor.subscribe({ error: (error) => (failure = error ?? 'unknown error') });
  actor.start();
  watch.unsubscribe();
  if (failure !== null || actor.getSnapshot().status !== 'active') {
    actor.stop();
    throw failure ?? new Error(`the restored session is ${actor.getSnapshot().status}, not active`);
  }
  return actor;
}

/** The snapshot without its attempt child: the attempt comes back from its log, never from JSON. */
function withoutAttempt(snapshot: unknown): unknown {
  if (!isRecord(snapshot)) return snapshot;
  const children = isRecord(snapshot['children']) ? { ...snapshot['children'] } : {};
  delete children['attempt'];
  const context = isRecord(snapshot['context']) ? { ...snapshot['context'], attempt: null } : snapshot['context'];
  return { ...snapshot, children, context };
}

/** The screen a saved session was on (the menu if it names none this page knows). */
export function savedScreen(saved: PersistedSession): Screen {
  const value = isRecord(saved.snapshot) ? saved.snapshot['value'] : undefined;
  const name = isRecord(value) ? Object.keys(value)[0] : value;
  return (SCREENS as readonly unknown[]).includes(name) ? (name as Screen) : 'menu';
}

/** The scenario a saved session had opened (its briefing's), if any. */
export function savedScenarioId(saved: PersistedSession): string | null {
  const context = isRecord(saved.snapshot) ? saved.snapshot['context'] : undefined;
  const id = isRecord(context) ? context['scenarioId'] : undefined;
  return typeof id === 'string' ? id : null;
}
