// `npm run stories -- verify <attempt.json>`: replays an attempt's decision log through its story
// and recomputes its result with the academy's configuration. Prints `verified` and exits 0, or
// prints why not (where the log or the result differs) and exits 1. Usage errors exit 2.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Command } from '../io';
import { formatDiagnostic } from '../../content/types';
import { findStory } from '../../node/load';
import { parseAttempt } from '../../engine/attempt';
import { readAcademyConfig } from '../../node/academyFile';
import { resolveScoringConfig } from '../../engine/scoring/config';
import { verify as verifyAttempt } from '../../engine/verify';
import { messageOf } from '../../util/errors';

const USAGE = 'usage: npm run stories -- verify <attempt.json>';

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

  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`cannot read the file (${messageOf(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not JSON (${messageOf(error)})`);
  }
  const parsed = parseAttempt(data);
  if (!parsed.ok) return fail(parsed.reason);
  const attempt = parsed.attempt;

  const loaded = findStory(attempt.scenario, io.cwd);
  if (!loaded) return fail(`unknown scenario '${attempt.scenario}': no story in stories/ has that id`);
  if (!loaded.ok) {
    for (const diagnostic of loaded.errors) io.err(formatDiagnostic(diagnostic));
    return fail(`scenario '${attempt.scenario}' (${loaded.source}) does not compile`);
  }
  const academy = readAcademyConfig(io.cwd);
  if (!academy.ok) {
    for (const diagnostic of academy.errors) io.err(formatDiagnostic(diagnostic));
    return fail('the academy configuration is invalid');
  }
  let config;
  try {
    config = resolveScoringConfig(loaded.scenario, academy.config);
  } catch (error) {
    return fail(messageOf(error));
  }

  const verification = verifyAttempt(loaded.scenario, attempt, config);
  if (!verification.ok) return fail(verification.reason);
  io.out('verified');
  if (attempt.result === null) io.out(`unscored: ${attempt.scenario} has no answer key, so the attempt has no result`);
  return 0;
};
