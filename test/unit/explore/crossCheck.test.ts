// The explorer checked against real play: every random playthrough of a shipped story must land
// inside what the explorer reported (an ending it found, indicators it saw shown, scores between its
// minimum and maximum). A merge that lost a state would show up here as a playthrough reaching
// something the exploration says cannot be reached.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { findStory } from '../../../src/node/load';
import { exploreStory } from '../../../src/engine/explore/explore';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { score } from '../../../src/engine/scoring/score';

const repoRoot = resolve(__dirname, '../../..');
const COMPETENCIES = ['identification', 'questioning', 'referral', 'overall'] as const;

describe.each(['sample_bus_shelter', 'scn_04_site_wage_dispute'])('explorer against random play: %s', (id) => {
  const loaded = findStory(id, repoRoot);
  if (!loaded?.ok) throw new Error(`${id} does not load`);
  const scenario = loaded.scenario;
  const report = exploreStory(scenario);

  it('explores the whole story', () => {
    expect(report.truncated).toBe(false);
    expect(report.min).not.toBeNull();
  });

  it('every playthrough ends where, shows what and scores within what the explorer reported', () => {
    const shownSomewhere = new Set(scenario.taggedIndicators.filter((indicator) => !report.indicatorsNeverShown.includes(indicator)));
    for (let seed = 1; seed <= 150; seed++) {
      // Half the plays are reckless with forms, half careful, so both ends of the range are tried.
      const result = playHeadless(scenario, seed, seed % 2 === 0 ? { referralChance: 0.6, falseFlagChance: 0.3 } : { flagChance: 1, referralChance: 0.05 });
      expect(report.endings, `seed ${seed}`).toContain(result.ending);
      for (const event of result.log) {
        if (event.type === 'story.indicatorShown') expect(shownSomewhere.has(event.indicator), `seed ${seed}: ${event.indicator}`).toBe(true);
      }
      const scores = score(scenario, result.log)?.scores;
      expect(scores).toBeDefined();
      for (const competency of COMPETENCIES) {
        expect(scores![competency], `seed ${seed}: ${competency}`).toBeGreaterThanOrEqual(report.min![competency]);
        expect(scores![competency], `seed ${seed}: ${competency}`).toBeLessThanOrEqual(report.max![competency]);
      }
    }
  });
});
