// Every story shipped in stories/ plays to an ending under many random trainees, and every one of
// those attempts replays exactly: a broken story, a dead end or a log that does not reproduce fails
// here before a trainee meets it.
import { describe, expect, it } from 'vitest';
import { loadAllStories } from '../../../src/node/load';
import { formatDiagnostic } from '../../../src/content/types';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { Playthrough } from '../../../src/engine/playthrough';
import { repoRoot } from '../engine/inlineScenario';

const SEEDS = 20;
const results = loadAllStories(repoRoot);

describe('every story in stories/', () => {
  it('has at least one story, and every story loads', () => {
    expect(results.length).toBeGreaterThan(0);
    const broken = results.flatMap((result) => (result.ok ? [] : result.errors.map(formatDiagnostic)));
    expect(broken, 'stories that do not load').toEqual([]);
  });

  for (const result of results) {
    if (!result.ok) continue;
    const { scenario } = result;
    it(`${scenario.meta.source} reaches an ending with ${SEEDS} seeds, and each attempt replays`, () => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const played = playHeadless(scenario, seed);
        const ended = played.log.find((event) => event.type === 'story.ended');
        expect(ended, `${scenario.meta.id} seed ${seed}: no story.ended in the log`).toMatchObject({ ending: played.ending });
        // Headless play calls the machine's rules without the actor (attemptFold.ts): the actor must agree.
        expect(Playthrough.replay(scenario, played.log).log).toEqual(played.log);
      }
    });
  }
});
