// Which LRS the page streams to, outside a cmi5 launch: the academy's (its configuration file, bundled
// with the build) unless an administrator entered another on this device (the "Learning record
// store" settings, kept in localStorage). The page may only reach origins its Content-Security-Policy
// names, and the build derives that list from the academy's file (src/node/vitePluginCsp.ts), so an
// LRS entered on the device must be on the page's own origin or one the file allows: otherwise the
// browser would refuse every request, and the trainee would be told "not reachable" for ever.
import { lrsConnectOrigins, originOf, type AcademyLrs } from '../../engine/academyLrs';
import type { LrsConfig } from './lrsClient';
import { rememberItem, type KeyValueStore } from '../../util/webStorage';

export const DEVICE_LRS_KEY = 'threshold.lrs';

/** An LRS entered on this device. */
export interface DeviceLrs {
  endpoint: string;
  key: string;
  secret: string;
}

/** Where to send; `deviceProblem` says why an LRS entered on this device is not the one used. */
export type LrsChoice = ({ kind: 'off' } | { kind: 'academy' | 'device'; lrs: LrsConfig; activityBase?: string }) & { deviceProblem?: string };

/** The activity base when the academy names none: the folder the page is served from, without its last slash. */
export function pageActivityBase(pageUrl: string): string {
  return new URL('.', pageUrl).href.replace(/\/$/, '');
}

/** The LRS entered on this device, or null (none, or unreadable). */
export function readDeviceLrs(store: KeyValueStore): DeviceLrs | null {
  try {
    const value: unknown = JSON.parse(store.getItem(DEVICE_LRS_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { endpoint, key, secret } = value as Record<string, unknown>;
    return typeof endpoint === 'string' && typeof key === 'string' && typeof secret === 'string' ? { endpoint, key, secret } : null;
  } catch {
    return null;
  }
}

/** Keeps (or forgets) the device's LRS; false when the browser refused to keep it (storage full or blocked). */
export function saveDeviceLrs(store: KeyValueStore, lrs: DeviceLrs | null): boolean {
  if (!lrs) {
    store.removeItem(DEVICE_LRS_KEY);
    return true;
  }
  return rememberItem(store, DEVICE_LRS_KEY, JSON.stringify(lrs));
}

/** Whether the page's CSP lets it reach `url`: its own origin, or one the academy's file allows. */
export function reachable(url: string, academy: AcademyLrs | undefined, pageOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && [originOf(pageOrigin), ...lrsConnectOrigins(academy)].includes(origin);
}

/** Why an LRS entered on this device cannot be used, or null when it can. */
export function deviceLrsProblem(lrs: DeviceLrs, academy: AcademyLrs | undefined, pageOrigin: string): string | null {
  const origin = originOf(lrs.endpoint);
  if (!origin) return `the endpoint must be an http or https address, not "${lrs.endpoint}"`;
  if (lrs.key === '' || lrs.key.includes(':')) return 'the key must be filled in, without ":"';
  if (lrs.secret === '') return 'the secret must be filled in';
  if (!reachable(lrs.endpoint, academy, pageOrigin)) {
    return `this build may not connect to ${origin}: add it to "allowedOrigins" under "lrs" in stories/academy.config.json and rebuild (the page's Content-Security-Policy is made from that file)`;
  }
  return null;
}

/** The LRS entered on the device when it is usable, else the academy's, else none. */
export function chooseLrs(academy: AcademyLrs | undefined, device: DeviceLrs | null, pageOrigin: string): LrsChoice {
  const activityBase = academy?.activityBase ? { activityBase: academy.activityBase } : {};
  const problem = device ? deviceLrsProblem(device, academy, pageOrigin) : null;
  if (device && !problem) return { kind: 'device', lrs: lrsConfig(device), ...activityBase };
  const deviceProblem = problem ? { deviceProblem: problem } : {};
  if (!academy?.store) return { kind: 'off', ...deviceProblem };
  return { kind: 'academy', lrs: lrsConfig(academy.store), ...activityBase, ...deviceProblem };
}

export function lrsConfig(lrs: { endpoint: string; key: string; secret: string }): LrsConfig {
  return { endpoint: lrs.endpoint.endsWith('/') ? lrs.endpoint : `${lrs.endpoint}/`, auth: basicAuth(lrs.key, lrs.secret) };
}

/** HTTP Basic credentials (RFC 7617, UTF-8). */
export function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
