import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine/scoring/score';
import { choice, logOf, referrals, scenarioWith } from './fixtures';

const adult = scenarioWith({
  referralsRequired: ['victim_service_ngo', 'specialist_trafficking_unit', 'legal_aid'],
  referralsHarmful: ['immigration_detention', 'deportation_or_removal', 'release_to_controller', 'consular_contact'],
  referralsUnnecessary: ['labour_inspectorate'],
  conditions: ['trafficking_indicators_present', 'foreign_national'],
});
const minor = scenarioWith({
  determinations: ['potential_victim_sex'],
  referralsRequired: ['child_protection', 'sexual_reproductive_health'],
  referralsHarmful: ['arrest_for_compelled_offence'],
  conditions: ['victim_is_minor'],
});

function referral(scenario: ReturnType<typeof scenarioWith>, ...events: Parameters<typeof logOf>) {
  const result = score(scenario, logOf(...events));
  if (!result) throw new Error('expected a scored result');
  return { score: result.scores.referral, items: result.feedback.filter((f) => f.competency === 'referral') };
}

const consent = choice('seek_informed_consent', 'Would you like me to contact them?');

describe('referral', () => {
  it('gives 100 for every required service, nothing harmful or unnecessary, consent asked first', () => {
    const r = referral(adult, consent, referrals('victim_service_ngo', 'specialist_trafficking_unit', 'legal_aid'));
    expect(r.score).toBe(100);
    expect(r.items.every((i) => i.kind === 'strength')).toBe(true);
  });

  it('gives 0 with a clear item when no referrals were submitted', () => {
    const r = referral(adult, consent);
    expect(r.score).toBe(0);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]?.what).toMatch(/did not complete the referral form/);
  });

  it('loses the consent item when an adult is referred to a consent-requiring service without being asked first', () => {
    const r = referral(adult, referrals('victim_service_ngo', 'specialist_trafficking_unit', 'legal_aid'), consent);
    expect(r.score).toBe(85);
    const missed = r.items.find((i) => i.kind === 'missed');
    expect(missed?.taxonomyId).toBe('seek_informed_consent');
    expect(missed?.eventIndex).toBe(0);
  });

  it('does not ask about consent when only services that need none are chosen', () => {
    const key = scenarioWith({ referralsRequired: ['specialist_trafficking_unit'], conditions: [] });
    expect(referral(key, referrals('specialist_trafficking_unit')).score).toBe(100);
  });

  it('charges a harmful referral as a serious error (a critical one fails the attempt: criticalDecisions.test.ts)', () => {
    const r = referral(adult, consent, referrals('victim_service_ngo', 'specialist_trafficking_unit', 'legal_aid', 'consular_contact'));
    expect(r.score).toBe(70);
    const error = r.items.find((i) => i.kind === 'error');
    expect(error?.taxonomyId).toBe('consular_contact');
    expect(error?.why).toMatch(/protected, not punished/);
    const worst = referral(adult, referrals('immigration_detention', 'deportation_or_removal', 'release_to_controller'));
    expect(worst.score).toBe(0);
  });

  it('charges an unnecessary referral a little', () => {
    const r = referral(adult, consent, referrals('victim_service_ngo', 'specialist_trafficking_unit', 'legal_aid', 'labour_inspectorate'));
    expect(r.score).toBe(95);
  });

  it('for a minor requires child protection and needs no consent', () => {
    expect(referral(minor, referrals('child_protection', 'sexual_reproductive_health')).score).toBe(100);
    const withoutChildProtection = referral(minor, referrals('sexual_reproductive_health'));
    // No consent item for a child, so the required services share all 100 points.
    expect(withoutChildProtection.score).toBe(50);
    expect(withoutChildProtection.items.find((i) => i.kind === 'missed')?.taxonomyId).toBe('child_protection');
  });

  it('adds child protection for a minor even when the key forgot it, and for age uncertainty', () => {
    const forgot = scenarioWith({ referralsRequired: ['medical_care'], conditions: ['age_uncertain'] });
    const r = referral(forgot, referrals('medical_care'));
    expect(r.items.find((i) => i.kind === 'missed')?.taxonomyId).toBe('child_protection');
    expect(referral(forgot, referrals('medical_care', 'child_protection')).score).toBe(100);
  });
});
