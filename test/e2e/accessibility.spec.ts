// axe-core on every screen a trainee meets: list, briefing, a play step, both forms, the debrief.
import {
  choicesRegion,
  currentPlayScreen,
  expect,
  expectNoAxeViolations,
  tutorialOpenButton,
  openStoryList,
  test,
  type PlayScreenKind,
} from './fixtures';

test('no axe violations on the list, briefing, play, forms and debrief', async ({ page }) => {
  await openStoryList(page);
  await expectNoAxeViolations(page, 'the story list');

  await tutorialOpenButton(page).click();
  await expectNoAxeViolations(page, 'the briefing');
  await page.getByRole('button', { name: 'Start' }).click();

  const checked = new Set<PlayScreenKind>();
  for (let step = 0; step < 200; step++) {
    const screen = await currentPlayScreen(page);
    if (!checked.has(screen)) {
      await expectNoAxeViolations(page, `the ${screen} screen`);
      checked.add(screen);
    }
    if (screen === 'debrief') break;
    if (screen === 'determination') {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Submit determination' }).click();
    } else if (screen === 'referrals') {
      await page.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Submit referrals' }).click();
    } else {
      if (step === 1) {
        await page.getByRole('button', { name: 'Pause' }).click();
        await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
        await expectNoAxeViolations(page, 'the pause dialog');
        await page.getByRole('button', { name: 'Resume' }).click();
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
      const choices = choicesRegion(page).getByRole('button');
      const count = await choices.count();
      let chosen = false;
      for (let i = 0; i < count && !chosen; i++) {
        if (await choices.nth(i).isEnabled()) {
          await choices.nth(i).click();
          chosen = true;
        }
      }
      expect(chosen, 'an available choice').toBe(true);
    }
  }
  expect([...checked].sort()).toEqual(['choices', 'debrief', 'determination', 'referrals']);
});
