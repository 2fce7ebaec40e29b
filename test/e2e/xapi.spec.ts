// The page streaming xAPI to a real LRS (Learning Locker's statement service, in memory, started by
// this file on THRESHOLD_E2E_LRS_PORT (plus the worker's index) or a free port, and stopped after it). The run's build has no
// LRS in its academy file, so the page is pointed at the LRS the way an administrator would: the
// "Learning record store" settings in the header, with an endpoint on the page's own origin
// (`/test-lrs/xAPI/`, which the build's CSP allows as 'self'); `page.route` forwards those requests
// to the real LRS, and aborts them to play an outage. A cmi5 launch is tested the same way, with a
// stand-in LMS for the fetch URL and LMS.LaunchData (the statement service has no State API).
import type { Page, Route } from '@playwright/test';
import { freePort, startLrs, type RunningLrs } from '../lrs/lrs';
import { EXTENSIONS } from '../../src/records/xapi/vocabulary';
import type { XapiStatement } from '../../src/records/xapi/types';
import { expect, expectNoAxeViolations, firstAvailableChoice, localInput, openStoryList, playToDebrief, startTutorial, test, TUTORIAL_TITLE, tutorialOpenButton } from './fixtures';

test.describe.configure({ mode: 'serial' });

let lrs: RunningLrs;

test.beforeAll(async () => {
  // THRESHOLD_E2E_LRS_PORT is the first of a range (one port per parallel worker); else any free port.
  const base = Number(process.env.THRESHOLD_E2E_LRS_PORT ?? 0);
  lrs = await startLrs(base ? base + test.info().parallelIndex : await freePort());
});

test.afterAll(async () => {
  await lrs?.stop();
});

const LRS_PATH = '/test-lrs/xAPI/';

interface LrsRoute {
  down: boolean;
  /** Authorization headers of the statement requests the page made. */
  auth: string[];
}

/** Forwards the page's `/test-lrs/xAPI/*` requests to the real LRS (or drops them while `down`). */
async function routeLrs(page: Page, extra?: (route: Route, url: URL) => Promise<boolean>): Promise<LrsRoute> {
  const state: LrsRoute = { down: false, auth: [] };
  await page.route(`**${LRS_PATH}**`, async (route) => {
    const url = new URL(route.request().url());
    if (state.down) return route.abort('internetdisconnected');
    if (extra && (await extra(route, url))) return;
    if (url.pathname.endsWith('/statements')) state.auth.push((await route.request().headerValue('authorization')) ?? '');
    const target = `${lrs.endpoint}${url.pathname.slice(LRS_PATH.length)}${url.search}`;
    const response = await route.fetch({ url: target });
    await route.fulfill({ response });
  });
  return state;
}

