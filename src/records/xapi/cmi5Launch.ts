// Launching under a cmi5 LMS (cmi5 spec §8 and §10): the LMS opens the page with `endpoint`,
// `fetch`, `actor`, `registration` and `activityId` in the query string; the page trades the
// one-time fetch URL for an auth token, reads LMS.LaunchData from the LRS's State resource, and
// from then on sends its statements with the LMS's registration, actor and context template.
import type { LrsConfig } from './lrsClient';
import type { Cmi5Launch } from './statements';
import type { XapiAgent, XapiContext } from './types';
import { XAPI_VERSION } from './vocabulary';

export interface Cmi5LaunchParameters {
  endpoint: string;
  fetchUrl: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
}

export interface Cmi5Session {
  lrs: LrsConfig;
  actor: XapiAgent;
  registration: string;
  launch: Cmi5Launch;
  /** The session id the LMS chose (contextTemplate's sessionid extension). */
  sessionId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  /** Where to send the trainee when the AU is done, if the LMS gave one. */
  returnUrl?: string;
}

export class Cmi5LaunchError extends Error {
  override name = 'Cmi5LaunchError';
}

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** The launch parameters, or null when the page was not launched by a cmi5 LMS. */
export function cmi5LaunchParameters(search: string): Cmi5LaunchParameters | null {
  const params = new URLSearchParams(search);
  const names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;
  const present = names.filter((name) => params.has(name));
  if (present.length === 0) return null;
  const missing = names.filter((name) => !params.get(name));
  if (missing.length > 0) throw new Cmi5LaunchError(`the cmi5 launch is missing ${missing.join(', ')}`);
  let actor: unknown;
  try {
    actor = JSON.parse(params.get('actor')!);
  } catch {
    throw new Cmi5LaunchError('the cmi5 launch parameter actor is not JSON');
  }
  if (!isAgent(actor)) throw new Cmi5LaunchError('the cmi5 launch parameter actor is not an Agent with an account');
  const endpoint = params.get('endpoint')!;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetchUrl: params.get('fetch')!,
    actor,
    registration: params.get('registration')!,
    activityId: params.get('activityId')!,
  };
}

/** Trades the fetch URL for credentials and reads LMS.LaunchData (cmi5 §8.2, §10). */
export async function startCmi5Session(parameters: Cmi5LaunchParameters, doFetch: typeof fetch = fetch): Promise<Cmi5Session> {
  const tokenResponse = await doFetch(parameters.fetchUrl, { method: 'POST' });
  const tokenBody = (await tokenResponse.json().catch(() => ({}))) as Record<string, unknown>;
  const token = tokenBody['auth-token'];
  if (!tokenResponse.ok || typeof token !== 'string') {
    const reason = typeof tokenBody['error-text'] === 'string' ? tokenBody['error-text'] : `HTTP ${tokenResponse.status}`;
    throw new Cmi5LaunchError(`the LMS did not give an auth token: ${reason}`);
  }
  const lrs: LrsConfig = { endpoint: parameters.endpoint, auth: `Basic ${token}` };
  const query = new URLSearchParams({
    stateId: 'LMS.LaunchData',
    activityId: parameters.activityId,
    agent: JSON.stringify(parameters.actor),
    registration: parameters.registration,
  });
  const stateResponse = await doFetch(`${lrs.endpoint}activities/state?${query}`, {
    headers: { Authorization: lrs.auth, 'X-Experience-API-Version': XAPI_VERSION },
  });
  if (!stateResponse.ok) throw new Cmi5LaunchError(`LMS.LaunchData could not be read: HTTP ${stateResponse.status}`);
  const data = (await stateResponse.json()) as Record<string, unknown>;
  const contextTemplate = data['contextTemplate'] as XapiContext | undefined;
  const sessionId = contextTemplate?.extensions?.[SESSION_ID];
  if (!contextTemplate || typeof sessionId !== 'string') throw new Cmi5LaunchError('LMS.LaunchData has no context template with a session id');
  const launchMode = data['launchMode'];
  if (launchMode !== 'Normal' && launchMode !== 'Browse' && launchMode !== 'Review') {
    throw new Cmi5LaunchError(`LMS.LaunchData has an unknown launchMode ${JSON.stringify(launchMode)}`);
  }
  const masteryScore = data['masteryScore'];
  return {
    lrs,
    actor: parameters.actor,
    registration: parameters.registration,
    sessionId,
    launchMode,
    launch: {
      activityId: parameters.activityId,
      contextTemplate,
      ...(typeof masteryScore === 'number' ? { masteryScore } : {}),
    },
    ...(typeof data['returnURL'] === 'string' ? { returnUrl: data['returnURL'] } : {}),
  };
}

function isAgent(value: unknown): value is XapiAgent {
  if (typeof value !== 'object' || value === null) return false;
  const account = (value as { account?: unknown }).account;
  return (
    typeof account === 'object' &&
    account !== null &&
    typeof (account as { homePage?: unknown }).homePage === 'string' &&
    typeof (account as { name?: unknown }).name === 'string'
  );
}
