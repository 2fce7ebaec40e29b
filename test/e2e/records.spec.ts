// Records in a real Chromium: every attempt kept across reloads, several attempts in progress, one
// tab per attempt, an attempt begun on an older story offered a restart, storage that fills up in
// the middle of play, and the menu's exports verified by the results page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  choicesRegion,
  expect,
  expectNoAxeViolations,
  firstAvailableChoice,
  openStoryList,
  playToDebrief,
  recordsDbContents,
  startTutorial,
  test,
  transcriptTexts,
  TUTORIAL_TITLE,
  tutorialOpenButton,
} from './fixtures';

type StoredRecord = { id: string; status: string; trainee: string; scenario: { id: string; title: string; contentHash: string }; log: Array<{ type: string; text?: string }> };

/** Every record in the page's IndexedDB, as stored. */
async function storedRecords(page: Page): Promise<StoredRecord[]> {
  return (await recordsDbContents(page, 'attempts')) as StoredRecord[];
}

async function saveProfile(page: Page, trainee: string, cohort: string): Promise<void> {
  await page.getByLabel('Name or number').fill(trainee);
  await page.getByLabel('Cohort').fill(cohort);
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText(`Attempts are recorded for ${trainee} (${cohort}).`)).toBeVisible();
}

function card(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title }) });
}

test('a completed attempt is kept after a reload, exported as CSV and JSON, and the JSON verifies in the results page', async ({ page }) => {
  test.setTimeout(240_000);
  await openStoryList(page);
  await saveProfile(page, 'PC 4411', 'Spring 2027');
  await tutorialOpenButton(page).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await playToDebrief(page, async () => undefined);
  await page.getByRole('button', { name: 'Back to scenarios' }).click();
  await page.reload();
  await expect(card(page, TUTORIAL_TITLE)).toContainText(/Completed once; best result \d+ \((passed|not passed)\)/);
  await expect(page.getByText("1 attempt is recorded in this browser (1 of them PC 4411's).", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'the menu with a completed attempt');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: "Export PC 4411's attempts (CSV)" }).click();
  const csvText = readFileSync(await (await csvDownload).path(), 'utf8');
  // A byte order mark first, so a spreadsheet reads the names as UTF-8.
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const csv = csvText.slice(1).split('\r\n');
  expect(csv[0]).toMatch(/^trainee,cohort,scenario_id,/);
  expect(csv[1]).toMatch(/^PC 4411,Spring 2027,sample_bus_shelter,The last bus,[0-9a-f]{12},/);
  expect(csv[1]).toMatch(/,1,yes$/);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all attempts (JSON)' }).click();
  const json = readFileSync(await (await jsonDownload).path(), 'utf8');
  const tampered = json.replace(/"passed": (true|false)/, (_, value: string) => `"passed": ${value === 'true' ? 'false' : 'true'}`);

  await page.goto('/results.html');
  await page.getByLabel('JSON exports').setInputFiles([
    { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) },
    { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
  ]);
  await expect(page.getByRole('status')).toHaveText(/2 attempts: 1 verified, 1 tampered/);
  await expect(page.getByRole('row').filter({ hasText: 'edited.json #1' })).toContainText('Tampered');
  await expect(page.getByRole('row').filter({ hasText: 'mine.json #1' })).toContainText('PC 4411');
});

