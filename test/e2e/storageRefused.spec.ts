// The browser refuses Web Storage: blocked outright (site data blocked, or the game framed by an LMS
// on another site with third-party storage blocked: reading window.localStorage throws), or full.
// The page still renders and plays, and a setting still applies; it is only not remembered.
import { choicesRegion, expect, openStoryList, startTutorial, test } from './fixtures';

test('with Web Storage blocked the menu renders and the tutorial plays', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException(`Failed to read the '${name}' property from 'Window': Access is denied for this document.`, 'SecurityError');
        },
      });
    }
  });
  await startTutorial(page);
  const first = choicesRegion(page).getByRole('button').first();
  const text = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: `You: ${text}` })).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('with localStorage full, high contrast and the text size still apply', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openStoryList(page);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(100_000);
    try {
      for (let i = 0; i < 1000; i++) localStorage.setItem(`fill${i}`, chunk);
    } catch {
      // full
    }
    try {
      for (let i = 0; i < 100_000; i++) localStorage.setItem(`f${i}`, 'x');
    } catch {
      // full to the last byte
    }
  });
  await page.getByLabel('Text size').selectOption('larger');
  await page.getByText('Sound and display').click();
  await page.getByLabel('High contrast').check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('html')).toHaveAttribute('style', /font-size: 150%/);
  expect(errors).toEqual([]);
  await page.evaluate(() => localStorage.clear());
});

test('with IndexedDB refused, leaving or reloading mid-attempt asks first, and the menu does not', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await openStoryList(page);
  await expect(page.getByText(/cannot be kept in this browser right now/)).toBeVisible();
  await page.getByRole('button', { name: 'Open The last bus' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await choicesRegion(page).getByRole('button').first().click();
  // Dismissed: the tab stays, with the trainee's line still there.
  await page.reload({ timeout: 3_000 }).catch(() => undefined);
  expect(asked).toEqual(['beforeunload']);
  await expect(choicesRegion(page)).toBeVisible();
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await page.reload();
  expect(asked).toEqual(['beforeunload']);
});
