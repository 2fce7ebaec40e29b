// Shared by the content tests: an in-memory reader (inline Ink, as inkjs's own tests do) and the
// repo root, so fixture paths read as repo-relative paths.
import { fileURLToPath } from 'node:url';
import type { SourceReader } from '../../../src/content/includes';
import type { Diagnostic, LoadResult, Scenario } from '../../../src/content/types';
import { formatDiagnostic } from '../../../src/content/types';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = 'test/fixtures/stories';

export function memoryReader(files: Record<string, string>): SourceReader {
  return (path) => files[path];
}

export function errorsOf(result: LoadResult): string[] {
  if (result.ok) throw new Error(`expected errors, but the story loaded (${result.scenario.meta.source})`);
  return result.errors.map(formatDiagnostic);
}

export function warningsOf(result: LoadResult): Diagnostic[] {
  return result.ok ? result.scenario.warnings : result.warnings;
}

export function scenarioOf(result: LoadResult): Scenario {
  if (!result.ok) throw new Error(`expected a scenario, got:\n${[...result.errors, ...result.warnings].map(formatDiagnostic).join('\n')}`);
  return result.scenario;
}
