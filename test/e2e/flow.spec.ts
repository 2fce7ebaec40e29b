// The trainee's way through a scenario, as a new user meets it: the story's outcome before the
// debrief, Back and Forward between screens, labels instead of ids, who speaks a line, number
// keys, the notebook on a desktop and on a phone, unscored stories, and a story that never ends a
// line.
import {
  choicesRegion,
  continueToDebriefButton,
  currentPlayScreen,
  debriefHeading,
  expect,
  openStoryList,
  playToDebrief,
  startScenario,
  startTutorial,
  test,
  transcriptTexts,
  tutorialOpenButton,
  TUTORIAL_TITLE,
} from './fixtures';

const STUCK_TITLE = 'A story that never ends a line';

test('the story’s outcome is shown before the debrief, which comes on “Continue to debrief”', async ({ page }) => {
  test.setTimeout(120_000);
  await startTutorial(page);
  let outcomeLines: string[] = [];
  await playToDebrief(page, async (screen) => {
    if (screen !== 'outcome') return;
    await expect(debriefHeading(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'The story ends here' })).toBeVisible();
    outcomeLines = await transcriptTexts(page);
  });
  // The tutorial's last lines say where Emil goes tonight; they were on screen before the debrief.
  expect(outcomeLines.at(-1)).toMatch(/\w/);
  expect(outcomeLines.some((line) => line.startsWith('You: Referrals: '))).toBe(true);
  await expect(debriefHeading(page)).toBeFocused();
});

test('Back and Forward move between screens and lose nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await startTutorial(page);
  await choicesRegion(page).getByRole('button').first().click();
  await expect(choicesRegion(page)).toBeVisible();
  const played = await transcriptTexts(page);

  await page.goBack();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
  expect(await transcriptTexts(page)).toEqual(played);

  await playToDebrief(page, async () => undefined);
  await page.goBack();
  await expect(continueToDebriefButton(page)).toBeVisible();
  await page.goForward();
  await expect(debriefHeading(page)).toBeVisible();
  // Back from the outcome skips the finished attempt's play screen, which cannot be gone back to:
  // the press lands on the briefing instead of doing nothing.
  await page.goBack();
  await expect(continueToDebriefButton(page)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.goForward();
  await expect(continueToDebriefButton(page)).toBeVisible();
  await page.goForward();
  await expect(debriefHeading(page)).toBeVisible();
});

test('moods and feedback read as words, never as ids', async ({ page }) => {
  test.setTimeout(120_000);
  await startScenario(page, 'Airport: a one-way holiday');
  await page.getByRole('button', { name: /^Tell her to go back to her father/ }).click();
  await page.getByRole('button', { name: /^Ask her again, in front of them/ }).click();
  const log = page.getByRole('log');
  await expect(log).toContainText('Mira (shut down)');
  await expect(log).not.toContainText('shut_down');

  await page.getByRole('button', { name: 'Exit to menu' }).click();
  await page.getByRole('button', { name: 'Open Room 214' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await playToDebrief(page, async () => undefined);
  // The first referral on the form is medical care; its practice note is part of the feedback.
  const debrief = page.getByRole('main');
  await expect(debrief).toContainText('Never let the suspected controller escort');
  await expect(debrief).not.toContainText('(condition');
  await expect(debrief).not.toContainText('`');
});

test('a line that opens with narration is not put in a speaker’s mouth', async ({ page }) => {
  await startTutorial(page);
  await page.getByRole('button', { name: /^Crouch down to his level/ }).click();
  await page.getByRole('button', { name: /^Ask Emil, there and then/ }).click();
  const line = page.getByRole('log').getByRole('listitem').filter({ hasText: 'looks at Viktor before he answers' });
  await expect(line).toHaveText(/^Emil looks at Viktor before he answers\. "Yes\./);
  // A line that opens with the spoken words still names its speaker.
  await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: 'Is this your uncle?' })).toHaveText(/^You: "Emil, is this your uncle\?/);
});

test('number keys 1–9 choose, and the screen says so', async ({ page }) => {
  await startTutorial(page);
  await expect(choicesRegion(page)).toContainText('Press a number key');
  const second = (await choicesRegion(page).getByRole('button').nth(1).textContent()) ?? '';
  await page.keyboard.press('2');
  await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: `You: ${second}` })).toHaveCount(1);
  // Typing a digit into the notebook's search does not choose.
  const before = await transcriptTexts(page);
  await page.getByRole('searchbox', { name: 'Search indicators' }).fill('');
  await page.getByRole('searchbox', { name: 'Search indicators' }).press('1');
  expect(await transcriptTexts(page)).toEqual(before);
});

