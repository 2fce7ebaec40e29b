// Seeded broken variants of the shipped stories (mutants.ts), compiled as the quick
// check and the build compile them and, when they compile, played headless: nothing crashes,
// nothing hangs (the runaway guard bounds every line), and every message a trainer would read
// names a file and a line, once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileStory } from '../../../src/content/compile';
import { locateInkPath } from '../../../src/content/inkLocation';
import type { SourceReader } from '../../../src/content/includes';
import { decodeSource } from '../../../src/content/sourceText';
import { formatDiagnostic } from '../../../src/content/types';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { runnerErrorIn } from '../../../src/cli/locateDiagnostics';
import { repoRoot } from '../content/helpers';
import { mutants } from './mutants';

function shippedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['stories', 'stories/common']) {
    for (const name of readdirSync(join(repoRoot, folder)).filter((entry) => entry.endsWith('.ink'))) {
      files[`${folder}/${name}`] = readFileSync(join(repoRoot, folder, name), 'utf8');
    }
  }
  return files;
}

/** Every problem found in `count` mutants from `seed` (empty when all is well). */
export function fuzzProblems(count: number, seed: number): string[] {
  const files = shippedFiles();
  const roots = Object.keys(files).filter((path) => !path.startsWith('stories/common/'));
  // A broken include is compiled through the smallest root story that INCLUDEs it: compiling is
  // most of a mutant's cost (inkjs compiles the root and every include), and which root carries the
  // include does not change what the include's own errors say (a root that does not include it
  // would not test the mutant at all).
  const bySize = [...roots].sort((a, b) => files[a]!.length - files[b]!.length);
  const rootFor = (include: string): string => bySize.find((root) => files[root]!.includes(`INCLUDE ${include.slice('stories/'.length)}`)) ?? bySize[0]!;
  const problems: string[] = [];
  for (const mutant of mutants(files, count, seed)) {
    const read: SourceReader = (path) => {
      if (path !== mutant.file) return files[path];
      const decoded = decodeSource(mutant.bytes);
      return decoded.ok ? decoded.text : { unreadable: decoded.reason, line: decoded.line };
    };
    const root = mutant.file.startsWith('stories/common/') ? rootFor(mutant.file) : mutant.file;
    const label = `mutant ${mutant.seed} (${mutant.mutation} in ${mutant.file})`;
    let result;
    try {
      result = compileStory(root, read);
    } catch (error) {
      problems.push(`${label}: compile crashed: ${String(error)}`);
      continue;
    }
    const messages = [...(result.ok ? [] : result.errors), ...(result.ok ? result.scenario.warnings : result.warnings)];
    for (const diagnostic of messages) {
      if (!(diagnostic.line >= 1) || diagnostic.file === '' || diagnostic.message.trim() === '') problems.push(`${label}: no path:line: ${formatDiagnostic(diagnostic)}`);
      if (/\bat \S+\.[jt]s:\d+/.test(diagnostic.message)) problems.push(`${label}: stack trace in: ${formatDiagnostic(diagnostic)}`);
    }
    const printed = messages.map(formatDiagnostic);
    if (new Set(printed).size !== printed.length) problems.push(`${label}: a message printed twice`);
    if (!result.ok) continue;
    try {
      playHeadless(result.scenario, mutant.seed, { maxSteps: 400 });
    } catch (error) {
      const inStory = runnerErrorIn(error);
      if (!inStory) {
        problems.push(`${label}: play failed outside the story: ${String(error)}`);
        continue;
      }
      if (!locateInkPath(root, read, inStory.inkPath)) problems.push(`${label}: runtime error with no line: ${inStory.message}`);
    }
  }
  return problems;
}
