// A small xAPI client over fetch: send statements, read them back. Kept to what Threshold needs so
// it adds about 1 kB to the page; the npm clients weighed (@xapi/xapi brings axios, ~15 kB gzip)
// add a dependency tree for two requests. Errors come back as values the queue can act on: a
// request that may succeed later (offline, 5xx, 429) is `retry`, one that never will (400, 409) is
// `reject`, so a bad statement is set aside instead of blocking the queue for ever.
import type { XapiStatement } from './types';
import { XAPI_VERSION } from './vocabulary';
import { messageOf } from '../../util/errors';

export interface LrsConfig {
  /** The LRS endpoint, ending in `/`, e.g. https://lrs.academy.example/xAPI/ */
  endpoint: string;
  /** The Authorization header value, e.g. `Basic dGhyZXNob2xkOnNlY3JldA==`. */
  auth: string;
}

export type SendOutcome = { kind: 'sent' } | { kind: 'retry'; reason: string } | { kind: 'reject'; reason: string };

type Fetch = typeof fetch;

export async function sendStatements(
  lrs: LrsConfig,
  statements: readonly XapiStatement[],
  options: { fetch?: Fetch; keepalive?: boolean } = {},
): Promise<SendOutcome> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${lrs.endpoint}statements`, {
      method: 'POST',
      headers: headers(lrs, true),
      body: JSON.stringify(statements),
      ...(options.keepalive ? { keepalive: true } : {}),
    });
  } catch (error) {
    return { kind: 'retry', reason: `the LRS cannot be reached (${messageOf(error)})` };
  }
  if (response.ok) return { kind: 'sent' };
  const body = await response.text().catch(() => '');
  const reason = `the LRS answered ${response.status}${body ? `: ${body.slice(0, 300)}` : ''}`;
  if (response.status === 400 || response.status === 409 || response.status === 413) return { kind: 'reject', reason };
  return { kind: 'retry', reason };
}

export interface StatementQuery {
  activity?: string;
  registration?: string;
  /** ISO timestamps: statements stored after `since` and at or before `until`. */
  since?: string;
  until?: string;
  relatedActivities?: boolean;
  /** Statements per page (the LRS's own default when absent); the `more` links keep it. */
  limit?: number;
}

/**
 * Why a statement query failed, as a kind the results page can put in words: the network or the
 * browser stopped it before any answer (`unreachable`: offline, a wrong address, or an LRS that does
 * not allow the page's origin, which a page cannot tell apart), or the LRS answered with an error
 * status, or with something that is not an xAPI StatementResult.
 */
export type LrsQueryFailure =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'status'; status: number; body: string }
  | { kind: 'not-xapi'; detail: string }
  | { kind: 'too-many-pages'; pages: number };

export class LrsQueryError extends Error {
  override name = 'LrsQueryError';
  constructor(
    readonly url: string,
    readonly failure: LrsQueryFailure,
  ) {
    super(`${url}: ${failureText(failure)}`);
  }
}

function failureText(failure: LrsQueryFailure): string {
  switch (failure.kind) {
    case 'unreachable':
      return `the LRS cannot be reached (${failure.detail})`;
    case 'status':
      return `the LRS answered ${failure.status} to a statement query${failure.body ? `: ${failure.body}` : ''}`;
    case 'not-xapi':
      return `the answer is not an xAPI statement result (${failure.detail})`;
    case 'too-many-pages':
      return `the statement query had more than ${failure.pages} pages`;
  }
}

/** Every statement matching the query, following the LRS's `more` links; throws LrsQueryError. */
export async function fetchStatements(lrs: LrsConfig, query: StatementQuery, options: { fetch?: Fetch; maxPages?: number } = {}): Promise<XapiStatement[]> {
  const doFetch = options.fetch ?? fetch;
  const params = new URLSearchParams();
  if (query.activity) params.set('activity', query.activity);
  if (query.registration) params.set('registration', query.registration);
  if (query.since) params.set('since', query.since);
  if (query.until) params.set('until', query.until);
  if (query.relatedActivities) params.set('related_activities', 'true');
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  params.set('ascending', 'true');
  let url = `${lrs.endpoint}statements?${params}`;
  const statements: XapiStatement[] = [];
  const maxPages = options.maxPages ?? 1000;
  for (let page = 0; page < maxPages; page++) {
    let response: Response;
    try {
      response = await doFetch(url, { headers: headers(lrs, false) });
    } catch (error) {
      throw new LrsQueryError(url, { kind: 'unreachable', detail: messageOf(error) });
    }
    if (!response.ok) throw new LrsQueryError(url, { kind: 'status', status: response.status, body: (await response.text().catch(() => '')).slice(0, 300) });
    const body = await statementResult(url, response);
    statements.push(...body.statements);
    if (!body.more) return statements;
    // `more` is relative to the LRS's host (xAPI §2.1.3).
    url = new URL(body.more, lrs.endpoint).toString();
  }
  throw new LrsQueryError(url, { kind: 'too-many-pages', pages: maxPages });
}

/** The body as a StatementResult, or LrsQueryError: a web page or another API at the address is not one. */
async function statementResult(url: string, response: Response): Promise<{ statements: XapiStatement[]; more?: string }> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new LrsQueryError(url, { kind: 'not-xapi', detail: `not JSON: ${messageOf(error)}` });
  }
  const { statements, more } = (typeof body === 'object' && body !== null ? body : {}) as { statements?: unknown; more?: unknown };
  if (!Array.isArray(statements)) throw new LrsQueryError(url, { kind: 'not-xapi', detail: "no 'statements' list" });
  if (more !== undefined && typeof more !== 'string') throw new LrsQueryError(url, { kind: 'not-xapi', detail: "'more' is not a URL" });
  return { statements: statements as XapiStatement[], ...(more ? { more } : {}) };
}

/**
 * Whether the LRS's address answers a request the page may not read (a no-cors GET of its About
 * resource, which needs no credentials). After a query failed with `unreachable`, true means the
 * server is there and the browser withheld its answer: CORS, not the network.
 */
export async function answersWithoutCors(lrs: LrsConfig, options: { fetch?: Fetch } = {}): Promise<boolean> {
  const doFetch = options.fetch ?? fetch;
  try {
    await doFetch(`${lrs.endpoint}about`, { mode: 'no-cors' });
    return true;
  } catch {
    return false;
  }
}

function headers(lrs: LrsConfig, json: boolean): Record<string, string> {
  return {
    Authorization: lrs.auth,
    'X-Experience-API-Version': XAPI_VERSION,
    ...(json ? { 'Content-Type': 'application/json' } : {}),
  };
}

/**
 * Whether the LRS answers and takes these credentials: its About resource (xAPI §7.7, no
 * credentials needed), then one authenticated statement query of a single statement. A 403 there is
 * a key that may write but not read, which is what a page's key should be: the page is public.
 */
export async function checkLrs(lrs: LrsConfig, options: { fetch?: Fetch } = {}): Promise<{ ok: true; versions: string[]; writeOnly: boolean } | { ok: false; reason: string }> {
  const doFetch = options.fetch ?? fetch;
  try {
    const about = await doFetch(`${lrs.endpoint}about`, { headers: { 'X-Experience-API-Version': XAPI_VERSION } });
    if (!about.ok) return { ok: false, reason: `${lrs.endpoint}about answered ${about.status}: is this an xAPI endpoint?` };
    const versions = ((await about.json().catch(() => ({}))) as { version?: unknown }).version;
    const query = await doFetch(`${lrs.endpoint}statements?limit=1`, { headers: headers(lrs, false) });
    if (query.status === 401) return { ok: false, reason: 'the LRS refused the key and secret (HTTP 401)' };
    if (!query.ok && query.status !== 403) return { ok: false, reason: `the LRS answered ${query.status} to a statement query` };
    return {
      ok: true,
      versions: Array.isArray(versions) ? versions.filter((v): v is string => typeof v === 'string') : [],
      writeOnly: query.status === 403,
    };
  } catch (error) {
    return { ok: false, reason: `the LRS cannot be reached (${messageOf(error)})` };
  }
}
