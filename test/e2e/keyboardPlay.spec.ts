// A trainee who uses only the keyboard plays the tutorial to its ending: Tab to reach controls,
// Enter/Space to act, arrow keys in the radio group. No mouse, no programmatic clicks.
import {
  choicesRegion,
  currentPlayScreen,
  debriefHeading,
  expect,
  firstAvailableChoice,
  isFocused,
  openStoryList,
  startTutorial,
  tabTo,
  test,
  transcriptTexts,
  tutorialOpenButton,
} from './fixtures';

test('a keyboard-only trainee plays the tutorial to its ending and sees a result', async ({ page }) => {
  test.setTimeout(240_000);
  await openStoryList(page);
  await tabTo(page, tutorialOpenButton(page));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');

  let flagged = false;
  for (let step = 0; step < 200; step++) {
    const screen = await currentPlayScreen(page);
    if (screen === 'debrief') break;
    if (screen === 'outcome') {
      await tabTo(page, page.getByRole('button', { name: 'Continue to debrief' }));
      await page.keyboard.press('Enter');
      continue;
    }
    if (screen === 'determination') {
      await tabTo(page, page.getByRole('radio').first());
      await page.keyboard.press('Space');
      await expect(page.getByRole('radio').first()).toBeChecked();
      await tabTo(page, page.getByRole('button', { name: 'Submit determination' }));
      await page.keyboard.press('Enter');
      continue;
    }
    if (screen === 'referrals') {
      const first = page.getByRole('checkbox').first();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      await expect(first).toBeChecked();
      await tabTo(page, page.getByRole('button', { name: 'Submit referrals' }));
      await page.keyboard.press('Enter');
      continue;
    }
    if (!flagged) {
      // Flag an indicator from the notebook: search, then the first match.
      const search = page.getByRole('searchbox', { name: 'Search indicators' });
      await tabTo(page, search);
      await page.keyboard.type('document');
      const firstMatch = page.getByRole('list', { name: 'Indicators' }).getByRole('button').first();
      const label = ((await firstMatch.getAttribute('aria-label')) ?? '').replace(/^Flag /, '');
      await tabTo(page, firstMatch);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: `Remove ${label}` })).toBeVisible();
      await expect(search).toBeFocused();
      flagged = true;
    }
    // The first available choice, reached backwards or forwards from wherever focus is.
    const target = firstAvailableChoice(page);
    const focusedInNotebook = await isFocused(page.getByRole('searchbox', { name: 'Search indicators' }));
    await tabTo(page, target, { backwards: focusedInNotebook });
    await page.keyboard.press('Enter');
  }

  await expect(debriefHeading(page)).toBeVisible();
  await expect(debriefHeading(page)).toBeFocused();
  await expect(page.getByRole('table', { name: 'Scores (0 to 100)' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Overall \d+$/ })).toBeVisible();
  await expect(page.getByText(/^Result: /)).toBeVisible();
  expect(flagged).toBe(true);
});

test('a number key held down makes one choice, not one per key repeat', async ({ page }) => {
  await startTutorial(page);
  const first = (await choicesRegion(page).getByRole('button').first().textContent()) ?? '';
  // A second and third keydown without a keyup are the browser's auto-repeat (event.repeat).
  await page.keyboard.down('1');
  await page.keyboard.down('1');
  await page.keyboard.down('1');
  await page.keyboard.up('1');
  await expect(page.getByRole('log').getByRole('listitem').filter({ hasText: `You: ${first}` })).toHaveCount(1);
  await expect(choicesRegion(page).getByRole('button').first()).toBeVisible();
  expect((await transcriptTexts(page)).filter((text) => text.startsWith('You: '))).toEqual([`You: ${first}`]);
});
