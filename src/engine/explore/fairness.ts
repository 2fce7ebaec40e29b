// The explorer as a story check: a scored scenario must let a careful trainee earn full marks in
// every competency, and no path may stop without an ending. `npm run stories -- check` runs this on
// every story that compiled (registered in src/cli/commands/check.ts).
import type { Diagnostic, Scenario } from '../../content/types';
import { exploreStory, type ExploreOptions, type ExploreReport, type PathStep } from './explore';

const COMPETENCIES = ['identification', 'questioning', 'referral'] as const;

/** Check runs stay quick: a budget per story, and a search cut short never raises an error it cannot prove. */
const CHECK_BUDGET: ExploreOptions = { maxMs: 5_000, maxStates: 20_000 };

export function describePath(path: readonly PathStep[]): string {
  if (path.length === 0) return 'at the start';
  return `after ${path
    .map((step) => {
      switch (step.kind) {
        case 'choice':
          return `"${step.text}"`;
        case 'determination':
          return `determination ${step.determination || '(any)'}`;
        case 'referrals':
          return `referrals [${step.referrals.join(', ')}]`;
        case 'flags':
          return `flags [${step.indicators.join(', ')}]`;
      }
    })
    .join(' > ')}`;
}

/** One exploration per scenario per check run, shared by every check that reads it. */
const checkExplorations = new WeakMap<Scenario, ExploreReport>();

/** The story explored within check's budget (once: later calls for the same scenario reuse it). */
export function exploreForCheck(scenario: Scenario): ExploreReport {
  let report = checkExplorations.get(scenario);
  if (!report) {
    report = exploreStory(scenario, CHECK_BUDGET);
    checkExplorations.set(scenario, report);
  }
  return report;
}

export function fairnessDiagnostics(scenario: Scenario, options: ExploreOptions = CHECK_BUDGET): Diagnostic[] {
  const file = scenario.meta.source;
  const report = options === CHECK_BUDGET ? exploreForCheck(scenario) : exploreStory(scenario, options);
  const diagnostics: Diagnostic[] = report.deadEnds.map((deadEnd) => ({
    severity: 'error',
    file,
    line: 0,
    message: `dead end${deadEnd.knot ? ` in knot '${deadEnd.knot}'` : ''} ${describePath(deadEnd.path)}: ${deadEnd.reason}`,
    ...(deadEnd.knot ? { inkPath: deadEnd.knot } : {}),
  }));
  if (scenario.answerKey) {
    if (!report.max) {
      diagnostics.push({
        severity: report.truncated ? 'warning' : 'error',
        file,
        line: 0,
        message: report.truncated
          ? `the explorer found no finished path within its budget (${report.states} states), so fairness was not checked`
          : 'no path reaches an ending, so the scenario cannot be scored',
      });
    } else {
      const short = COMPETENCIES.filter((competency) => report.max![competency] < 100);
      if (short.length > 0) {
        const scores = short.map((competency) => `${competency} ${report.max![competency]}`).join(', ');
        diagnostics.push({
          severity: report.truncated ? 'warning' : 'error',
          file,
          line: 0,
          message: report.truncated
            ? `within the explorer's budget (${report.states} states) the best path found reaches only ${scores} (not 100); run \`npm run stories -- explore ${scenario.meta.id}\` for the full search`
            : `the best path cannot reach 100 in ${short.join(', ')}: the highest reachable is ${scores}`,
        });
      }
    }
  }
  return diagnostics;
}
