// The results page's LRS cohort, against a real LRS (Learning Locker's statement service, in memory,
// on this helper's port range): statements fetched by activity and stored-time range across pages,
// one attempt per registration, each rebuilt and verified by replay; imported files held against
// the LRS (a changed decision with a recomputed result, an attempt the LRS never received); and the
// trainer's form and error words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttempt, type Attempt } from '../../../src/engine/attempt';
import { storyContentHash } from '../../../src/engine/digest';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import type { Scenario } from '../../../src/content/types';
import { checkAttemptFile, type CheckContext, type CheckedAttempt } from '../../../src/records/importCheck';
import { anchorToLrs, checkLrsAttempt, cohortAttempts, loadLrsCohort, type LrsCohortRequest } from '../../../src/records/lrsCohort';
import { ALL_SCENARIOS, endpointProblem, lrsFailureWords, readLrsForm } from '../../../src/records/lrsCohortRequest';
import { fetchStatements, LrsQueryError, sendStatements } from '../../../src/records/xapi/lrsClient';
import { headlessStatements } from '../../../src/records/xapi/headlessAttempt';
import { cmi5PublisherId } from '../../../src/records/xapi/cmi5CourseStructure';
import { isTraineeInput, statementsForWholeAttempt, type XapiAttempt } from '../../../src/records/xapi/statements';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import type { XapiStatement } from '../../../src/records/xapi/types';
import { CMI5_CATEGORY, EXTENSIONS, VERBS } from '../../../src/records/xapi/vocabulary';
import { startLrs, type RunningLrs } from '../../lrs/lrs';
import { scenario } from './fixtures';

// This helper's ports are 5231-5239; the LRS test here takes 5232.
const LRS_PORT = Number(process.env.THRESHOLD_TEST_LRS_PORT ?? 5232);
const BASE = 'https://academy.test/threshold';
const tutorial = scenario('sample_bus_shelter');
const hotel = scenario('scn_02_hotel_welfare_check');
const scenarios = new Map([tutorial, hotel].map((s) => [s.meta.id, s]));
const context: CheckContext = { scenarios, configFor: (s) => resolveScoringConfig(s) };

/** A played attempt as the records layer exports it, with the registration its statements use. */
function played(story: Scenario, seed: number, registration: string, trainee: string, startedAt: string): Attempt {
  const { log, ending } = playHeadless(story, seed);
  return buildAttempt({
    scenario: story.meta.id,
    record: {
      id: registration,
      trainee,
      cohort: 'Spring',
      title: story.meta.title,
      contentHash: storyContentHash(story.storyJson),
      startedAt,
      endedAt: startedAt,
      number: 1,
      scoring: resolveScoringConfig(story),
    },
    ending,
    log: [...log],
    result: score(story, log, resolveScoringConfig(story)),
  });
}

/** What the game sent for it (the same statements.ts, the actor named after the trainee). */
function sent(story: Scenario, attempt: Attempt): XapiStatement[] {
  return headlessStatements(story, attempt, { registration: attempt.record!.id, startedAt: attempt.record!.startedAt, activityBase: BASE });
}

let lrs: RunningLrs;
const now = new Date().toISOString();
const a = played(tutorial, 3, 'a1111111-2222-4333-8444-555555555555', 'PC 1', now);
const b = played(tutorial, 4, 'b1111111-2222-4333-8444-555555555555', 'PC 2', now);
const c = played(hotel, 5, 'c1111111-2222-4333-8444-555555555555', 'PC 3', now);
let before = '';
let after = '';

