// `npm run stories -- sync-common [--check]`: rewrites stories/common/threshold.ink from the
// taxonomy. With --check it only reports whether the file is up to date (exit 1 when stale), for CI.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../io';
import { COMMON_INK_PATH, generateCommonInk } from '../../content/commonInk';

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export const syncCommon: Command = async (args, io) => {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    io.err(`sync-common: unexpected argument '${unknown[0]}' (usage: sync-common [--check])`);
    return 2;
  }
  const target = join(io.cwd, COMMON_INK_PATH);
  const wanted = generateCommonInk();
  const current = readIfPresent(target);
  if (current === wanted) {
    io.out(`${COMMON_INK_PATH} is up to date`);
    return 0;
  }
  if (args.includes('--check')) {
    io.err(`${COMMON_INK_PATH}: out of date with the taxonomy; run npm run stories -- sync-common`);
    return 1;
  }
  writeFileSync(target, wanted, 'utf8');
  io.out(`${COMMON_INK_PATH} ${current === undefined ? 'written' : 'regenerated'} from the taxonomy`);
  return 0;
};
