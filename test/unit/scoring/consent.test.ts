// An adult's answers to offered services (lines tagged agrees / declines, logged as
// story.consentAnswered) decide what the referral form must hold: a "no" is respected and leaves a
// discreet way to get help; a service arranged only on request (consular contact) needs a "yes".
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine/scoring/score';
import type { DecisionEvent } from '../../../src/engine/log';
import { choice, logOf, referrals, scenarioWith } from './fixtures';

const adult = scenarioWith({
  determinations: ['potential_victim_sex'],
  referralsRequired: ['specialist_trafficking_unit', 'victim_service_ngo', 'safe_shelter', 'sexual_reproductive_health', 'consular_contact'],
  referralsHarmful: ['release_to_controller'],
  conditions: ['trafficking_indicators_present'],
});
const child = scenarioWith({ ...adult.answerKey, conditions: ['victim_is_minor'] });

const consent = choice('seek_informed_consent', 'Ask which she would like');
const answer = (kind: 'agrees' | 'declines', ...ids: string[]) =>
  ({ type: 'story.consentAnswered', answer: kind, referrals: ids }) as Omit<Extract<DecisionEvent, { type: 'story.consentAnswered' }>, 'at'>;

function referral(scenario: typeof adult, ...events: Parameters<typeof logOf>) {
  const result = score(scenario, logOf(...events))!;
  return { score: result.scores.referral, items: result.feedback.filter((f) => f.competency === 'referral') };
}

describe('consent to referrals', () => {
  it('consular contact is required only once the person asks for it', () => {
    const without = referral(adult, consent, referrals('specialist_trafficking_unit', 'victim_service_ngo', 'safe_shelter', 'sexual_reproductive_health'));
    expect(without.score).toBe(100);
    const asked = referral(adult, consent, answer('agrees', 'consular_contact'), referrals('specialist_trafficking_unit', 'victim_service_ngo', 'safe_shelter', 'sexual_reproductive_health'));
    expect(asked.items.find((i) => i.kind === 'missed')?.taxonomyId).toBe('consular_contact');
  });

  it('contacting the consulate without the person’s agreement costs more than holding back', () => {
    const services = ['specialist_trafficking_unit', 'victim_service_ngo', 'safe_shelter', 'sexual_reproductive_health'];
    const held = referral(adult, consent, referrals(...services));
    const contacted = referral(adult, consent, referrals(...services, 'consular_contact'));
    expect(contacted.score).toBeLessThan(held.score);
    expect(contacted.items.find((i) => i.kind === 'error')).toMatchObject({ taxonomyId: 'consular_contact', delta: -30 });
  });

  it('a declined service is no longer required, arranging it anyway is an error, and a discreet contact becomes required', () => {
    const declined = answer('declines', 'safe_shelter', 'sexual_reproductive_health');
    const respected = referral(adult, consent, declined, referrals('specialist_trafficking_unit', 'victim_service_ngo', 'hotline_information'));
    expect(respected.score).toBe(100);
    const noNumber = referral(adult, consent, declined, referrals('specialist_trafficking_unit', 'victim_service_ngo'));
    expect(noNumber.items.find((i) => i.kind === 'missed')?.taxonomyId).toBe('hotline_information');
    const imposed = referral(adult, consent, declined, referrals('specialist_trafficking_unit', 'victim_service_ngo', 'hotline_information', 'safe_shelter'));
    expect(imposed.items.find((i) => i.kind === 'error')).toMatchObject({ taxonomyId: 'safe_shelter', delta: -30 });
    expect(imposed.items.find((i) => i.kind === 'error')!.what).toMatch(/after they had declined it/);
  });

  it('the specialist unit needs no consent: a "no" to it changes nothing', () => {
    const r = referral(adult, consent, answer('declines', 'specialist_trafficking_unit'), referrals('specialist_trafficking_unit', 'victim_service_ngo', 'safe_shelter', 'sexual_reproductive_health', 'hotline_information'));
    expect(r.score).toBe(100);
  });

  it('only answers given before the form count, and the latest answer wins', () => {
    const services = ['specialist_trafficking_unit', 'victim_service_ngo', 'safe_shelter', 'sexual_reproductive_health'];
    const changedMind = referral(adult, consent, answer('declines', 'safe_shelter'), answer('agrees', 'safe_shelter'), referrals(...services));
    expect(changedMind.score).toBe(100);
    const after = referral(adult, consent, referrals(...services), answer('declines', 'safe_shelter'));
    expect(after.score).toBe(100);
  });

  it('a child is referred, not asked: answers do not change what child protection must arrange', () => {
    const r = referral(child, answer('declines', 'safe_shelter'), referrals('specialist_trafficking_unit', 'victim_service_ngo', 'sexual_reproductive_health', 'child_protection', 'consular_contact'));
    expect(r.items.find((i) => i.kind === 'missed')?.taxonomyId).toBe('safe_shelter');
    expect(r.items.some((i) => i.taxonomyId === 'hotline_information')).toBe(false);
  });
});
