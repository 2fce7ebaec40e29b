// The game layer in a real Chromium against the production build: the scene picture with its
// hotspots (mouse and keyboard give the same result), portraits, sound with captions and settings,
// the debrief's chart, feedback links and timeline, small screens, and story text that looks like
// HTML. Every screen is saved as a screenshot under test-results/ for people to look at.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  choicesRegion,
  currentPlayScreen,
  debriefHeading,
  expect,
  expectNoAxeViolations,
  firstAvailableChoice,
  isFocused,
  openStoryList,
  playToDebrief,
  startTutorial,
  tabTo,
  test,
  TUTORIAL_TITLE,
} from './fixtures';

const SCENE_SIZE = { width: 1280, height: 720 };

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/** Waits until the scene's canvas is drawn (the loading bar is gone and Phaser's canvas is in place). */
async function sceneReady(page: Page): Promise<void> {
  await expect(page.locator('.stage-canvas canvas')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Loading the scene' })).toBeHidden();
}

/** Clicks a point of the 1280×720 scene picture on the canvas, wherever the page has scaled it. */
async function clickScene(page: Page, x: number, y: number): Promise<void> {
  const canvas = page.locator('.stage-canvas canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the scene canvas has no box');
  await page.mouse.click(box.x + (x / SCENE_SIZE.width) * box.width, box.y + (y / SCENE_SIZE.height) * box.height);
}

function storyLines(page: Page) {
  return page.getByRole('log').getByRole('listitem');
}

test('the scene shows the location, a portrait of who speaks, and sound captions', async ({ page }) => {
  await openStoryList(page);
  // Nothing about sound is even loaded on the menu: Howler arrives with the first scenario.
  expect(await page.evaluate(() => 'Howler' in window)).toBe(false);
  await screenshot(page, 'menu');
  await page.getByRole('button', { name: `Open ${TUTORIAL_TITLE}` }).click();
  await screenshot(page, 'briefing');
  await page.getByRole('button', { name: 'Start' }).click();
  await sceneReady(page);
  await expect(page.getByText(/bus shelter on a ring road at night/)).toBeVisible();
  await expect(page.locator('.stage-captions')).toContainText('Rain drums on the roof.');
  await expect(storyLines(page).filter({ hasText: '[Rain drums on the roof.]' }).first()).toBeVisible();
  await screenshot(page, 'scene-bus-shelter');
  // Play until someone other than the trainee speaks: their portrait appears with a text alternative.
  for (let step = 0; step < 20 && (await page.getByRole('img', { name: /^Emil, / }).count()) === 0; step++) {
    await firstAvailableChoice(page).click();
  }
  await expect(page.getByRole('img', { name: /^Emil, / })).toBeVisible();
  await screenshot(page, 'scene-portrait');
});

test('a hotspot inspected with the mouse in the picture does what its button does with the keyboard', async ({ page }) => {
  const hotspotChoice = 'Read the timetable on the shelter wall';
  // Keyboard: Tab to the choice button, Enter.
  await startTutorial(page);
  await sceneReady(page);
  await tabTo(page, choicesRegion(page).getByRole('button', { name: hotspotChoice }));
  await page.keyboard.press('Enter');
  await expect(choicesRegion(page).getByRole('button', { name: hotspotChoice })).toHaveCount(0);
  const byKeyboard = await storyLines(page).allTextContents();
  // A fresh attempt: the unfinished one is discarded (it would be resumed, not restarted).
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: `Discard the attempt in progress at ${TUTORIAL_TITLE}` }).click();
  await expect(page.getByRole('button', { name: `Resume ${TUTORIAL_TITLE}` })).toHaveCount(0);

  // Mouse: the timetable's place in the picture (assets/scenes/bus_shelter.json).
  await page.getByRole('button', { name: `Open ${TUTORIAL_TITLE}` }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await sceneReady(page);
  await clickScene(page, 820, 325);
  await expect(choicesRegion(page).getByRole('button', { name: hotspotChoice })).toHaveCount(0);
  expect(await storyLines(page).allTextContents()).toEqual(byKeyboard);
  await screenshot(page, 'scene-after-hotspot');
});

test('flagging an indicator found by an everyday word puts it in the notebook', async ({ page }) => {
  await startTutorial(page);
  const search = page.getByRole('searchbox', { name: 'Search indicators' });
  await search.fill('debt');
  const results = page.getByRole('list', { name: 'Indicators' }).getByRole('button');
  await expect(results.first()).toHaveAccessibleName('Flag Debt bondage');
  await results.first().click();
  await expect(page.getByRole('button', { name: 'Remove Debt bondage' })).toBeVisible();
  await search.fill('minor');
  await expect(page.getByRole('list', { name: 'Indicators' }).getByRole('button', { name: 'Flag Child in an exploitative setting' })).toBeVisible();
  await screenshot(page, 'notebook');
});

