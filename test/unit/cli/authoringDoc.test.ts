// docs/authoring.md is the trainer's guide: its tag reference is generated from the vocabulary and
// the taxonomy and must not be stale, and every ```ink example in it must compile as written.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTagReference } from '../../../src/cli/docs/tagReference';
import { compileStory } from '../../../src/content/compile';
import { formatDiagnostic } from '../../../src/content/types';
import { TAG_KEYS } from '../../../src/content/tagVocabulary';
import { repoRoot } from '../content/helpers';

const guide = readFileSync(join(repoRoot, 'docs', 'authoring.md'), 'utf8');

/** The ```ink blocks of a markdown text, with the line each starts on (indentation removed). */
function inkExamples(markdown: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ink\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j]!)) body.push(lines[j++]!.slice(indent));
    found.push({ line: i + 1, text: `${body.join('\n')}\n` });
    i = j;
  }
  return found;
}

describe('docs/authoring.md', () => {
  it('has the tag reference the vocabulary and taxonomy generate (run `npm run stories -- sync-docs` if not)', () => {
    expect(withTagReference(guide)).toBe(guide);
  });

  it('documents every tag key', () => {
    for (const key of TAG_KEYS) expect(guide, key).toContain(`| \`${key}\` |`);
  });

  it('has ink examples, and every one compiles as written', () => {
    const examples = inkExamples(guide);
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const common = Object.fromEntries(
      readdirSync(join(repoRoot, 'stories', 'common')).map((name) => [`stories/common/${name}`, readFileSync(join(repoRoot, 'stories', 'common', name), 'utf8')]),
    );
    const failures = examples.flatMap((example) => {
      const result = compileStory('stories/example.ink', (path) => (path === 'stories/example.ink' ? example.text : common[path]));
      return result.ok ? [] : result.errors.map((error) => `docs/authoring.md:${example.line}: ${formatDiagnostic(error)}`);
    });
    expect(failures).toEqual([]);
  });
});
