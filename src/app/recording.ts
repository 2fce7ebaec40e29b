// Keeps the records (src/records) in step with the tab's session actor, and is the page's one way
// into playing an attempt. Entering takes the scenario's Web Lock first (another tab holds it:
// 'elsewhere'), rereads the store under it, and then replays the trainee's attempt in progress from
// its record, or starts a new one, before the play screen shows: no input can reach a screen that
// is not this tab's copy of the record. While the attempt is on the play screen, every change to its
// log writes the record's newest version. Leaving play (for the menu or the briefing) lets go of it:
// the lock is released once its last version is written, so another tab may carry it on, and
// coming back enters again, from the record as that tab left it. A finished attempt completes its
// record with its result.
import type { Scenario } from '../content/types';
import { replayInto } from '../engine/attemptReplay';
import type { DecisionLog } from '../engine/log';
import type { AttemptActorRef } from '../engine/machines/attemptMachine';
import type { SessionActorRef, SessionEvent, SessionSnapshot } from '../engine/machines/sessionMachine';
import { persistedAttempt } from '../engine/playthrough';
import { SAVE_VERSION, type SaveData } from '../engine/save';
import { score } from '../engine/scoring/score';
import type { InProgressRecord } from '../records/attemptRecord';
import type { Claim, Recorder, RecordsService } from '../records/recordsService';
import { messageOf } from '../util/errors';
import { scoringConfigFor } from './academy';

export type EnterOutcome =
  | { kind: 'playing' }
  /** Another tab plays this trainee's attempt at the scenario. */
  | { kind: 'elsewhere' }
  /** Nothing to resume: the attempt was finished or discarded (in another tab) meanwhile. */
  | { kind: 'gone' }
  /** The attempt in progress was begun on another version of the story: offer a restart. */
  | { kind: 'outdated'; record: InProgressRecord }
  | { kind: 'failed'; reason: string }
  /** Another entry is under way (a double click). */
  | { kind: 'busy' };

/** The attempt a session restored after a reload already holds (see tabRestore.ts). */
export interface RestoredBinding {
  recordId: string;
  /** Null for a completed record (its outcome or debrief): nothing more is written. */
  recorder: Recorder | null;
  /** How many of the restored log's events the record holds (the rest are written at once). */
  written: number;
}

export interface Recording {
  /**
   * Plays `scenario` in this tab: carries on the trainee's attempt in progress there, or, with
   * `startNew`, begins one if there is none.
   */
  enter(scenario: Scenario, startNew: boolean): Promise<EnterOutcome>;
  /** The record of the attempt the session holds (being played, or its outcome), if any. */
  currentRecordId(): string | null;
  /** The same, with the attempt's log as this tab has it (for the tab's saved screen). */
  current(): { recordId: string; log: DecisionLog } | null;
}

interface Bound {
  ref: AttemptActorRef;
  recordId: string | null;
  /** Set while this tab plays the attempt (and holds its lock); null once it has let go. */
  recorder: Recorder | null;
  /** How many log events the record already holds. */
  written: number;
}