test('on a desktop the notebook stays in view as the story grows', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await startTutorial(page);
  for (let step = 0; step < 6 && (await currentPlayScreen(page)) === 'choices'; step++) {
    await choicesRegion(page).getByRole('button', { disabled: false }).first().click();
  }
  await page.mouse.wheel(0, 5000);
  await expect(page.getByRole('heading', { level: 2, name: 'Notebook' })).toBeInViewport();
  await expect(page.getByRole('searchbox', { name: 'Search indicators' })).toBeInViewport();
});

test('on a phone the notebook is one step away', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await startTutorial(page);
  await expect(page.getByRole('searchbox', { name: 'Search indicators' })).toBeHidden();
  await page.mouse.wheel(0, 3000);
  await page.getByRole('button', { name: 'Notebook' }).click();
  const search = page.getByRole('searchbox', { name: 'Search indicators' });
  await expect(search).toBeInViewport();
  await expect(search).toBeFocused();
  await search.fill('document');
  await page.getByRole('list', { name: 'Indicators' }).getByRole('button').first().click();
  await expect(page.getByRole('button', { name: /^Remove / })).toBeInViewport();
  await page.getByRole('button', { name: 'Close notebook' }).click();
  await expect(choicesRegion(page)).toBeVisible();
  // Escape closes it too, and gives focus back to the button that opened it.
  await page.getByRole('button', { name: 'Notebook' }).click();
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await expect(page.getByRole('button', { name: 'Notebook' })).toBeFocused();
});

test('on a phone at the largest text size the play controls wrap instead of running off the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await startTutorial(page);
  await page.getByRole('combobox', { name: /text size/i }).selectOption({ label: 'Largest' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  for (const name of ['Notebook', 'Pause', 'Exit to menu']) {
    const control = page.getByRole('button', { name, exact: true });
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport({ ratio: 1 });
  }
});

test('an unscored story shows no notebook and no forms; a story stuck in a loop stops with an error naming story and knot', async ({ page }) => {
  await startScenario(page, STUCK_TITLE);
  await expect(choicesRegion(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notebook' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search indicators' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Notebook' })).toHaveCount(0);

  await choicesRegion(page).getByRole('button').first().click();
  const notice = page.getByRole('alert');
  await expect(notice).toContainText(`${STUCK_TITLE} stopped with an error`);
  await expect(notice).toContainText('test/fixtures/e2e/stuck_story.ink');
  await expect(notice).toContainText("knot 'corridor'");
  // The menu keeps working.
  await tutorialOpenButton(page).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(choicesRegion(page)).toBeVisible();
});

test('the story list still opens after a reload on the menu', async ({ page }) => {
  await openStoryList(page);
  await page.reload();
  await expect(tutorialOpenButton(page)).toBeVisible();
});

test('an unscored story’s outcome promises no result: its debrief is what happened', async ({ page }) => {
  await startScenario(page, 'Long words and right-to-left lines');
  await choicesRegion(page).getByRole('button').first().click();
  const outcome = page.getByRole('region', { name: 'The story ends here' });
  await expect(outcome).toContainText('This scenario is unscored: the debrief shows what happened');
  await expect(outcome).not.toContainText('your result');
  await outcome.getByRole('button', { name: 'Continue to debrief' }).click();
  await expect(page.getByText('This scenario is unscored, so there is no result.')).toBeVisible();
});
