// `npm run stories -- play <id-or-path> [--seed N | --path <file.json>] [--json | --xapi]`: plays a
// story headless, with a seeded random trainee or along a scripted path (src/engine/scriptedPath.ts),
// and prints what happened: a readable transcript, with --json the attempt file
// (docs/attempt-format.md) that `verify` accepts, or with --xapi the xAPI statements the attempt
// would send to an LRS (src/records/xapi/headlessAttempt.ts). The same story and seed (or path, and
// xAPI options) print the same bytes. Exit codes: 0 played (and a path's expectations held), 1 unknown or broken story, a path
// that no longer fits or whose expectations fail, or a failure while playing; 2 usage error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command, CliIO } from '../io';
import { formatDiagnostic, type Scenario } from '../../content/types';
import { findStory, loadAllStories } from '../../node/load';
import { buildAttempt, isIsoTime } from '../../engine/attempt';
import { playHeadless, type HeadlessResult } from '../../engine/headlessPlayer';
import type { DecisionEvent } from '../../engine/log';
import { readAcademyConfig } from '../../node/academyFile';
import { resolveScoringConfig } from '../../engine/scoring/config';
import { score, type Result } from '../../engine/scoring/score';
import type { Line } from '../../engine/storyRunner';
import { locatedRuntimeError, runnerErrorIn } from '../locateDiagnostics';
import { parseScriptedPath, ScriptedPathError, type ScriptedPath } from '../../engine/scriptedPath';
import { playScriptedPath, unmetExpectations } from '../../engine/scriptedPlay';
import type { TranscriptEntry } from '../../engine/transcriptRecorder';
import { messageOf } from '../../util/errors';
import { HEADLESS_ACTIVITY_BASE, HEADLESS_STARTED_AT, headlessStatements, type HeadlessXapiOptions } from '../../records/xapi/headlessAttempt';
import { isRegistration } from '../../records/xapi/ids';

const USAGE = [
  'usage: npm run stories -- play <id-or-path> [--seed N | --path <file.json>] [--json | --xapi [--registration <uuid>] [--started <ISO time>] [--activity-base <IRI>]]',
  '  N: a whole number >= 0, default 1; the path file: docs/authoring.md "Scripted playthroughs"',
  '  --json: the attempt file; --xapi: the xAPI statements the attempt would send, as a JSON array',
  `  (registration: derived from the attempt unless given; started: when the play's clock read zero, default ${HEADLESS_STARTED_AT};`,
  `   activity base: the academy's activity IRI prefix, default ${HEADLESS_ACTIVITY_BASE})`,
].join('\n');
const DEFAULT_SEED = 1;

type Output = 'transcript' | 'json' | 'xapi';

interface PlayArgs {
  story: string;
  seed: number;
  /** A scripted path file instead of a seeded random trainee. */
  path?: string;
  output: Output;
  xapi: HeadlessXapiOptions;
}

/** The --xapi options and the field of HeadlessXapiOptions each sets. */
const XAPI_OPTIONS = { '--registration': 'registration', '--started': 'startedAt', '--activity-base': 'activityBase' } as const;

function xapiOptionProblem(option: keyof typeof XAPI_OPTIONS, value: string): string | undefined {
  switch (option) {
    case '--registration':
      return isRegistration(value) ? undefined : `play: --registration needs a UUID, got '${value}'`;
    case '--started':
      return isIsoTime(value) ? undefined : `play: --started needs an ISO 8601 time such as 2026-12-01T09:00:00.000Z, got '${value}'`;
    case '--activity-base':
      return /^[a-z][a-z0-9+.-]*:[^\s]*[^\s/]$/i.test(value) ? undefined : `play: --activity-base needs an IRI without a trailing slash, got '${value}'`;
  }
}

