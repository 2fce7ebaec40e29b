// Checks that run a story (the explorer, headless play) know only where the compiled story was
// (an inkjs path or a knot), not a line. Before the CLI prints such a problem it finds the file
// and line in the sources, so every message reads `path:line: message`.
import type { Diagnostic } from '../content/types';
import { diskReader } from '../node/load';
import { locateInkPath } from '../content/inkLocation';
import { StoryRunnerError } from '../engine/storyRunner';
import { StoryFailedError } from '../engine/playthrough';
import { messageOf } from '../util/errors';

/** Diagnostics with an inkPath and no line get the line (and file) their path is at. */
export function locateDiagnostics(diagnostics: readonly Diagnostic[], repoRoot: string): Diagnostic[] {
  const read = diskReader(repoRoot);
  return diagnostics.map((diagnostic) => {
    if (diagnostic.line > 0 || !diagnostic.inkPath) return diagnostic;
    const found = locateInkPath(diagnostic.file, read, diagnostic.inkPath);
    return found ? { ...diagnostic, file: found.file, line: found.line } : diagnostic;
  });
}

/** An error from inside the story (the runner's, or the attempt's that carries it on), found through the causes headless play wraps it in. */
export function runnerErrorIn(error: unknown): (StoryRunnerError | StoryFailedError) | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof StoryRunnerError || cause instanceof StoryFailedError) return cause;
  }
  return undefined;
}

/** An error from playing the story at `source`, as `path:line: message` when its place is known. */
export function locatedRuntimeError(error: unknown, source: string, repoRoot: string): string {
  const runnerError = runnerErrorIn(error);
  const found = runnerError?.inkPath ? locateInkPath(source, diskReader(repoRoot), runnerError.inkPath) : undefined;
  if (found && runnerError) return `${found.file}:${found.line}: ${withoutSourcePrefix(runnerError.message, source)}`;
  return withSourcePrefix(messageOf(error), source);
}

function withoutSourcePrefix(message: string, source: string): string {
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}

function withSourcePrefix(message: string, source: string): string {
  return message.startsWith(source) ? message : `${source}: ${message}`;
}