test('two scenarios in progress both resume after a reload', async ({ page }) => {
  await startTutorial(page);
  await firstAvailableChoice(page).click();
  await firstAvailableChoice(page).waitFor();
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  const other = page.getByRole('button', { name: /^Open / }).filter({ hasNotText: TUTORIAL_TITLE }).nth(1);
  const otherTitle = ((await other.getAttribute('aria-label')) ?? '').replace(/^Open /, '');
  await other.click();
  await page.getByRole('button', { name: 'Start' }).click();
  await firstAvailableChoice(page).click();
  const otherChoices = await choicesRegion(page).getByRole('button').allTextContents();
  await page.getByRole('button', { name: 'Exit to menu' }).click();

  await page.reload();
  await expect(page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` })).toBeVisible();
  await page.getByRole('button', { name: `Resume ${otherTitle}` }).click();
  await expect(choicesRegion(page).getByRole('button')).toHaveText(otherChoices);
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
  expect((await storedRecords(page)).filter((record) => record.status === 'inProgress')).toHaveLength(2);
});

test('an attempt open in one tab is not opened in a second; another attempt there is recorded too', async ({ page, context }) => {
  await startTutorial(page);
  await firstAvailableChoice(page).click();
  const second = await context.newPage();
  await openStoryList(second);
  await second.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(second.getByRole('alert')).toContainText(`${TUTORIAL_TITLE} is open in another tab or window`);
  await expect(second.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  // A different scenario plays in the second tab, and both attempts are kept.
  await second.getByRole('button', { name: /^Open / }).filter({ hasNotText: TUTORIAL_TITLE }).nth(1).click();
  await second.getByRole('button', { name: 'Start' }).click();
  await firstAvailableChoice(second).click();
  await firstAvailableChoice(page).click();
  await expect.poll(async () => (await storedRecords(page)).filter((record) => record.log.some((event) => event.type === 'story.choice')).length).toBe(2);
  // Closing the first tab releases the attempt: now the second tab may take it.
  await page.close();
  await second.getByRole('button', { name: 'Exit to menu' }).click();
  await second.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(second.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
});

test('a second tab opens on the menu; an attempt left for the menu in one tab can be carried on in another, and back', async ({ page, context }) => {
  await startTutorial(page);
  await firstAvailableChoice(page).click();
  await firstAvailableChoice(page).waitFor();
  // The second tab shares the records, not the first tab's screen.
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  const firstTranscript = await transcriptTexts(page);
  // Leaving for the menu lets go of the attempt: the second tab may take it now.
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  await second.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(second.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
  expect(await transcriptTexts(second)).toEqual(firstTranscript);
  // While the second tab plays it, the first is told it is open elsewhere, and stays on the menu.
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(page.getByRole('alert')).toContainText(`${TUTORIAL_TITLE} is open in another tab or window`);
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  // The second tab plays on and leaves; the first carries on from there, not from its own old copy.
  const choice = (await firstAvailableChoice(second).textContent())!.trim();
  await firstAvailableChoice(second).click();
  await expect(second.getByRole('log').getByRole('listitem').filter({ hasText: `You: ${choice}` })).toHaveCount(1);
  const secondTranscript = await transcriptTexts(second);
  const secondChoices = await choicesRegion(second).getByRole('button').allTextContents();
  await second.getByRole('button', { name: 'Exit to menu' }).click();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(choicesRegion(page).getByRole('button')).toHaveText(secondChoices);
  expect(await transcriptTexts(page)).toEqual(secondTranscript);
  // One attempt, holding both tabs' choices in order.
  const tutorial = (await storedRecords(page)).filter((record) => record.scenario.id === 'sample_bus_shelter');
  expect(tutorial).toHaveLength(1);
  expect(tutorial[0]!.log.filter((event) => event.type === 'story.choice').at(-1)?.text).toBe(choice);
});

test('starting a scenario another tab is playing is refused there, and the playing tab’s record is untouched', async ({ page, context }) => {
  await startTutorial(page);
  const clicked = (await firstAvailableChoice(page).textContent())!.trim();
  await firstAvailableChoice(page).click();
  await expect.poll(async () => (await storedRecords(page))[0]?.log.filter((event) => event.type === 'story.choice').length).toBe(1);
  const second = await context.newPage();
  await startTutorial(second);
  await expect(second.getByRole('alert')).toContainText(`${TUTORIAL_TITLE} is open in another tab or window`);
  await expect(second.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  const records = await storedRecords(page);
  expect(records).toHaveLength(1);
  expect(records[0]!.log.filter((event) => event.type === 'story.choice').map((event) => event.text)).toEqual([clicked]);
  // The first tab plays on and its record follows.
  await firstAvailableChoice(page).click();
  await expect.poll(async () => (await storedRecords(page))[0]?.log.filter((event) => event.type === 'story.choice').length).toBe(2);
});

test('an attempt begun on an older version of the story says so and offers a restart', async ({ page }) => {
  await startTutorial(page);
  await firstAvailableChoice(page).click();
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  // What a rebuilt story looks like to a record made before: another content hash.
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('threshold-records');
        open.onsuccess = () => {
          const store = open.result.transaction('attempts', 'readwrite').objectStore('attempts');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) {
              open.result.close();
              resolve(null);
              return;
            }
            current.update({ ...current.value, scenario: { ...current.value.scenario, contentHash: `sha256:${'0'.repeat(64)}` } });
            current.continue();
          };
          cursor.onerror = () => reject(cursor.error);
        };
      }),
  );
  await page.reload();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${TUTORIAL_TITLE} has changed` })).toBeVisible();
  await expectNoAxeViolations(page, 'the outdated-attempt screen');
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
  // The old attempt is gone and the new one (on today's story) is written, in the background.
  await expect
    .poll(async () => (await storedRecords(page)).map((record) => record.scenario.contentHash === `sha256:${'0'.repeat(64)}`))
    .toEqual([false]);
});

