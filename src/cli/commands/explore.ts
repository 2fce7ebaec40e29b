// `npm run stories -- explore <id-or-path> [--json] [--max-states N] [--max-seconds S]`: walks every
// path of one story (src/engine/explore) and prints what an author needs: endings, dead ends, knots
// never reached, indicators never shown, the score range per competency and a path to the best.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../io';
import { formatDiagnostic } from '../../content/types';
import { findStory } from '../../node/load';
import { exploreStory, type ExploreOptions, type ExploreReport } from '../../engine/explore/explore';
import { declaredKnots } from '../../engine/explore/inkState';
import { describePath } from '../../engine/explore/fairness';

const USAGE = 'usage: explore <id-or-path> [--json] [--max-states N] [--max-seconds S]';

interface Parsed {
  target: string;
  json: boolean;
  options: ExploreOptions;
}

function parseArgs(args: readonly string[]): Parsed | string {
  let target: string | undefined;
  let json = false;
  const options: ExploreOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--max-states' || arg === '--max-seconds') {
      const value = Number(args[++i]);
      if (!Number.isFinite(value) || value <= 0) return `explore: ${arg} needs a positive number`;
      if (arg === '--max-states') options.maxStates = Math.floor(value);
      else options.maxMs = value * 1000;
    } else if (arg.startsWith('-')) return `explore: unknown option '${arg}'`;
    else if (target === undefined) target = arg;
    else return `explore: one story at a time ('${target}' and '${arg}' given)`;
  }
  return target === undefined ? 'explore: which story? give its id or path' : { target, json, options };
}

function scoreLine(label: string, scores: ExploreReport['min']): string {
  if (!scores) return `  ${label}: -`;
  return `  ${label}: identification ${scores.identification}, questioning ${scores.questioning}, referral ${scores.referral}, overall ${scores.overall}`;
}

export function formatReport(report: ExploreReport): string {
  const lines = [
    `explore ${report.scenario}: ${report.states} states${report.truncated ? ' (search cut short by its budget: the figures cover only these states)' : ''}`,
    `endings (${report.endings.length}): ${report.endings.join(', ') || '-'}`,
    `dead ends (${report.deadEnds.length}):`,
    ...report.deadEnds.map((d) => `  ${d.knot ? `in '${d.knot}' ` : ''}${describePath(d.path)}: ${d.reason}`),
    `knots never reached (${report.unreachableKnots.length}): ${report.unreachableKnots.join(', ') || '-'}`,
    `indicators tagged but never shown (${report.indicatorsNeverShown.length}): ${report.indicatorsNeverShown.join(', ') || '-'}`,
  ];
  if (report.min === null) lines.push('scores: unscored story (no answer key), or no path ends');
  else lines.push('scores:', scoreLine('min', report.min), scoreLine('max', report.max));
  if (report.bestPath) {
    lines.push('a path to the maximum:');
    for (const step of report.bestPath) {
      if (step.kind === 'choice') lines.push(`  choose ${step.index}: ${step.text}${step.q ? ` [${step.q}]` : ''}`);
      else if (step.kind === 'flags') lines.push(`  flag: ${step.indicators.join(', ') || '(nothing)'}`);
      else if (step.kind === 'determination') lines.push(`  determination: ${step.determination}`);
      else lines.push(`  referrals: ${step.referrals.join(', ') || '(none)'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const explore: Command = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  const result = findStory(parsed.target, io.cwd);
  if (!result) {
    io.err(`explore: no story '${parsed.target}' (give an id from a story header or a path under stories/)`);
    return 2;
  }
  if (!result.ok) {
    for (const diagnostic of result.errors) io.err(formatDiagnostic(diagnostic));
    return 1;
  }
  const scenario = result.scenario;
  let knots: string[] | undefined;
  try {
    // Report only the knots written in this story, not those of shared includes it uses in part.
    knots = declaredKnots(readFileSync(join(io.cwd, scenario.meta.source), 'utf8'));
  } catch {
    knots = undefined;
  }
  const report = exploreStory(scenario, { ...parsed.options, ...(knots ? { knots } : {}) });
  if (parsed.json) {
    const { scenario: id, states, endings, deadEnds, unreachableKnots, min, max, bestPath, indicatorsNeverShown, truncated } = report;
    io.out(`${JSON.stringify({ scenario: id, states, endings, deadEnds, unreachableKnots, min, max, bestPath, indicatorsNeverShown, truncated }, null, 2)}\n`);
  } else {
    io.out(formatReport(report));
  }
  return 0;
};
