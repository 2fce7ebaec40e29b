// Replay verification: a played attempt verifies; changing any field of its stored result or of any
// of its log events is detected, and the message says where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attemptDigest, buildAttempt, parseAttempt, type Attempt } from '../../../src/engine/attempt';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import type { DecisionEvent } from '../../../src/engine/log';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import { verify } from '../../../src/engine/verify';
import { storyContentHash } from '../../../src/engine/digest';
import { inlineScenario } from '../engine/inlineScenario';

const STORY = `
INCLUDE common/threshold.ink
INCLUDE common/forms.ink
VAR ids_checked = false
A man waits beside a van. A woman sits inside, looking at the floor. # phase: engage_explain
-> approach
=== approach ===
* [Tell them who you are and why you stopped # q: explain_process]
  You explain that you check on everyone's safety at stops like this. # speaker: Officer
* [Ask the man to translate for her # q: use_controller_as_interpreter]
  He answers for her before she can speak. # speaker: Driver # indicator: controlled_communication
- (options)
* [Ask to speak with her on her own, as routine # q: ensure_privacy]
  He shrugs and walks off to smoke. She watches him go. # indicator: fearful_demeanour
* [Question her in front of him # q: question_in_presence_of_controller]
  She says everything is fine. # speaker: Woman # mood: flat
* (docs) [Ask for identification # q: routine_identity_check]
  The man hands you both passports from his jacket. # indicator: documents_withheld
  ~ ids_checked = true
  -> options
- She lifts her head a little. # phase: free_account
* [Ask her to tell you, in her own words, how she came here # q: open_invitation]
  She says she came for a cleaning job and now owes more every week. # speaker: Woman # indicator: debt_bondage
* [Why didn't you just leave? # q: why_didnt_you_leave]
  She stops talking. # mood: afraid
* [Did he take your passport? # q: leading]
  She nods without looking up. # speaker: Woman
- (close) Cars pass on the wet road. # phase: close
* [That sounds frightening. Thank you for telling me. # q: validate_empathise]
  She nods. # speaker: Woman
* [Explain what happens next and that she decides # q: explain_next_steps]
  She listens. # speaker: Woman
* [Would you like me to contact a support organisation? # q: seek_informed_consent]
  She says yes, quietly. # speaker: Woman
- -> record_determination ->
-> record_referrals ->
{ referrals ? immigration_detention:
  She is taken away in a van. # ending: detained
  -> END
}
{ referrals ? victim_service_ngo:
  A support worker arrives within the hour. # ending: safe_referral
  -> END
}
She walks back to the van. # ending: returned
-> END
`;

const scenario = inlineScenario(STORY, {
  id: 'verify_van',
  answerKey: {
    determinations: ['potential_victim_labour'],
    referralsRequired: ['victim_service_ngo', 'specialist_trafficking_unit'],
    referralsHarmful: ['immigration_detention', 'release_to_controller'],
    referralsUnnecessary: ['labour_inspectorate'],
    conditions: ['controller_present_or_involved', 'trafficking_indicators_present'],
  },
});

function attemptFor(seed: number): Attempt {
  const played = playHeadless(scenario, seed);
  const log = JSON.parse(JSON.stringify(played.log)) as DecisionEvent[];
  return JSON.parse(JSON.stringify(buildAttempt({ scenario: scenario.meta.id, seed, ending: played.ending, log, result: score(scenario, log) }))) as Attempt;
}

/** What a forger who knows the format does after an edit: recompute the digest too. */
function redigested(attempt: Attempt): Attempt {
  return { ...attempt, digest: attemptDigest(attempt) };
}