beforeAll(async () => {
  lrs = await startLrs(LRS_PORT);
  // Something older that a time range must leave out.
  expect(await sendStatements(lrs, sent(tutorial, played(tutorial, 9, 'd1111111-2222-4333-8444-555555555555', 'PC 9', now)))).toEqual({ kind: 'sent' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  before = new Date().toISOString();
  for (const [story, attempt] of [[tutorial, a], [tutorial, b], [hotel, c]] as const) expect(await sendStatements(lrs, sent(story, attempt))).toEqual({ kind: 'sent' });
  after = new Date().toISOString();
}, 60_000);

afterAll(async () => {
  await lrs?.stop();
});

const request = (overrides: Partial<LrsCohortRequest> = {}): LrsCohortRequest => ({ lrs, activityBase: BASE, scenarios: [tutorial.meta.id, hotel.meta.id], since: before, until: after, ...overrides });

describe('a cohort loaded from a real LRS', () => {
  it('finds one attempt per registration in the range, by scenario, following the more links', async () => {
    let pages = 0;
    const counting: typeof fetch = (input, init) => {
      pages++;
      return fetch(input, init);
    };
    const found = await loadLrsCohort(request(), { fetch: counting, pageSize: 7 });
    expect(found.map((f) => [f.scenario, f.registration])).toEqual([
      [tutorial.meta.id, a.record!.id],
      [tutorial.meta.id, b.record!.id],
      [hotel.meta.id, c.record!.id],
    ]);
    const all = found.reduce((sum, f) => sum + f.statements.length, 0);
    expect(all).toBe(sent(tutorial, a).length + sent(tutorial, b).length + sent(hotel, c).length);
    expect(pages).toBeGreaterThan(all / 7);
    const one = await loadLrsCohort(request({ scenarios: [hotel.meta.id] }));
    expect(one.map((f) => f.registration)).toEqual([c.record!.id]);
  });

  it('rebuilds and verifies each attempt by replay, with what the game sent', async () => {
    const found = await loadLrsCohort(request());
    const checked = found.map((f) => checkLrsAttempt(f, lrs.endpoint, context));
    expect(checked.map((entry) => entry.status)).toEqual(['verified', 'verified', 'verified']);
    const first = checked.find((entry) => entry.source.kind === 'lrs' && entry.source.registration === a.record!.id)!;
    expect(first.attempt?.log).toEqual(a.log);
    expect(first.attempt?.result).toEqual(a.result);
    expect(first.source).toMatchObject({ kind: 'lrs', actor: 'PC 1' });
    expect(cohortAttempts(checked)).toHaveLength(3);
  });

  it('fetches an attempt whole when the range cuts it', async () => {
    // Sent in two parts, the way a stream does; the range starts between them.
    const cut = played(tutorial, 7, 'f1111111-2222-4333-8444-555555555555', 'PC 7', now);
    const statements = sent(tutorial, cut);
    expect(await sendStatements(lrs, statements.slice(0, 6))).toEqual({ kind: 'sent' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const between = new Date().toISOString();
    expect(await sendStatements(lrs, statements.slice(6))).toEqual({ kind: 'sent' });
    const inRange = await fetchStatements(lrs, { registration: cut.record!.id, since: between });
    expect(inRange).toHaveLength(statements.length - 6);
    const found = await loadLrsCohort(request({ scenarios: [tutorial.meta.id], since: between, until: new Date().toISOString() }));
    expect(found.map((f) => f.registration)).toEqual([cut.record!.id]);
    expect(found[0]!.statements).toHaveLength(statements.length);
    expect(checkLrsAttempt(found[0]!, lrs.endpoint, context).status).toBe('verified');
  });

  it('holds imported files against the LRS: the same is confirmed, an edited one disagrees, a missing one disagrees', async () => {
    const lrsChecked = (await loadLrsCohort(request())).map((f) => checkLrsAttempt(f, lrs.endpoint, context));
    // The trainee's file with one more indicator flagged and its result recomputed by the real
    // scorer and digest: it verifies on its own, and only the LRS can tell.
    const flagged = new Set(a.log.flatMap((event) => (event.type === 'notebook.flagged' ? [event.indicator] : [])));
    const shown = a.log.findIndex((event) => event.type === 'story.indicatorShown' && !flagged.has(event.indicator));
    const missed = a.log[shown] as Extract<Attempt['log'][number], { type: 'story.indicatorShown' }>;
    // Flagged before the trainee's next move, as a trainee does (after everything the story showed with it).
    const index = a.log.findIndex((event, i) => i > shown && !event.type.startsWith('story.indicator'));
    const log = [...a.log.slice(0, index), { type: 'notebook.flagged' as const, at: a.log[index - 1]!.at, indicator: missed.indicator }, ...a.log.slice(index)];
    const edited = buildAttempt({ scenario: a.scenario, record: a.record!, ending: a.ending, log, result: score(tutorial, log, resolveScoringConfig(tutorial)) });
    // Started inside the loaded range, on a loaded scenario: the LRS should have it.
    const invented = played(tutorial, 6, 'e1111111-2222-4333-8444-555555555555', 'PC 5', before);
    const file = JSON.stringify({ format: 'threshold-export', version: 1, exportedAt: now, attempts: [b, edited, invented] });
    const files = checkAttemptFile('export.json', file, file.length, context);
    expect(files.map((entry) => entry.status)).toEqual(['verified', 'verified', 'verified']);

    const held = anchorToLrs(files, lrsChecked, request());
    expect(held.map((entry) => entry.status)).toEqual(['verified', 'disagrees', 'disagrees']);
    expect(held[0]!.confirmedByLrs).toBe(true);
    expect(held[1]!.reason).toContain(`differs from what the LRS received: log[${index}].type (${a.log[index]!.type}): the file has "notebook.flagged", the LRS "${a.log[index]!.type}"`);
    expect(held[1]!.reason).toMatch(/result\.identification: the file has \d+, the LRS \d+/);
    expect(held[2]!.reason).toMatch(/the LRS holds no statements of this attempt \(registration e1111111-/);
    // The cohort counts each attempt once: the LRS's three, not the confirmed file's copy, nor the disagreeing ones.
    expect(cohortAttempts([...held, ...lrsChecked])).toHaveLength(3);
  });

  it('confirms a file exported while the attempt was in progress, and flags a finished file the LRS has only part of', async () => {
    const lrsChecked = (await loadLrsCohort(request())).map((f) => checkLrsAttempt(f, lrs.endpoint, context));
    // Exported while the trainee was choosing: the log up to (not including) their third input.
    const cut = a.log.flatMap((event, index) => (isTraineeInput(event) ? [index] : []))[2]!;
    const snapshot = buildAttempt({ scenario: a.scenario, record: { ...a.record!, endedAt: null }, ending: null, log: a.log.slice(0, cut), result: null });
    const [entry] = checkAttemptFile('snapshot.json', JSON.stringify(snapshot), 1, context);
    expect(entry!.status).toBe('verified');
    expect(anchorToLrs([entry!], lrsChecked, request())[0]).toMatchObject({ status: 'verified', confirmedByLrs: true });

    // The LRS has received only the start of attempt b (the rest still queued on the device).
    const inputs = sent(tutorial, b).filter((statement) => statement.context?.extensions?.[EXTENSIONS.logSlice]);
    const partial = checkLrsAttempt({ registration: b.record!.id, scenario: tutorial.meta.id, statements: [sent(tutorial, b)[0]!, ...inputs.slice(0, 3)] }, lrs.endpoint, context);
    expect(partial.status).toBe('verified');
    const [whole] = checkAttemptFile('b.json', JSON.stringify(b), 1, context);
    const held = anchorToLrs([whole!], [partial], request())[0]!;
    expect(held.status).toBe('disagrees');
    expect(held.reason).toMatch(/the LRS received only the first \d+ of the file's \d+ log events \(the rest not yet sent from the trainee's device, or added afterwards\)/);
  });

  it('leaves a file attempt alone when the load does not cover it (another scenario or outside the range)', async () => {
    const lrsChecked = (await loadLrsCohort(request({ scenarios: [hotel.meta.id] }))).map((f) => checkLrsAttempt(f, lrs.endpoint, context));
    const invented = played(tutorial, 6, 'e1111111-2222-4333-8444-555555555555', 'PC 5', before);
    const entry: CheckedAttempt = { source: { kind: 'file', file: 'x.json', position: 1 }, status: 'verified', attempt: invented };
    expect(anchorToLrs([entry], lrsChecked, request({ scenarios: [hotel.meta.id] }))).toEqual([entry]);
    expect(anchorToLrs([entry], lrsChecked, request({ until: '2020-01-01T00:00:00.000Z' }))).toEqual([entry]);
  });

  it('marks an LRS attempt whose scores were edited in the LRS, a cut log, and one on another story version', () => {
    const statements = sent(tutorial, a);
    const outcome = statements.findIndex((s) => s.verb.id === VERBS.passed.id || s.verb.id === VERBS.failed.id);
    const forged = structuredClone(statements);
    forged[outcome]!.result!.score!.raw = 100;
    const edited = checkLrsAttempt({ registration: 'r', scenario: tutorial.meta.id, statements: forged }, lrs.endpoint, context);
    expect(edited.status).toBe('tampered');
    expect(edited.reason).toMatch(/the game sent overall 100, the replay scores \d+/);

    const cut = checkLrsAttempt({ registration: 'r', scenario: tutorial.meta.id, statements: statements.filter((_, i) => i !== 4) }, lrs.endpoint, context);
    expect(cut).toMatchObject({ status: 'unverifiable' });
    expect(cut.reason).toMatch(/never received/);

    const other = statements.map((s) => ({ ...s, context: { ...s.context, extensions: { ...s.context!.extensions, [EXTENSIONS.scenarioVersion]: `sha256:${'0'.repeat(64)}` } } }));
    expect(checkLrsAttempt({ registration: 'r', scenario: tutorial.meta.id, statements: other }, lrs.endpoint, context).reason).toMatch(/another version of 'sample_bus_shelter' \(story 000000000000/);

    const unfinished = statements.filter((s) => s.verb.id !== VERBS.completed.id);
    expect(checkLrsAttempt({ registration: 'r', scenario: tutorial.meta.id, statements: unfinished }, lrs.endpoint, context).reason).toMatch(/has not received the attempt's end/);
  });
});

describe('cmi5 attempts in the cohort', () => {
  // A cmi5 LMS gives each AU an activity id of its own (never the publisher id, cmi5 §8.1) and one
  // registration for the trainee's whole course, so both scenarios below share it; the template's
  // grouping holds the AU's publisher id (§9.6.2.3), which is what the trainer's load finds them by.
  const registration = '71111111-2222-4333-8444-555555555555';
  const lmsActor = { objectType: 'Agent' as const, name: 'Trainee 12', account: { homePage: 'https://lms.academy.test', name: 'trainee-12' } };
  const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

  function sentUnderCmi5(story: Scenario, attempt: Attempt, auNumber: number): XapiStatement[] {
    const registration = attempt.record!.id;
    const activityId = `https://lms.academy.test/au/${auNumber}`;
    const grouping = [{ objectType: 'Activity' as const, id: cmi5PublisherId(story.meta.id) }];
    const sessionId = `session-${auNumber}`;
    const launch = { activityId, contextTemplate: { contextActivities: { grouping }, extensions: { [SESSION_ID]: sessionId } }, masteryScore: 0.7 };
    const xapi: XapiAttempt = {
      registration,
      actor: lmsActor,
      scenario: { id: story.meta.id, title: story.meta.title, version: storyContentHash(story.storyJson) },
      activityBase: activityId,
      startedAt: Date.parse(attempt.record!.startedAt),
      log: attempt.log,
      result: attempt.result,
      finished: true,
      cmi5: launch,
    };
    // What the LMS itself records about the launch: no log, no story version.
    const lms = (verb: 'launched' | 'satisfied', id: string): XapiStatement => ({
      id,
      actor: lmsActor,
      verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: activityId },
      context: { registration, contextActivities: { grouping, category: [{ objectType: 'Activity', id: CMI5_CATEGORY }] }, extensions: { [SESSION_ID]: sessionId } },
      timestamp: attempt.record!.startedAt,
    });
    const statements = statementsForWholeAttempt(xapi, { id: sessionId });
    return [lms('launched', `7${auNumber}000000-0000-4000-8000-000000000001`), ...statements, lms('satisfied', `7${auNumber}000000-0000-4000-8000-000000000002`)];
  }

  it('finds them by the publisher id, one attempt per scenario under the shared registration, verified by replay', async () => {
    const start = new Date().toISOString();
    const tutorialAttempt = played(tutorial, 11, registration, 'Trainee 12', start);
    const hotelAttempt = played(hotel, 12, registration, 'Trainee 12', start);
    expect(await sendStatements(lrs, sentUnderCmi5(tutorial, tutorialAttempt, 1))).toEqual({ kind: 'sent' });
    // The second scenario's statements are not the first's again: their ids differ, so the LRS takes them.
    expect(await sendStatements(lrs, sentUnderCmi5(hotel, hotelAttempt, 2))).toEqual({ kind: 'sent' });
    const found = await loadLrsCohort(request({ since: start, until: new Date().toISOString() }));
    expect(found.map((f) => [f.scenario, f.registration])).toEqual([
      [tutorial.meta.id, registration],
      [hotel.meta.id, registration],
    ]);
    const checked = found.map((f) => checkLrsAttempt(f, lrs.endpoint, context));
    expect(checked.map((entry) => [entry.status, entry.reason])).toEqual([
      ['verified', undefined],
      ['verified', undefined],
    ]);
    expect(checked[0]!.attempt?.log).toEqual(tutorialAttempt.log);
    expect(checked[1]!.attempt?.result).toEqual(hotelAttempt.result);
    expect(checked[0]!.source).toMatchObject({ kind: 'lrs', registration, actor: 'Trainee 12' });
  });

  it('fetches a cut cmi5 attempt whole without the other scenarios of its registration', async () => {
    const otherRegistration = '81111111-2222-4333-8444-555555555555';
    const start = new Date().toISOString();
    const first = played(tutorial, 13, otherRegistration, 'Trainee 12', start);
    const second = played(hotel, 14, otherRegistration, 'Trainee 12', start);
    const statements = sentUnderCmi5(tutorial, first, 3);
    expect(await sendStatements(lrs, sentUnderCmi5(hotel, second, 4))).toEqual({ kind: 'sent' });
    expect(await sendStatements(lrs, statements.slice(0, 6))).toEqual({ kind: 'sent' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const between = new Date().toISOString();
    expect(await sendStatements(lrs, statements.slice(6))).toEqual({ kind: 'sent' });
    const found = await loadLrsCohort(request({ scenarios: [tutorial.meta.id], since: between, until: new Date().toISOString() }));
    expect(found.map((f) => f.registration)).toEqual([otherRegistration]);
    expect(found[0]!.statements).toHaveLength(statements.length);
    expect(checkLrsAttempt(found[0]!, lrs.endpoint, context).status).toBe('verified');
  });
});

describe('errors in words', () => {
  const origin = 'http://127.0.0.1:4231';
  const wordsFor = async (config: { endpoint: string; auth: string }) => {
    try {
      await fetchStatements(config, {});
    } catch (error) {
      expect(error).toBeInstanceOf(LrsQueryError);
      return lrsFailureWords(error as LrsQueryError, { endpoint: config.endpoint, origin });
    }
    throw new Error('the query did not fail');
  };

  it('says the LRS refused the credentials when it answers 401', async () => {
    // The test LRS refuses this one token (xapi-statements' test auth repository).
    expect(await wordsFor({ endpoint: lrs.endpoint, auth: 'Basic missing_token' })).toMatch(/refused the key and secret \(401 Unauthorized\)/);
  });

  it('says where the statements resource is not (404), and that an unreachable LRS may be CORS', async () => {
    expect(await wordsFor({ endpoint: lrs.endpoint.replace('/xAPI/', '/nothing/'), auth: lrs.auth })).toMatch(/no xAPI statements resource at .*\/nothing\/statements \(404\)/);
    const closed = await wordsFor({ endpoint: 'http://127.0.0.1:5239/xAPI/', auth: lrs.auth });
    expect(closed).toMatch(/cannot be reached: check the address and the network.*CORS settings/);
  });

  it('tells CORS from the network when the address answers without CORS', () => {
    const error = new LrsQueryError('https://lrs.example/xAPI/statements', { kind: 'unreachable', detail: 'Failed to fetch' });
    expect(lrsFailureWords(error, { endpoint: 'https://lrs.example/xAPI/', origin, reachable: true })).toBe(
      `The LRS at https://lrs.example/xAPI/ answers, but does not let this page read from it: its CORS settings must allow the origin ${origin} (with the Authorization and X-Experience-API-Version headers).`,
    );
  });
});

describe("the trainer's form", () => {
  const ids = [tutorial.meta.id, hotel.meta.id];
  const values = { endpoint: 'https://lrs.academy.example/xAPI', key: 'trainer', secret: 'pässword', activityBase: 'https://academy.example/threshold/', activity: ALL_SCENARIOS, since: '', until: '' };

  it('becomes a request: basic auth in UTF-8, a trailing slash on the endpoint, every scenario for all', () => {
    const reading = readLrsForm(values, ids);
    expect(reading).toEqual({
      ok: true,
      request: { lrs: { endpoint: 'https://lrs.academy.example/xAPI/', auth: `Basic ${Buffer.from('trainer:pässword', 'utf8').toString('base64')}` }, activityBase: 'https://academy.example/threshold', scenarios: ids },
    });
    const one = readLrsForm({ ...values, activity: hotel.meta.id, since: '2026-12-01T09:00', until: '2026-12-01T10:00:30' }, ids);
    expect(one.ok && one.request.scenarios).toEqual([hotel.meta.id]);
    expect(one.ok && one.request.since).toBe(new Date('2026-12-01T09:00').toISOString());
  });

  it('lists every problem in words', () => {
    const reading = readLrsForm({ ...values, endpoint: 'http://lrs.academy.example/xAPI/', key: ' ', activityBase: '', activity: 'nope', since: '2026-12-02T00:00', until: '2026-12-01T00:00' }, ids);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.problems).toEqual([
        "the LRS endpoint must be an https:// address (plain http:// only on this computer, e.g. http://127.0.0.1:8080/xAPI/), not 'http://lrs.academy.example/xAPI/'",
        "give the key (the LRS client's username for basic authentication)",
        "give the activity base: the IRI the game's activities start with (e.g. https://academy.example/threshold)",
        'choose a scenario of this build, or all of them',
        'the time range ends before it starts',
      ]);
    }
    expect(endpointProblem('http://127.0.0.1:5232/xAPI/')).toBeUndefined();
    // The page's CSP cannot allow an IPv6 literal, so the form must not accept one over http.
    expect(endpointProblem('http://[::1]:5232/xAPI/')).toMatch(/plain http:\/\/ only on this computer, e\.g\. http:\/\/127\.0\.0\.1/);
    expect(endpointProblem('lrs')).toMatch(/is not a web address/);
  });
});