function parseArgs(args: readonly string[]): PlayArgs | string {
  let story: string | undefined;
  let seed = DEFAULT_SEED;
  let seedGiven = false;
  let path: string | undefined;
  const outputs = new Set<Output>();
  const xapi: HeadlessXapiOptions = {};
  let xapiOptionGiven: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const xapiOption = Object.keys(XAPI_OPTIONS).find((name) => arg === name || arg.startsWith(`${name}=`)) as keyof typeof XAPI_OPTIONS | undefined;
    if (arg === '--json') outputs.add('json');
    else if (arg === '--xapi') outputs.add('xapi');
    else if (xapiOption) {
      const value = arg === xapiOption ? args[++i] : arg.slice(xapiOption.length + 1);
      const problem = value === undefined ? `play: ${xapiOption} needs a value` : xapiOptionProblem(xapiOption, value);
      if (problem) return problem;
      xapi[XAPI_OPTIONS[xapiOption]] = value!;
      xapiOptionGiven = xapiOption;
    } else if (arg === '--seed' || arg.startsWith('--seed=')) {
      const value = arg === '--seed' ? args[++i] : arg.slice('--seed='.length);
      if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
        return `play: --seed needs a whole number >= 0, got '${value ?? ''}'`;
      }
      seed = Number(value);
      seedGiven = true;
    } else if (arg === '--path' || arg.startsWith('--path=')) {
      const value = arg === '--path' ? args[++i] : arg.slice('--path='.length);
      if (value === undefined || value === '') return 'play: --path needs a path file (JSON)';
      path = value;
    } else if (arg.startsWith('-')) return `play: unknown option '${arg}'`;
    else if (story === undefined) story = arg;
    else return `play: only one story at a time (got '${story}' and '${arg}')`;
  }
  if (story === undefined) return 'play: which story? give its id or its path';
  if (path !== undefined && seedGiven) return 'play: give --seed or --path, not both (a scripted path makes no random moves)';
  if (outputs.size > 1) return 'play: give --json or --xapi, not both';
  const output = [...outputs][0] ?? 'transcript';
  if (xapiOptionGiven && output !== 'xapi') return `play: ${xapiOptionGiven} only goes with --xapi`;
  return { story, seed, output, xapi, ...(path !== undefined && { path }) };
}

export const play: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
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

  let script: ScriptedPath | undefined;
  if (parsed.path !== undefined) {
    script = readPath(parsed.path, io);
    if (!script) return 1;
    if (script.scenario !== undefined && script.scenario !== scenario.meta.id) {
      io.err(`play: ${parsed.path}: the path was written for '${script.scenario}', not '${scenario.meta.id}'`);
      return 1;
    }
  }
  let played: Played;
  try {
    played = script ? { ...playScriptedPath(scenario, script.steps), label: `path ${parsed.path}` } : fromSeed(playHeadless(scenario, parsed.seed));
  } catch (error) {
    // A failure inside the story is printed at its file and line; a path file's own problem names the file.
    if (runnerErrorIn(error)) {
      io.err(locatedRuntimeError(error, scenario.meta.source, io.cwd));
      return 1;
    }
    const where = parsed.path !== undefined ? `${parsed.path}: ` : '';
    io.err(`play: ${where}${messageOf(error)}`);
    return 1;
  }
  let result: Result | null;
  try {
    result = scored(played);
  } catch (error) {
    io.err(`play: ${scenario.meta.source}: the attempt cannot be scored: ${messageOf(error)}`);
    return 1;
  }
  if (parsed.output !== 'transcript') {
    const attempt = buildAttempt({
      scenario: scenario.meta.id,
      ...(played.seed !== undefined && { seed: played.seed }),
      ending: played.ending,
      log: [...played.log],
      result,
    });
    const printed = parsed.output === 'json' ? attempt : headlessStatements(scenario, attempt, parsed.xapi);
    io.out(`${JSON.stringify(printed, null, 2)}\n`);
  } else {
    io.out(transcriptText(scenario, played, result));
  }
  const unmet = script?.expect ? unmetExpectations(script.expect, played.ending, result) : [];
  for (const problem of unmet) io.err(`play: ${parsed.path}: ${problem}`);
  return unmet.length > 0 ? 1 : 0;
};

/** One headless attempt, however it was driven, and how to name it in the transcript. */
interface Played {
  label: string;
  seed?: number;
  ending: string;
  log: HeadlessResult['log'];
  transcript: TranscriptEntry[];
}

function fromSeed(played: HeadlessResult): Played {
  return { label: `seed ${played.seed}`, seed: played.seed, ending: played.ending, log: played.log, transcript: played.transcript };
}

/** The path file, read and checked; errors name the file. */
function readPath(file: string, io: CliIO): ScriptedPath | undefined {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    io.err(`play: cannot read the path file ${file}: ${messageOf(error)}`);
    return undefined;
  }
  try {
    return parseScriptedPath(text);
  } catch (error) {
    if (!(error instanceof ScriptedPathError)) throw error;
    io.err(`play: ${file}: ${error.message}`);
    return undefined;
  }
}

/** Scores with the academy's configuration, as `verify` does, so a printed attempt verifies. */
function scoreFor(scenario: Scenario, io: CliIO): ((played: Played) => Result | null) | 'failed' {
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

function transcriptText(scenario: Scenario, played: Played, result: Result | null): string {
  const out = [`${scenario.meta.title} (${scenario.meta.id}, ${scenario.meta.source}), ${played.label}`, ''];
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
    case 'story.consentAnswered':
      return `    (the person ${event.answer === 'agrees' ? 'agrees to' : 'declines'}: ${event.referrals.join(', ')})`;
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
