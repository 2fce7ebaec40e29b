import { expect, firstOpenButton, openStoryList, test } from './fixtures';

test('the story list shows every shipped scenario, none broken', async ({ page }) => {
  await openStoryList(page);
  await expect(firstOpenButton(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stories that could not be loaded' })).toHaveCount(0);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByText('0 attempts are recorded in this browser (0 of them yours).', { exact: false })).toBeVisible();
  // The test build's one-minute fixture story (test/fixtures/e2e/stuck_story.ink).
  await expect(page.getByText('about 1 minute · unscored', { exact: true })).toBeVisible();
});

test('the briefing shows the content warning and objectives, and Back returns to the list', async ({ page }) => {
  await openStoryList(page);
  await firstOpenButton(page).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Content warning' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Learning objectives' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
});

test('the text size control scales the page and is remembered', async ({ page }) => {
  await openStoryList(page);
  const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const before = parseFloat(await fontSize());
  await page.getByRole('combobox', { name: 'Text size' }).selectOption({ label: 'Larger' });
  expect(parseFloat(await fontSize())).toBeCloseTo(before * 1.5, 0);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('larger');
  expect(parseFloat(await fontSize())).toBeCloseTo(before * 1.5, 0);
});

test('a trainee who prefers reduced motion gets no smooth scrolling or transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStoryList(page);
  const scrollBehavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(scrollBehavior).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});
