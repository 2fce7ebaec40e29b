// A reload brings the tab back to the screen it was on (records/sessionStore.ts), with the attempt
// that screen shows rebuilt from its record's log: for an attempt in progress the scenario's lock is
// taken first and the record reread under it, exactly as when the trainee enters an attempt from the
// menu (recording.ts). The tab's own copy of the log counts only where it carries the record's log
// on (inputs whose write was in flight at the reload); where they differ, the record wins. Whatever is wrong (an unreadable
// save, a record finished or discarded meanwhile, the attempt open in another tab, a story that
// changed), the tab opens on the menu with a notice: the page always renders, and the attempt
// stays in the records, resumable from there.
import { createActor } from 'xstate';
import type { Scenario } from '../content/types';
import type { DecisionLog } from '../engine/log';
import type { SessionActorRef, SessionMachine } from '../engine/machines/sessionMachine';
import { restoreSession, savedScenarioId, savedScreen, type RestoredAttempt } from '../engine/sessionPersistence';
import type { Claim, RecordsService } from '../records/recordsService';
import type { TabSessionLookup } from '../records/sessionStore';
import { isJsonPrefix } from '../util/json';
import { elsewhereNotice, type RestoredBinding } from './recording';

export interface RestoredTab {
  actor: SessionActorRef;
  /** The attempt the restored session holds, for bindRecording. */
  binding: RestoredBinding | null;
  notices: string[];
}

export interface TabRestoreContext {
  machine: SessionMachine;
  records: RecordsService;
  /** Downloads a scenario's story (restoring replays it). */
  load(id: string): Promise<Scenario | undefined>;
}

export async function restoreTab(saved: TabSessionLookup, { machine, records, load }: TabRestoreContext): Promise<RestoredTab> {
  const onMenu = (notice?: string): RestoredTab => ({ actor: createActor(machine).start(), binding: null, notices: notice ? [notice] : [] });
  if (saved.kind === 'none') return onMenu();
  if (saved.kind === 'unreadable') return onMenu(await records.quarantine(`sessionStorage/${saved.key}`, saved.reason, saved.raw));
  const { session, recordId } = saved.stored;
  const screen = savedScreen(session);
  const opened = savedScenarioId(session);
  if (opened !== null) await load(opened).catch(() => undefined);
  // Only a browser that keeps records has kept the attempt; one that cannot (IndexedDB refused) lost it.
  const kept = records.recording ? 'Your attempts are kept: carry on from the menu.' : 'This browser is not keeping attempts right now, so the attempt played before the reload is lost.';
  const cannotReturn = (why: string) => onMenu(`This tab could not return to where it was: ${why}. ${kept}`);

  let attempt: RestoredAttempt | null = null;
  let claim: Claim | null = null;
  let written = 0;
  if (screen === 'play' || screen === 'outcome' || screen === 'debrief') {
    const record = recordId === null ? undefined : records.get(recordId);
    if (!record) return cannotReturn('its attempt is not among the records in this browser');
    const scenario = await load(record.scenario.id).catch(() => undefined);
    if (!scenario) return cannotReturn(`the scenario '${record.scenario.title}' is no longer available`);
    if (record.status === 'completed') {
      attempt = { scenarioId: record.scenario.id, log: record.log };
      written = record.log.length;
    } else {
      // Still in progress: this tab takes it again, as when entering it from the menu.
      const claimed = await records.claim(record.scenario.id);
      if (claimed === 'elsewhere') return onMenu(elsewhereNotice(record.scenario.title));
      if (claimed.inProgress?.id !== record.id) {
        claimed.release();
        return cannotReturn(`the attempt at ${record.scenario.title} was finished or discarded in another tab`);
      }
      if (!records.sameStoryVersion(claimed.inProgress, scenario)) {
        claimed.release();
        return cannotReturn(`${record.scenario.title} has changed since the attempt began`);
      }
      claim = claimed;
      const stored = claimed.inProgress.log;
      const tabLog = saved.stored.log;
      written = stored.length;
      attempt = { scenarioId: record.scenario.id, log: carriesOn(tabLog, stored) ? tabLog : stored };
    }
  }
  const restored = restoreSession(machine, session, attempt);
  if (!restored.ok) {
    claim?.release();
    return cannotReturn(restored.reason);
  }
  const binding = recordId !== null && attempt ? { recordId, recorder: claim ? claim.resume() : null, written } : null;
  return { actor: restored.actor, binding, notices: [] };
}

/**
 * Does the tab's own copy of the log carry the record's log on (the record's log is its start)? Then
 * it holds inputs whose write was still in flight at the reload; otherwise the record wins.
 */
export function carriesOn(tabLog: DecisionLog | null, recordLog: DecisionLog): tabLog is DecisionLog {
  return tabLog !== null && isJsonPrefix(recordLog, tabLog);
}