test('when storage fills up, play goes on with a notice and the record holds exactly what was clicked', async ({ page, context }) => {
  test.setTimeout(120_000);
  // A small quota for this origin (what DevTools' "simulate custom storage quota" sets). Chromium
  // applies it only once the origin is in use, and IndexedDB keeps the room it saw when the origin
  // first opened a database: so the quota is set on a blank page of the origin, before the app.
  await page.route('**/quota-setup', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>quota</title>' }));
  await page.goto('/quota-setup');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 2 * 1024 * 1024 });
  await startTutorial(page);
  await firstAvailableChoice(page).waitFor();
  await expect.poll(async () => (await storedRecords(page)).length).toBe(1);
  // Then real data until the browser itself refuses with QuotaExceededError: the page's own writes
  // now fail the way they do on a full disk.
  expect(await fillStorage(page)).toBeGreaterThan(0);
  const clicked: string[] = [];
  for (let i = 0; i < 3; i++) {
    const choice = firstAvailableChoice(page);
    if (!(await choice.isVisible())) break;
    clicked.push((await choice.textContent())!.trim());
    await choice.click();
    // The screen moved on to the story's answer: the next click acts on what the trainee sees.
    await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: clicked.at(-1)! }).last()).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
  }
  expect(clicked.length).toBeGreaterThan(1);
  const stored = await storedRecords(page);
  expect(stored[0]!.log.filter((event) => event.type === 'story.choice')).toHaveLength(0);
  // Room again (the filler is deleted): the pending record is written on the next retry and the
  // notice goes.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('test-filler');
    request.onsuccess = resolve;
    request.onerror = () => reject(request.error);
  }));
  await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toHaveCount(0, { timeout: 15_000 });
  const records = await storedRecords(page);
  expect(records).toHaveLength(1);
  expect(records[0]!.log.filter((event) => event.type === 'story.choice').map((event) => event.text)).toEqual(clicked);
});

/**
 * Writes random (incompressible: Chromium compresses IndexedDB values) data to a database of its own
 * until the browser refuses with QuotaExceededError, in ever smaller pieces so that little room is
 * left; returns how many pieces were written. Throws if the browser never refuses.
 */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('test-filler');
      open.onupgradeneeded = () => open.result.createObjectStore('filler', { autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (bytes: number) =>
      new Promise<'written' | 'full'>((resolve, reject) => {
        const piece = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(bytes))));
        const tx = db.transaction('filler', 'readwrite');
        tx.objectStore('filler').add(piece);
        tx.oncomplete = () => resolve('written');
        tx.onabort = () => (tx.error?.name === 'QuotaExceededError' ? resolve('full') : reject(tx.error));
      });
    let written = 0;
    for (let bytes = 32 * 1024; bytes >= 256; bytes /= 4) {
      // 2 MB of room takes about 64 of the largest pieces: far more means the quota is not enforced.
      for (let tries = 0; (await put(bytes)) === 'written'; tries++) {
        if (tries === 1000) throw new Error(`the browser never refused a write (${written} pieces written)`);
        written++;
      }
    }
    db.close();
    return written;
  });
}

test('a huge unreadable record does not stop the menu from showing', async ({ page }) => {
  await openStoryList(page);
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('threshold-records');
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          tx.objectStore('attempts').put({ schema: 1, id: 'huge', junk: 'x'.repeat(20 * 1024 * 1024) }, 'huge');
          tx.oncomplete = () => {
            open.result.close();
            resolve(null);
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('set aside in this browser (quarantine');
  await expect(tutorialOpenButton(page)).toBeVisible();
});
