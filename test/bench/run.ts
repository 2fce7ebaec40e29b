// `npm run bench`: how fast the story pipeline and the engine are, printed as JSON. A benchmark,
// not a test: it never fails on a number; compare runs on the same machine. Every figure is the
// median of several runs so one slow garbage collection does not skew it.
//
// Options: --runs N (default 5) repetitions for compile/load medians; --plays N (default 20)
// headless playthroughs per story for the throughput figure and for headless play against raw
// inkjs and the runner alone on the same paths (./headlessRatio.ts, --no-ratio to skip); explorer options in ./explore.ts
// (--explore-max-states N, --explore-runs N, --no-explore); check timings in ./check.ts (--no-check,
// --no-check-baseline); page speed in headless Chromium in ./page.ts (--page-runs N, --page-port N
// for the first of two local ports, --no-page).
// The LRS load in ./lrs.ts (--lrs-attempts N, --lrs-seconds N, --no-lrs).
import { performance } from 'node:perf_hooks';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Story } from 'inkjs';
import { loadAllStories, loadStoryFile } from '../../src/node/load';
import type { Scenario } from '../../src/content/types';
import { playHeadless } from '../../src/engine/headlessPlayer';
import { Playthrough } from '../../src/engine/playthrough';
import { exploreBenchmarks } from './explore';
import { checkBenchmarks } from './check';
import { pageBenchmarks } from './page';
import { headlessRatio } from './headlessRatio';
import { lrsBenchmark } from './lrs';
import { longLog } from './longLog';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function numberOption(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench: ${name} needs a whole number >= 1, got '${args[at + 1] ?? ''}'`);
  return value;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return round(value);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function timeMs(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

interface StoryFigures {
  source: string;
  id: string;
  compileMs: number;
  loadMs: number;
  playsPerSecond: number;
  meanPlayMs: number;
}

function benchStory(scenario: Scenario, runs: number, plays: number): StoryFigures {
  const source = scenario.meta.source;
  process.stderr.write(`bench: ${scenario.meta.id}\n`);
  const compileMs = median(
    Array.from({ length: runs }, () =>
      timeMs(() => {
        const result = loadStoryFile(source, repoRoot);
        if (!result.ok) throw new Error(`bench: ${source} stopped compiling during the benchmark`);
      }),
    ),
  );
  const loadMs = median(Array.from({ length: runs }, () => timeMs(() => void new Story(scenario.storyJson))));
  const playSamples: number[] = [];
  for (let seed = 1; seed <= plays; seed++) playSamples.push(timeMs(() => void playHeadless(scenario, seed)));
  const totalPlayMs = playSamples.reduce((sum, ms) => sum + ms, 0);
  return {
    source,
    id: scenario.meta.id,
    compileMs,
    loadMs,
    playsPerSecond: round((plays * 1000) / totalPlayMs),
    meanPlayMs: round(totalPlayMs / plays),
  };
}

/** Replay time of a ~1,000- and a ~2,000-event log of the first story; `ratio` near 2 is linear. */
function replayBenchmark(scenarios: Scenario[], runs: number): { events: number[]; replayMs: number[]; ratio: number } | null {
  const scenario = scenarios[0];
  if (!scenario) return null;
  const logs = [longLog(scenario, 500), longLog(scenario, 1000)];
  // One untimed replay of each first: the JIT warms up on the short log otherwise, skewing the ratio.
  for (const log of logs) Playthrough.replay(scenario, log);
  const replayMs = logs.map((log) => median(Array.from({ length: runs }, () => timeMs(() => void Playthrough.replay(scenario, log)))));
  return { events: logs.map((log) => log.length), replayMs, ratio: round(replayMs[1]! / replayMs[0]!) };
}

async function main(args: string[]): Promise<void> {
  const runs = numberOption(args, '--runs', 5);
  const plays = numberOption(args, '--plays', 20);
  const exploreRuns = numberOption(args, '--explore-runs', 1);
  const exploreMaxStates = numberOption(args, '--explore-max-states', 500_000);
  const results = loadAllStories(repoRoot);
  const broken = results.flatMap((result) => (result.ok ? [] : [relative(repoRoot, result.source) || result.source]));
  const scenarios = results.flatMap((result) => (result.ok ? [result.scenario] : []));

  // Compiling every story together is what a build and `stories check` pay.
  const compileAllMs = median(Array.from({ length: runs }, () => timeMs(() => void loadAllStories(repoRoot))));
  const stories = scenarios.map((scenario) => benchStory(scenario, runs, plays));

  const report = {
    node: process.version,
    runs,
    playsPerStory: plays,
    stories,
    totals: {
      stories: scenarios.length,
      compileAllMs,
      compileSumMs: round(stories.reduce((sum, story) => sum + story.compileMs, 0)),
      loadSumMs: round(stories.reduce((sum, story) => sum + story.loadMs, 0)),
      playsPerSecond: round(stories.length === 0 ? 0 : stories.reduce((sum, story) => sum + story.playsPerSecond, 0) / stories.length),
    },
    // ---- Headless play and the runner alone against raw inkjs: same JSON, seeds and paths (./headlessRatio.ts) ----
    headlessVsRawInkjs: args.includes('--no-ratio') ? null : headlessRatio(scenarios, plays, round),
    // ---- Replay (what verify pays) of a long log: doubling the log should about double the time ----
    replay: replayBenchmark(scenarios, runs),
    // ---- Explorer figures (src/engine/explore via ./explore.ts: states visited, time, states/s) ----
    explorer: args.includes('--no-explore') ? null : exploreBenchmarks(scenarios, { runs: exploreRuns, maxStates: exploreMaxStates }, median),
    // ---- `stories -- check` of the library (./check.ts: baseline, cold and warm cache, in seconds and ratios) ----
    check: args.includes('--no-check') ? null : await checkBenchmarks(repoRoot, { baseline: !args.includes('--no-check-baseline') }, round),
    // ---- Page figures (./page.ts: the production build against a bare Phaser page, as ratios) ----
    page: args.includes('--no-page')
      ? null
      : await pageBenchmarks({ runs: numberOption(args, '--page-runs', 5), port: numberOption(args, '--page-port', 4218), repoRoot }),
    // ---- A cohort's xAPI statements into a real LRS on loopback (./lrs.ts) ----
    lrs: args.includes('--no-lrs')
      ? null
      : await lrsBenchmark(scenarios, { attempts: numberOption(args, '--lrs-attempts', 1000), seconds: numberOption(args, '--lrs-seconds', 300), concurrency: 4 }),
    brokenStories: broken,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
