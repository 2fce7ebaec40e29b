// The explorer's figures for `npm run bench`: for each story, the distinct points a whole
// exploration visits, the time it takes and points per second (measureExploration from
// src/engine/explore). By default every story is explored to the end, as `stories -- explore` does
// (a few minutes for the library); `--explore-max-states N` caps each at N points for a quick
// states-per-second figure (`capped` says the cap was reached), `--explore-runs N` repeats each
// (median ms), `--no-explore` skips the explorer.
import type { Scenario } from '../../src/content/types';
import { measureExploration } from '../../src/engine/explore/explore';

export interface ExplorerFigures {
  runs: number;
  maxStates: number;
  stories: Array<{ id: string; states: number; capped: boolean; ms: number; statesPerSecond: number }>;
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
    return { id: scenario.meta.id, states, capped: states >= options.maxStates, ms, statesPerSecond: median([ms > 0 ? (states * 1000) / ms : 0]) };
  });
  return { runs: options.runs, maxStates: options.maxStates, stories };
}
