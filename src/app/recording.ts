// Keeps the records (src/records) in step with the tab's session actor: a new attempt child begins
// a record, every change to its log writes the record's newest version, and a finished attempt is
// completed with its result. Also the menu's way into the records: resuming an attempt in progress
// that is not the session's current one (its log is replayed into a fresh attempt child), with the
// per-attempt Web Lock taken first so two tabs never write the same attempt.
import { replayInto } from '../engine/attemptReplay';
import type { AttemptActorRef } from '../engine/machines/attemptMachine';
import type { SessionActorRef } from '../engine/machines/sessionMachine';
import { persistedAttempt } from '../engine/playthrough';
import { SAVE_VERSION, type SaveData } from '../engine/save';
import { score } from '../engine/scoring/score';
import type { InProgressRecord } from '../records/attemptRecord';
import type { Recorder, RecordsService } from '../records/recordsService';
import { scoringConfigFor } from './academy';

export interface Recording {
  /** Resume `record` in this tab: 'elsewhere' if another tab has it, or why its log did not replay. */
  resume(record: InProgressRecord): Promise<'resumed' | 'elsewhere' | { failed: string }>;
  /** The record behind the session's current attempt, if any. */
  currentRecordId(): string | null;
  /** Stop recording the session's current attempt and release its lock (it is being discarded). */
  letGo(): Promise<void>;
}

export function bindRecording(actor: SessionActorRef, records: RecordsService, onElsewhere: (title: string) => void): Recording {
  let bound: { ref: AttemptActorRef; recorder: Recorder | null; written: number; completed: boolean } | null = null;
  /** The recorder the next new attempt child belongs to (set just before the menu resumes a record). */
  let adopting: Recorder | null = null;

  const saveOf = (ref: AttemptActorRef): SaveData => {
    const { context } = ref.getSnapshot();
    return { version: SAVE_VERSION, scenarioId: context.resources.scenario.meta.id, snapshot: persistedAttempt(ref), log: [...context.log] };
  };

  const write = (): void => {
    if (!bound?.recorder || bound.completed) return;
    const attempt = bound.ref.getSnapshot();
    const { log, resources, ending } = attempt.context;
    if (attempt.matches('ended')) {
      bound.completed = true;
      const scenario = resources.scenario;
      bound.recorder.complete(log, ending ?? 'end', score(scenario, log, scoringConfigFor(scenario)));
      return;
    }
    if (log.length === bound.written) return;
    bound.written = log.length;
    bound.recorder.progress(saveOf(bound.ref));
  };

  const claim = async (ref: AttemptActorRef): Promise<void> => {
    const scenario = ref.getSnapshot().context.resources.scenario;
    // A session restored after a reload carries on with this trainee's record of that scenario.
    const existing = records.progress().get(scenario.meta.id)?.inProgress;
    const recorder = existing ? await records.resume(existing) : await records.begin(scenario, saveOf(ref));
    if (bound?.ref !== ref) {
      if (recorder !== 'elsewhere') recorder.leave();
      return;
    }
    if (recorder === 'elsewhere') {
      // This tab keeps its copy of the attempt but never writes it: the other tab owns the record.
      bound.completed = true;
      if (actor.getSnapshot().matches('play')) actor.send({ type: 'trainee.exit' });
      onElsewhere(scenario.meta.title);
      return;
    }
    bound.recorder = recorder;
    write();
  };

  const follow = (snapshot: ReturnType<SessionActorRef['getSnapshot']>): void => {
    const ref = snapshot.context.attempt;
    if (ref !== (bound?.ref ?? null)) {
      bound?.recorder?.leave();
      bound = ref ? { ref, recorder: adopting, written: -1, completed: false } : null;
      adopting = null;
      if (bound && !bound.recorder) {
        const attempt = bound.ref.getSnapshot();
        const scenarioId = attempt.context.resources.scenario.meta.id;
        // A session restored after a reload can hold an attempt that had already finished: its
        // record was completed then (unless that write never landed, when the record is still in
        // progress and is completed now). Beginning a record for it would count it twice.
        if (attempt.matches('ended') && !records.progress().get(scenarioId)?.inProgress) bound.completed = true;
        else void claim(bound.ref);
      }
    }
    // The lock is held while this tab's session holds the attempt (also on the menu, from which
    // the session can resume it): it is released when the attempt finishes, is replaced, or the tab
    // closes.
    write();
  };
  actor.subscribe(follow);
  // A session restored after a reload already holds its attempt: claim it now, not at the next input.
  follow(actor.getSnapshot());

  return {
    async resume(record) {
      const recorder = await records.resume(record);
      if (recorder === 'elsewhere') return 'elsewhere';
      adopting = recorder;
      actor.send({ type: 'app.attemptRestored', scenarioId: record.scenario.id, log: record.log });
      const child = actor.getSnapshot().context.attempt;
      try {
        if (!child) throw new Error('the attempt did not start');
        replayInto(child, record.log);
      } catch (error) {
        recorder.leave();
        return { failed: error instanceof Error ? error.message : String(error) };
      }
      actor.send({ type: 'trainee.resume' });
      return 'resumed';
    },
    currentRecordId: () => bound?.recorder?.record.id ?? null,
    async letGo() {
      if (!bound) return;
      bound.completed = true;
      bound.recorder?.leave();
      // The browser frees a Web Lock once its holder's promise settles, a task later.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
