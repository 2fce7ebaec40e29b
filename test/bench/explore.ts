// The explorer's figures for `npm run bench`: for each story, the distinct points a whole
// exploration visits, the time it takes and points per second (measureExploration from
// src/engine/explore), and as a baseline from the same run, how many points per second raw inkjs
// reaches playing the same compiled story at random (Continue to the next choice, choose, repeat):
// `vsRawInk` is the explorer's rate over raw play's, the share of raw speed the explorer keeps
// while it also keys, copies, scores and merges every point.
// By default every story is explored to the end, as `stories -- explore` does (a few minutes for
// the library); `--explore-max-states N` caps each at N points (`capped` says the cap was
// reached), `--explore-runs N` repeats each (median ms), `--no-explore` skips the explorer.
import { Story } from 'inkjs';
import type { Scenario } from '../../src/content/types';
import { measureExploration } from '../../src/engine/explore/explore';
import { createRandom } from '../../src/engine/random';

export interface ExplorerFigures {
  runs: number;
  maxStates: number;
  stories: Array<{
    id: string;
    states: number;
    capped: boolean;
    ms: number;
    statesPerSecond: number;
    rawInkPointsPerSecond: number;
    vsRawInk: number;
  }>;
}

const RAW_PLAY_MS = 1_000;

/** Points (choices offered, or the end) per second raw inkjs reaches in seeded random play of the story. */
export function rawInkPointsPerSecond(scenario: Scenario): number {
  const story = new Story(scenario.storyJson);
  story.allowExternalFunctionFallbacks = true;
  const random = createRandom(1);
  let points = 0;
  const started = performance.now();
  while (performance.now() - started < RAW_PLAY_MS) {
    story.ResetState();
    for (let guard = 0; guard < 10_000; guard++) {
      while (story.canContinue) story.Continue();
      points++;
      const count = story.currentChoices.length;
      if (count === 0) break;
      story.ChooseChoiceIndex(Math.floor(random.next() * count));
    }
  }
  return (points * 1000) / (performance.now() - started);
}

export function exploreBenchmarks(
  scenarios: readonly Scenario[],
  options: { runs: number; maxStates: number },
  median: (samples: number[]) => number,
): ExplorerFigures {
  const stories = scenarios.map((scenario) => {
    process.stderr.write(`bench: exploring ${scenario.meta.id}\n`);
    const samples = Array.from({ length: options.runs }, () => measureExploration(scenario, { maxStates: options.maxStates }));
    const states = samples[0]?.states ?? 0;
    const ms = median(samples.map((sample) => sample.ms));
    const statesPerSecond = ms > 0 ? (states * 1000) / ms : 0;
    const raw = rawInkPointsPerSecond(scenario);
    return {
      id: scenario.meta.id,
      states,
      capped: samples.some((sample) => sample.truncated),
      ms,
      statesPerSecond: median([statesPerSecond]),
      rawInkPointsPerSecond: median([raw]),
      vsRawInk: median([raw > 0 ? statesPerSecond / raw : 0]),
    };
  });
  return { runs: options.runs, maxStates: options.maxStates, stories };
}
