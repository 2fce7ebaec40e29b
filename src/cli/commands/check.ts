// `npm run stories -- check [paths...]`: compiles and validates every root story in stories/ (or
// the given files), prints each problem as `path:line: message`, then one summary line.
// Scored stories are also explored to the end (src/engine/explore/fairness.ts): a story whose best
// path cannot reach 100 in every competency, that has a dead end, or whose exploration was cut short
// (unless its header says `exploration: partial`), fails. `--quick` skips that exploration for a
// fast syntax-and-tags pass while writing.
// Exit code: 1 when any story has an error, else 0 (warnings alone pass); 2 for a usage error.
import type { Command } from '../io';
import type { Diagnostic, LoadResult, Scenario } from '../../content/types';
import { formatDiagnostic } from '../../content/types';
import { loadAllStories } from '../../node/load';
import type { ExploreOptions } from '../../engine/explore/explore';
import { fairnessFindings } from '../../engine/explore/fairness';
import { exploreCacheDir, fileExploreCache } from '../../node/exploreCache';
import { fileExploreCosts } from '../../node/exploreCosts';
import type { Explored, Timed } from '../../node/exploreOne';
import { exploreStories, type ExplorePlan } from '../../node/explorePool';
import { messageOf } from '../../util/errors';
import { unreachableIndicatorWarnings } from '../reachLint';
import { locateDiagnostics } from '../locateDiagnostics';
import { skippedStoryNotes, storyPathProblem } from '../storyPaths';

const USAGE = 'usage: check [--quick] [--no-cache] [--workers N] [paths...]';

/**
 * check's exploration budget counts states only (the explorer's default, 500 000), never seconds:
 * the same story passes or fails the same way on a busy machine as on an idle one.
 */
export const CHECK_EXPLORATION: ExploreOptions = { maxMs: Number.POSITIVE_INFINITY };

/**
 * Extra checks on stories that compiled, run after the content layer's own, even with `--quick`
 * (an extension point for future checks). A checker returns diagnostics; an error fails the check.
 */
export type ScenarioChecker = (scenario: Scenario) => Diagnostic[];

export const scenarioCheckers: ScenarioChecker[] = [];

export interface StoryReport {
  source: string;
  title?: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

function runCheckers(scenario: Scenario, checkers: readonly ScenarioChecker[]): Diagnostic[] {
  return checkers.flatMap((checker) => {
    try {
      return checker(scenario);
    } catch (error) {
      return [failedToRun(scenario, messageOf(error))];
    }
  });
}

function failedToRun(scenario: Scenario, message: string): Diagnostic {
  return { severity: 'error', file: scenario.meta.source, line: 0, message: `a check failed to run: ${message}` };
}

/**
 * What the exploration shows of a story: fairness and dead ends (fairness.ts) and indicators no
 * path shows (reachLint.ts), or why the explorer could not run.
 */
function explorationFindings(scenario: Scenario, explored: Explored, repoRoot: string): Diagnostic[] {
  if (!explored.ok) return [failedToRun(scenario, explored.error)];
  return [...fairnessFindings(scenario, explored.report, CHECK_EXPLORATION), ...unreachableIndicatorWarnings(scenario, explored.report, repoRoot)];
}

export function reportFor(result: LoadResult, checkers: readonly ScenarioChecker[], explored?: Explored, repoRoot = '.'): StoryReport {
  if (!result.ok) return { source: result.source, errors: result.errors, warnings: result.warnings };
  const extra = [...runCheckers(result.scenario, checkers), ...(explored ? explorationFindings(result.scenario, explored, repoRoot) : [])];
  return {
    source: result.scenario.meta.source,
    title: result.scenario.meta.title,
    errors: extra.filter((d) => d.severity === 'error'),
    warnings: [...result.scenario.warnings, ...extra.filter((d) => d.severity === 'warning')],
  };
}

/** Problems found by running the story get the file and line of the place they name. */
function located(report: StoryReport, repoRoot: string): StoryReport {
  return { ...report, errors: locateDiagnostics(report.errors, repoRoot), warnings: locateDiagnostics(report.warnings, repoRoot) };
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/**
 * Said on stderr before exploring, so a trainer knows why the first check of a library takes a
 * minute and that it will not again (stdout keeps only the findings and the summary).
 */
export function planNote(plan: ExplorePlan): string | null {
  const count = plan.exploring.length;
  if (count === 0) return null;
  const what = `check: exploring every path of ${plural(count, 'story', 'stories')} on ${plural(plan.workers, 'worker')}${plan.cached > 0 ? ` (${plan.cached} unchanged, from the cache)` : ''}`;
  return plan.expectedMs !== null
    ? `${what}: about ${seconds(plan.expectedMs)}, as last time`
    : `${what}: stories not explored on this machine before can take a minute or more; later checks explore only the stories that changed (--quick skips exploring)`;
}

/** Said on stderr as each story's exploration ends: the check is moving, and which story is slow. */
export function exploredNote(scenario: Scenario, timed: Timed, done: number, total: number): string {
  const progress = `(${done}/${total})`;
  const explored = timed.explored;
  if (!explored.ok) return `check: ${progress} could not explore ${scenario.meta.source}`;
  const states = `${explored.report.states.toLocaleString('en')} states`;
  return `check: ${progress} explored ${scenario.meta.source}: ${states}${timed.ms === null ? '' : ` in ${seconds(timed.ms)}`}${explored.report.truncated ? ', cut short' : ''}`;
}

interface CheckArgs {
  quick: boolean;
  cache: boolean;
  workers?: number;
  paths: string[];
}

function parseArgs(args: readonly string[]): CheckArgs | string {
  const parsed: CheckArgs = { quick: false, cache: true, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--quick') parsed.quick = true;
    else if (arg === '--no-cache') parsed.cache = false;
    else if (arg === '--workers') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1) return `check: --workers needs a whole number >= 1 (${USAGE})`;
      parsed.workers = value;
    } else if (arg.startsWith('-')) return `check: unknown option '${arg}' (${USAGE})`;
    else parsed.paths.push(arg);
  }
  return parsed;
}

