// Reading JSON that someone else wrote (an attempt or an export file): bounded in size and depth,
// with a BOM allowed and `__proto__` refused, before any of it reaches a parser of our own. The CLI
// and the results page both read files through this, with the same limits and the same messages.

/** The largest attempt or export file read, in bytes (documented in docs/attempt-format.md). */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** The deepest nesting of arrays and objects accepted: an export is 6 deep, a result 4. */
export const MAX_DEPTH = 16;

import { messageOf } from '../util/errors';

export type JsonInput = { ok: true; value: unknown } | { ok: false; reason: string };

/** `text` as read from a file (UTF-8 decoded); `bytes` its size on disk when known. */
export function parseJsonInput(text: string, bytes: number = text.length): JsonInput {
  if (bytes > MAX_INPUT_BYTES) return { ok: false, reason: tooLarge() };
  // A BOM is how some editors and spreadsheets save UTF-8: accept it, it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const depth = maxDepth(body);
  if (depth > MAX_DEPTH) return { ok: false, reason: `nested ${depth} levels deep; at most ${MAX_DEPTH} are accepted` };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, reason: `not JSON (${messageOf(error)})` };
  }
  const forbidden = forbiddenKeyPath(value, '');
  if (forbidden !== undefined) return { ok: false, reason: `'${forbidden}': the key '__proto__' is not allowed` };
  return { ok: true, value };
}

export function tooLarge(): string {
  return `the file is larger than ${MAX_INPUT_BYTES / (1024 * 1024)} MB, the most that is read`;
}

/** The deepest bracket nesting outside strings, in one pass (before JSON.parse builds anything). */
function maxDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > MAX_DEPTH) return deepest;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return deepest;
}

/** JSON.parse makes `__proto__` an own key; no reader of ours wants one, so it is refused anywhere. */
function forbiddenKeyPath(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKeyPath(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const inner = path === '' ? key : `${path}.${key}`;
    if (key === '__proto__') return inner;
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], inner);
    if (found !== undefined) return found;
  }
  return undefined;
}
