// Turning file bytes into Ink source text, and the limits every source file must meet. Shared by
// the Node loader and the Vite plugin so a file is accepted or refused the same way everywhere.

/** Larger files are refused: no real scenario comes near it, and the compiler slows badly past it. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Why a file cannot be a story, and the line (1-based) the problem is on: 1 for the file as a whole. */
export interface SourceProblem {
  reason: string;
  line: number;
}

export type DecodedSource = { ok: true; text: string } | ({ ok: false } & SourceProblem);

/** Strict UTF-8 (a byte order mark is dropped); anything else is refused with the line and column of the first bad byte. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.byteLength > MAX_SOURCE_BYTES) return { ok: false, reason: tooLargeReason(bytes.byteLength), line: 1 };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const lines = splitLines(before);
    const column = (lines[lines.length - 1] ?? '').length + 1;
    return {
      ok: false,
      line: lines.length,
      reason: `is not valid UTF-8 text (the first bad byte, 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}, is at line ${lines.length}, column ${column}); save it as UTF-8 (in most editors: "Save with encoding" > UTF-8)`,
    };
  }
}

/** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const [length, low, high] =
      lead < 0x80 ? [1, 0, 0] : lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf] : lead === 0xe0 ? [3, 0xa0, 0xbf] : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf] : lead === 0xf0 ? [4, 0x90, 0xbf] : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf] : lead === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

function tooLargeReason(bytes: number): string {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `is ${megabytes} MB; story files are limited to ${MAX_SOURCE_BYTES / (1024 * 1024)} MB (split it into INCLUDE files)`;
}

/** C0 control characters other than tab, line feed, form feed and carriage return: never in a text file. */
const controlCharacter = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** Why already-decoded text cannot be a story file, or undefined when it can. */
export function sourceTextProblem(text: string): SourceProblem | undefined {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_SOURCE_BYTES) return { reason: tooLargeReason(bytes), line: 1 };
  const control = controlCharacter.exec(text);
  if (control) {
    const lines = splitLines(text.slice(0, control.index));
    const line = lines.length;
    const column = (lines[line - 1] ?? '').length + 1;
    const code = control[0].charCodeAt(0).toString(16).padStart(2, '0');
    return { reason: `holds a control character (0x${code}) at line ${line}, column ${column}: it looks like a binary file, not Ink text`, line };
  }
  if (stripComments(text).trim() === '') return { reason: 'is empty: there is no Ink in it', line: 1 };
  return undefined;
}

/**
 * Removes `//` and `/* *\/` comments the way Ink's own comment eliminator does (no escapes; an
 * unclosed block runs to the end), keeping every newline so line numbers still match the file.
 */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, '');
      i = stop;
    } else {
      out += text[i];
      i++;
    }
  }
  return out;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
