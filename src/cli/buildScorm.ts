// `npm run build:scorm`: the packages an academy uploads to its LMS. Builds the game once into
// dist/scorm/site, then writes three zips beside it, each holding that site:
//   dist/scorm/threshold-scorm12.zip     imsmanifest.xml (SCORM 1.2) + the 1.2 schemas
//   dist/scorm/threshold-scorm2004.zip   imsmanifest.xml (SCORM 2004 4th Edition) + its schemas
//   dist/scorm/threshold-cmi5.zip        cmi5.xml
// One SCO / AU per scenario (docs/academy.md says why). Fails, naming the story, when a story does
// not compile or when an attempt at it could outgrow SCORM 1.2's 4,096 characters of suspend data
// (suspendDataBudget.ts: the explorer's longest path, with everything else at its bound).
// `--site <dir>` packages a site already built by `npm run build` instead of building it again;
// the browser tests add `--no-budget-check`.
import { existsSync, readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { formatDiagnostic, type Scenario } from '../content/types';
import { resolveScoringConfig } from '../engine/scoring/config';
import { readAcademyConfig } from '../node/academyFile';
import { loadAllStories } from '../node/load';
import { scormManifest, type ScormItem } from '../records/lms/scormManifest';
import { cmi5CourseStructure } from '../records/xapi/cmi5CourseStructure';
import { exploreCacheDir, fileExploreCache } from '../node/exploreCache';
import { exploreStories } from '../node/explorePool';
import { CHECK_EXPLORATION } from './commands/check';
import { suspendDataBudget } from './suspendDataBudget';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(repoRoot, 'dist', 'scorm');
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

async function main(): Promise<number> {
  // The packages carry each scenario's pass mark to the LMS: a broken academy file must stop the
  // build, not fall back to the defaults unseen.
  const academy = readAcademyConfig(repoRoot);
  if (!academy.ok) {
    for (const diagnostic of academy.errors) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    process.stderr.write('build:scorm: the academy configuration is invalid\n');
    return 1;
  }
  const academyConfig = academy.config;
  const scenarios = loadScenarios();
  if (!scenarios) return 1;
  const args = process.argv.slice(2);
  // The browser tests package the build they serve and check the runtime, not the bound: they skip
  // the budget (proved by every real `npm run build:scorm` and by test/unit/lms).
  const over = args.includes('--no-budget-check') ? [] : await overBudget(scenarios);
  if (args.includes('--no-budget-check')) process.stdout.write('build:scorm: suspend data budget NOT checked (--no-budget-check): do not ship these packages\n');
  if (over.length > 0) {
    for (const line of over) process.stderr.write(`build:scorm: ${line}\n`);
    return 1;
  }

  const prebuilt = siteArgument(args);
  if (prebuilt === '') {
    process.stderr.write('build:scorm: --site needs the folder of a built site (e.g. --site dist)\n');
    return 1;
  }
  const siteDir = prebuilt === null ? join(outDir, 'site') : resolve(repoRoot, prebuilt);
  if (prebuilt === null) {
    await build({ configFile: join(repoRoot, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn', build: { outDir: siteDir, emptyOutDir: true } });
  } else if (!existsSync(join(siteDir, 'index.html'))) {
    process.stderr.write(`build:scorm: ${prebuilt} holds no built site (no index.html): run npm run build first\n`);
    return 1;
  }
  // Read once: every package carries the same site.
  const site = filesUnder(siteDir, outDir);
  const siteFiles: Zippable = Object.fromEntries(site.map((file) => [file, readFileSync(join(siteDir, file))]));
  const items: ScormItem[] = scenarios.map((scenario) => ({
    scenarioId: scenario.meta.id,
    title: scenario.meta.title,
    passMark: resolveScoringConfig(scenario, academyConfig).passMark,
  }));

  for (const edition of ['scorm12', 'scorm2004'] as const) {
    const schemaDir = join(repoRoot, 'assets', 'scorm', edition);
    const schemas = readdirSync(schemaDir);
    const manifest = scormManifest({ edition, identifier: 'threshold', version: packageJson.version, title: 'Threshold', items, files: site, schemaFiles: schemas });
    const zip: Zippable = { 'imsmanifest.xml': strToU8(manifest) };
    for (const schema of schemas) zip[schema] = readFileSync(join(schemaDir, schema));
    Object.assign(zip, siteFiles);
    writeZip(`threshold-${edition}.zip`, zip);
  }

  const cmi5: Zippable = {
    'cmi5.xml': strToU8(
      cmi5CourseStructure({
        title: 'Threshold',
        description: 'Scenario training for police who meet possible victims of human trafficking.',
        aus: scenarios.map((scenario, i) => ({ ...items[i]!, summary: scenario.meta.summary })),
      }),
    ),
    ...siteFiles,
  };
  writeZip('threshold-cmi5.zip', cmi5);
  return 0;
}

/**
 * Each story whose heaviest attempt would not fit in SCORM 1.2's suspend data, as `source: why`
 * lines. The proof needs every story explored to the end (the explorer's cache, shared with
 * `npm run stories -- check`, makes a story that has not changed cost nothing).
 */
async function overBudget(scenarios: readonly Scenario[]): Promise<string[]> {
  const explored = await exploreStories(scenarios, CHECK_EXPLORATION, { cache: fileExploreCache(exploreCacheDir()) });
  return scenarios.flatMap((scenario, i) => {
    const exploration = explored[i];
    if (!exploration?.ok) return [`${scenario.meta.source}: the explorer could not run, so its longest path is not known: ${exploration?.error ?? 'no result'}`];
    const budget = suspendDataBudget(exploration.report);
    if (!budget.fits) return [`${scenario.meta.source}: ${budget.reason}`];
    process.stdout.write(`build:scorm: ${scenario.meta.id}: longest path ${budget.choices} choices; its heaviest attempt needs ${budget.characters} characters of suspend data (${budget.fidelity})\n`);
    return [];
  });
}

/** The folder after `--site`: null without the option, '' when it has no value. */
function siteArgument(args: readonly string[]): string | null {
  const at = args.indexOf('--site');
  return at < 0 ? null : (args[at + 1] ?? '');
}

function loadScenarios(): Scenario[] | null {
  const results = loadAllStories(repoRoot);
  const broken = results.filter((result) => !result.ok);
  for (const result of broken) {
    if (result.ok) continue;
    for (const diagnostic of result.errors) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
    process.stderr.write(`build:scorm: ${result.source} does not compile: fix it or move it out of stories/ before packaging\n`);
  }
  if (broken.length > 0) return null;
  return results.flatMap((result) => (result.ok ? [result.scenario] : []));
}

/** The files below `dir`, except below `skip`: with `--site dist` the packages' own folder (dist/scorm) is inside the site. */
function filesUnder(dir: string, skip: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (path === skip) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

function writeZip(name: string, files: Zippable): void {
  mkdirSync(outDir, { recursive: true });
  const bytes = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(join(outDir, name), bytes);
  process.stdout.write(`build:scorm: wrote dist/scorm/${name} (${Math.round(bytes.length / 1024)} kB)\n`);
}


main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`build:scorm: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
