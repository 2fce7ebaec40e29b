// Author mode in a real Chromium against the dev server in author mode (test/playwright.author.config.ts).
// The story edited on disk is a copy in test/.author-e2e/ (storyCopy.ts), written back after each test.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { COPY_PATH, COPY_TITLE, INCLUDE_PATH, repoRoot, writeCopy } from './storyCopy';

const copyFile = join(repoRoot, COPY_PATH);
const includeFile = join(repoRoot, INCLUDE_PATH);

/** Rewrites the copy on disk with `edit` applied (the dev server sees the save). */
function editCopy(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(file, after);
}

/** The 1-based line of the first line starting with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(start));
  if (index < 0) throw new Error(`no line starts with '${start}'`);
  return index + 1;
}

function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Author mode' });
}

/** The value the panel shows for a term (a score or an interview number). */
function value(page: Page, term: string): Locator {
  return panel(page).locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

async function startCopy(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: `Open ${COPY_TITLE}` }).click();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('region', { name: 'What do you do?' })).toBeVisible();
}

test.afterEach(() => writeCopy());

test('author mode shows each line’s and choice’s tags, the interview, the indicators shown and the running score', async ({ page }) => {
  await startCopy(page);
  const lines = panel(page).locator('.author-lines > li');
  await expect(lines.filter({ hasText: 'His phone lights up' })).toContainText('# sfx: phone_buzz');
  await expect(lines.filter({ hasText: 'His phone lights up' })).toContainText('# indicator: fearful_demeanour');
  await expect(lines.filter({ hasText: 'rain drums on the roof' })).toContainText('# phase: engage_explain');
  const choices = panel(page).locator('.author-choices > li');
  await expect(choices.filter({ hasText: 'Read the timetable' })).toContainText('# hotspot: timetable');
  await expect(choices.filter({ hasText: 'Crouch down to his level' })).toContainText('# q: rapport_building');

  await expect(value(page, 'Phase')).toHaveText('engage_explain');
  await expect(value(page, 'Rapport')).toHaveText('0');
  await expect(panel(page).getByRole('region', { name: 'Indicators shown' })).toContainText('fearful_demeanour');
  for (const competency of ['Victim identification', 'Trauma-informed questioning', 'Referral', 'Overall']) await expect(value(page, competency)).toHaveText(/^\d+$/);

  // A harmful question moves the running score and the interview as it is made.
  const questioning = await value(page, 'Trauma-informed questioning').textContent();
  await page.getByRole('button', { name: /^Tell him that kids out alone/ }).click();
  await expect(value(page, 'Trauma-informed questioning')).not.toHaveText(questioning ?? '');
  await expect(value(page, 'Rapport')).toHaveText(/^-\d+$/);

  // Jump to knot: a fresh attempt from that knot, marked as not a trainee attempt.
  await panel(page).getByRole('button', { name: 'Jump to knot car' }).click();
  await expect(panel(page).getByRole('note')).toContainText('Started at knot car: not a trainee attempt');
  await expect(page.getByRole('log')).not.toContainText('rain drums on the roof');
  await expect(page.getByRole('log')).toContainText('The heater ticks');
});

test('saving the story file reloads it in the page at the same point, and restarts saying why when it cannot', async ({ page }) => {
  await startCopy(page);
  await page.getByRole('button', { name: /^Crouch down to his level/ }).click();
  await expect(page.getByRole('log')).toContainText('Headlights sweep across the shelter');
  // Swapped in place through Vite's HMR: the page itself is never reloaded.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  editCopy(copyFile, (text) => text.replace('Headlights sweep across the shelter.', 'Blue headlights sweep across the shelter.'));
  await expect(page.getByRole('log')).toContainText('Blue headlights sweep across the shelter');
  await expect(panel(page).getByRole('status')).toContainText('reloaded at the same point (1 input replayed)');
  await expect(page.getByRole('button', { name: /^Say that you need a few minutes with Emil/ })).toBeVisible();

  editCopy(copyFile, (text) => text.replace('[Crouch down to his level', '[Kneel down to his level'));
  await expect(panel(page).getByRole('status')).toContainText("restarted at the start, because the choice 'Crouch down to his level");
  await expect(page.getByRole('button', { name: /^Kneel down to his level/ })).toBeVisible();
  await expect(page.getByRole('log')).not.toContainText('Blue headlights');
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('errors show at once in an overlay naming file and line, for the story and its INCLUDE, and go when fixed', async ({ page }) => {
  await startCopy(page);
  const overlay = page.getByRole('alert', { name: /errors? in the stories$/ });
  await expect(overlay).toBeHidden();

  let tagLine = 0;
  let braceLine = 0;
  editCopy(copyFile, (text) => {
    const broken = text
      .replace(/^(Emil is on his feet.*)$/m, '$1\nHe glances at the van. # indicator: not_a_real_indicator')
      .replace(/^(=== car ===)$/m, '$1\n{ unclosed brace here');
    tagLine = lineOf(broken, 'He glances at the van.');
    braceLine = lineOf(broken, '{ unclosed brace here');
    return broken;
  });
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('heading', { level: 2 })).toHaveText('2 errors in the stories');
  await expect(overlay).toContainText(`${COPY_PATH}:${tagLine}: indicator: unknown indicator 'not_a_real_indicator'`);
  await expect(overlay).toContainText(`${COPY_PATH}:${braceLine}: Expected some kind of logic`);
  // The page keeps playing the last version that compiled.
  await expect(page.getByRole('button', { name: /^Crouch down to his level/ })).toBeVisible();
  // The overlay hides none of the page: every control can still be clicked (the page scrolls its
  // end above the box), here in another story while this one stays broken.
  await page.getByRole('button', { name: 'Exit to menu' }).click();
  await page.getByRole('button', { name: 'Open The last bus', exact: true }).click({ timeout: 5_000 });
  await page.getByRole('button', { name: 'Start', exact: true }).click({ timeout: 5_000 });
  await page.getByRole('region', { name: 'What do you do?' }).getByRole('button').last().click({ timeout: 5_000 });

  writeCopy();
  await expect(overlay).toBeHidden();

  editCopy(includeFile, (text) => text.replace('The note is blank.', '{ the note is torn'));
  await expect(overlay).toContainText(`${INCLUDE_PATH}:3: Expected some kind of logic`);
  writeCopy();
  await expect(overlay).toBeHidden();
});

test('the panel lists the story’s warnings with file and line as a save brings them, and drops them when fixed', async ({ page }) => {
  await startCopy(page);
  const warnings = panel(page).getByRole('region', { name: /^Warnings/ });
  const CHOICE = '* [Ask him to tell you more about the car wash';
  let choiceLine = 0;
  editCopy(copyFile, (text) => {
    const untagged = text.replace(`${CHOICE} # q: open_followup]`, `${CHOICE}]`);
    choiceLine = lineOf(untagged, CHOICE);
    return untagged;
  });
  const warning = warnings.getByText(`${COPY_PATH}:${choiceLine}: warning: this choice in the free_account phase has no 'q' tag`);
  await expect(warning).toBeVisible();
  // A warning is not an error: the story plays on, with no overlay.
  await expect(page.getByRole('alert', { name: /errors? in the stories$/ })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Crouch down to his level/ })).toBeVisible();

  writeCopy();
  await expect(warning).toBeHidden();
});
