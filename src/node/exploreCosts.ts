// How long each story's last exploration took, kept between runs so that explorePool.ts can start
// the slowest story first. With two cores the library's exploration ends when the worker that got
// the largest story finishes: started last, it alone runs for its whole length after the other
// worker has gone idle. The length of a story's compiled JSON says little about its exploration
// (the slowest story is a middling one by size), so the last measured time is used when there is one.
//
// The file outlives the explorer cache on purpose: after a change to the engine every report is
// stale, but which story is slow has hardly changed. It only orders work, so a missing, stale or
// unreadable file costs time and never changes a result.
import { readFileSync } from 'node:fs';
import type { Scenario } from '../content/types';
import { cachePath, writeFileAtomically } from './cacheFiles';

/** Where the times are kept: next to the explorer cache; `THRESHOLD_EXPLORE_COSTS` names another file. */
export function exploreCostsFile(): string {
  return process.env['THRESHOLD_EXPLORE_COSTS'] ?? cachePath('explore-costs.json');
}

/** Stories remembered; tests that check throwaway stories must not grow the file without end. */
const MAX_ENTRIES = 200;

export interface ExploreCosts {
  /** Milliseconds the story's last exploration took, by story source path. */
  get(source: string): number | undefined;
  /** Remember these explorations' times (the others are kept). */
  record(times: ReadonlyMap<string, number>): void;
}

function readTimes(path: string): Record<string, number> {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] >= 0));
  } catch {
    return {};
  }
}

export function fileExploreCosts(path: string = exploreCostsFile()): ExploreCosts {
  const times = readTimes(path);
  return {
    get: (source) => times[source],
    record(measured) {
      if (measured.size === 0) return;
      for (const [source, ms] of measured) {
        // Re-inserted last, so the oldest entries are the ones dropped past the limit.
        delete times[source];
        times[source] = Math.round(ms);
      }
      const sources = Object.keys(times);
      for (const stale of sources.slice(0, Math.max(0, sources.length - MAX_ENTRIES))) delete times[stale];
      try {
        writeFileAtomically(path, JSON.stringify(times));
      } catch {
        // Only the order of the next run's work depends on it.
      }
    },
  };
}

/**
 * Positions of `scenarios` slowest first: by last measured time; a story never measured is
 * estimated from its compiled size at the measured stories' time per character (by size alone
 * when none has been measured).
 */
export function slowestFirst(scenarios: readonly Scenario[], costs?: ExploreCosts): number[] {
  const known = scenarios.map((scenario) => costs?.get(scenario.meta.source));
  let measuredMs = 0;
  let measuredChars = 0;
  scenarios.forEach((scenario, i) => {
    if (known[i] === undefined) return;
    measuredMs += known[i];
    measuredChars += scenario.storyJson.length;
  });
  const perChar = measuredChars > 0 ? measuredMs / measuredChars : 1;
  const estimate = scenarios.map((scenario, i) => known[i] ?? scenario.storyJson.length * perChar);
  return scenarios.map((_, i) => i).sort((a, b) => estimate[b]! - estimate[a]! || a - b);
}
