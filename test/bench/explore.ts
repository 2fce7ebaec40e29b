// The explorer's figures for `npm run bench`. EXTENSION POINT: src/engine/explore (machines
// helper) is not in the repository yet; once it is, this module calls its measureExploration per
// story (states visited, ms, states per second), capped by `--explore-max-states N`.
import type { Scenario } from '../../src/content/types';

export interface ExplorerFigures {
  available: false;
  note: string;
}

export function exploreBenchmarks(
  _scenarios: readonly Scenario[],
  _options: { runs: number; maxStates: number },
  _median: (samples: number[]) => number,
): ExplorerFigures {
  return { available: false, note: 'src/engine/explore is not in the repository yet' };
}
