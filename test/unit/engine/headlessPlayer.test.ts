import { describe, expect, it } from 'vitest';
import { flaggedIndicators, shownIndicators } from '../../../src/engine/log';
import { HeadlessPlayError, playHeadless } from '../../../src/engine/headlessPlayer';
import { Playthrough } from '../../../src/engine/playthrough';
import { inlineScenario } from './inlineScenario';

const branching = inlineScenario(
  `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> hub
=== hub
You are at the bus shelter. # phase: engage_explain
+ [Look at the bench # hotspot: bench]
  A bag with work gloves and a payslip with no name. # indicator: wages_withheld_or_confiscated
  -> hub
+ [Ask how she is # q: rapport_building]
  She says she has not slept. # speaker: Mira # indicator: excessive_hours_no_rest
  -> hub
* [Shout at her # q: interrogative_pressure]
  She flinches. # speaker: Mira # mood: afraid
  -> hub
* [Wrap up # q: explain_next_steps]
  -> forms
=== forms
-> record_determination ->
-> record_referrals ->
You hand over. # ending: handed_over
-> END
`,
  { id: 'inline_shelter' },
);

describe('playHeadless', () => {
  it('plays to an ending with both forms answered', () => {
    const result = playHeadless(branching, 1);
    expect(result.ending).toBe('handed_over');
    const types = result.log.map((event) => event.type);
    expect(types).toContain('form.determination');
    expect(types).toContain('form.referrals');
    expect(types.at(-1)).toBe('story.ended');
  });

  it('gives the same result for the same seed, byte for byte', () => {
    expect(JSON.stringify(playHeadless(branching, 42))).toBe(JSON.stringify(playHeadless(branching, 42)));
  });

  it('takes different paths for different seeds', () => {
    const logs = new Set(Array.from({ length: 8 }, (_, seed) => JSON.stringify(playHeadless(branching, seed).log)));
    expect(logs.size).toBeGreaterThan(4);
  });

  it('flags some shown indicators and sometimes one the story never showed', () => {
    let rightFlags = 0;
    let falseFlags = 0;
    for (let seed = 0; seed < 40; seed++) {
      const { log } = playHeadless(branching, seed, { falseFlagChance: 0.2 });
      const shown = shownIndicators(log);
      for (const id of flaggedIndicators(log)) {
        if (shown.includes(id)) rightFlags++;
        else falseFlags++;
      }
    }
    expect(rightFlags).toBeGreaterThan(0);
    expect(falseFlags).toBeGreaterThan(0);
  });

  it('produces logs that replay through the story exactly', () => {
    for (let seed = 0; seed < 10; seed++) {
      const result = playHeadless(branching, seed);
      expect(Playthrough.replay(branching, result.log).log).toEqual(result.log);
    }
  });

  it('records a transcript of lines and events in the order they happened', () => {
    const { transcript, log } = playHeadless(branching, 3);
    expect(transcript[0]).toEqual({ kind: 'line', line: { text: 'You are at the bus shelter.', tags: { indicators: [], phase: 'engage_explain' } } });
    expect(transcript.filter((entry) => entry.kind === 'event').map((entry) => entry.event)).toEqual(log);
    const firstChoice = transcript.findIndex((entry) => entry.kind === 'event' && entry.event.type === 'story.choice');
    expect(transcript[firstChoice + 1]?.kind).toBe('line');
  });

  it('names the story and the seed when there is no way out', () => {
    const endless = inlineScenario(`-> hub\n=== hub\nRound again.\n+ [Again] -> hub\n`, { id: 'inline_endless' });
    expect(() => playHeadless(endless, 9, { maxSteps: 30 })).toThrow(HeadlessPlayError);
    expect(() => playHeadless(endless, 9, { maxSteps: 30 })).toThrow(
      /^test\/inline_endless\.ink \(inline_endless, seed 9\): no ending after 30 inputs/,
    );
  });

  it('names the story and the seed when the story fails at runtime', () => {
    const broken = inlineScenario(`-> k\n=== k\nHi.\n`, { id: 'inline_broken' });
    expect(() => playHeadless(broken, 4)).toThrow(/inline_broken, seed 4\): the story does not start: .*ran out of content/);
  });
});
