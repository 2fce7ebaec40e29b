// Every shipped scored story: headless attempts, recorded as play --json records them, verify.
// A story whose attempts do not replay (say, Ink randomness the replay does not reproduce) fails
// here by name, because an academy could never verify its trainees' results.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllStories } from '../../../src/node/load';
import { buildAttempt, type Attempt } from '../../../src/engine/attempt';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { readAcademyConfig } from '../../../src/node/academyFile';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { score } from '../../../src/engine/scoring/score';
import { verify } from '../../../src/engine/verify';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const SEEDS = [1, 2, 3];

const loaded = loadAllStories(repoRoot);
const academy = readAcademyConfig(repoRoot);

describe('attempts at every shipped story verify', () => {
  it('the academy configuration is valid and there are stories', () => {
    expect(academy.ok).toBe(true);
    expect(loaded.length).toBeGreaterThan(0);
  });

  for (const story of loaded) {
    const name = story.ok ? story.scenario.meta.source : story.source;
    it(name, () => {
      if (!story.ok || !academy.ok) throw new Error(`${name} does not load, so its attempts cannot be verified`);
      const scenario = story.scenario;
      const config = resolveScoringConfig(scenario, academy.config);
      for (const seed of SEEDS) {
        const played = playHeadless(scenario, seed);
        const attempt = JSON.parse(
          JSON.stringify(buildAttempt({ scenario: scenario.meta.id, seed, ending: played.ending, log: [...played.log], result: score(scenario, played.log, config) })),
        ) as Attempt;
        expect(verify(scenario, attempt, config), `${name}, seed ${seed}`).toEqual({ ok: true });
      }
    });
  }
});
