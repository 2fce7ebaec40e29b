// Where `check` keeps what it learns between runs, and how a cache file is written: beside its
// final name under a name of this process, then renamed over it (a rename within a folder is
// atomic), so a reader, or another `check` running at the same time, never sees half a file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout whose code runs: src/node/ is two folders below it. */
export const CHECKOUT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the checkout's cache folder (node_modules, which git ignores and `npm ci` clears). */
export function cachePath(...parts: string[]): string {
  return join(CHECKOUT_ROOT, 'node_modules', '.cache', 'threshold', ...parts);
}

/** Write `text` to `path` all at once, making its folder if needed; throws as writeFileSync does. */
export function writeFileAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
