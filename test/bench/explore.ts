// The explorer's figures for `npm run bench`: states visited and time for an exploration of each
// story (measureExploration from src/engine/explore, machines helper). A full exploration can take
// far longer than the rest of the benchmark together, so each is capped at `maxStates` distinct
// states (`--explore-max-states N`, default 1000; `capped` says the cap was reached) and the
// comparable figure is states per second. `--explore-runs N` repeats each (median ms);
// `--no-explore` skips the explorer.
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
