// The results page loading a cohort from a real LRS (Learning Locker's statement service, in memory,
// started by this test on the e2e port range): the statements of two attempts, made by the code
// `play --xapi` uses, are posted to it; the trainer loads them by activity and time range across the
// page's origin (the LRS's CORS answer is real: xapi-statements allows any origin), sees them rebuilt
// and verified, then imports a JSON export in which one attempt was edited and recomputed so that it
// verifies on its own, and sees it flagged as disagreeing with the LRS. An LRS that cannot be reached
// is reported in words.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { XapiStatement } from '../../src/records/xapi/types';
import { startLrs, type RunningLrs } from '../lrs/lrs';
import { expect, expectNoAxeViolations, localInput, TUTORIAL_TITLE, test } from './fixtures';

// This helper's server ports: 5231-5239 (the e2e preview is on THRESHOLD_E2E_PORT).
const LRS_PORT = Number(process.env.THRESHOLD_E2E_LRS_PORT ?? 5233);
const CLOSED_PORT = LRS_PORT + 1;
const NO_CORS_PORT = LRS_PORT + 2;
const PAGE_ORIGIN = `http://127.0.0.1:${process.env.THRESHOLD_E2E_PORT ?? 4173}`;

test.describe.configure({ mode: 'serial' });
test.use({ otherAllowedOrigins: [LRS_PORT, CLOSED_PORT, NO_CORS_PORT].map((port) => `http://127.0.0.1:${port}`) });

interface Cohort {
  statements: XapiStatement[];
  exported: string;
  edited: string;
}

let lrs: RunningLrs;
let cohort: Cohort;
let since: Date;

test.beforeAll(async () => {
  lrs = await startLrs(LRS_PORT);
  since = new Date(Date.now() - 60_000);
  const repo = new URL('../..', import.meta.url).pathname;
  // The page's default activity base is its own directory: the preview's root.
  cohort = JSON.parse(execFileSync('npx', ['tsx', 'test/e2e/support/makeLrsCohort.ts', PAGE_ORIGIN, new Date().toISOString()], { cwd: repo, encoding: 'utf8' })) as Cohort;
  const response = await fetch(`${lrs.endpoint}statements`, {
    method: 'POST',
    headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
    body: JSON.stringify(cohort.statements),
  });
  expect(response.status).toBe(200);
});

test.afterAll(async () => {
  await lrs?.stop();
});

test('loads a cohort from the LRS, verifies it, and flags an exported file that disagrees with it', async ({ page }) => {
  await page.goto('/results.html');
  const form = page.getByRole('form', { name: 'Load from the LRS' });
  await expect(form.getByLabel('Activity base')).toHaveValue(PAGE_ORIGIN);
  await form.getByLabel('LRS endpoint').fill(`http://127.0.0.1:${LRS_PORT}/xAPI/`);
  await form.getByLabel('Key').fill('threshold');
  await form.getByLabel('Secret').fill('test');
  await form.getByLabel('Activity', { exact: true }).selectOption({ label: TUTORIAL_TITLE });
  await form.getByLabel('From').fill(localInput(since));
  await form.getByLabel('To').fill(localInput(new Date(Date.now() + 60_000)));
  await form.getByRole('button', { name: 'Load from the LRS' }).click();

  await expect(page.getByRole('status')).toHaveText('2 attempts: 2 verified, 0 tampered, 0 cannot be verified, 0 disagree with the LRS (2 loaded from the LRS). Only verified attempts count below, each once.');
  const rows = page.getByRole('table', { name: 'Imported attempts and their verification' }).getByRole('row');
  const fromLrs = rows.filter({ hasText: `LRS 127.0.0.1:${LRS_PORT}, registration 0e6f1c52-1d0a-4f7e-9a51-5c1b7f3e2a01` });
  await expect(fromLrs).toContainText('PC 1');
  await expect(fromLrs).toContainText(TUTORIAL_TITLE);
  await expect(fromLrs).toContainText('Verified');
  const rates = page.getByRole('table', { name: 'Completion rate per scenario' });
  await expect(rates.getByRole('row', { name: new RegExp(TUTORIAL_TITLE) })).toContainText('100%');
  await expectNoAxeViolations(page, 'the results page with a cohort from the LRS');

  await page.getByLabel('JSON exports').setInputFiles([{ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(cohort.edited) }]);
  await expect(page.getByRole('status')).toHaveText(/^4 attempts: 3 verified, 0 tampered, 0 cannot be verified, 1 disagree with the LRS \(2 loaded from the LRS\)/);
  const edited = rows.filter({ hasText: 'edited.json #1' });
  await expect(edited).toContainText('Disagrees with the LRS');
  await expect(edited).toContainText(/differs from what the LRS received: log\[\d+\]\.type \([a-z.]+\): the file has "notebook\.flagged"/);
  await expect(edited).toContainText(/result\.identification: the file has \d+, the LRS \d+/);
  const same = rows.filter({ hasText: 'edited.json #2' });
  await expect(same).toContainText('Verified');
  await expect(same).toContainText('the same as the LRS holds: counted once');
  // Still two attempts in the figures: the LRS's, not the file's copies.
  await expect(page.getByRole('img', { name: /^Completion rate per scenario\. The last bus: 100%/ })).toBeVisible();
  const attemptsBand = page.getByRole('table', { name: /^Identification: completed attempts per score band/ });
  const counts = (await attemptsBand.getByRole('cell').allTextContents()).map(Number);
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(2);
});

test('says in words when the LRS cannot be reached or does not allow the page (CORS), and refuses plain http to another computer', async ({ page }) => {
  await page.goto('/results.html');
  const form = page.getByRole('form', { name: 'Load from the LRS' });
  await form.getByLabel('LRS endpoint').fill('http://lrs.academy.example/xAPI/');
  await form.getByLabel('Key').fill('threshold');
  await form.getByRole('button', { name: 'Load from the LRS' }).click();
  await expect(page.getByRole('alert')).toContainText('the LRS endpoint must be an https:// address');

  await form.getByLabel('LRS endpoint').fill(`http://127.0.0.1:${CLOSED_PORT}/xAPI/`);
  await form.getByRole('button', { name: 'Load from the LRS' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    `The LRS at http://127.0.0.1:${CLOSED_PORT}/xAPI/ cannot be reached: check the address and the network. If the address is right, the LRS may also be refusing this page's origin (${PAGE_ORIGIN}) in its CORS settings.`,
  );
  await expect(form.getByRole('button', { name: 'Load from the LRS' })).toBeEnabled();

  // An LRS that answers but sends no CORS headers (as a real one does until it is told to allow
  // the results page's origin): the browser withholds its answer from the page.
  const noCors = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ statements: [], more: '' }));
  });
  await new Promise<void>((resolve) => noCors.listen(NO_CORS_PORT, '127.0.0.1', resolve));
  try {
    await form.getByLabel('LRS endpoint').fill(`http://127.0.0.1:${NO_CORS_PORT}/xAPI/`);
    await form.getByRole('button', { name: 'Load from the LRS' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      `The LRS at http://127.0.0.1:${NO_CORS_PORT}/xAPI/ answers, but does not let this page read from it: its CORS settings must allow the origin ${PAGE_ORIGIN} (with the Authorization and X-Experience-API-Version headers).`,
    );
  } finally {
    noCors.closeAllConnections();
    await new Promise((resolve) => noCors.close(resolve));
  }
});
