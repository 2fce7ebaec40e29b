// The trainer's results page in Chromium: JSON exports imported by the file picker and by drag and
// drop, each attempt verified by replay in the page, an edited attempt marked tampered, the cohort's
// charts each with a data table, CSV downloads, and no axe violations.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, TUTORIAL_TITLE, test } from './fixtures';

const exported = execFileSync('npx', ['tsx', 'test/e2e/support/makeExport.ts'], { cwd: new URL('../..', import.meta.url).pathname, encoding: 'utf8' });

function tamperedCopy(): string {
  const data = JSON.parse(exported) as { attempts: Array<{ result: { scores: { overall: number }; passed: boolean } | null }> };
  const result = data.attempts[0]!.result!;
  result.scores.overall = 100;
  result.passed = true;
  return JSON.stringify(data);
}

test('imports exports, verifies each attempt, marks a tampered one and shows the cohort', async ({ page }) => {
  // An invalid Content-Security-Policy source is logged as an error and ignored.
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('/results.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expectNoAxeViolations(page, 'the empty results page');
  await page.getByLabel('JSON exports').setInputFiles([
    { name: 'spring.json', mimeType: 'application/json', buffer: Buffer.from(exported) },
    { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(tamperedCopy()) },
  ]);
  const rows = page.getByRole('table', { name: 'Imported attempts and their verification' }).getByRole('row');
  await expect(rows).toHaveCount(7);
  await expect(page.getByRole('status')).toHaveText(/6 attempts: 5 verified, 1 tampered, 0 cannot be verified/);
  const tampered = rows.filter({ hasText: 'edited.json #1' });
  await expect(tampered).toContainText('Tampered');
  await expect(tampered).toContainText('result.scores.overall');
  await expect(rows.filter({ hasText: 'spring.json #3' })).toContainText('in progress');

  const rates = page.getByRole('table', { name: 'Completion rate per scenario' });
  // Verified only, each attempt once: edited.json's two untouched attempts are spring.json's own, so
  // the cohort is spring.json's three, 2 of them completed.
  await expect(rates.getByRole('row', { name: new RegExp(TUTORIAL_TITLE) })).toContainText('67%');
  await expect(page.getByRole('img', { name: /^Completion rate per scenario\./ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Identification: completed attempts per score band/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the results page with a cohort');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download attempts (CSV)' }).click();
  const file = readFileSync(await (await download).path(), 'utf8');
  // A byte order mark first, so a spreadsheet reads the names as UTF-8.
  expect(file.startsWith('\uFEFF')).toBe(true);
  const csv = file.slice(1);
  expect(csv.split('\r\n')[0]).toBe('trainee,cohort,scenario_id,title,version,started,ended,duration_seconds,identification,questioning,referral,overall,passed,attempt_number,verified');
  expect(csv.split('\r\n').filter((line) => line.endsWith(',no'))).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});

test('accepts files dropped on the import area', async ({ page }) => {
  await page.goto('/results.html');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, exported);
  await page.getByRole('region', { name: 'Import exports' }).dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status')).toHaveText(/3 attempts: 3 verified/);
});
