// The explorer as a story check: a scored scenario must let a careful trainee earn full marks in
// every competency, and no path may stop without an ending. `npm run stories -- check` runs this on
// every story that compiled (registered in src/cli/commands/check.ts).
//
// A check never passes on a search it did not finish: when the explorer stops at its budget, the
// report says how far it got and what is left unproven, and that is an error unless the story's
// header accepts it with `# exploration: partial` (docs/authoring.md).
import type { Diagnostic, Scenario } from '../../content/types';
import { DEFAULT_MAX_MS, DEFAULT_MAX_STATES, exploreStory, type ExploreOptions, type ExploreReport, type PathStep } from './explore';

const COMPETENCIES = ['identification', 'questioning', 'referral'] as const;

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

function budgetText(options: ExploreOptions): string {
  const seconds = (options.maxMs ?? DEFAULT_MAX_MS) / 1000;
  return `${options.maxStates ?? DEFAULT_MAX_STATES} states${Number.isFinite(seconds) ? ` or ${seconds} s` : ''}`;
}

/** Diagnostics for a story from its exploration report (run with `options`). */
export function fairnessFindings(scenario: Scenario, report: ExploreReport, options: ExploreOptions = {}): Diagnostic[] {
  const file = scenario.meta.source;
  // Findings about the whole story name no line; one whose remedy is a header tag names line 1, where
  // the header starts (as the header's own errors do).
  const diagnostic = (severity: Diagnostic['severity'], message: string, line = 0): Diagnostic => ({ severity, file, line, message });
  const HEADER_LINE = 1;
  // A dead end names its knot; the CLI turns that into the knot's file and line (inkPath).
  const diagnostics: Diagnostic[] = report.deadEnds.map((deadEnd) => ({
    ...diagnostic('error', `dead end${deadEnd.knot ? ` in knot '${deadEnd.knot}'` : ''} ${describePath(deadEnd.path)}: ${deadEnd.reason}`),
    ...(deadEnd.knot ? { inkPath: deadEnd.knot } : {}),
  }));
  const short = report.max ? COMPETENCIES.filter((competency) => report.max![competency] < 100) : [];
  const scores = short.map((competency) => `${competency} ${report.max![competency]}`).join(', ');

  if (report.truncated) {
    // A path to full marks, once found, is proven; what no path found so far shows is not.
    const fairFound = report.max !== null && short.length === 0;
    const unproven = [
      'that no other path stops without an ending',
      ...(scenario.answerKey ? [...(fairFound ? [] : ['that a careful trainee can reach 100 in every competency']), 'the lowest reachable scores'] : []),
      'which knots and indicators are never reached',
    ];
    const accepted = scenario.meta.partialExplorationAccepted === true;
    diagnostics.push(
      diagnostic(
        accepted ? 'warning' : 'error',
        `exploration cut short at its budget (${budgetText(options)}) after ${report.states} states, so these are not proven: ${unproven.join('; ')}` +
          (accepted
            ? ' (accepted by `# exploration: partial`)'
            : '. Make the story smaller to explore (docs/authoring.md, "Keeping a scenario explorable"), or accept a partial check with `# exploration: partial` in the header'),
        HEADER_LINE,
      ),
    );
    if (scenario.answerKey && !report.max) diagnostics.push(diagnostic('warning', `the explorer found no finished path within its budget (${report.states} states)`));
    else if (short.length > 0) diagnostics.push(diagnostic('warning', `within the explorer's budget the best path found reaches only ${scores} (not 100)`));
    return diagnostics;
  }
  if (scenario.answerKey) {
    if (!report.max) diagnostics.push(diagnostic('error', 'no path reaches an ending, so the scenario cannot be scored'));
    else if (short.length > 0) diagnostics.push(diagnostic('error', `the best path cannot reach 100 in ${short.join(', ')}: the highest reachable is ${scores}`));
  }
  return diagnostics;
}

export function fairnessDiagnostics(scenario: Scenario, options: ExploreOptions = {}): Diagnostic[] {
  return fairnessFindings(scenario, exploreStory(scenario, options), options);
}
