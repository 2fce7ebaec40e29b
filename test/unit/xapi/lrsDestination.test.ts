// Which LRS the page uses outside cmi5: the one entered on the device when the page's CSP lets it
// reach it, else the academy's; and the credentials it sends.
import { describe, expect, it } from 'vitest';
import type { AcademyLrs } from '../../../src/engine/academyLrs';
import { basicAuth, chooseLrs, readDeviceLrs, saveDeviceLrs } from '../../../src/records/xapi/lrsDestination';

const academy: AcademyLrs = {
  store: { endpoint: 'https://lrs.academy.example/xAPI/', key: 'page', secret: 'pw' },
  activityBase: 'https://academy.example/threshold',
  allowedOrigins: ['https://other-lrs.academy.example'],
};
const PAGE = 'https://threshold.academy.example';

describe('choosing the LRS', () => {
  it("uses the academy's when nothing is entered on the device, and none without either", () => {
    expect(chooseLrs(academy, null, PAGE)).toEqual({
      kind: 'academy',
      lrs: { endpoint: academy.store!.endpoint, auth: `Basic ${Buffer.from('page:pw').toString('base64')}` },
      activityBase: academy.activityBase,
    });
    expect(chooseLrs(undefined, null, PAGE)).toEqual({ kind: 'off' });
    expect(chooseLrs({ allowedOrigins: ['https://lms.example'] }, null, PAGE)).toEqual({ kind: 'off' });
  });

  it('uses an LRS entered on the device when the page may reach it (its own origin or an allowed one)', () => {
    const device = { endpoint: 'https://other-lrs.academy.example/xapi', key: 'k', secret: 's' };
    expect(chooseLrs(academy, device, PAGE)).toMatchObject({ kind: 'device', lrs: { endpoint: 'https://other-lrs.academy.example/xapi/' } });
    expect(chooseLrs(undefined, { ...device, endpoint: `${PAGE}/lrs/xAPI/` }, PAGE)).toMatchObject({ kind: 'device' });
  });

  it("falls back to the academy's, saying why, when the page's CSP would block the one entered", () => {
    const choice = chooseLrs(academy, { endpoint: 'https://elsewhere.example/xAPI/', key: 'k', secret: 's' }, PAGE);
    expect(choice.kind).toBe('academy');
    expect(choice.deviceProblem).toMatch(/may not connect to https:\/\/elsewhere\.example: add it to "allowedOrigins" under "lrs" in stories\/academy\.config\.json/);
    expect(chooseLrs(undefined, { endpoint: `${PAGE}/x/`, key: 'a:b', secret: 's' }, PAGE)).toEqual({ kind: 'off', deviceProblem: 'the key must be filled in, without ":"' });
  });

  it('keeps the device LRS in the key-value store and reads nothing from a broken entry', () => {
    const data = new Map<string, string>();
    const store = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
    expect(readDeviceLrs(store)).toBeNull();
    saveDeviceLrs(store, { endpoint: 'https://x.example/', key: 'k', secret: 's' });
    expect(readDeviceLrs(store)).toEqual({ endpoint: 'https://x.example/', key: 'k', secret: 's' });
    data.set('threshold.lrs', '{not json');
    expect(readDeviceLrs(store)).toBeNull();
    saveDeviceLrs(store, null);
    expect(data.size).toBe(0);
  });

  it('says when a full browser storage did not keep the device LRS, instead of throwing into the form', () => {
    const full = {
      getItem: () => null,
      setItem: (): never => {
        throw new DOMException('exceeded the quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(saveDeviceLrs(full, { endpoint: 'https://x.example/', key: 'k', secret: 's' })).toBe(false);
    expect(saveDeviceLrs(full, null)).toBe(true);
  });

  it('encodes non-ASCII credentials as UTF-8 (RFC 7617)', () => {
    expect(basicAuth('académie', 'clé')).toBe(`Basic ${Buffer.from('académie:clé', 'utf8').toString('base64')}`);
  });
});
