import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { cmi5PublisherId } from '../../../src/records/xapi/cmi5CourseStructure';
import { rebuildLog, rebuildLogs } from '../../../src/records/xapi/rebuild';
import { isoDuration } from '../../../src/records/lms/scormValues';
import { isTraineeInput, sessionStatement, statementsForLog, statementsForWholeAttempt } from '../../../src/records/xapi/statements';
import { CMI5_CATEGORY, CMI5_MOVEON_CATEGORY, CMI5_SESSION_EXTENSION, EXTENSIONS, VERBS } from '../../../src/records/xapi/vocabulary';
import { scenario, SESSION, xapiAttempt } from './fixtures';

const REGISTRATION = '3f2b7c1e-9d4a-4e8b-a1c2-0d9e8f7a6b5c';
// In plain Node ESM the package's default export arrives wrapped (STACK-NOTES).
const validate = ((validateStatement as unknown as { default?: unknown }).default ?? validateStatement) as (s: unknown) => unknown[];

describe('statements of an attempt', () => {
  const story = scenario('sample_bus_shelter');
  const attempt = xapiAttempt(story, 3, REGISTRATION);
  const statements = statementsForWholeAttempt(attempt, SESSION);

  it('are valid xAPI 1.0.3 statements (and the validator does reject a broken one)', () => {
    const broken = structuredClone(statements[0]!) as unknown as Record<string, unknown>;
    delete broken['verb'];
    expect(validate(broken).length).toBeGreaterThan(0);
    for (const statement of statements) expect(validate(statement), statement.verb.display['en-US']).toEqual([]);
  });

  it('open with launched and initialized and close with completed, passed or failed, a score per competency, terminated', () => {
    const verbs = statements.map((s) => s.verb.id);
    expect(verbs.slice(0, 2)).toEqual([VERBS.launched.id, VERBS.initialized.id]);
    const result = attempt.result!;
    expect(verbs.slice(-6)).toEqual([
      VERBS.completed.id,
      result.passed ? VERBS.passed.id : VERBS.failed.id,
      VERBS.scored.id,
      VERBS.scored.id,
      VERBS.scored.id,
      VERBS.terminated.id,
    ]);
    const outcome = statements[statements.length - 5]!;
    expect(outcome.result?.score).toEqual({ scaled: result.scores.overall / 100, raw: result.scores.overall, min: 0, max: 100 });
    expect(outcome.result?.success).toBe(result.passed);
    const scored = statements.slice(-4, -1).map((s) => [s.context?.extensions?.[EXTENSIONS.competency], s.result?.score?.raw]);
    expect(scored).toEqual([
      ['identification', result.scores.identification],
      ['questioning', result.scores.questioning],
      ['referral', result.scores.referral],
    ]);
  });

  it('close each session with terminated, and a new session gets statements of its own', () => {
    expect(statements[statements.length - 1]!.result?.duration).toMatch(/^PT\d+H\d+M[\d.]+S$/);
    const nextSession = sessionStatement(attempt, { id: '00000000-0000-4000-8000-000000000002' }, 'initialized', 5);
    expect(statements.some((s) => s.id === nextSession.id)).toBe(false);
  });

  it('give one statement per trainee input, with the question type and competency of each choice', () => {
    const inputs = attempt.log.filter(isTraineeInput);
    const perInput = statements.slice(2, 2 + inputs.length);
    expect(perInput).toHaveLength(inputs.length);
    inputs.forEach((event, i) => {
      const statement = perInput[i]!;
      if (event.type === 'story.choice') {
        expect(statement.verb.id).toBe(VERBS.answered.id);
        expect(statement.result?.response).toBe(event.text);
        expect(statement.context?.extensions?.[EXTENSIONS.questionType]).toBe(event.tags.q);
        if (event.tags.q) expect(statement.context?.extensions?.[EXTENSIONS.competency]).toBe('questioning');
      }
      if (event.type === 'notebook.flagged') expect(statement.verb.id).toBe(VERBS.flagged.id);
      if (event.type === 'form.referrals') expect(statement.result?.response).toBe(event.referrals.join('[,]'));
    });
  });

  it('all carry the registration, the scenario version and a timestamp from the log', () => {
    for (const statement of statements) {
      expect(statement.context?.registration).toBe(REGISTRATION);
      expect(statement.context?.extensions?.[EXTENSIONS.scenarioVersion]).toBe('sha256-test');
    }
    const last = attempt.log[attempt.log.length - 1]!;
    expect(statements[statements.length - 1]!.timestamp).toBe(new Date(attempt.startedAt + last.at).toISOString());
  });

  it('have ids derived from the attempt: the same attempt gives the same ids, another attempt other ids', () => {
    const again = statementsForWholeAttempt(xapiAttempt(story, 3, REGISTRATION), SESSION);
    expect(again.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    const other = statementsForWholeAttempt(xapiAttempt(story, 3, '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'), SESSION);
    const ids = new Set(statements.map((s) => s.id));
    expect(other.some((s) => ids.has(s.id))).toBe(false);
    expect(ids.size).toBe(statements.length);
  });

  it('for a shorter log are a prefix of those for the longer one, so the stream only appends', () => {
    const inputs = attempt.log.flatMap((event, index) => (isTraineeInput(event) ? [index] : []));
    for (const cut of [inputs[1]!, inputs[Math.floor(inputs.length / 2)]!, inputs[inputs.length - 1]!]) {
      const partial = statementsForLog({ ...attempt, log: attempt.log.slice(0, cut), result: null, finished: false });
      const streamed = statementsForLog(attempt);
      expect(streamed.slice(0, partial.length)).toEqual(partial);
    }
  });

  it('rebuild the whole log, whatever order they arrive in and however often', () => {
    const shuffled = [...statements].reverse();
    const rebuilt = rebuildLog(REGISTRATION, [...shuffled, ...statements.slice(3, 6)]);
    expect(rebuilt).toEqual({ ok: true, log: attempt.log, registration: REGISTRATION });
  });

  it('report a gap or a disagreement instead of rebuilding a wrong log', () => {
    const withoutOne = statements.filter((_, i) => i !== 4);
    const gap = rebuildLog(REGISTRATION, withoutOne);
    expect(gap.ok).toBe(false);
    if (!gap.ok) expect(gap.reason).toMatch(/never received/);
    const forged = structuredClone(statements[4]!);
    const slice = forged.context!.extensions![EXTENSIONS.logSlice] as { events: Array<{ at: number }> };
    slice.events[0]!.at += 1;
    const disagreement = rebuildLog(REGISTRATION, [...statements, forged]);
    expect(disagreement.ok).toBe(false);
  });

  it('group by registration when several attempts come back together', () => {
    const second = statementsForWholeAttempt(xapiAttempt(story, 5, '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'), SESSION);
    const rebuilt = rebuildLogs([...second, ...statements]);
    expect(rebuilt.map((r) => r.registration).sort()).toEqual([REGISTRATION, '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'].sort());
    expect(rebuilt.every((r) => r.ok)).toBe(true);
  });
});

describe('statements under cmi5', () => {
  const story = scenario('sample_bus_shelter');
  const base = xapiAttempt(story, 4, REGISTRATION);
  const sessionId = 'c1d2e3f4-0000-4000-8000-000000000001';
  const grouping = [{ objectType: 'Activity' as const, id: 'https://lms.example/courses/threshold' }];
  const cmi5Attempt = {
    ...base,
    cmi5: {
      activityId: 'https://lms.example/au/42',
      contextTemplate: { contextActivities: { grouping }, extensions: { [CMI5_SESSION_EXTENSION]: sessionId } },
      masteryScore: 0.7,
    },
  };
  const statements = statementsForWholeAttempt(cmi5Attempt, { id: sessionId });

  it('leave launched to the LMS, use the AU id for cmi5-defined statements, and build on the context template', () => {
    expect(statements[0]!.verb.id).toBe(VERBS.initialized.id);
    expect(statements.some((s) => s.verb.id === VERBS.launched.id)).toBe(false);
    for (const statement of statements) {
      expect(statement.context?.extensions?.[CMI5_SESSION_EXTENSION]).toBe(sessionId);
      // The template's grouping, and the AU's publisher id (this LMS left it out, cmi5 §9.6.2.3).
      expect(statement.context?.contextActivities?.grouping).toEqual([...grouping, { objectType: 'Activity', id: cmi5PublisherId('sample_bus_shelter') }]);
      const defined = [VERBS.initialized.id, VERBS.completed.id, VERBS.passed.id, VERBS.failed.id, VERBS.terminated.id].includes(statement.verb.id);
      const categories = statement.context?.contextActivities?.category?.map((a) => a.id) ?? [];
      expect(categories.includes(CMI5_CATEGORY)).toBe(defined);
      const moveOn = [VERBS.completed.id, VERBS.passed.id, VERBS.failed.id].includes(statement.verb.id);
      expect(categories.includes(CMI5_MOVEON_CATEGORY)).toBe(moveOn);
      if (defined) expect(statement.object.id).toBe('https://lms.example/au/42');
      expect(validate(statement)).toEqual([]);
    }
  });

  it('name the publisher id once when the LMS put it in the template, and keep two scenarios of one registration apart', () => {
    const publisher = { objectType: 'Activity' as const, id: cmi5PublisherId('sample_bus_shelter') };
    const conformant = { ...cmi5Attempt, cmi5: { ...cmi5Attempt.cmi5, contextTemplate: { ...cmi5Attempt.cmi5.contextTemplate, contextActivities: { grouping: [publisher] } } } };
    for (const statement of statementsForWholeAttempt(conformant, { id: sessionId })) expect(statement.context?.contextActivities?.grouping).toEqual([publisher]);
    // A cmi5 registration is the trainee's whole course: another scenario's AU under it sends other ids.
    const hotel = scenario('scn_02_hotel_welfare_check');
    const other = statementsForWholeAttempt({ ...xapiAttempt(hotel, 4, REGISTRATION), cmi5: cmi5Attempt.cmi5 }, { id: sessionId });
    const ids = new Set(statements.map((s) => s.id));
    expect(other.filter((s) => ids.has(s.id))).toEqual([]);
  });

  it("send only this session's inputs when the attempt resumes in a later launch", () => {
    const inputs = base.log.flatMap((event, index) => (isTraineeInput(event) ? [index] : []));
    const from = inputs[3]!;
    const later = statementsForLog(cmi5Attempt, { fromLogIndex: from });
    const slices = later.flatMap((s) => {
      const slice = s.context?.extensions?.[EXTENSIONS.logSlice] as { index: number } | undefined;
      return slice ? [slice.index] : [];
    });
    expect(Math.min(...slices)).toBe(from);
  });
});

describe('isoDuration', () => {
  it('writes seconds to the hundredth', () => {
    expect(isoDuration(0)).toBe('PT0H0M0S');
    expect(isoDuration(61_234)).toBe('PT0H1M1.23S');
  });
});