/** Every way to change one value: a number moves by one, a string gains a letter, a boolean flips. */
function mutationsOf(value: unknown, path: (string | number)[] = []): Array<{ path: (string | number)[]; value: unknown }> {
  if (typeof value === 'number') return [{ path, value: value + 1 }];
  if (typeof value === 'string') return [{ path, value: `${value}x` }];
  if (typeof value === 'boolean') return [{ path, value: !value }];
  if (value === null) return [{ path, value: 0 }];
  if (Array.isArray(value)) {
    return [...value.flatMap((item, i) => mutationsOf(item, [...path, i])), { path, value: [...value, value[0] ?? 'extra'] }];
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => mutationsOf(item, [...path, key]));
  }
  return [];
}

function withChange<T>(root: T, path: (string | number)[], value: unknown): T {
  const copy = JSON.parse(JSON.stringify(root)) as T;
  let target = copy as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1]!] = value;
  return copy;
}

describe('verify', () => {
  it('verifies played attempts (headless play with random seeds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        expect(verify(scenario, attemptFor(seed))).toEqual({ ok: true });
      }),
      { numRuns: 25 },
    );
  });

  it('detects a change to any field of the stored result, and says which', () => {
    const attempt = attemptFor(7);
    const mutations = mutationsOf(attempt.result, ['result']);
    expect(mutations.length).toBeGreaterThan(10);
    for (const mutation of mutations) {
      const verdict = verify(scenario, withChange(attempt, mutation.path, mutation.value));
      expect(verdict.ok, `change to ${mutation.path.join('.')}`).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(/^result/);
    }
    const scoreChange = verify(scenario, withChange(attempt, ['result', 'scores', 'questioning'], 100));
    if (attempt.result!.scores.questioning !== 100) {
      expect(scoreChange).toMatchObject({ ok: false, reason: expect.stringContaining('result.scores.questioning: the attempt has 100') });
    }
  });

  it('detects a change to any field of any log event except a time that keeps the order', () => {
    for (const seed of [1, 2, 3]) {
      const attempt = attemptFor(seed);
      attempt.log.forEach((event, index) => {
        for (const mutation of mutationsOf(event, ['log', index])) {
          const field = mutation.path[2];
          if (field === 'at') continue;
          const changed = withChange(attempt, mutation.path, mutation.value);
          // A changed log must not verify, whether or not the stored result was recomputed for it.
          const rescored = { ...changed, result: score(scenario, changed.log) };
          for (const candidate of [changed, rescored, redigested(rescored)]) {
            const verdict = verify(scenario, candidate);
            expect(verdict.ok, `seed ${seed}: change to ${mutation.path.join('.')} (${event.type})`).toBe(false);
          }
        }
      });
    }
  });

  it('detects a time moved out of order, and names the event', () => {
    const attempt = attemptFor(4);
    const last = attempt.log.length - 1;
    const verdict = verify(scenario, redigested(withChange(attempt, ['log', last, 'at'], -5 + attempt.log[0]!.at)));
    expect(verdict.ok).toBe(false);
  });

  it('detects removed, added and reordered events', () => {
    const attempt = attemptFor(5);
    for (let i = 0; i < attempt.log.length; i++) {
      const removed = { ...attempt, log: attempt.log.filter((_, j) => j !== i) };
      expect(verify(scenario, redigested({ ...removed, result: score(scenario, removed.log) })).ok, `without event ${i}`).toBe(false);
    }
    const extraFlag: DecisionEvent = { type: 'notebook.flagged', at: attempt.log.at(-1)!.at, indicator: 'forced_drug_use' };
    const added = { ...attempt, log: [...attempt.log, extraFlag] };
    expect(verify(scenario, redigested({ ...added, result: score(scenario, added.log) })).ok).toBe(false);
  });

  it('names the event where the log stops replaying', () => {
    const attempt = attemptFor(6);
    const index = attempt.log.findIndex((event) => event.type === 'story.choice');
    const verdict = verify(scenario, redigested(withChange(attempt, ['log', index, 'text'], 'Something I never said')));
    expect(verdict).toMatchObject({ ok: false, eventIndex: index, reason: expect.stringContaining(`event ${index}`) });
  });

  it('verifies an attempt at an unscored story only with a null result', () => {
    const unscored = inlineScenario(STORY, { id: 'verify_van_unscored', answerKey: null });
    const played = playHeadless(unscored, 9);
    const attempt = buildAttempt({ scenario: unscored.meta.id, ending: played.ending, log: [...played.log], result: null });
    expect(verify(unscored, attempt)).toEqual({ ok: true });
    const withResult = { ...attempt, result: score(scenario, attempt.log) };
    expect(verify(unscored, withResult)).toMatchObject({ ok: false, reason: expect.stringContaining('recomputed null') });
  });

  it('refuses an attempt for another scenario', () => {
    expect(verify(scenario, { ...attemptFor(1), scenario: 'another_story' })).toMatchObject({ ok: false, reason: expect.stringContaining('another_story') });
  });
});