/** Every statement the LRS stored, in the order it stored them. */
async function storedStatements(query: Record<string, string> = {}): Promise<XapiStatement[]> {
  const statements: XapiStatement[] = [];
  let url: string | null = `${lrs.endpoint}statements?${new URLSearchParams({ ascending: 'true', limit: '500', ...query })}`;
  while (url) {
    const response = await fetch(url, { headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3' } });
    expect(response.ok).toBe(true);
    const body = (await response.json()) as { statements: XapiStatement[]; more?: string };
    statements.push(...body.statements);
    url = body.more ? new URL(body.more, lrs.endpoint).toString() : null;
  }
  return statements;
}

const verbOf = (statement: XapiStatement) => statement.verb.display['en-US'];
const sliceIndex = (statement: XapiStatement) => (statement.context?.extensions?.[EXTENSIONS.logSlice] as { index: number } | undefined)?.index;

function syncLine(page: Page) {
  return page.locator('.sync-status[role="status"]');
}

test('statements stream to the LRS as the attempt happens, survive an outage and a reload, and arrive once each, in order', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const route = await routeLrs(page);
  const since = new Date().toISOString();
  const stored = (query: Record<string, string> = {}) => storedStatements({ since, ...query });
  await openStoryList(page);

  // The administrator's settings: check the LRS, save it for this device, reload to use it.
  await page.getByText('Learning record store').click();
  await page.getByLabel('Endpoint').fill(`${baseURL}${LRS_PATH}`);
  await page.getByLabel('Key').fill('threshold');
  await page.getByLabel('Secret').fill('test');
  await page.getByRole('button', { name: 'Check connection' }).click();
  await expect(page.getByText(/^Working: .* answers \(xAPI /)).toBeVisible();
  await expectNoAxeViolations(page, 'the LRS settings');
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect(page.getByText(/^Saved on this device/)).toBeVisible();
  await page.reload();
  await page.getByText('Learning record store').click();
  await expect(page.getByText(`Statements go to ${baseURL}${LRS_PATH} (entered on this device).`)).toBeVisible();
  await page.getByText('Learning record store').click();

  // Playing: launched, initialized and the first inputs reach the LRS while the trainee plays.
  await startTutorial(page);
  await firstAvailableChoice(page).click();
  await page.getByRole('searchbox', { name: 'Search indicators' }).fill('passport');
  await page.getByRole('list', { name: 'Indicators' }).getByRole('button').first().click();
  await expect(syncLine(page)).toHaveText('Learning records: all sent to the LRS.');
  await expect.poll(async () => (await stored()).map(verbOf).slice(0, 4)).toEqual(['launched', 'initialized', 'answered', 'flagged']);
  // From here on, this attempt's statements only (one registration per attempt).
  const registration = (await stored())[0]!.context!.registration!;
  const all = stored;
  const attemptStatements = () => all({ registration });
  expect((await attemptStatements()).map(verbOf)).toEqual(['launched', 'initialized', 'answered', 'flagged']);
  expect(route.auth.every((auth) => auth === lrs.auth)).toBe(true);

  // The LRS goes away: the trainee is told their records are kept on this device.
  route.down = true;
  await firstAvailableChoice(page).click();
  await expect(syncLine(page)).toHaveText(/^Learning records: the LRS is not reachable; 1 learning record kept on this device/);
  await firstAvailableChoice(page).click();
  await expect(syncLine(page)).toHaveText(/not reachable; 2 learning records kept on this device/);
  await expectNoAxeViolations(page, 'the play screen with the sync line');

  // A reload while it is still away: nothing is dropped, the page says so again.
  await page.reload();
  await expect(syncLine(page)).toHaveText(/not reachable; \d+ learning records? kept on this device/);
  const waitingAfterReload = Number(/(\d+) learning record/.exec((await syncLine(page).textContent()) ?? '')?.[1]);
  expect(waitingAfterReload).toBeGreaterThanOrEqual(3); // the two answers and this session's initialized
  expect((await attemptStatements()).length).toBe(4);

  // The LRS is back, and so is the network: the page sends what waited at once (without the
  // 'online' event it would at its next retry, up to a minute later), then the rest streams.
  route.down = false;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(syncLine(page)).toHaveText('Learning records: all sent to the LRS.', { timeout: 20_000 });
  await playToDebrief(page, async () => {});
  // The attempt's end is queued a moment after the debrief shows: wait for its last statement.
  await expect.poll(async () => (await attemptStatements()).map(verbOf).at(-1)).toBe('terminated');
  await expect(syncLine(page)).toHaveText('Learning records: all sent to the LRS.');

  const statements = await attemptStatements();
  const ids = statements.map((statement) => statement.id);
  expect(new Set(ids).size).toBe(ids.length);
  const verbs = statements.map(verbOf);
  expect(verbs[0]).toBe('launched');
  expect(verbs.filter((verb) => verb === 'launched')).toHaveLength(1);
  // Two sessions (before and after the reload), each initialized once; the attempt's end closes the second.
  expect(verbs.filter((verb) => verb === 'initialized')).toHaveLength(2);
  expect(verbs.slice(-6)).toEqual(['completed', expect.stringMatching(/^(passed|failed)$/), 'scored', 'scored', 'scored', 'terminated']);
  // In order: the log's slices arrived one after the other, with no gap and nothing twice.
  const slices = statements.map(sliceIndex).filter((index): index is number => index !== undefined);
  expect(slices).toEqual([...slices].sort((a, b) => a - b));
  expect(new Set(slices).size).toBe(slices.length);

  // What the page keeps agrees: nothing waits, and every statement it marked sent is in the LRS.
  const kept = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAllKeys();
        request.onsuccess = () => resolve(request.result as unknown[]);
      });
    return { queue: await all('queue'), sent: await all('sent'), rejected: await all('rejected') };
  }, `threshold-xapi ${baseURL}${LRS_PATH}`);
  expect(kept.queue).toEqual([]);
  expect(kept.rejected).toEqual([]);
  expect(new Set(kept.sent)).toEqual(new Set(ids));
});

