// Turning file bytes into Ink source text, and the limits every source file must meet. Shared by
// the Node loader and the Vite plugin so a file is accepted or refused the same way everywhere.

/** Larger files are refused: no real scenario comes near it, and the compiler slows badly past it. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export type DecodedSource = { ok: true; text: string } | { ok: false; reason: string };

/** Strict UTF-8 (a byte order mark is dropped); anything else is refused with a reason. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.byteLength > MAX_SOURCE_BYTES) return { ok: false, reason: tooLargeReason(bytes.byteLength) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      reason: 'is not valid UTF-8 text; save it as UTF-8 (in most editors: "Save with encoding" > UTF-8)',
    };
  }
}

function tooLargeReason(bytes: number): string {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `is ${megabytes} MB; story files are limited to ${MAX_SOURCE_BYTES / (1024 * 1024)} MB (split it into INCLUDE files)`;
}

/** Why already-decoded text cannot be a story file, or undefined when it can. */
export function sourceTextProblem(text: string): string | undefined {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_SOURCE_BYTES) return tooLargeReason(bytes);
  if (stripComments(text).trim() === '') return 'is empty: there is no Ink in it';
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
