// `npm run stories -- check` of the whole library, timed for `npm run bench` (in this process,
// through the command itself, output discarded), three ways in one run:
// - baseline: one thread, no cache (every story explored in turn, as check did before the cache
//   and the workers);
// - cold: every core, an empty cache (the first run after a change to the engine);
// - warm: every core, the cache the cold run filled (a run after editing nothing, or the stories
//   that did not change when one did);
// - one changed: the warm cache without the report of the story with the most states (an author
//   who edited the slowest story: it alone is explored again).
// Each is printed in seconds and as a ratio to the baseline (and warm to cold). `--no-check` skips this, and
// `--no-check-baseline` skips the (slowest) baseline run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, CHECK_EXPLORATION } from '../../src/cli/commands/check';
import { engineFingerprint, exploreCacheKey } from '../../src/node/exploreCache';
import { defaultWorkers } from '../../src/node/explorePool';
import { loadAllStories } from '../../src/node/load';

export interface CheckFigures {
  workers: number;
  baselineSeconds: number | null;
  coldSeconds: number;
  warmSeconds: number;
  /** The warm cache less the report of the story with the most states, and which story that is. */
  oneChangedSeconds: number | null;
  oneChangedStory: string | null;
  coldVsBaseline: number | null;
  warmVsBaseline: number | null;
  /** The warm run over the cold one: what the cache saves when nothing changed. */
  warmVsCold: number;
  exitCode: number;
}

async function timeCheck(repoRoot: string, args: string[]): Promise<{ seconds: number; exitCode: number; summary: string }> {
  let summary = '';
  const started = performance.now();
  const exitCode = await check(args, {
    cwd: repoRoot,
    out: (text) => {
      if (text.startsWith('check:')) summary = text.trim();
    },
    err: () => undefined,
  });
  return { seconds: (performance.now() - started) / 1000, exitCode, summary };
}

/** Remove the cached report of the story whose exploration has the most states; its id, or null. */
function forgetSlowest(repoRoot: string, cacheDir: string): string | null {
  const fingerprint = engineFingerprint(repoRoot);
  if (!fingerprint) return null;
  let slowest: { id: string; file: string; states: number } | null = null;
  for (const result of loadAllStories(repoRoot)) {
    if (!result.ok) continue;
    const file = join(cacheDir, `${exploreCacheKey(fingerprint, result.scenario, CHECK_EXPLORATION)}.json`);
    try {
      const states = (JSON.parse(readFileSync(file, 'utf8')) as { states: number }).states;
      if (!slowest || states > slowest.states) slowest = { id: result.scenario.meta.id, file, states };
    } catch {
      // Not cached (an unscored story is not explored): not a candidate.
    }
  }
  if (!slowest) return null;
  rmSync(slowest.file);
  return slowest.id;
}

export async function checkBenchmarks(repoRoot: string, options: { baseline: boolean }, round: (value: number) => number): Promise<CheckFigures> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'threshold-bench-cache-'));
  const previous = process.env['THRESHOLD_EXPLORE_CACHE'];
  process.env['THRESHOLD_EXPLORE_CACHE'] = cacheDir;
  try {
    let baseline: number | null = null;
    if (options.baseline) {
      process.stderr.write('bench: check, one thread, no cache (baseline)\n');
      baseline = (await timeCheck(repoRoot, ['--no-cache', '--workers', '1'])).seconds;
    }
    process.stderr.write(`bench: check, ${defaultWorkers()} workers, empty cache\n`);
    const cold = await timeCheck(repoRoot, []);
    process.stderr.write(`bench: check again, cache filled (${cold.summary})\n`);
    const warm = await timeCheck(repoRoot, []);
    const slowest = forgetSlowest(repoRoot, cacheDir);
    let oneChanged: number | null = null;
    if (slowest) {
      process.stderr.write(`bench: check again without the cached report of ${slowest}\n`);
      oneChanged = (await timeCheck(repoRoot, [])).seconds;
    }
    return {
      workers: defaultWorkers(),
      baselineSeconds: baseline === null ? null : round(baseline),
      coldSeconds: round(cold.seconds),
      warmSeconds: round(warm.seconds),
      oneChangedSeconds: oneChanged === null ? null : round(oneChanged),
      oneChangedStory: slowest,
      coldVsBaseline: baseline === null ? null : round(cold.seconds / baseline),
      warmVsBaseline: baseline === null ? null : round(warm.seconds / baseline),
      warmVsCold: round(warm.seconds / cold.seconds),
      exitCode: warm.exitCode,
    };
  } finally {
    if (previous === undefined) delete process.env['THRESHOLD_EXPLORE_CACHE'];
    else process.env['THRESHOLD_EXPLORE_CACHE'] = previous;
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
