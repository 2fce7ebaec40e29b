// `npm run stories -- verify <attempt.json | export.json>`: checks each attempt's digest, replays its
// decision log through its story and recomputes its result with the academy's configuration.
// One attempt: prints `verified` and exits 0, or prints why not and exits 1. An export: prints one
// line per attempt (`<file>: attempt N (trainee, cohort, scenario): verified | not verified: why`)
// and exits 0 only if every attempt verified. Usage errors exit 2.
import { closeSync, openSync, readSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { CliIO, Command } from '../io';
import { formatDiagnostic, type Scenario } from '../../content/types';
import { findStory } from '../../node/load';
import { parseAttemptsFile, type Attempt, type ParsedAttempt } from '../../engine/attempt';
import { MAX_INPUT_BYTES, parseJsonInput, tooLarge } from '../../engine/jsonInput';
import { readAcademyConfig } from '../../node/academyFile';
import { resolveScoringConfig, type AcademyConfig } from '../../engine/scoring/config';
import { verify as verifyAttempt } from '../../engine/verify';
import { messageOf } from '../../util/errors';

const USAGE = 'usage: npm run stories -- verify <attempt.json | export.json>';

export const verify: Command = async (args, io) => {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0 || file.startsWith('-')) {
    io.err(USAGE);
    return 2;
  }
  const path = isAbsolute(file) ? file : resolve(io.cwd, file);
  // Paths inside the repo are printed repo-relative, as every other message is; others in full.
  const inside = relative(io.cwd, path).split('\\').join('/');
  const shown = inside === '' || inside.startsWith('../') || isAbsolute(inside) ? path : inside;
  const fail = (message: string): number => {
    io.err(`${shown}: not verified: ${message}`);
    return 1;
  };

  const read = readBounded(path);
  if (!read.ok) return fail(read.reason);
  const json = parseJsonInput(read.text, read.bytes);
  if (!json.ok) return fail(json.reason);
  const contents = parseAttemptsFile(json.value);
  if (!contents.ok) return fail(contents.reason);

  const academy = readAcademyConfig(io.cwd);
  if (!academy.ok) {
    for (const diagnostic of academy.errors) io.err(formatDiagnostic(diagnostic));
    return fail('the academy configuration is invalid');
  }
  const stories = new StoryCache(io);

  if (contents.exportedAt === undefined) {
    // A single attempt file: one line, as before exports existed.
    const outcome = checkOne(contents.attempts[0]!, stories, academy.config);
    if (!outcome.ok) return fail(outcome.reason);
    io.out('verified');
    if (outcome.attempt.result === null && outcome.attempt.ending !== null) {
      io.out(`unscored: ${outcome.attempt.scenario} has no answer key, so the attempt has no result`);
    }
    return 0;
  }
  let failures = 0;
  contents.attempts.forEach((parsed, index) => {
    const outcome = checkOne(parsed, stories, academy.config);
    const who = parsed.ok ? ` (${describe(parsed.attempt)})` : '';
    if (outcome.ok) io.out(`${shown}: attempt ${index + 1}${who}: verified`);
    else {
      failures++;
      io.err(`${shown}: attempt ${index + 1}${who}: not verified: ${outcome.reason}`);
    }
  });
  io.out(`${contents.attempts.length - failures} of ${contents.attempts.length} attempts verified`);
  return failures === 0 ? 0 : 1;
};

type Outcome = { ok: true; attempt: Attempt } | { ok: false; reason: string };

function checkOne(parsed: ParsedAttempt, stories: StoryCache, academy: AcademyConfig | undefined): Outcome {
  if (!parsed.ok) return parsed;
  const attempt = parsed.attempt;
  const scenario = stories.get(attempt.scenario);
  if (typeof scenario === 'string') return { ok: false, reason: scenario };
  let config;
  try {
    config = resolveScoringConfig(scenario, academy);
  } catch (error) {
    return { ok: false, reason: messageOf(error) };
  }
  const verification = verifyAttempt(scenario, attempt, config);
  return verification.ok ? { ok: true, attempt } : { ok: false, reason: verification.reason };
}

function describe(attempt: Attempt): string {
  const record = attempt.record;
  if (!record) return attempt.scenario;
  return [record.trainee || 'no name', record.cohort, attempt.scenario].filter((part) => part !== '').join(', ');
}

/** Each story is compiled once however many attempts name it; its compile errors are printed once. */
class StoryCache {
  private readonly found = new Map<string, Scenario | string>();
  constructor(private readonly io: CliIO) {}

  get(id: string): Scenario | string {
    const known = this.found.get(id);
    if (known !== undefined) return known;
    const loaded = findStory(id, this.io.cwd);
    let entry: Scenario | string;
    if (!loaded) entry = `unknown scenario '${id}': no story in stories/ has that id`;
    else if (!loaded.ok) {
      for (const diagnostic of loaded.errors) this.io.err(formatDiagnostic(diagnostic));
      entry = `scenario '${id}' (${loaded.source}) does not compile`;
    } else entry = loaded.scenario;
    this.found.set(id, entry);
    return entry;
  }
}

/**
 * Reads at most MAX_INPUT_BYTES + 1 bytes, in chunks, so a huge file or a device that never ends
 * (/dev/zero) is refused after that much instead of being read until memory runs out.
 */
function readBounded(path: string): { ok: true; text: string; bytes: number } | { ok: false; reason: string } {
  const cannotRead = (error: unknown) => ({ ok: false as const, reason: `cannot read the file (${messageOf(error)})` });
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return cannotRead(error);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      chunks.push(chunk.subarray(0, count));
      total += count;
      if (total > MAX_INPUT_BYTES) return { ok: false, reason: tooLarge() };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, total));
    } catch {
      return { ok: false, reason: 'the file is not UTF-8 text' };
    }
    return { ok: true, text, bytes: total };
  } catch (error) {
    return cannotRead(error);
  } finally {
    closeSync(fd);
  }
}
