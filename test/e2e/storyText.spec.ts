// A trainer's text as the page shows it, whatever it holds (test/fixtures/e2e/long_rtl_story.ink):
// a word longer than a phone's screen breaks instead of widening the page, and a line or choice
// written right to left is shown in its own direction inside the left-to-right page.
import { choicesRegion, expect, startScenario, test } from './fixtures';

const TITLE = 'Long words and right-to-left lines';

test('a word longer than the screen wraps, on a phone, in the story and in a choice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await startScenario(page, TITLE);
  await expect(choicesRegion(page).getByRole('button', { name: /^example\.org\/a+$/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test('right-to-left lines and choices read right to left, left-to-right ones stay so', async ({ page }) => {
  await startScenario(page, TITLE);
  const direction = (text: string) =>
    page
      .getByText(text, { exact: true })
      .evaluate((element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr'));
  expect(await direction('"שלום, אני בסדר."')).toBe('rtl');
  expect(await direction('Dana')).toBe('ltr');
  expect(await direction('اسألها بهدوء إن كانت تريد التحدث (بمفردها)')).toBe('rtl');
  await choicesRegion(page).getByRole('button', { name: 'اسألها بهدوء إن كانت تريد التحدث (بمفردها)' }).click();
  expect(await direction('ليلى')).toBe('rtl');
  expect(await direction('"نعم."')).toBe('rtl');
});