test('reloading mid-scene resumes on the same line with the same scene', async ({ page }) => {
  await startTutorial(page);
  await sceneReady(page);
  await firstAvailableChoice(page).click();
  await firstAvailableChoice(page).click();
  const lastLine = await storyLines(page).last().textContent();
  await page.reload();
  // The saved session comes back on the same screen.
  await sceneReady(page);
  await expect(page.getByText(/bus shelter on a ring road at night/)).toBeVisible();
  await expect(storyLines(page).last()).toHaveText(lastLine ?? '');
  await screenshot(page, 'scene-resumed');
});

test('mute, volume and captions are settings that stick, and sound waits for a gesture', async ({ page }) => {
  await startTutorial(page);
  await sceneReady(page);
  // The Start click was the gesture: the ambience plays through Howler's Web Audio context.
  await expect.poll(() => page.evaluate(() => (window as unknown as { Howler: { ctx: AudioContext } }).Howler.ctx.state)).toBe('running');
  await page.getByText('Sound and display').click();
  await screenshot(page, 'settings');
  await expectNoAxeViolations(page, 'settings panel');
  await page.getByRole('checkbox', { name: 'Mute sound' }).check();
  expect(await page.evaluate(() => (window as unknown as { Howler: { _muted: boolean } }).Howler._muted)).toBe(true);
  await page.getByRole('slider', { name: 'Volume' }).fill('30');
  expect(await page.evaluate(() => (window as unknown as { Howler: { volume(): number } }).Howler.volume())).toBeCloseTo(0.3);
  await page.getByRole('checkbox', { name: 'Show captions for sounds' }).uncheck();
  await expect(page.locator('.stage-captions')).toBeHidden();
  await page.getByRole('checkbox', { name: 'High contrast' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await screenshot(page, 'high-contrast');
  await page.reload();
  await page.getByText('Sound and display').click();
  await expect(page.getByRole('checkbox', { name: 'Mute sound' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Show captions for sounds' })).not.toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
});

test('reduced motion is a setting the scene follows', async ({ page }) => {
  await openStoryList(page);
  await page.getByText('Sound and display').click();
  await page.getByRole('checkbox', { name: 'Reduce motion' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
  await page.getByRole('button', { name: `Open ${TUTORIAL_TITLE}` }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await sceneReady(page);
  await screenshot(page, 'scene-reduced-motion');
});

test('the debrief shows a chart with a table, grouped feedback linked to its moment, and a timeline', async ({ page }) => {
  test.setTimeout(180_000);
  await startTutorial(page);
  await playToDebrief(page, async () => undefined);
  await expect(debriefHeading(page)).toBeVisible();
  await expect(page.locator('svg.score-chart')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scores (0 to 100)' })).toBeVisible();
  for (const heading of [/^Done well/, /^Missed/, /^To do differently/]) await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline of the attempt' })).toBeVisible();
  await expect(page.locator('.timeline li').first()).toBeVisible();
  await screenshot(page, 'debrief');
  await expectNoAxeViolations(page, 'debrief with chart and timeline');
  const link = page.getByRole('button', { name: 'Show this moment' }).first();
  await link.click();
  const review = page.getByRole('dialog', { name: 'Review of the attempt' });
  await expect(review).toBeVisible();
  await expect(review.locator('[aria-current="true"]')).toBeFocused();
  await screenshot(page, 'debrief-review');
  await expectNoAxeViolations(page, 'transcript review');
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(link).toBeFocused();
  await page.getByRole('button', { name: 'Play this scenario again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TUTORIAL_TITLE })).toBeVisible();
});

test.describe('on a 375×667 phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  async function noHorizontalOverflow(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  }

  test('nothing overflows and the choices, the notebook and pause are reachable', async ({ page }) => {
    await openStoryList(page);
    await noHorizontalOverflow(page);
    await screenshot(page, 'phone-menu');
    await page.getByRole('button', { name: `Open ${TUTORIAL_TITLE}` }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await sceneReady(page);
    await noHorizontalOverflow(page);
    await screenshot(page, 'phone-scene');
    for (const control of [firstAvailableChoice(page), page.getByRole('button', { name: 'Notebook' }), page.getByRole('button', { name: 'Pause' })]) {
      await control.scrollIntoViewIfNeeded();
      await expect(control).toBeInViewport();
    }
    // The notebook is one step away on a phone, and the scene does not push it off the screen.
    await page.getByRole('button', { name: 'Notebook' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search indicators' })).toBeInViewport();
    await noHorizontalOverflow(page);
    await page.getByRole('button', { name: 'Close notebook' }).click();
    await page.getByText('Sound and display').click();
    await noHorizontalOverflow(page);
    await expect(page.getByRole('checkbox', { name: 'Mute sound' })).toBeInViewport();
    await page.getByText('Sound and display').click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await screenshot(page, 'phone-pause');
    await page.getByRole('button', { name: 'Resume' }).click();
    await noHorizontalOverflow(page);
  });
});

test('story text and choices that look like HTML are shown literally and never run', async ({ page }) => {
  const payload = '<img src=x onerror=window.__pwned=1><script>window.__pwned=2</script><b>bold</b>';
  // The tutorial's story chunk is served with its first line and a hotspot choice replaced (no
  // quotes in the payload, so it survives the JSON-in-JS escaping unchanged).
  await page.route(/\/assets\/sample_bus_shelter-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text())
      .replace('It is a quarter to midnight on the ring road', payload)
      .replace('Read the timetable on the shelter wall', `<button onclick=window.__pwned=3>${payload}`);
    await route.fulfill({ response, body });
  });
  await startTutorial(page);
  await sceneReady(page);
  await expect(storyLines(page).filter({ hasText: payload }).first()).toBeVisible();
  await expect(choicesRegion(page).getByRole('button', { name: `<button onclick=window.__pwned=3>${payload}` })).toBeVisible();
  await expect(page.getByRole('log').locator('img, script, b')).toHaveCount(0);
  await screenshot(page, 'html-literal');
  // The hotspot's label in the picture is canvas text: hover it, then use it.
  await clickScene(page, 820, 325);
  await expect(storyLines(page).filter({ hasText: `<button onclick=window.__pwned=3>${payload}` }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

// One test per shipped scenario (titles read from stories/*.ink), so they run in parallel and each
// has its own time budget.
const shippedTitles = readdirSync(join(import.meta.dirname, '../../stories'))
  .filter((name) => name.endsWith('.ink'))
  .flatMap((name) => /^#\s*title:\s*(.+)$/m.exec(readFileSync(join(import.meta.dirname, '../../stories', name), 'utf8'))?.[1]?.trim() ?? []);

test('the keyboard-only tests below cover every shipped scenario', async ({ page }) => {
  await openStoryList(page);
  const names = await page.getByRole('button', { name: /^Open / }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
  // The test build may add fixture stories (THRESHOLD_E2E_EXTRA_STORIES); every shipped one is listed.
  expect(shippedTitles.length).toBeGreaterThanOrEqual(9);
  expect(names).toEqual(expect.arrayContaining(shippedTitles.map((title) => `Open ${title}`)));
});

for (const title of shippedTitles) {
  test(`${title}: plays to its debrief with the keyboard alone`, async ({ page }) => {
    test.setTimeout(300_000);
    await openStoryList(page);
    await tabTo(page, page.getByRole('button', { name: `Open ${title}`, exact: true }), { max: 400 });
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Start' }));
    await page.keyboard.press('Enter');
    await sceneReady(page);
    await screenshot(page, 'scene');
    for (let step = 0; step < 300; step++) {
      const screen = await currentPlayScreen(page);
      if (screen === 'debrief') break;
      if (screen === 'outcome') {
        await tabTo(page, page.getByRole('button', { name: 'Continue to debrief' }), { max: 400 });
        await page.keyboard.press('Enter');
        continue;
      }
      if (screen === 'determination' || screen === 'referrals') {
        // The first option of the form (the referral checkboxes are in the action area, not the settings).
        const option = screen === 'determination' ? page.getByRole('radio').first() : page.locator('.action-area').getByRole('checkbox').first();
        await tabTo(page, option, { max: 400 });
        await page.keyboard.press('Space');
        await tabTo(page, page.getByRole('button', { name: screen === 'determination' ? 'Submit determination' : 'Submit referrals' }), { max: 400 });
        await page.keyboard.press('Enter');
        continue;
      }
      const backwards = await isFocused(page.getByRole('searchbox', { name: 'Search indicators' }));
      await tabTo(page, firstAvailableChoice(page), { backwards, max: 400 });
      await page.keyboard.press('Enter');
    }
    await expect(debriefHeading(page)).toBeVisible();
    await screenshot(page, 'debrief');
  });
}
