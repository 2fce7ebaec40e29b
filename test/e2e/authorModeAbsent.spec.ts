// Author mode (npm run author) is for the dev server only: the production build the trainee gets
// holds none of its code, and no address or parameter brings it up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openStoryList, test } from './fixtures';

const distDir = join(import.meta.dirname, '..', '..', 'dist');

function builtFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? builtFiles(join(folder, entry.name)) : [join(folder, entry.name)]));
}

test('the production build holds no author mode', () => {
  const texts = builtFiles(distDir)
    .filter((file) => /\.(js|html|css)$/.test(file))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  expect(texts.length).toBeGreaterThan(0);
  // Strings only author mode's modules contain: the panel, its stylesheet, the reload event.
  for (const marker of ['author-panel', 'Jump to knot', 'threshold:story-recompiled', 'author/main.ts']) {
    expect(texts.filter(({ text }) => text.includes(marker)).map(({ file }) => file), marker).toEqual([]);
  }
});

test('no address or parameter opens author mode in the built page', async ({ page, request }) => {
  for (const path of ['/author/main.ts', '/author.html', '/src/app/author/main.ts']) {
    const response = await request.get(path);
    expect(response.ok() && (await response.text()).includes('author-panel'), path).toBe(false);
  }
  await page.goto('/?author=1&mode=author#author');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Author mode' })).toHaveCount(0);
  await openStoryList(page);
  await expect(page.getByText('Author mode')).toHaveCount(0);
});
