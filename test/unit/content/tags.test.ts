import { describe, expect, it } from 'vitest';
import { parseChoiceTags, parseLineTags, parseSignedInteger, parseTag } from '../../../src/content/tags';
import { keyRules } from '../../../src/content/tagRules';

describe('parseTag', () => {
  it('splits key and value at the first colon and trims both', () => {
    expect(parseTag('  speaker:  Lena ')).toEqual({ key: 'speaker', value: 'Lena' });
    expect(parseTag('summary: a: b')).toEqual({ key: 'summary', value: 'a: b' });
  });
  it('drops a leading # kept by some hosts', () => {
    expect(parseTag('# q: open_invitation')).toEqual({ key: 'q', value: 'open_invitation' });
  });
  it('returns null for a tag with no colon or no key', () => {
    expect(parseTag('just words')).toBeNull();
    expect(parseTag(': value')).toBeNull();
  });
});

describe('parseSignedInteger', () => {
  it('reads signed whole numbers and rejects the rest', () => {
    expect(parseSignedInteger('+1')).toBe(1);
    expect(parseSignedInteger('-2')).toBe(-2);
    expect(parseSignedInteger('3')).toBe(3);
    expect(parseSignedInteger('1.5')).toBeUndefined();
    expect(parseSignedInteger('two')).toBeUndefined();
  });
});

describe('parseLineTags', () => {
  it('collects every known line key', () => {
    const tags = parseLineTags([
      'speaker: Lena',
      'mood: afraid',
      'indicator: documents_withheld, debt_bondage',
      'indicator: debt_bondage',
      'phase: free_account',
      'sfx: door',
      'decide: referrals',
      'ending: safe_referral',
    ]);
    expect(tags).toEqual({
      speaker: 'Lena',
      mood: 'afraid',
      indicators: ['documents_withheld', 'debt_bondage'],
      phase: 'free_account',
      sfx: 'door',
      decide: 'referrals',
      ending: 'safe_referral',
    });
  });
  it('ignores unknown keys, tags without a colon and invalid decide values', () => {
    expect(parseLineTags(['colour: red', 'loose', 'decide: lunch'])).toEqual({ indicators: [] });
  });
});

describe('parseChoiceTags', () => {
  it('reads q, hotspot and signed numbers', () => {
    expect(parseChoiceTags(['q: open_invitation', 'rapport: +1', 'distress: -2', 'hotspot: van'])).toEqual({
      q: 'open_invitation',
      rapport: 1,
      distress: -2,
      hotspot: 'van',
    });
  });
  it('skips malformed numbers and line-only keys', () => {
    expect(parseChoiceTags(['rapport: lots', 'speaker: Lena'])).toEqual({});
  });
  it('reads a critical decision', () => {
    expect(parseChoiceTags(['critical: release_to_controller'])).toEqual({ critical: 'release_to_controller' });
  });
});

describe('critical decision tags', () => {
  it('critical is a choice tag whose value is a referral id; critical_decisions a header list', () => {
    expect(keyRules['critical']?.position).toBe('choice');
    expect(keyRules['critical']?.check('release_to_controller')).toBeUndefined();
    expect(keyRules['critical']?.check('release_to_contoller')).toBe("unknown referral 'release_to_contoller' — did you mean release_to_controller?");
    expect(keyRules['critical_decisions']?.position).toBe('header');
    expect(keyRules['critical_decisions']?.check('none')).toBeUndefined();
    expect(keyRules['critical_decisions']?.check('release_to_controller, consular_contact')).toBeUndefined();
  });
  it('teaching_point is a repeatable header (shown in the debrief only); screen lists people, screens names one', () => {
    expect(keyRules['teaching_point']).toMatchObject({ position: 'header', repeatable: true });
    expect(keyRules['screen']?.check('amal, bashir')).toBeUndefined();
    expect(keyRules['screen']?.check('Amal')).toMatch(/snake_case/);
    expect(keyRules['screens']?.position).toBe('choice');
  });
});
