// Critical decisions fail the attempt whatever the other points, on the referral form or by an
// in-story choice tagged `critical: <id>`, when they harm the person in this scenario.
import { describe, expect, it } from 'vitest';
import { resolveScoringConfig, score } from '../../../src/engine/scoring/score';
import { harmsThisPerson } from '../../../src/engine/scoring/criticalDecisions';
import { choice, determination, ended, flag, logOf, referrals, scenarioWith, shown } from './fixtures';

const child = scenarioWith({
  determinations: ['potential_victim_labour'],
  referralsRequired: ['child_protection', 'specialist_trafficking_unit'],
  referralsHarmful: ['release_to_controller', 'return_child_to_family_unassessed'],
  conditions: ['victim_is_minor', 'controller_present_or_involved', 'trafficking_indicators_present'],
});

/** A careful interview and a complete, correct record: 100 everywhere. */
const careful = [
  choice('explain_process', 'Explain who you are'),
  choice('ensure_privacy', 'Speak with him alone'),
  shown('debt_bondage'),
  flag('debt_bondage'),
  choice('explain_next_steps', 'Explain what happens next'),
  determination('potential_victim_labour'),
] as const;

describe('critical decisions', () => {
  it('a careful attempt passes with 100', () => {
    const result = score(child, logOf(...careful, referrals('child_protection', 'specialist_trafficking_unit'), ended()))!;
    expect(result.scores.overall).toBe(100);
    expect(result.passed).toBe(true);
    expect(result.feedback.some((item) => item.critical)).toBe(false);
  });

  it('a critical disposition on the referral form fails the attempt and is named first, with the reference’s reason', () => {
    const result = score(child, logOf(...careful, referrals('child_protection', 'specialist_trafficking_unit', 'release_to_controller'), ended()))!;
    expect(result.passed).toBe(false);
    expect(result.scores.referral).toBe(0);
    expect(result.scores.identification).toBe(100);
    const first = result.feedback[0]!;
    expect(first).toMatchObject({ competency: 'referral', kind: 'error', critical: true, taxonomyId: 'release_to_controller' });
    expect(first.what).toMatch(/critical decision/);
    expect(first.why).toMatch(/Returns the person to the exploitation/);
  });

  it('an in-story choice tagged critical is read the same way, even with a perfect referral form', () => {
    const letGo = choice(undefined, 'Accept the explanation and let them go', { critical: 'release_to_controller' });
    const log = logOf(...careful, letGo, referrals('child_protection', 'specialist_trafficking_unit'), ended('gone_with_uncle'));
    const result = score(child, log)!;
    expect(result.passed).toBe(false);
    expect(result.scores.referral).toBe(0);
    expect(result.feedback[0]).toMatchObject({ critical: true, taxonomyId: 'release_to_controller', eventIndex: 6 });
    expect(result.feedback[0]!.what).toMatch(/Accept the explanation and let them go/);
  });

  it('names each distinct critical decision once, choice before form, and the deltas still add up', () => {
    const letGo = choice(undefined, 'Leave him with his uncle', { critical: 'release_to_controller' });
    const log = logOf(letGo, referrals('release_to_controller', 'return_child_to_family_unassessed'));
    const result = score(child, log)!;
    const critical = result.feedback.filter((item) => item.critical);
    expect(critical.map((item) => item.taxonomyId)).toEqual(['release_to_controller', 'return_child_to_family_unassessed']);
    const lost = result.feedback.filter((f) => f.competency === 'referral' && f.kind !== 'strength').reduce((sum, f) => sum + f.delta, 0);
    expect(Math.round(100 + lost)).toBe(0);
  });

  it('a decision that does not harm this person is not critical (a tag is judged like the form)', () => {
    const adultNoController = scenarioWith({
      determinations: ['not_trafficking_labour_dispute'],
      referralsRequired: ['labour_inspectorate'],
      conditions: ['labour_violation_without_coercion'],
    });
    const log = logOf(choice(undefined, 'Let them go home', { critical: 'release_to_controller' }), referrals('labour_inspectorate'));
    const result = score(adultNoController, log)!;
    expect(result.feedback.some((item) => item.critical)).toBe(false);
    expect(result.scores.referral).toBeGreaterThan(0);
  });

  it('judges harm by the key’s conditions too, so a key that forgot a disposition is still judged by the reference', () => {
    const immigration = scenarioWith({ conditions: ['trafficking_indicators_present', 'irregular_status'] });
    expect(harmsThisPerson(immigration.answerKey!, 'immigration_detention')).toBe(true);
    expect(harmsThisPerson(immigration.answerKey!, 'arrest_for_compelled_offence')).toBe(false);
    const compelled = scenarioWith({ conditions: ['trafficking_indicators_present', 'compelled_offence_exposure'] });
    expect(harmsThisPerson(compelled.answerKey!, 'arrest_for_compelled_offence')).toBe(true);
    const result = score(immigration, logOf(referrals('immigration_detention')))!;
    expect(result.feedback[0]).toMatchObject({ critical: true, taxonomyId: 'immigration_detention' });
  });

  it('the list is data: a scenario or an academy can change it, an empty list turns the rule off', () => {
    const log = logOf(...careful, referrals('child_protection', 'specialist_trafficking_unit', 'release_to_controller'));
    const off = score(child, log, { ...resolveScoringConfig(child), criticalDecisions: [] })!;
    expect(off.feedback.some((item) => item.critical)).toBe(false);
    expect(off.scores.referral).toBe(70);
    const academy = resolveScoringConfig(child, { criticalDecisions: ['return_child_to_family_unassessed'] });
    expect(academy.criticalDecisions).toEqual(['return_child_to_family_unassessed']);
    expect(score(child, log, academy)!.passed).toBe(true);
    const scenarioOverride = scenarioWith(child.answerKey, { criticalDecisions: ['release_to_controller'] });
    expect(resolveScoringConfig(scenarioOverride, { criticalDecisions: [] }).criticalDecisions).toEqual(['release_to_controller']);
  });

  it('refuses an unknown id in a scenario’s list, naming the file', () => {
    expect(() => resolveScoringConfig(scenarioWith({}, { criticalDecisions: ['release_to_contoller'] }))).toThrow(
      /^stories\/scn_test\.ink: critical decision 'release_to_contoller'/,
    );
  });
});
