// A session as it is saved (one persisted snapshot of the tab's actor system plus the attempt's
// decision log) and how it comes back. The log is the truth: restoring starts the session from its
// snapshot without the attempt, spawns the attempt again, replays the log into it (attemptReplay)
// and then compares the whole rebuilt snapshot with the saved one. A snapshot that disagrees with
// its log, or a log that no longer replays, is refused with the reason; the caller sets it aside.
import { createActor } from 'xstate';
import { replayInto, ReplayError } from './attemptReplay';
import type { DecisionEvent } from './log';
import { sessionInconsistency, type SessionActorRef, type SessionMachine } from './machines/sessionMachine';
import { messageOf } from '../util/errors';
import { firstDifference, isRecord } from '../util/json';

export const SESSION_FORMAT = 'threshold-session';
export const SESSION_VERSION = 1;

export interface PersistedSession {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** The session actor's persisted snapshot (with its attempt child), as plain JSON. */
  snapshot: unknown;
  /** The attempt's scenario and decision log; null when the session has no attempt. */
  attempt: { scenarioId: string; title: string; log: DecisionEvent[] } | null;
}

export type RestoredSession = { ok: true; actor: SessionActorRef } | { ok: false; reason: string };

export function persistSession(actor: SessionActorRef): PersistedSession {
  const attempt = actor.getSnapshot().context.attempt?.getSnapshot().context ?? null;
  return {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())),
    attempt: attempt && {
      scenarioId: attempt.resources.scenario.meta.id,
      title: attempt.resources.scenario.meta.title,
      log: [...attempt.log],
    },
  };
}

/** Why `value` is not a saved session (null if it has the shape of one). */
export function persistedSessionProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'the saved data is not an object';
  if (value['format'] !== SESSION_FORMAT) return 'the saved data is not a Threshold session';
  if (value['version'] !== SESSION_VERSION) return `the save has version ${String(value['version'])}, this page reads version ${SESSION_VERSION}`;
  if (!isRecord(value['snapshot'])) return 'the save holds no session snapshot';
  const attempt = value['attempt'];
  if (attempt !== null) {
    if (!isRecord(attempt) || typeof attempt['scenarioId'] !== 'string' || typeof attempt['title'] !== 'string' || !Array.isArray(attempt['log'])) {
      return 'the saved attempt has no scenario, title or log';
    }
  }
  return null;
}

/**
 * The session `saved` describes, rebuilt on `machine` (made with the page's library and clocks:
 * the attempt's clock must give back the logged times first, see replayingClock).
 */
export function restoreSession(machine: SessionMachine, saved: unknown): RestoredSession {
  const problem = persistedSessionProblem(saved);
  if (problem) return { ok: false, reason: problem };
  const { snapshot, attempt } = saved as PersistedSession;
  let actor: SessionActorRef;
  try {
    actor = createActor(machine, { snapshot: withoutAttempt(snapshot) as never }).start();
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
    return { ok: false, reason: `the saved snapshot disagrees with its log: ${inconsistency}` };
  }
  const difference = firstDifference(snapshot, JSON.parse(JSON.stringify(actor.getPersistedSnapshot())), 'snapshot');
  if (difference) {
    actor.stop();
    return {
      ok: false,
      reason: `the saved snapshot disagrees with its log at ${difference.path} (saved ${JSON.stringify(difference.left) ?? 'nothing'}, replayed ${JSON.stringify(difference.right) ?? 'nothing'})`,
    };
  }
  return { ok: true, actor };
}

/** The snapshot without its attempt child: the attempt comes back from its log, never from JSON. */
function withoutAttempt(snapshot: unknown): unknown {
  if (!isRecord(snapshot)) return snapshot;
  const children = isRecord(snapshot['children']) ? { ...snapshot['children'] } : {};
  delete children['attempt'];
  const context = isRecord(snapshot['context']) ? { ...snapshot['context'], attempt: null } : snapshot['context'];
  return { ...snapshot, children, context };
}
