// Test helper: compile an inline Ink string into a Scenario by hand, the house style for engine
// tests (like inkjs's own specs). `INCLUDE common/<file>.ink` resolves to the real shared includes
// in stories/common, so tests exercise the lists and tunnels scenarios actually use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Compiler, CompilerOptions, JsonFileHandler } from 'inkjs/full';
import type { AnswerKey, Scenario } from '../../../src/content/types';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

const commonFiles = ['threshold.ink', 'forms.ink', 'closing.ink', 'interpreter.ink'];

function includes(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of commonFiles) {
    try {
      files[`common/${name}`] = readFileSync(join(repoRoot, 'stories', 'common', name), 'utf8');
    } catch {
      // An include that does not exist yet simply cannot be used by a test.
    }
  }
  return files;
}

const compiled = new Map<string, string>();

/** Compile Ink source to runtime JSON (once per source), failing loudly with the compiler's messages. */
export function compileInk(source: string): string {
  const cached = compiled.get(source);
  if (cached !== undefined) return cached;
  const options = new CompilerOptions(null, [], false, null, new JsonFileHandler(includes()));
  const compiler = new Compiler(source, options);
  const story = compiler.Compile();
  if (compiler.errors.length > 0) throw new Error(`inline Ink does not compile:\n${compiler.errors.join('\n')}`);
  const json = story.ToJson();
  if (typeof json !== 'string') throw new Error('inline Ink: compiler produced no JSON');
  compiled.set(source, json);
  return json;
}

export const defaultAnswerKey: AnswerKey = {
  determinations: ['potential_victim_labour'],
  referralsRequired: ['victim_service_ngo'],
  referralsHarmful: ['immigration_detention'],
  referralsUnnecessary: [],
  conditions: [],
};

export interface InlineScenarioOptions {
  id?: string;
  /** null for an unscored story; defaults to a small labour-trafficking key. */
  answerKey?: AnswerKey | null;
  taggedIndicators?: string[];
}

export function inlineScenario(source: string, options: InlineScenarioOptions = {}): Scenario {
  const id = options.id ?? 'inline_test';
  return {
    meta: {
      id,
      title: id,
      summary: 'An inline test story.',
      forms: [],
      contentWarnings: [],
      objectives: [],
      source: `test/${id}.ink`,
    },
    answerKey: options.answerKey === undefined ? defaultAnswerKey : options.answerKey,
    scoring: {},
    taggedIndicators: options.taggedIndicators ?? [],
    storyJson: compileInk(source),
    warnings: [],
  };
}
