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
import { exploreForCheck, fairnessDiagnostics } from '../../engine/explore/fairness';
import { messageOf } from '../../util/errors';
import { unreachableIndicatorWarnings } from '../reachLint';
import { locateDiagnostics } from '../locateDiagnostics';
import { skippedStoryNotes, storyPathProblem } from '../storyPaths';

/**
 * Extra checks on stories that compiled, run after the content layer's own, even with `--quick`
 * (an extension point for future checks). A checker returns diagnostics; an error fails the check.
 */
export type ScenarioChecker = (scenario: Scenario) => Diagnostic[];

export const scenarioCheckers: ScenarioChecker[] = [];

/** Checks that explore the story (one exploration, shared); skipped by `--quick`. */
const explorationCheckers = (repoRoot: string): readonly ScenarioChecker[] => [
  (scenario) => fairnessDiagnostics(scenario),
  (scenario) => unreachableIndicatorWarnings(scenario, exploreForCheck(scenario), repoRoot),
];

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
      const message = messageOf(error);
      return [{ severity: 'error' as const, file: scenario.meta.source, line: 0, message: `a check failed to run: ${message}` }];
    }
  });
}

export function reportFor(result: LoadResult, checkers: readonly ScenarioChecker[]): StoryReport {
  if (!result.ok) return { source: result.source, errors: result.errors, warnings: result.warnings };
  const extra = runCheckers(result.scenario, checkers);
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

export const check: Command = async (args, io) => {
  const quick = args.includes('--quick');
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--quick');
  if (unknown.length > 0) {
    io.err(`check: unknown option '${unknown[0]}' (usage: check [--quick] [paths...])`);
    return 2;
  }
  const paths = args.filter((arg) => !arg.startsWith('-'));
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
  const checkers = quick ? scenarioCheckers : [...scenarioCheckers, ...explorationCheckers(io.cwd)];
  const reports = results.map((result) => located(reportFor(result, checkers), io.cwd));
  for (const report of reports) {
    for (const diagnostic of [...report.errors, ...report.warnings]) io.out(formatDiagnostic(diagnostic));
  }
  const errorCount = reports.reduce((sum, report) => sum + report.errors.length, 0);
  const warningCount = reports.reduce((sum, report) => sum + report.warnings.length, 0);
  const broken = reports.filter((report) => report.errors.length > 0).length;
  io.out(
    `check: ${plural(reports.length, 'story', 'stories')} checked, ${reports.length - broken} ok, ${broken} with errors; ${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')}`,
  );
  return errorCount > 0 ? 1 : 0;
};
