// Shared Playwright fixtures: every test also checks that the page made no request outside the
// preview server (the page must work offline and must not leak anything about an attempt).
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// The preview server this run started (test/playwright.config.ts).
const ALLOWED_ORIGIN = `http://127.0.0.1:${process.env.THRESHOLD_E2E_PORT ?? 4173}`;

export const test = base.extend<{ requests: string[]; otherAllowedOrigins: string[] }>({
  // A test that points the page at a server of its own (the results page's LRS) names its origin.
  otherAllowedOrigins: [[], { option: true }],
  requests: [
    async ({ page, otherAllowedOrigins }, use) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await use(requests);
      const allowed = [ALLOWED_ORIGIN, ...otherAllowedOrigins].map((origin) => `${origin}/`);
      const outside = requests.filter((url) => !allowed.some((origin) => url.startsWith(origin)) && !url.startsWith('data:') && !url.startsWith('blob:'));
      expect(outside, 'requests outside the allowed origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core over the whole page; any violation fails with its rule ids and targets. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

export async function openStoryList(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
}

/** The tutorial (stories/sample_bus_shelter.ink): short, scored, asks for both forms. */
export const TUTORIAL_TITLE = 'The last bus';

export function tutorialOpenButton(page: Page): Locator {
  return page.getByRole('button', { name: `Open ${TUTORIAL_TITLE}` });
}

export function firstOpenButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Open / }).first();
}

export function choicesRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'What do you do?' });
}

export function debriefHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1, name: /^Debrief: / });
}

export function determinationHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2, name: 'Determination' });
}

export function referralsHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 2, name: 'Referrals' });
}

export type PlayScreenKind = 'choices' | 'determination' | 'referrals' | 'outcome' | 'debrief';

/** The button under the story's outcome that leads to the debrief. */
export function continueToDebriefButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Continue to debrief' });
}

/** Waits until the page shows one of the states a play step can end in, and says which. */
export async function currentPlayScreen(page: Page): Promise<PlayScreenKind> {
  const candidates: Array<[PlayScreenKind, Locator]> = [
    ['debrief', debriefHeading(page)],
    ['determination', determinationHeading(page)],
    ['referrals', referralsHeading(page)],
    ['outcome', continueToDebriefButton(page)],
    ['choices', page.getByRole('heading', { level: 2, name: 'What do you do?' })],
  ];
  await expect(candidates.map(([, locator]) => locator).reduce((a, b) => a.or(b)).first()).toBeVisible();
  for (const [kind, locator] of candidates) if (await locator.isVisible()) return kind;
  throw new Error('no play screen visible');
}

/** Whether `locator` is the focused element. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Moves focus with Tab (or Shift+Tab) until `locator` has it; fails after `max` presses. */
export async function tabTo(page: Page, locator: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 150;
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${locator.toString()} with ${key} in ${max} presses`);
}

/** Starts the tutorial from the story list with the mouse. */
export async function startTutorial(page: Page): Promise<void> {
  await openStoryList(page);
  await tutorialOpenButton(page).click();
  await page.getByRole('button', { name: 'Start' }).click();
}

/**
 * Plays with the mouse (first available choice, first option in each form, then Continue to
 * debrief under the outcome) and calls `onScreen` once for each kind of screen the first time it
 * appears; stops at the debrief.
 */
export async function playToDebrief(page: Page, onScreen: (screen: PlayScreenKind) => Promise<void>): Promise<Set<PlayScreenKind>> {
  const seen = new Set<PlayScreenKind>();
  for (let step = 0; step < 300; step++) {
    const screen = await currentPlayScreen(page);
    if (!seen.has(screen)) {
      seen.add(screen);
      await onScreen(screen);
    }
    if (screen === 'debrief') return seen;
    if (screen === 'determination') {
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Submit determination' }).click();
    } else if (screen === 'referrals') {
      await page.getByRole('checkbox').first().check();
      await page.getByRole('button', { name: 'Submit referrals' }).click();
    } else if (screen === 'outcome') {
      await continueToDebriefButton(page).click();
    } else {
      await firstAvailableChoice(page).click();
    }
  }
  throw new Error('the story did not reach its debrief in 300 steps');
}

/** The first enabled button among the current choices. */
export function firstAvailableChoice(page: Page): Locator {
  return choicesRegion(page).getByRole('button', { disabled: false }).first();
}

/** Opens a scenario from the story list by its title and starts it. */
export async function startScenario(page: Page, title: string): Promise<void> {
  await openStoryList(page);
  await page.getByRole('button', { name: `Open ${title}` }).click();
  await page.getByRole('button', { name: 'Start' }).click();
}

/** Every item of the transcript (story lines and the trainee's own actions), as text. */
export async function transcriptTexts(page: Page): Promise<string[]> {
  return page.getByRole('log').getByRole('listitem').allTextContents();
}

/** Everything in one object store of the page's records database (`threshold-records`), as stored. */
export async function recordsDbContents(page: Page, store: 'attempts' | 'quarantine'): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('threshold-records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** A datetime-local value in the browser's (and this process's) time zone, to the second. */
export function localInput(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}
