// Progress survives a reload; a save that cannot be read is set aside (quarantined) with a notice.
import { choicesRegion, expect, openStoryList, test, tutorialOpenButton, TUTORIAL_TITLE } from './fixtures';

test('reloading mid-story offers Resume and continues where the trainee was', async ({ page }) => {
  await openStoryList(page);
  await tutorialOpenButton(page).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await choicesRegion(page).getByRole('button').first().click();
  await choicesRegion(page).getByRole('button').first().waitFor();
  await page.getByRole('searchbox', { name: 'Search indicators' }).fill('passport');
  const flag = page.getByRole('list', { name: 'Indicators' }).getByRole('button').first();
  const flaggedLabel = ((await flag.getAttribute('aria-label')) ?? '').replace(/^Flag /, '');
  await flag.click();

  // Story lines only: the echo of the trainee's own actions ("You: ...") is not part of the save.
  const storyLines = async () =>
    (await page.getByRole('log').getByRole('listitem').allTextContents()).filter((text) => !text.startsWith('You: '));
  const linesBefore = await storyLines();
  const choicesBefore = await choicesRegion(page).getByRole('button').allTextContents();
  expect(linesBefore.length).toBeGreaterThan(0);

  await page.reload();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
  await expect(choicesRegion(page).getByRole('button')).toHaveText(choicesBefore);
  expect(await storyLines()).toEqual(linesBefore);
  await expect(page.getByRole('button', { name: `Remove ${flaggedLabel}` })).toBeVisible();
});

test('a save from the old localStorage slot that cannot be read is quarantined with a notice and the list still works', async ({ page }) => {
  await openStoryList(page);
  await page.evaluate(() => localStorage.setItem('threshold.attempt.v1', '{"format": "threshold-save", "version": 1, broken'));
  // The import runs once per browser: a fresh records database runs it on the next load.
  await page.evaluate(() => new Promise((resolve) => { const request = indexedDB.deleteDatabase('threshold-records'); request.onsuccess = request.onerror = request.onblocked = () => resolve(null); }));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read (the saved progress is not valid JSON)');
  await expect(page.getByRole('button', { name: /^Resume / })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('threshold.attempt.v1'))).toBeNull();
  await expect(tutorialOpenButton(page)).toBeVisible();
});