export const check: Command = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(parsed);
    return 2;
  }
  const paths = parsed.paths;
  const pathProblems = paths.flatMap((path) => storyPathProblem(path, io.cwd) ?? []);
  if (pathProblems.length > 0) {
    for (const problem of pathProblems) io.err(`check: ${problem}`);
    return 2;
  }
  if (paths.length === 0) for (const note of skippedStoryNotes(io.cwd)) io.out(note);
  const results = loadAllStories(io.cwd, paths.length > 0 ? paths : undefined);
  if (results.length === 0) {
    io.out('check: no stories found in stories/');
    return 0;
  }
  const scenarios = results.flatMap((result) => (result.ok ? [result.scenario] : []));
  let exploredCount = 0;
  let exploringCount = 0;
  const explorations = parsed.quick
    ? []
    : await exploreStories(scenarios, CHECK_EXPLORATION, {
        ...(parsed.workers !== undefined && { workers: parsed.workers }),
        ...(parsed.cache && { cache: fileExploreCache(exploreCacheDir()) }),
        costs: fileExploreCosts(),
        onPlan: (plan) => {
          exploringCount = plan.exploring.length;
          const note = planNote(plan);
          if (note) io.err(note);
        },
        onExplored: (scenario, timed) => io.err(exploredNote(scenario, timed, ++exploredCount, exploringCount)),
      });
  const exploredBy = new Map(scenarios.map((scenario, i) => [scenario, explorations[i]]));
  const reports = results.map((result) => located(reportFor(result, scenarioCheckers, result.ok ? exploredBy.get(result.scenario) : undefined, io.cwd), io.cwd));
  for (const report of reports) {
    for (const diagnostic of [...report.errors, ...report.warnings]) io.out(formatDiagnostic(diagnostic));
  }
  const errorCount = reports.reduce((sum, report) => sum + report.errors.length, 0);
  const warningCount = reports.reduce((sum, report) => sum + report.warnings.length, 0);
  const broken = reports.filter((report) => report.errors.length > 0).length;
  const cached = explorations.filter((explored) => explored.ok && explored.cached).length;
  const explored = parsed.quick ? '' : `; ${plural(explorations.length - cached, 'story', 'stories')} explored, ${cached} from the cache`;
  io.out(
    `check: ${plural(reports.length, 'story', 'stories')} checked, ${reports.length - broken} ok, ${broken} with errors; ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}${explored}`,
  );
  return errorCount > 0 ? 1 : 0;
};
