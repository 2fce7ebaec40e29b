// The vocabulary is the one declaration of the tag keys: the parser, the validator and the
// attempt-format check must all follow it, and every example it gives a trainer must be valid.
import { describe, expect, it } from 'vitest';
import { keyRules } from '../../../src/content/tagRules';
import { parseChoiceTags, parseLineTags } from '../../../src/content/tags';
import { keysAt, TAG_KEYS, TAG_VOCABULARY } from '../../../src/content/tagVocabulary';
import { buildAttempt, parseAttempt } from '../../../src/engine/attempt';
import type { DecisionEvent } from '../../../src/engine/log';

describe('tag vocabulary', () => {
  it('gives every key a rule at its own position', () => {
    expect(Object.keys(keyRules).sort()).toEqual([...TAG_KEYS].sort());
    for (const key of TAG_KEYS) expect(keyRules[key]?.position).toBe(TAG_VOCABULARY[key].position);
  });

  it('declares examples that pass their own key check', () => {
    for (const key of TAG_KEYS) expect(keyRules[key]!.check(TAG_VOCABULARY[key].example), key).toBeUndefined();
  });

  it('parses every line and choice key from its example', () => {
    const line = parseLineTags(keysAt('line').map((key) => `${key}: ${TAG_VOCABULARY[key].example}`));
    expect(line).toEqual({
      speaker: 'Lena',
      mood: 'afraid',
      indicators: ['documents_withheld'],
      phase: 'free_account',
      sfx: 'door_slam',
      decide: 'referrals',
      ending: 'safe_referral',
      agrees: ['medical_care'],
      declines: ['safe_shelter'],
    });
    const choice = parseChoiceTags(keysAt('choice').map((key) => `${key}: ${TAG_VOCABULARY[key].example}`));
    expect(choice).toEqual({ q: 'open_invitation', rapport: 1, distress: -1, hotspot: 'van_door', critical: 'release_to_controller', screens: 'amal' });
  });

  it('ignores a key at the wrong position when parsing', () => {
    expect(parseChoiceTags(['speaker: Lena', 'q: open_invitation'])).toEqual({ q: 'open_invitation' });
    expect(parseLineTags(['q: open_invitation'])).toEqual({ indicators: [] });
  });

  it('lets the attempt file carry exactly the choice keys, with their parsed kinds', () => {
    // Built as the tools build an attempt (format version 2, with its digest), so only the tags can be wrong.
    const attempt = (tags: unknown) =>
      buildAttempt({ scenario: 'x', ending: null, log: [{ type: 'story.choice', at: 0, turn: 0, index: 0, text: 'Ask', tags } as DecisionEvent], result: null });
    const all = parseChoiceTags(keysAt('choice').map((key) => `${key}: ${TAG_VOCABULARY[key].example}`));
    expect(parseAttempt(attempt(all)).ok).toBe(true);
    expect(parseAttempt(attempt({ speaker: 'Lena' }))).toMatchObject({ ok: false, reason: expect.stringContaining('choice tags ({q?, rapport?, distress?, hotspot?, critical?, screens?})') });
    expect(parseAttempt(attempt({ rapport: '+1' })).ok).toBe(false);
  });
});
