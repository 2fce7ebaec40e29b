// The page's LMS bridge (src/app/lmsBridge.ts) against scorm-again's real runtimes, in Node: a
// session actor as the page makes it, a trainee's inputs sent to it, and what the LMS holds after
// each; then a second launch from what the LMS kept, which must bring back the same attempt.
import 'fake-indexeddb/auto';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { connectLms, LMS_MESSAGES, type LmsBridgeOptions } from '../../../src/app/lmsBridge';
import { bindRecording } from '../../../src/app/recording';
import type { TraineeInput as EngineInput } from '../../../src/engine/attemptEvents';
import { replayingClock, steppingClock } from '../../../src/engine/clock';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { sessionMachineFor, type SessionActorRef } from '../../../src/engine/machines/sessionMachine';
import { resumingClock } from '../../../src/engine/playthrough';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { score } from '../../../src/engine/scoring/score';
import type { ScormEdition } from '../../../src/records/lms/scormManifest';
import { decodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../../src/records/lms/suspendData';
import { traineeInputsOf } from '../../../src/records/lms/traineeInputs';
import { openIdbAttemptStore } from '../../../src/records/idbAttemptStore';
import { RecordsService } from '../../../src/records/recordsService';
import type { LockManagerLike } from '../../../src/records/tabLock';
import { memoryLocks, released } from '../records/helpers';
import { scenario } from '../xapi/fixtures';

const story = scenario('scn_02_hotel_welfare_check');
const played = playHeadless(story, 21).log;
const inputs: EngineInput[] = traineeInputsOf(played).map(({ at: _at, ...input }) => input as EngineInput);
const result = score(story, played, resolveScoringConfig(story))!;
const search = (edition: ScormEdition) => `?scenario=${story.meta.id}&lms=${edition}`;

/** A session actor as the page makes one: the clock carries on after a restored log. */
function pageSession(): SessionActorRef {
  const machine = sessionMachineFor({
    scenario: (id) => (id === story.meta.id ? story : undefined),
    clockFor: (log) => replayingClock(log.map((event) => event.at), resumingClock(log, steppingClock(1500))),
  });
  return createActor(machine).start();
}

interface Launch {
  actor: SessionActorRef;
  messages: string[];
  opened: string[];
  hide: () => void;
  connected: Promise<boolean>;
}

function launch(
  edition: ScormEdition,
  frame: LmsBridgeOptions['frame'],
  actor = pageSession(),
  query = search(edition),
  holdAttempt: LmsBridgeOptions['holdAttempt'] = async () => true,
): Launch {
  const messages: string[] = [];
  const opened: string[] = [];
  let hide = () => {};
  let clock = 0;
  const connected = connectLms({
    search: query,
    frame,
    actor,
    load: async (id) => (id === story.meta.id ? story : undefined),
    open: (id) => {
      opened.push(id);
      actor.send({ type: 'trainee.open', scenarioId: id });
    },
    holdAttempt,
    scoringFor: (s) => resolveScoringConfig(s),
    announce: (message) => messages.push(message),
    onPageHide: (listener) => (hide = listener),
    now: () => (clock += 60_000),
  });
  return { actor, messages, opened, hide: () => hide(), connected };
}

function newLms(edition: ScormEdition, kept?: Record<string, unknown>) {
  const lms = edition === 'scorm12' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (kept) lms.loadFromJSON(kept);
  return lms;
}

/** What an LMS hands the next launch of a SCO left with exit = suspend. */
function relaunchData(edition: ScormEdition, lms: Scorm12API | Scorm2004API): Record<string, unknown> {
  const cmi = stored(lms);
  return edition === 'scorm12'
    ? { suspend_data: cmi.suspend_data, core: { entry: cmi.core.exit === 'suspend' ? 'resume' : '', lesson_status: cmi.core.lesson_status, lesson_location: cmi.core.lesson_location } }
    : { suspend_data: cmi.suspend_data, entry: cmi.exit === 'suspend' ? 'resume' : '', location: cmi.location, completion_status: cmi.completion_status };
}

/** The LMS's copy of the data model, as it would persist it (write-only elements included). */
const stored = (lms: Scorm12API | Scorm2004API) => (lms.renderCMIToJSONObject() as { cmi: Record<string, any> }).cmi;

const attemptOf = (actor: SessionActorRef) => actor.getSnapshot().context.attempt!.getSnapshot();

describe.each(['scorm12', 'scorm2004'] as const)('the page in a %s package', (edition) => {
  const twelve = edition === 'scorm12';

  it('opens the launch’s scenario, reports each input and, at the end, the result, then terminates', async () => {
    const lms = newLms(edition);
    const session = launch(edition, { API: lms, API_1484_11: lms });
    expect(await session.connected).toBe(true);
    expect(session.opened).toEqual([story.meta.id]);
    expect(session.messages).toEqual([LMS_MESSAGES.connected]);
    session.actor.send({ type: 'trainee.start' });
    session.actor.send(inputs[0]!);
    const cmi = lms.cmi as any;
    expect(twelve ? cmi.core.lesson_status : cmi.completion_status).toBe('incomplete');
    expect(decodeSuspendData(cmi.suspend_data).map((input) => input.type)).toEqual([inputs[0]!.type]);
    for (const input of inputs.slice(1)) session.actor.send(input);
    expect(attemptOf(session.actor).matches('ended')).toBe(true);
    if (twelve) {
      expect(cmi.core.lesson_status).toBe(result.passed ? 'passed' : 'failed');
      expect([cmi.core.score.raw, cmi.core.score.min, cmi.core.score.max]).toEqual([String(result.scores.overall), '0', '100']);
      expect(cmi.suspend_data.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
      expect(stored(lms).core.exit).toBe('');
    } else {
      expect([cmi.completion_status, cmi.success_status]).toEqual(['completed', result.passed ? 'passed' : 'failed']);
      expect(cmi.score.scaled).toBe(String(result.scores.overall / 100));
      expect(cmi.objectives.childArray.map((o: any) => [o.id, o.score.raw])).toEqual(
        (['identification', 'questioning', 'referral'] as const).map((c) => [c, String(result.scores[c])]),
      );
      expect(stored(lms).exit).toBe('normal');
    }
    // Time in this launch: the bridge's clock stepped once at the start and once at the end.
    expect(twelve ? stored(lms).core.session_time : stored(lms).session_time).toBe(twelve ? '00:01:00' : 'PT0H1M0S');
    expect(lms.isTerminated()).toBe(true);
    expect(session.messages.at(-1)).toBe(LMS_MESSAGES.sent);
    // The page going away afterwards changes nothing: the launch has ended.
    session.hide();
    expect(lms.isTerminated()).toBe(true);
  });

  it('leaves mid-attempt with exit suspend, and the next launch resumes the same attempt from the LMS alone', async () => {
    const first = newLms(edition);
    const before = launch(edition, { API: first, API_1484_11: first });
    await before.connected;
    before.actor.send({ type: 'trainee.start' });
    const half = Math.floor(inputs.length / 2);
    for (const input of inputs.slice(0, half)) before.actor.send(input);
    before.hide();
    expect(first.isTerminated()).toBe(true);
    const cmi = first.cmi as any;
    expect(twelve ? stored(first).core.exit : stored(first).exit).toBe('suspend');
    expect(twelve ? cmi.core.lesson_status : cmi.completion_status).toBe('incomplete');

    // A new browser: nothing of the first launch but what the LMS kept.
    const second = newLms(edition, relaunchData(edition, first));
    const after = launch(edition, { parent: { API: second, API_1484_11: second } });
    await after.connected;
    expect(after.messages.at(-1)).toBe(LMS_MESSAGES.resumed);
    expect(after.opened).toEqual([]);
    expect(after.actor.getSnapshot().matches('play')).toBe(true);
    const was = attemptOf(before.actor).context;
    const now = attemptOf(after.actor).context;
    expect(now.transcript).toEqual(was.transcript);
    expect(now.offered).toEqual(was.offered);
    expect(traineeInputsOf(now.log)).toEqual(traineeInputsOf(was.log));

    // The attempt carries on to the same result, reported to the second launch's LMS.
    for (const input of inputs.slice(half)) after.actor.send(input);
    expect(score(story, attemptOf(after.actor).context.log, resolveScoringConfig(story))).toEqual(result);
    const done = second.cmi as any;
    expect(twelve ? done.core.lesson_status : done.success_status).toBe(result.passed ? 'passed' : 'failed');
    expect(second.isTerminated()).toBe(true);
  });
});

describe('two windows of one LMS launch', () => {
  /** A window's page: its records (fake-indexeddb, shared by the browser's windows) and recording. */
  async function pageWithRecords(locks: LockManagerLike) {
    const { service: records } = await RecordsService.open(() => openIdbAttemptStore(), {
      scenarios: new Map([[story.meta.id, story]]),
      scoringFor: (s) => resolveScoringConfig(s),
      onWriteStatus: () => undefined,
      locks,
    });
    const actor = pageSession();
    return { actor, records, recording: bindRecording(actor, records, null) };
  }

  it('the second says the attempt is open elsewhere before it starts the LMS session, resumes or writes anything', async () => {
    // An attempt left midway, as the LMS keeps it; the trainee then opens the launch in two windows.
    const earlier = newLms('scorm12');
    const left = launch('scorm12', { API: earlier });
    await left.connected;
    left.actor.send({ type: 'trainee.start' });
    const half = Math.floor(inputs.length / 2);
    for (const input of inputs.slice(0, half)) left.actor.send(input);
    left.hide();
    const kept = relaunchData('scorm12', earlier);

    const locks = memoryLocks();
    const [one, two] = [await pageWithRecords(locks), await pageWithRecords(locks)];
    const [lmsOne, lmsTwo] = [newLms('scorm12', kept), newLms('scorm12', kept)];
    const first = launch('scorm12', { API: lmsOne }, one.actor, search('scorm12'), (id) => one.records.keepForPage(id));
    const second = launch('scorm12', { API: lmsTwo }, two.actor, search('scorm12'), (id) => two.records.keepForPage(id));
    await Promise.all([first.connected, second.connected]);
    expect(first.messages.at(-1)).toBe(LMS_MESSAGES.resumed);
    expect(second.messages).toEqual([`${story.meta.title} is open in another tab or window. Carry on there, or close it there first. This window reports nothing to your LMS.`]);
    expect(lmsTwo.isInitialized()).toBe(false);
    expect(two.actor.getSnapshot().context.attempt).toBeFalsy();

    // The first window plays on and is closed; the second is closed after it: the LMS keeps what the
    // first reported (the second would otherwise write its older progress over it), and so do the records.
    for (const input of inputs.slice(half, half + 2)) first.actor.send(input);
    first.hide();
    second.hide();
    expect(lmsTwo.isInitialized()).toBe(false);
    expect(stored(lmsTwo).suspend_data).toBe(kept.suspend_data);
    expect(decodeSuspendData(stored(lmsOne).suspend_data)).toHaveLength(half + 2);
    // The resumed attempt's record is claimed as it plays (recording.ts), under the window's lock.
    await vi.waitFor(() => expect(one.recording.currentRecordId()).not.toBeNull());
    expect(traineeInputsOf(one.records.get(one.recording.currentRecordId()!)!.log)).toHaveLength(half + 2);
    expect(two.recording.currentRecordId()).toBeNull();
    // The first window keeps the attempt until it closes, even off the play screen.
    one.actor.send({ type: 'trainee.navigate', screen: 'menu' });
    await released();
    expect(await two.records.claim(story.meta.id)).toBe('elsewhere');
  });
});

describe('when the LMS is missing or refuses', () => {
  it('outside a SCORM launch the bridge does nothing', async () => {
    const session = launch('scorm12', { API: newLms('scorm12') }, pageSession(), '?scenario=scn_02_hotel_welfare_check');
    expect(await session.connected).toBe(false);
    expect(session.opened).toEqual([]);
    expect(session.messages).toEqual([]);
  });

  it('without an API in any frame the trainee is told, and still plays', async () => {
    const session = launch('scorm2004', { parent: { parent: {} }, opener: {} });
    await session.connected;
    expect(session.messages).toEqual([LMS_MESSAGES.notFound]);
    expect(session.opened).toEqual([story.meta.id]);
  });

  it('a value the LMS refuses is told to the trainee, with the element', async () => {
    const lms = new Scorm12API({ logLevel: 5 });
    const refusing = new Proxy(lms, {
      get: (target, key) =>
        key === 'LMSSetValue'
          ? (element: string, value: string) => (element === 'cmi.core.lesson_location' ? 'false' : target.LMSSetValue(element, value))
          : Reflect.get(target, key),
    });
    const session = launch('scorm12', { API: refusing });
    await session.connected;
    session.actor.send({ type: 'trainee.start' });
    session.actor.send(inputs[0]!);
    expect(session.messages.at(-1)).toMatch(/^Your LMS did not accept your progress \(the LMS refused cmi\.core\.lesson_location/);
  });

  it('suspend data that does not replay is told, and the scenario starts again', async () => {
    const lms = newLms('scorm12', { suspend_data: 'T1.not-base64!', core: { entry: 'resume' } });
    const session = launch('scorm12', { API: lms });
    await session.connected;
    expect(session.messages.at(-1)).toMatch(/^The progress your LMS kept could not be resumed \(suspend data cannot be read/);
    expect(session.opened).toEqual([story.meta.id]);
  });
});
