// Digests for attempts and stories: SHA-256 over canonical JSON, computed by @noble/hashes (an
// audited pure-JS implementation, about 2.6 kB gzip), so the same code runs in the browser, in
// plain Node and in tests without `node:crypto` and without WebCrypto's asynchronous API.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** `sha256:` and 64 lowercase hex digits. */
export type Sha256Digest = `sha256:${string}`;

export const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function sha256Of(text: string): Sha256Digest {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}

/**
 * One text per JSON value: object keys sorted, no spaces, numbers as JSON.stringify writes them
 * (so -0 is 0). Two values that mean the same thing give the same text, whatever the key order
 * or formatting of the file they came from.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`canonicalJson: ${typeof value} is not JSON`);
    return text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** The content hash of a compiled story: a story edited since an attempt began has another one. */
export function storyContentHash(storyJson: string): Sha256Digest {
  return sha256Of(storyJson);
}

/** A short form of a content hash for people (CSV "version" column, menu notices). */
export function shortHash(digest: Sha256Digest): string {
  return digest.slice('sha256:'.length, 'sha256:'.length + 12);
}
