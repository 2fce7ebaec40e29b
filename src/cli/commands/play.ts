// `npm run stories -- play <id-or-path> [--seed N] [--json]`: plays a story headless with a seeded
// random trainee and prints what happened: a readable transcript, or with --json the attempt file
// (docs/attempt-format.md) that `verify` accepts. The same story and seed print the same bytes.
// Exit codes: 0 played, 1 unknown or broken story (or it fails while playing), 2 usage error.
import type { Command, CliIO } from '../io';
import { formatDiagnostic, type Scenario } from '../../content/types';
import { findStory, loadAllStories } from '../../content/load';
import { buildAttempt } from '../../engine/attempt';
import { playHeadless, type HeadlessResult, type TranscriptEntry } from '../../engine/headlessPlayer';
import type { DecisionEvent } from '../../engine/log';
import { readAcademyConfig } from '../../engine/scoring/academyFile';
import { resolveScoringConfig } from '../../engine/scoring/config';
import { score, type Result } from '../../engine/scoring/score';
import type { Line } from '../../engine/storyRunner';

const USAGE = 'usage: npm run stories -- play <id-or-path> [--seed N] [--json]   (N: a whole number >= 0, default 1)';
const DEFAULT_SEED = 1;

interface PlayArgs {
  story: string;
  seed: number;
  json: boolean;
}

function parseArgs(args: readonly string[]): PlayArgs | string {
  let story: string | undefined;
  let seed = DEFAULT_SEED;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const value = arg === '--seed' ? args[++i] : arg.slice('--seed='.length);
      if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
        return `play: --seed needs a whole number >= 0, got '${value ?? ''}'`;
      }
      seed = Number(value);
    } else if (arg.startsWith('-')) return `play: unknown option '${arg}'`;
    else if (story === undefined) story = arg;
    else return `play: only one story at a time (got '${story}' and '${arg}')`;
  }
  if (story === undefined) return 'play: which story? give its id or its path';
  return { story, seed, json };
}

export const play: Command = async (args, io) => {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n${USAGE}`);
    return 2;
  }
  const loaded = findStory(parsed.story, io.cwd);
  if (!loaded) {
    io.err(`play: no story '${parsed.story}' in stories/. Known ids: ${knownIds(io.cwd)}`);
    return 1;
  }
  if (!loaded.ok) {
    for (const diagnostic of loaded.errors) io.err(formatDiagnostic(diagnostic));
    io.err(`play: ${loaded.source} does not compile`);
    return 1;
  }
  const scenario = loaded.scenario;
  const scored = scoreFor(scenario, io);
  if (scored === 'failed') return 1;

  let played: HeadlessResult;
  try {
    played = playHeadless(scenario, parsed.seed);
  } catch (error) {
    io.err(`play: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  let result: Result | null;
  try {
    result = scored(played);
  } catch (error) {
    io.err(`play: ${scenario.meta.source}: the attempt cannot be scored: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (parsed.json) {
    const attempt = buildAttempt({ scenario: scenario.meta.id, seed: parsed.seed, ending: played.ending, log: [...played.log], result });
    io.out(`${JSON.stringify(attempt, null, 2)}\n`);
  } else {
    io.out(transcriptText(scenario, played, result));
  }
  return 0;
};

/** Scores with the academy's configuration, as `verify` does, so a printed attempt verifies. */
function scoreFor(scenario: Scenario, io: CliIO): ((played: HeadlessResult) => Result | null) | 'failed' {
  const academy = readAcademyConfig(io.cwd);
  if (!academy.ok) {
    for (const diagnostic of academy.errors) io.err(formatDiagnostic(diagnostic));
    io.err('play: the academy configuration is invalid');
    return 'failed';
  }
  return (played) => score(scenario, played.log, resolveScoringConfig(scenario, academy.config));
}

/** The ids a trainer can use, and the stories that have no id because they do not compile. */
function knownIds(repoRoot: string): string {
  const results = loadAllStories(repoRoot);
  const ids = results.flatMap((result) => (result.ok ? [result.scenario.meta.id] : []));
  const broken = results.flatMap((result) => (result.ok ? [] : [result.source]));
  const known = ids.length > 0 ? ids.sort().join(', ') : '(none: stories/ has no story that compiles)';
  return broken.length > 0 ? `${known}\n(not compiling, run check: ${broken.join(', ')})` : known;
}

function transcriptText(scenario: Scenario, played: HeadlessResult, result: Result | null): string {
  const out = [`${scenario.meta.title} (${scenario.meta.id}, ${scenario.meta.source}), seed ${played.seed}`, ''];
  for (const entry of played.transcript) {
    const text = entryText(entry);
    if (text !== null) out.push(text);
  }
  out.push('', resultText(result), '');
  return out.join('\n');
}

function entryText(entry: TranscriptEntry): string | null {
  return entry.kind === 'line' ? lineText(entry.line) : eventText(entry.event);
}

function lineText(line: Line): string {
  const { speaker, mood } = line.tags;
  if (!speaker) return `  ${line.text}`;
  return `  ${speaker}${mood ? ` (${mood})` : ''}: ${line.text}`;
}

function eventText(event: DecisionEvent): string | null {
  switch (event.type) {
    case 'story.choice': {
      const tags = Object.entries(event.tags).map(([key, value]) => `${key}: ${String(value)}`);
      return `> ${event.text}${tags.length > 0 ? `   [${tags.join(', ')}]` : ''}`;
    }
    case 'story.indicatorShown':
      return `    (shows indicator ${event.indicator})`;
    case 'story.phaseEntered':
      return `    (interview phase: ${event.phase})`;
    case 'story.decisionRequested':
      return `  -- the ${event.decision} form opens`;
    case 'story.ended':
      return `== ending: ${event.ending} ==`;
    case 'notebook.flagged':
      return `  * flags ${event.indicator}`;
    case 'notebook.unflagged':
      return `  * unflags ${event.indicator}`;
    case 'form.determination':
      return `  * determination: ${event.determination}`;
    case 'form.referrals':
      return `  * referrals: ${event.referrals.length > 0 ? event.referrals.join(', ') : '(none)'}`;
    case 'session.paused':
      return '  (paused)';
    case 'session.resumed':
      return '  (resumed)';
  }
}

function resultText(result: Result | null): string {
  if (result === null) return 'Unscored story: no result.';
  const { identification, questioning, referral, overall } = result.scores;
  return `Result: overall ${overall} (identification ${identification}, questioning ${questioning}, referral ${referral}): ${result.passed ? 'passed' : 'not passed'}`;
}
