// The results page's LRS form, read: what the trainer typed becomes an LrsCohortRequest or a list
// of problems in words, and a failed load becomes a sentence the trainer can act on. Pure, so the
// rules are tested without a browser.
import type { LrsCohortRequest } from './lrsCohort';
import type { LrsQueryError } from './xapi/lrsClient';
import { lrsConfig } from './xapi/lrsDestination';

/** The form's fields as typed (datetime-local values are local times without a zone). */
export interface LrsFormValues {
  endpoint: string;
  key: string;
  secret: string;
  activityBase: string;
  /** A scenario id, or ALL_SCENARIOS. */
  activity: string;
  since: string;
  until: string;
}

export const ALL_SCENARIOS = '*';

export type LrsFormReading = { ok: true; request: LrsCohortRequest } | { ok: false; problems: string[] };

/**
 * The page connects only to an LRS over HTTPS, or over plain HTTP on this computer (a local or test
 * LRS): credentials must not cross a network in clear. results.html's Content-Security-Policy
 * (connect-src) allows exactly these; keep the two together. Not [::1]: CSP cannot name an IPv6
 * address (Chromium logs the source as invalid and ignores it), so the request would be blocked.
 */
export function endpointProblem(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `the LRS endpoint '${endpoint}' is not a web address (e.g. https://lrs.academy.example/xAPI/)`;
  }
  const loopback = ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return undefined;
  return `the LRS endpoint must be an https:// address (plain http:// only on this computer, e.g. http://127.0.0.1:8080/xAPI/), not '${endpoint}'`;
}

export function readLrsForm(values: LrsFormValues, scenarioIds: readonly string[]): LrsFormReading {
  const problems: string[] = [];
  const endpoint = values.endpoint.trim();
  if (endpoint === '') problems.push('give the LRS endpoint (its xAPI address, e.g. https://lrs.academy.example/xAPI/)');
  else {
    const problem = endpointProblem(endpoint);
    if (problem) problems.push(problem);
  }
  if (values.key.trim() === '') problems.push('give the key (the LRS client\'s username for basic authentication)');
  const activityBase = values.activityBase.trim().replace(/\/+$/, '');
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(activityBase)) problems.push('give the activity base: the IRI the game\'s activities start with (e.g. https://academy.example/threshold)');
  const scenarios = values.activity === ALL_SCENARIOS ? [...scenarioIds] : scenarioIds.includes(values.activity) ? [values.activity] : [];
  if (scenarios.length === 0) problems.push(`choose a scenario of this build, or all of them`);
  const since = localTime(values.since, 'from', problems);
  const until = localTime(values.until, 'to', problems);
  if (since && until && since > until) problems.push('the time range ends before it starts');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      lrs: lrsConfig({ endpoint, key: values.key.trim(), secret: values.secret }),
      activityBase,
      scenarios,
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    },
  };
}

/** A datetime-local value (this computer's time zone) as an ISO 8601 UTC time; '' is no bound. */
function localTime(value: string, which: 'from' | 'to', problems: string[]): string | undefined {
  if (value.trim() === '') return undefined;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    problems.push(`the '${which}' time '${value}' is not a date and time`);
    return undefined;
  }
  return time.toISOString();
}

/**
 * A failed load in words. `reachable` says whether the LRS's address answers at all when the
 * browser is not asked to share the answer with the page (a no-cors request): a fetch that fails
 * although the address answers was stopped by CORS, which the page cannot otherwise tell apart.
 */
export function lrsFailureWords(error: LrsQueryError, context: { endpoint: string; origin: string; reachable?: boolean }): string {
  const { failure } = error;
  switch (failure.kind) {
    case 'unreachable':
      return context.reachable
        ? `The LRS at ${context.endpoint} answers, but does not let this page read from it: its CORS settings must allow the origin ${context.origin} (with the Authorization and X-Experience-API-Version headers).`
        : `The LRS at ${context.endpoint} cannot be reached: check the address and the network. If the address is right, the LRS may also be refusing this page's origin (${context.origin}) in its CORS settings.`;
    case 'status':
      if (failure.status === 401) return `The LRS refused the key and secret (401 Unauthorized): check them with the LRS's administrator.`;
      if (failure.status === 403) return `The LRS accepted the key but does not let it read statements (403 Forbidden): the client needs the statements/read scope.`;
      if (failure.status === 404) return `There is no xAPI statements resource at ${context.endpoint}statements (404): the endpoint should be the LRS's xAPI address, often ending in /xAPI/ or /data/xAPI/.`;
      return `The LRS answered ${failure.status}${failure.body ? `: ${failure.body}` : ''}.`;
    case 'not-xapi':
      return `The answer from ${context.endpoint} is not a list of xAPI statements (${failure.detail}): is the endpoint the LRS's xAPI address?`;
    case 'too-many-pages':
      return `The LRS returned more than ${failure.pages} pages of statements: choose one scenario or a shorter time range.`;
  }
}
