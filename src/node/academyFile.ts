// Node only (the CLI and tests): reads the academy's configuration file from the repo. The browser
// bundles the file and calls parseAcademyConfig itself, so nothing here may be imported by src/ui
// or src/app.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACADEMY_CONFIG_PATH, parseAcademyConfig, type AcademyConfig } from '../engine/scoring/config';
import type { Diagnostic } from '../content/types';

/** The academy's overrides; `config` is undefined when the file does not exist (defaults apply). */
export function readAcademyConfig(
  repoRoot: string,
): { ok: true; config: AcademyConfig | undefined } | { ok: false; errors: Diagnostic[] } {
  const path = join(repoRoot, ACADEMY_CONFIG_PATH);
  if (!existsSync(path)) return { ok: true, config: undefined };
  return parseAcademyConfig(readFileSync(path, 'utf8'), ACADEMY_CONFIG_PATH);
}
