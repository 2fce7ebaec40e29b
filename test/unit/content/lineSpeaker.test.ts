import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../../src/content/lineSpeaker';
import { readableId } from '../../../src/util/words';

const line = (text: string, speaker?: string, mood?: string) => ({ text, tags: { ...(speaker ? { speaker } : {}), ...(mood ? { mood } : {}) } });

describe('attributionOf', () => {
  it('attributes a line that opens with the spoken words, with its mood as words', () => {
    expect(attributionOf(line('"I\'m waiting for my uncle."', 'Emil', 'shut_down'))).toEqual({ speaker: 'Emil', mood: 'shut down' });
    expect(attributionOf(line('“Evening, officer.”', 'Viktor'))).toEqual({ speaker: 'Viktor' });
  });

  it('reads a line that opens with narration as narration, even when tagged with a speaker', () => {
    expect(attributionOf(line('Emil looks at Viktor before he answers. "Yes. I help him."', 'Emil', 'flat'))).toBeNull();
    expect(attributionOf(line('The rain gets heavier.'))).toBeNull();
  });

  it('turns ids into words', () => {
    expect(readableId('controller_present_or_involved')).toBe('controller present or involved');
  });
});

describe('feedback words for a trainee', () => {
  it('never shows an answer-key id from a taxonomy note', async () => {
    const { forTrainee, referralExplanation } = await import('../../../src/engine/scoring/text');
    const { taxonomy } = await import('../../../src/content/taxonomy');
    expect(forTrainee('Never let the controller escort them (condition `controller_present_or_involved`). Then go.')).toBe(
      'Never let the controller escort them. Then go.',
    );
    expect(forTrainee('Use `independent_interpreter` only.')).toBe('Use independent interpreter only.');
    for (const referral of taxonomy.referrals) expect(referralExplanation(referral.id)).not.toMatch(/`|\(condition/);
  });
});
