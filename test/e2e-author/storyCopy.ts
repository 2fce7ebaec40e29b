// The story the author-mode browser tests edit: a copy of the tutorial (stories/sample_bus_shelter.ink)
// with its own id and title, plus an INCLUDEd file of its own, in test/.author-e2e/ (git-ignored).
// The dev server lists it through THRESHOLD_E2E_EXTRA_STORIES, so no shipped story is ever edited.
// Run as a script, it writes the copy afresh (the Playwright config does that before starting the
// server); the tests import the paths and texts to edit and restore it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Repo-relative paths, as the dev server's messages name them. */
export const COPY_PATH = 'test/.author-e2e/author_copy.ink';
export const INCLUDE_PATH = 'test/.author-e2e/author_notes.ink';
export const COPY_TITLE = 'The last bus (author test copy)';

/** The copy's text: the tutorial with a new header id and title, INCLUDEs pointing back at stories/common. */
export function copyText(): string {
  const tutorial = readFileSync(join(repoRoot, 'stories/sample_bus_shelter.ink'), 'utf8');
  const text = tutorial
    .replace(/^# id: .*$/m, '# id: author_test_copy')
    .replace(/^# title: .*$/m, `# title: ${COPY_TITLE}`)
    .replace(/^INCLUDE common\//gm, 'INCLUDE ../../stories/common/')
    .replace(/^(INCLUDE \.\.\/\.\.\/stories\/common\/closing\.ink)$/m, '$1\nINCLUDE author_notes.ink');
  if (!text.includes('INCLUDE author_notes.ink')) throw new Error('storyCopy: the tutorial no longer INCLUDEs common/closing.ink');
  return text;
}

/** The INCLUDEd file: a knot the tutorial's shelter scene could divert to (nothing does). */
export const INCLUDE_TEXT = `// Included by the author-mode test copy only.
=== author_notes ===
The note is blank. # speaker: Narrator
-> END
`;

export function writeCopy(): void {
  mkdirSync(join(repoRoot, 'test/.author-e2e'), { recursive: true });
  writeFileSync(join(repoRoot, COPY_PATH), copyText());
  writeFileSync(join(repoRoot, INCLUDE_PATH), INCLUDE_TEXT);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeCopy();
