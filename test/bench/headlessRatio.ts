// Headless play against raw inkjs, measured in the same run on the same compiled JSON and seeds.
//
// Raw: one parsed inkjs Story per story (ResetState between plays), Continue() and currentTags for
// every line, a seeded random pick among the choices, until the story ends: the least a player of
// the story can do. Headless: playHeadless() (src/engine/headlessPlayer.ts), the attempt actor with
// its runner, children, log and forms, with the same seed. The two take different paths (the
// headless trainee only takes choices the interview allows and answers forms), so the figure that
// compares them is the time per choice made; plays per second are printed beside it.
// ratio = raw ms per choice / headless ms per choice: 1 is as fast as raw inkjs, 0.5 twice as slow.
import { performance } from 'node:perf_hooks';
import { Story } from 'inkjs';
import type { Scenario } from '../../src/content/types';
import { playHeadless } from '../../src/engine/headlessPlayer';
import { createRandom } from '../../src/engine/random';

export interface HeadlessRatio {
  plays: number;
  raw: { msPerChoice: number; playsPerSecond: number };
  headless: { msPerChoice: number; playsPerSecond: number };
  /** Raw ms per choice over headless ms per choice (the target is at least 0.8). */
  ratio: number;
}

interface Tally {
  ms: number;
  choices: number;
  plays: number;
}

const MAX_CHOICES = 5000;

/** One raw playthrough; returns the number of choices made. */
function playRaw(story: Story, seed: number): number {
  story.ResetState();
  const random = createRandom(seed);
  let choices = 0;
  for (; choices < MAX_CHOICES; choices++) {
    while (story.canContinue) {
      story.Continue();
      void story.currentTags;
    }
    const offered = story.currentChoices;
    if (offered.length === 0) break;
    story.ChooseChoiceIndex(random.pick(offered).index);
  }
  return choices;
}

export function headlessRatio(scenarios: readonly Scenario[], plays: number, round: (value: number) => number): HeadlessRatio {
  const raw: Tally = { ms: 0, choices: 0, plays: 0 };
  const headless: Tally = { ms: 0, choices: 0, plays: 0 };
  for (const scenario of scenarios) {
    process.stderr.write(`bench: headless vs raw inkjs: ${scenario.meta.id}\n`);
    const story = new Story(scenario.storyJson);
    story.allowExternalFunctionFallbacks = true;
    // Warm both up on seeds not measured, so neither pays the JIT's first runs.
    for (let seed = plays + 1; seed <= plays + 3; seed++) {
      playRaw(story, seed);
      playHeadless(scenario, seed);
    }
    // Interleaved per seed, so both see the same machine load.
    for (let seed = 1; seed <= plays; seed++) {
      let start = performance.now();
      raw.choices += playRaw(story, seed);
      raw.ms += performance.now() - start;
      start = performance.now();
      const played = playHeadless(scenario, seed);
      headless.ms += performance.now() - start;
      headless.choices += played.log.filter((event) => event.type === 'story.choice').length;
    }
    raw.plays += plays;
    headless.plays += plays;
  }
  const perChoice = (tally: Tally) => tally.ms / Math.max(1, tally.choices);
  const figures = (tally: Tally) => ({ msPerChoice: round(perChoice(tally)), playsPerSecond: round((tally.plays * 1000) / Math.max(1, tally.ms)) });
  return { plays: raw.plays, raw: figures(raw), headless: figures(headless), ratio: round(perChoice(raw) / perChoice(headless)) };
}
