// The academy's Learning Record Store, as its configuration file names it (the `lrs` key of
// stories/academy.config.json): where the page streams xAPI statements, with which credentials, under
// which activity IRIs, and which other origins the page may reach (a cmi5 LMS's LRS). Pure and
// headless like the rest of the academy file's parser (config.ts calls it), so the CLI, the Vite
// build (the page's Content-Security-Policy) and the page read the same rules.

/** The academy's own LRS, where the page streams outside a cmi5 launch. */
export interface AcademyLrsStore {
  /** The xAPI endpoint, ending in `/`, e.g. https://lrs.academy.example/xAPI/ */
  endpoint: string;
  /** The LRS client's key and secret (HTTP Basic). */
  key: string;
  secret: string;
}

/** The `lrs` section once validated. */
export interface AcademyLrs {
  /** Absent when the academy has no LRS of its own (only a cmi5 LMS, say): `endpoint`, `key` and `secret` come together. */
  store?: AcademyLrsStore;
  /** IRI prefix of Threshold's activities (no trailing slash); the page's own address when absent. */
  activityBase?: string;
  /** Further origins the page may send to: a cmi5 LMS's LRS, another LRS an admin may enter. */
  allowedOrigins: string[];
}

type ReportError = (line: number, message: string) => void;
/** Line of the first `"key"` at or after `from` in the file (config.ts's rule). */
type LineOfKey = (key: string, from?: number) => number;

const LRS_KEYS = ['endpoint', 'key', 'secret', 'activityBase', 'allowedOrigins'] as const;

/** `scheme://host[:port]` of an http(s) URL, or null when it is not one. No `URL` here: headless code. */
export function originOf(url: string): string | null {
  const match = /^(https?):\/\/([^/?#\s@]+)(?:[/?#]|$)/i.exec(url);
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  const host = match[2]!.toLowerCase();
  const defaultPort = scheme === 'https' ? ':443' : ':80';
  return `${scheme}://${host.endsWith(defaultPort) ? host.slice(0, -defaultPort.length) : host}`;
}

/** Every origin the page may send statements to: the LRS's own and the allowed ones. */
export function lrsConnectOrigins(lrs: AcademyLrs | undefined): string[] {
  if (!lrs) return [];
  const origins = [lrs.store ? originOf(lrs.store.endpoint) : null, ...lrs.allowedOrigins].filter((origin): origin is string => origin !== null);
  return [...new Set(origins)];
}

/** Validates the `lrs` section; every error names its key's line. Undefined when it has errors. */
export function parseAcademyLrs(value: unknown, line: number, lineOfKey: LineOfKey, error: ReportError, from: number): AcademyLrs | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    error(line, `'lrs' must be an object such as {"endpoint": "https://lrs.academy.example/xAPI/", "key": "…", "secret": "…"}`);
    return undefined;
  }
  const fields = value as Record<string, unknown>;
  let valid = true;
  const fail = (key: string, message: string): void => {
    error(lineOfKey(key, from), `lrs: ${message}`);
    valid = false;
  };
  for (const key of Object.keys(fields)) {
    if (!(LRS_KEYS as readonly string[]).includes(key)) fail(key, `unknown key '${key}'; allowed: ${LRS_KEYS.join(', ')}`);
  }
  // The academy's own LRS: endpoint, key and secret together, or none of them (a cmi5 LMS only).
  const endpoint = fields['endpoint'];
  const hasStore = ['endpoint', 'key', 'secret'].some((key) => fields[key] !== undefined);
  if (hasStore) {
    if (endpoint === undefined) {
      error(line, `lrs: missing 'endpoint' (the LRS's xAPI address, e.g. "https://lrs.academy.example/xAPI/")`);
      valid = false;
    } else if (typeof endpoint !== 'string' || originOf(endpoint) === null) {
      fail('endpoint', `'endpoint' must be an http or https address, not ${JSON.stringify(endpoint)}`);
    }
    for (const key of ['key', 'secret'] as const) {
      const text = fields[key];
      if (text === undefined) {
        error(line, `lrs: missing '${key}' (the LRS client's ${key === 'key' ? 'key or user name' : 'secret or password'})`);
        valid = false;
      } else if (typeof text !== 'string' || text === '' || (key === 'key' && text.includes(':'))) {
        fail(key, `'${key}' must be a non-empty string${key === 'key' ? ' without ":"' : ''}`);
      }
    }
  }
  const activityBase = fields['activityBase'];
  if (activityBase !== undefined && (typeof activityBase !== 'string' || originOf(activityBase) === null || activityBase.endsWith('/'))) {
    fail('activityBase', `'activityBase' must be an http or https IRI without a trailing '/', not ${JSON.stringify(activityBase)}`);
  }
  const allowed = fields['allowedOrigins'] ?? [];
  const allowedOrigins: string[] = [];
  if (!Array.isArray(allowed)) fail('allowedOrigins', `'allowedOrigins' must be a list such as ["https://lms.academy.example"]`);
  else {
    for (const item of allowed) {
      const origin = typeof item === 'string' ? originOf(item) : null;
      if (origin === null || origin !== (item as string).replace(/\/$/, '').toLowerCase()) {
        fail('allowedOrigins', `'allowedOrigins' entries must be origins such as "https://lms.academy.example" (no path), not ${JSON.stringify(item)}`);
      } else allowedOrigins.push(origin);
    }
  }
  if (!valid) return undefined;
  const store = hasStore
    ? {
        endpoint: (endpoint as string).endsWith('/') ? (endpoint as string) : `${endpoint as string}/`,
        key: fields['key'] as string,
        secret: fields['secret'] as string,
      }
    : undefined;
  return {
    ...(store ? { store } : {}),
    ...(typeof activityBase === 'string' ? { activityBase } : {}),
    allowedOrigins,
  };
}
