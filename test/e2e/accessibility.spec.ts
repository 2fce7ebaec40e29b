// axe-core on every screen a trainee meets: list, briefing, a play step, the pause dialog, both
// forms, the outcome and the debrief.
import {
  expect,
  expectNoAxeViolations,
  firstAvailableChoice,
  openStoryList,
  playToDebrief,
  startTutorial,
  test,
  tutorialOpenButton,
} from './fixtures';

test('no axe violations on the story list and the briefing', async ({ page }) => {
  await openStoryList(page);
  await expectNoAxeViolations(page, 'the story list');
  await tutorialOpenButton(page).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expectNoAxeViolations(page, 'the briefing');
});

test('no axe violations on a play step and the pause dialog', async ({ page }) => {
  await startTutorial(page);
  await firstAvailableChoice(page).click();
  await expect(firstAvailableChoice(page)).toBeVisible();
  await expectNoAxeViolations(page, 'a play step');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
  await expectNoAxeViolations(page, 'the pause dialog');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('no axe violations on the determination form, the referral form, the outcome and the debrief', async ({ page }) => {
  test.setTimeout(240_000);
  await startTutorial(page);
  const seen = await playToDebrief(page, async (screen) => {
    if (screen !== 'choices') await expectNoAxeViolations(page, `the ${screen} screen`);
  });
  expect([...seen].sort()).toEqual(['choices', 'debrief', 'determination', 'outcome', 'referrals']);
});