describe('parseAttempt', () => {
  const valid = () => JSON.parse(JSON.stringify(attemptFor(3))) as Record<string, unknown>;

  it('accepts what play --json prints', () => {
    expect(parseAttempt(valid())).toMatchObject({ ok: true });
  });

  it('refuses a wrong format or version, naming the field', () => {
    expect(parseAttempt({ ...valid(), format: 'something-else' })).toMatchObject({ ok: false, reason: expect.stringContaining("'format'") });
    expect(parseAttempt({ ...valid(), version: 3 })).toMatchObject({ ok: false, reason: expect.stringContaining('version 3 is not supported') });
    expect(parseAttempt({ ...valid(), version: 1 })).toMatchObject({ ok: false, reason: expect.stringContaining('version 1 has no digest') });
    expect(parseAttempt([])).toMatchObject({ ok: false });
    const { result: _result, ...withoutResult } = valid();
    expect(parseAttempt(withoutResult)).toMatchObject({ ok: false, reason: expect.stringContaining("'result' is missing") });
  });

  it('refuses a malformed log event, naming it', () => {
    const attempt = valid();
    const log = attempt['log'] as Record<string, unknown>[];
    log[2] = { ...log[2], type: 'story.teleported' };
    expect(parseAttempt(attempt)).toMatchObject({ ok: false, eventIndex: 2, reason: expect.stringContaining('log event 2: unknown event type') });
    log[2] = { type: 'form.referrals', at: 5, referrals: 'legal_aid' };
    expect(parseAttempt(attempt)).toMatchObject({ ok: false, reason: expect.stringContaining("'referrals' to be a list of strings") });
    log[2] = { type: 'session.paused', at: 5, extra: 1 };
    expect(parseAttempt(attempt)).toMatchObject({ ok: false, reason: expect.stringContaining("has no field 'extra'") });
  });
});

