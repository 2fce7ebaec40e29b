// Progress survives a reload: the tab comes back on the same screen, at the same line, with the
// trainee's own choices in the transcript (rebuilt from the attempt's record); a saved screen that
// cannot be read goes to quarantine with a notice, and one the record disagrees with opens the menu.
import {
  choicesRegion,
  continueToDebriefButton,
  debriefHeading,
  determinationHeading,
  expect,
  openStoryList,
  playToDebrief,
  recordsDbContents,
  startTutorial,
  test,
  transcriptTexts,
  tutorialOpenButton,
  TUTORIAL_TITLE,
} from './fixtures';

test('a reload mid-story returns to the same screen and line, with the trainee’s choices in the transcript', async ({ page }) => {
  await startTutorial(page);
  const firstChoice = (await choicesRegion(page).getByRole('button').first().textContent()) ?? '';
  await choicesRegion(page).getByRole('button').first().click();
  await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: `You: ${firstChoice}` })).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search indicators' }).fill('passport');
  const flag = page.getByRole('list', { name: 'Indicators' }).getByRole('button').first();
  const flaggedLabel = ((await flag.getAttribute('aria-label')) ?? '').replace(/^Flag /, '');
  await flag.click();

  const before = await transcriptTexts(page);
  const choicesBefore = await choicesRegion(page).getByRole('button').allTextContents();
  expect(before).toContain(`You: ${firstChoice}`);
  // The line the trainee is reading: the first line of the step their choice led to.
  const reading = before[before.indexOf(`You: ${firstChoice}`) + 1];

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
  await expect(choicesRegion(page).getByRole('button')).toHaveText(choicesBefore);
  expect(await transcriptTexts(page)).toEqual(before);
  await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: reading ?? '' }).first()).toBeFocused();
  await expect(page.getByRole('button', { name: `Remove ${flaggedLabel}` })).toBeVisible();
});

test('a reload at a form, at the outcome and at the debrief stays there', async ({ page }) => {
  test.setTimeout(120_000);
  await startTutorial(page);
  await playToDebrief(page, async (screen) => {
    if (screen === 'determination') {
      await page.reload();
      await expect(determinationHeading(page)).toBeVisible();
    }
    if (screen === 'outcome') {
      const lines = await transcriptTexts(page);
      await page.reload();
      await expect(continueToDebriefButton(page)).toBeVisible();
      expect(await transcriptTexts(page)).toEqual(lines);
    }
  });
  await page.reload();
  await expect(debriefHeading(page)).toBeVisible();
});

test('an attempt left for the menu is offered there and resumes where it was', async ({ page }) => {
  await startTutorial(page);
  await choicesRegion(page).getByRole('button').first().click();
  const before = await transcriptTexts(page);
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  await page.reload();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  // Resuming takes the attempt's lock and rereads its record first: wait for the play screen.
  await expect(page.getByRole('log').getByRole('listitem')).toHaveText(before);
});

test('an unreadable saved screen goes to quarantine with a notice and the list still works', async ({ page }) => {
  await openStoryList(page);
  await page.evaluate(() => sessionStorage.setItem('threshold.tab-session.v2', '{"session": {"format": "threshold-session", broken'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('alert')).toContainText('quarantine, from sessionStorage/threshold.tab-session.v2');
  await expect(page.getByRole('button', { name: /^Resume / })).toHaveCount(0);
  expect(await recordsDbContents(page, 'quarantine')).toEqual([expect.objectContaining({ origin: 'sessionStorage/threshold.tab-session.v2', value: expect.stringContaining('broken') })]);
  await expect(tutorialOpenButton(page)).toBeVisible();
});

test('a saved screen the record’s log cannot be on opens the menu, with the attempt still resumable there', async ({ page }) => {
  await startTutorial(page);
  await choicesRegion(page).getByRole('button').first().click();
  await expect(choicesRegion(page)).toBeVisible();
  const before = await transcriptTexts(page);
  await page.evaluate(() => {
    const saved = JSON.parse(sessionStorage.getItem('threshold.tab-session.v2') ?? '{}');
    saved.session.snapshot.value = 'debrief';
    sessionStorage.setItem('threshold.tab-session.v2', JSON.stringify(saved));
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not return to where it was');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(choicesRegion(page)).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(before);
});

test('a saved screen naming a state this page does not have opens the menu with a notice, never a blank page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await startTutorial(page);
  await choicesRegion(page).getByRole('button').first().click();
  await expect(choicesRegion(page)).toBeVisible();
  await page.evaluate(() => {
    const saved = JSON.parse(sessionStorage.getItem('threshold.tab-session.v2') ?? '{}');
    saved.session.snapshot.value = 'nowhere';
    sessionStorage.setItem('threshold.tab-session.v2', JSON.stringify(saved));
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText("the session snapshot cannot be restored: State 'nowhere' does not exist");
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` }).click();
  await expect(choicesRegion(page)).toBeVisible();
  expect(errors).toEqual([]);
});