test('a cmi5 launch fetches its token, reads LMS.LaunchData and sends the cmi5 statements with their context to the LMS; the results page loads and verifies the attempt', async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const startedAt = new Date(Date.now() - 1000);
  const registration = '9b2b6c1e-5d7a-4c1f-8e3a-0c4d5e6f7a8b';
  const sessionId = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';
  // The LMS's own activity id for the AU: never the publisher id from cmi5.xml (cmi5 §8.1).
  const activityId = 'https://lms.academy.example/activities/au/5b1d7e0a';
  const actor = { objectType: 'Agent', name: 'Trainee 12', account: { homePage: 'https://lms.academy.example', name: 'trainee-12' } };
  // The LMS's course, and the AU's publisher id from cmi5.xml (cmi5 §9.6.2.3).
  const grouping = [
    { objectType: 'Activity', id: 'https://lms.academy.example/courses/threshold' },
    { objectType: 'Activity', id: 'urn:threshold:course/scenarios/sample_bus_shelter' },
  ];
  // What the LMS records itself before launching: no log, no story version.
  const launched = await fetch(`${lrs.endpoint}statements`, {
    method: 'POST',
    headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
      object: { objectType: 'Activity', id: activityId },
      context: { registration, contextActivities: { grouping, category: [{ objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
      timestamp: new Date().toISOString(),
    }),
  });
  expect(launched.status).toBe(200);
  const token = Buffer.from('threshold:cmi5-token').toString('base64');
  const fetchCalls: string[] = [];
  await page.route('**/test-lms/fetch', async (route) => {
    fetchCalls.push(route.request().method());
    await route.fulfill({ json: fetchCalls.length === 1 ? { 'auth-token': token } : { 'error-code': '1', 'error-text': 'already used' } });
  });
  const route = await routeLrs(page, async (route, url) => {
    if (!url.pathname.endsWith('/activities/state')) return false;
    const ok = url.searchParams.get('stateId') === 'LMS.LaunchData' && url.searchParams.get('registration') === registration && url.searchParams.get('activityId') === activityId;
    await route.fulfill(
      ok
        ? {
            json: {
              contextTemplate: { contextActivities: { grouping }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId } },
              launchMode: 'Normal',
              moveOn: 'CompletedAndPassed',
              masteryScore: 0.5,
            },
          }
        : { status: 404 },
    );
    return true;
  });

  const launch = new URLSearchParams({
    scenario: 'sample_bus_shelter',
    lms: 'cmi5',
    endpoint: `${baseURL}${LRS_PATH}`,
    fetch: `${baseURL}/test-lms/fetch`,
    registration,
    activityId,
    actor: JSON.stringify(actor),
  });
  await page.goto(`/index.html?${launch}`);
  // The launch opens its scenario's briefing.
  await page.getByRole('button', { name: 'Start' }).click();
  await playToDebrief(page, async () => {});
  await expect.poll(async () => (await storedStatements({ registration })).map(verbOf).at(-1)).toBe('terminated');
  await expect(syncLine(page)).toHaveText('Learning records: all sent to your LMS.');
  expect(fetchCalls).toEqual(['POST']);
  expect(route.auth.length).toBeGreaterThan(0);
  expect(route.auth.every((auth) => auth === `Basic ${token}`)).toBe(true);

  // The game's statements (the LMS's `launched` is the LMS's).
  const statements = (await storedStatements({ registration })).filter((statement) => statement.verb.id !== 'http://adlnet.gov/expapi/verbs/launched');
  const cmi5Category = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
  const categories = (statement: XapiStatement) => (statement.context?.contextActivities?.category ?? []).map((activity) => activity.id);
  const cmi5Defined = statements.filter((statement) => categories(statement).includes(cmi5Category));
  expect(cmi5Defined.map(verbOf)).toEqual(['initialized', 'completed', expect.stringMatching(/^(passed|failed)$/), 'terminated']);
  // initialized first, terminated last, Threshold's own statements between them.
  expect(verbOf(statements[0]!)).toBe('initialized');
  expect(verbOf(statements.at(-1)!)).toBe('terminated');
  expect(statements.slice(1, -1).some((statement) => verbOf(statement) === 'answered')).toBe(true);
  expect(statements.some((statement) => verbOf(statement) === 'launched')).toBe(false);
  for (const statement of statements) {
    expect(statement.actor).toMatchObject({ account: actor.account });
    expect(statement.context?.registration).toBe(registration);
    expect(statement.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(sessionId);
    expect(statement.context?.contextActivities?.grouping).toEqual(grouping);
  }
  for (const statement of cmi5Defined) expect(statement.object.id).toBe(activityId);
  const judged = cmi5Defined[2]!;
  expect(categories(judged)).toContain('https://w3id.org/xapi/cmi5/context/categories/moveon');
  expect(judged.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.5);
  expect(judged.result?.score?.scaled).toEqual(expect.any(Number));
  expect(judged.result?.success).toBe(verbOf(judged) === 'passed');

  // The trainer loads the scenario's attempts from the LMS's LRS on the results page: the cmi5
  // attempt is found by its publisher id (its statements name the LMS's activity id, not the
  // academy's) and verified by replay like any other.
  await page.goto('/results.html');
  const form = page.getByRole('form', { name: 'Load from the LRS' });
  await form.getByLabel('LRS endpoint').fill(`${baseURL}${LRS_PATH}`);
  await form.getByLabel('Key').fill('threshold');
  await form.getByLabel('Secret').fill('test');
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: TUTORIAL_TITLE });
  await form.getByLabel('From').fill(localInput(startedAt));
  await form.getByRole('button', { name: 'Load from the LRS' }).click();
  // The test LRS is shared by the suite's tests, which run in parallel: attempts other tests sent
  // to it in the same time range (some tampered on purpose) may be loaded too. What this test
  // checks is that the cmi5 attempt is among them, and verified.
  await expect(page.getByRole('status')).toHaveText(/^\d+ attempts: \d+ verified, /);
  const row = page.getByRole('table', { name: 'Imported attempts and their verification' }).getByRole('row').filter({ hasText: `registration ${registration}` });
  await expect(row).toContainText('Trainee 12');
  await expect(row).toContainText('Verified');
});

test('without an LRS the page sends nothing and shows no sync line', async ({ page }) => {
  await openStoryList(page);
  await tutorialOpenButton(page).click();
  await expect(syncLine(page)).toBeEmpty();
  await page.getByText('Learning record store').click();
  await expect(page.getByText('No LRS is configured: nothing is sent.')).toBeVisible();
});