describe('verify: edits that still replay are caught by the digest', () => {
  it('rejects a forged log with added flags and a result recomputed by the scorer, but the old digest', () => {
    const attempt = attemptFor(8);
    const at = attempt.log.at(-1)!.at;
    const flags: DecisionEvent[] = ['debt_bondage', 'documents_withheld'].map((indicator) => ({ type: 'notebook.flagged', at, indicator }));
    const endedAt = attempt.log.findIndex((event) => event.type === 'story.ended');
    const log = [...attempt.log.slice(0, endedAt), ...flags.map((flag) => ({ ...flag, at: attempt.log[endedAt]!.at })), ...attempt.log.slice(endedAt)];
    const forged = { ...attempt, log, result: score(scenario, log) };
    expect(verify(scenario, forged)).toMatchObject({ ok: false, reason: expect.stringMatching(/^digest: .* it was changed after it was recorded/) });
  });

  it('rejects a referral added to the form without any score change', () => {
    const attempt = attemptFor(10);
    const index = attempt.log.findIndex((event) => event.type === 'form.referrals');
    const event = attempt.log[index] as Extract<DecisionEvent, { type: 'form.referrals' }>;
    // legal_aid is neither required nor harmful for this story: the scores do not move.
    const extra = event.referrals.includes('legal_aid') ? 'health_services' : 'legal_aid';
    const forged = withChange(attempt, ['log', index, 'referrals'], [...event.referrals, extra]);
    const rescored = { ...forged, result: score(scenario, forged.log) };
    expect(rescored.result!.scores).toEqual(attempt.result!.scores);
    expect(verify(scenario, rescored)).toMatchObject({ ok: false, reason: expect.stringContaining('digest') });
  });

  it('rejects a changed trainee or story version in the record, which no replay could notice', () => {
    const base = attemptFor(2);
    const recorded = buildAttempt({
      scenario: base.scenario,
      record: {
        id: 'a1',
        trainee: 'PC 4411',
        cohort: 'Spring',
        title: 'Van',
        contentHash: storyContentHash(scenario.storyJson),
        startedAt: '2026-12-01T10:00:00.000Z',
        endedAt: '2026-12-01T10:20:00.000Z',
        number: 1,
        scoring: resolveScoringConfig(scenario),
      },
      ending: base.ending,
      log: base.log,
      result: base.result,
    });
    expect(verify(scenario, recorded, resolveScoringConfig(scenario))).toEqual({ ok: true });
    const stricter = { ...resolveScoringConfig(scenario), passMark: 99 };
    expect(verify(scenario, recorded, stricter)).toMatchObject({ ok: false, reason: expect.stringContaining('another configuration: record.scoring.passMark') });
    expect(verify(scenario, { ...recorded, record: { ...recorded.record!, trainee: 'PC 9999' } })).toMatchObject({ ok: false, reason: expect.stringContaining('digest') });
    const otherStory = redigested({ ...recorded, record: { ...recorded.record!, contentHash: `sha256:${'0'.repeat(64)}` } });
    expect(verify(scenario, otherStory)).toMatchObject({ ok: false, reason: expect.stringContaining('another version') });
  });

  it('verifies an unfinished attempt only without a result', () => {
    const played = attemptFor(3);
    const firstForm = played.log.findIndex((event) => event.type === 'story.decisionRequested');
    const partial = buildAttempt({ scenario: played.scenario, ending: null, log: played.log.slice(0, firstForm + 1), result: null });
    expect(verify(scenario, partial)).toEqual({ ok: true });
    expect(verify(scenario, redigested({ ...partial, result: played.result }))).toMatchObject({ ok: false, reason: expect.stringContaining('did not finish') });
  });

  it('accepts a score written as -0 where the scorer says 0', () => {
    const attempt = attemptFor(5);
    const zeroed = JSON.parse(JSON.stringify(attempt).replace(/"delta":0([,}])/g, '"delta":-0$1')) as Attempt;
    const text = JSON.stringify(attempt);
    if (!/"delta":0[,}]/.test(text)) throw new Error('the fixture needs a feedback item with delta 0');
    expect(verify(scenario, zeroed)).toEqual({ ok: true });
  });
});

describe('parseAttempt: unknown and wrong fields', () => {
  const valid = () => JSON.parse(JSON.stringify(attemptFor(3))) as Record<string, unknown>;

  it('refuses unknown top-level and record fields and a malformed digest', () => {
    expect(parseAttempt({ ...valid(), comment: 'hi' })).toMatchObject({ ok: false, reason: "unknown field 'comment'" });
    expect(parseAttempt({ ...valid(), digest: 'md5:abc' })).toMatchObject({ ok: false, reason: expect.stringContaining("'digest'") });
    expect(parseAttempt({ ...valid(), record: { id: 'x' } })).toMatchObject({ ok: false, reason: expect.stringContaining("'record'") });
    expect(parseAttempt({ ...valid(), ending: 3 })).toMatchObject({ ok: false, reason: expect.stringContaining("'ending'") });
  });
});
