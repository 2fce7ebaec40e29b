// Vite plugin: the pages' Content-Security-Policy lets them reach the academy's LRS. index.html
// carries `connect-src 'self'` (nothing leaves the page); results.html starts from the same and also
// allows any https: LRS the trainer types (see its own comment). When the academy's configuration
// file names an LRS (the `lrs` key), the build adds that LRS's origin and its `allowedOrigins` to
// connect-src, and nothing else. So the game's policy is derived from the one file the academy edits,
// and a build without an LRS still makes no request from the game outside its own address.
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../content/types';
import { lrsConnectOrigins } from '../engine/academyLrs';
import { readAcademyConfig } from './academyFile';

const CONNECT_SELF = "connect-src 'self'";

/** The page with `origins` added to its CSP's connect-src; throws when the page has no such policy. */
export function withConnectOrigins(html: string, origins: readonly string[], page = 'the page'): string {
  const at = html.indexOf(CONNECT_SELF);
  if (at < 0 || html.indexOf(CONNECT_SELF, at + 1) >= 0) {
    throw new Error(`${page}: expected exactly one "${CONNECT_SELF}" in its Content-Security-Policy meta tag`);
  }
  if (origins.length === 0) return html;
  return `${html.slice(0, at)}${CONNECT_SELF} ${origins.join(' ')}${html.slice(at + CONNECT_SELF.length)}`;
}

/** The origins the academy's file allows (none, with a warning per error, when the file is broken). */
export function academyConnectOrigins(repoRoot: string, warn: (message: string) => void = console.warn): string[] {
  const read = readAcademyConfig(repoRoot);
  if (!read.ok) {
    for (const diagnostic of read.errors) warn(`${formatDiagnostic(diagnostic)} (the page's CSP allows no LRS until this is fixed)`);
    return [];
  }
  return lrsConnectOrigins(read.config?.lrs);
}

export function lrsContentSecurityPolicy(options: { repoRoot: string }): Plugin {
  let origins: string[] | null = null;
  return {
    name: 'threshold-lrs-csp',
    buildStart() {
      origins = null;
    },
    transformIndexHtml(html, context) {
      origins ??= academyConnectOrigins(options.repoRoot);
      return withConnectOrigins(html, origins, context.filename);
    },
  };
}