export function bindRecording(actor: SessionActorRef, records: RecordsService, restored: RestoredBinding | null): Recording {
  let bound: Bound | null = null;
  /** What the next attempt child belongs to: a claim taken by enter(), or the restored binding. */
  let adopting: Claim | RestoredBinding | null = restored;
  let entering = false;
  let replaying = false;

  const saveOf = (ref: AttemptActorRef): SaveData => {
    const { context } = ref.getSnapshot();
    return { version: SAVE_VERSION, scenarioId: context.resources.scenario.meta.id, snapshot: persistedAttempt(ref), log: [...context.log] };
  };

  const bind = (ref: AttemptActorRef): Bound => {
    const written = ref.getSnapshot().context.log.length;
    const claim = adopting;
    adopting = null;
    if (!claim) {
      // Spawned outside enter() (the LMS bridge resuming its own copy): claimed as it plays, with the
      // lock the bridge took for the page before it resumed (so never 'elsewhere' there).
      const late: Bound = { ref, recordId: null, recorder: null, written };
      if (ref.getSnapshot().status === 'active') void claimLate(late);
      return late;
    }
    if ('recordId' in claim) return { ref, ...claim };
    const recorder = claim.inProgress ? claim.resume() : claim.begin(ref.getSnapshot().context.resources.scenario, saveOf(ref));
    return { ref, recordId: recorder.record.id, recorder, written };
  };

  const write = (): void => {
    if (!bound?.recorder || replaying) return;
    const attempt = bound.ref.getSnapshot();
    const { log, resources, ending } = attempt.context;
    if (attempt.matches('ended')) {
      const scenario = resources.scenario;
      bound.recorder.complete(log, ending ?? 'end', score(scenario, log, scoringConfigFor(scenario)));
      bound.recorder = null;
      return;
    }
    if (log.length === bound.written) return;
    bound.written = log.length;
    bound.recorder.progress(saveOf(bound.ref));
  };

  const follow = (snapshot: SessionSnapshot): void => {
    const ref = snapshot.context.attempt;
    if (ref !== (bound?.ref ?? null)) {
      bound?.recorder?.leave();
      bound = ref ? bind(ref) : null;
    }
    write();
    if (bound?.recorder && !snapshot.matches('play') && !entering) {
      // Off the play screen: the attempt is this tab's no longer (entering again rereads it).
      bound.recorder.leave();
      bound.recorder = null;
    }
    // Only an attempt this tab holds is ever played here (every way in goes through enter()).
  };
  actor.subscribe(follow);
  follow(actor.getSnapshot());

  return {
    async enter(scenario, startNew) {
      if (entering) return { kind: 'busy' };
      entering = true;
      try {
        return await enterUnderLock(scenario, startNew);
      } finally {
        entering = false;
        // Had the session not gone into play after all, the attempt is let go now.
        follow(actor.getSnapshot());
      }
    },
    currentRecordId: () => bound?.recordId ?? null,
    current: () => (bound?.recordId ? { recordId: bound.recordId, log: bound.ref.getSnapshot().context.log } : null),
  };

  async function claimLate(late: Bound): Promise<void> {
    const scenario = late.ref.getSnapshot().context.resources.scenario;
    const claimed = await records.claim(scenario.meta.id);
    if (bound !== late) {
      if (claimed !== 'elsewhere') claimed.release();
      return;
    }
    if (claimed === 'elsewhere') {
      // Another tab owns the record: this tab never writes it, and leaves play.
      if (actor.getSnapshot().matches('play')) actor.send({ type: 'trainee.exit' });
      return;
    }
    late.recorder = claimed.inProgress ? claimed.resume() : claimed.begin(scenario, saveOf(late.ref));
    late.recordId = late.recorder.record.id;
    late.written = -1;
    write();
  }

  async function enterUnderLock(scenario: Scenario, startNew: boolean): Promise<EnterOutcome> {
    const scenarioId = scenario.meta.id;
    const claim = await records.claim(scenarioId);
    if (claim === 'elsewhere') return { kind: 'elsewhere' };
    const record = claim.inProgress;
    if (!record && !startNew) {
      claim.release();
      return { kind: 'gone' };
    }
    if (record && !records.sameStoryVersion(record, scenario)) {
      claim.release();
      return { kind: 'outdated', record };
    }
    const from = actor.getSnapshot();
    adopting = claim;
    // A fresh attempt child: a new attempt at the story's start, or the record's, replayed.
    actor.send({ type: 'app.attemptRestored', scenarioId, log: record?.log ?? [] });
    adopting = null;
    const child = actor.getSnapshot().context.attempt;
    try {
      if (!child || bound?.ref !== child) throw new Error('the attempt did not start');
      replaying = true;
      if (record) replayInto(child, record.log);
    } catch (error) {
      if (bound?.ref === child) {
        bound.recorder?.leave();
        bound.recorder = null;
      } else claim.release();
      return { kind: 'failed', reason: messageOf(error) };
    } finally {
      replaying = false;
    }
    bound.written = child.getSnapshot().context.log.length;
    actor.send(from.matches('briefing') ? { type: 'trainee.start' } : { type: 'trainee.resume' });
    return { kind: 'playing' };
  }
}

/**
 * The scenario whose attempt `event` would play (so the page enters it through the records first),
 * or null when the event does not go into play: starting from a briefing, resuming from the menu,
 * or the browser's Forward into play.
 */
export function scenarioToEnter(snapshot: SessionSnapshot, event: SessionEvent): { scenarioId: string; startNew: boolean } | null {
  if (snapshot.matches('play')) return null;
  const attempt = snapshot.context.attempt?.getSnapshot();
  const unfinished = attempt?.status === 'active' ? attempt.context.resources.scenario.meta.id : null;
  const intoPlay = event.type === 'trainee.navigate' && event.screen === 'play';
  if (snapshot.matches('briefing')) {
    const opened = snapshot.context.scenarioId;
    if (event.type === 'trainee.start' && opened !== null) return { scenarioId: opened, startNew: true };
    if (intoPlay && opened !== null && unfinished === opened) return { scenarioId: opened, startNew: false };
  }
  if (snapshot.matches('menu') && (event.type === 'trainee.resume' || intoPlay) && unfinished !== null) return { scenarioId: unfinished, startNew: false };
  return null;
}

export function elsewhereNotice(title: string): string {
  return `${title} is open in another tab or window. Carry on there, or close it there first.`;
}
