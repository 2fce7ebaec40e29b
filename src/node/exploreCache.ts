// Explorer reports cached on disk, so `check` explores only stories that changed. A report is kept
// under a key that covers everything it could depend on:
// - the whole Scenario (compiled story JSON with every include, answer key, scoring overrides,
//   tagged indicators), so any change to a story or to a file it includes is a new key;
// - the explorer options (budget, knots);
// - the engine's fingerprint: the text of every source file under src/engine and src/content
//   (the explorer, scoring, runner, tag parsing, taxonomy) and the inkjs version installed, so a
//   change to the code that explores or scores never reuses an old report.
// A stale entry can therefore never pass a changed story: it is simply never looked up again.
// Entries are written atomically (temp file + rename); an unreadable entry is a miss.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Scenario } from '../content/types';
import type { ExploreOptions, ExploreReport } from '../engine/explore/explore';
import { cachePath, CHECKOUT_ROOT, writeFileAtomically } from './cacheFiles';

/**
 * Where `check` keeps explorer reports: inside the checkout's node_modules, which git ignores and
 * `npm ci` clears; `THRESHOLD_EXPLORE_CACHE` names another folder (tests use a temporary one).
 */
export function exploreCacheDir(): string {
  return process.env['THRESHOLD_EXPLORE_CACHE'] ?? cachePath('explore');
}

/** The folders whose source decides what an exploration reports. */
const ENGINE_SOURCES = [join('src', 'engine'), join('src', 'content')];

export interface ExploreCache {
  /** Digest of the code that explores (engineFingerprint); null: nothing is cached. */
  readonly fingerprint: string | null;
  get(key: string): ExploreReport | undefined;
  set(key: string, report: ExploreReport): void;
}

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * A digest of the code an exploration runs: every file under src/engine and src/content, and the
 * installed inkjs version. null when the sources are not there to read (then nothing is cached).
 */
export function engineFingerprint(repoRoot: string = CHECKOUT_ROOT): string | null {
  const hash = createHash('sha256');
  let files = 0;
  for (const folder of ENGINE_SOURCES) {
    for (const file of filesUnder(join(repoRoot, folder))) {
      hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
      files++;
    }
  }
  if (files === 0) return null;
  try {
    hash.update(readFileSync(join(repoRoot, 'node_modules', 'inkjs', 'package.json')));
  } catch {
    return null;
  }
  return hash.digest('hex');
}

export function exploreCacheKey(fingerprint: string, scenario: Scenario, options: ExploreOptions): string {
  return createHash('sha256').update(fingerprint).update('\0').update(JSON.stringify(scenario)).update('\0').update(JSON.stringify(options)).digest('hex');
}

function isReport(value: unknown): value is ExploreReport {
  const report = value as Partial<ExploreReport> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    typeof report.scenario === 'string' &&
    typeof report.states === 'number' &&
    typeof report.truncated === 'boolean' &&
    Array.isArray(report.endings) &&
    Array.isArray(report.deadEnds)
  );
}

/** A cache of reports as one JSON file per key under `dir`, for the code in this checkout. */
export function fileExploreCache(dir: string, fingerprint: string | null = engineFingerprint()): ExploreCache {
  return {
    fingerprint,
    get(key) {
      try {
        const value: unknown = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8'));
        return isReport(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    set(key, report) {
      try {
        writeFileAtomically(join(dir, `${key}.json`), JSON.stringify(report));
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}
