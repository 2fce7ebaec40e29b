// Gathers a root story and everything it INCLUDEs, before Ink sees any of it.
// Why not let inkjs follow INCLUDEs itself: it hands a nested include the name exactly as written
// in the including file, with no way to know which folder that file sat in, so `INCLUDE b.ink`
// inside stories/common/a.ink would be looked up in the wrong place. Here every INCLUDE is resolved
// relative to its own file and rewritten to the repo-relative path (same line, so line numbers
// hold), which also makes inkjs's messages name files the way the rest of the project does.
// Missing files and cycles are reported here, with the including file and line, in plain words.
import type { Diagnostic } from './types';
import { resolveInclude } from './paths';
import { sourceTextProblem, splitLines, stripComments } from './sourceText';

/** A file that exists but cannot be used as text (bad encoding, too large), with the reason. */
export interface UnreadableSource {
  unreadable: string;
  /** The line the problem is on (1 when it concerns the whole file). */
  line?: number;
}

/** Reads a repo-relative path: its text, undefined when there is no such file, or why it is unusable. */
export type SourceReader = (repoRelPath: string) => string | undefined | UnreadableSource;

export interface SourceFile {
  /** Repo-relative path. */
  path: string;
  /** The text as written (for tag scanning). */
  text: string;
  /** The text handed to inkjs: INCLUDE lines point at repo-relative paths. */
  inkText: string;
}

export interface IncludeLine {
  /** 1-based line number. */
  line: number;
  /** The name as written after INCLUDE. */
  name: string;
  /** Column of the name in the line (0-based). */
  column: number;
}

export interface CollectedSources {
  /** Root first, then includes in the order they are first met. */
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Every INCLUDE statement in a file (comments ignored, as Ink ignores them). */
export function findIncludeLines(text: string): IncludeLine[] {
  const found: IncludeLine[] = [];
  splitLines(stripComments(text)).forEach((lineText, index) => {
    const match = /^(\s*INCLUDE\s+)(\S.*?)\s*$/.exec(lineText);
    if (match) found.push({ line: index + 1, name: match[2]!, column: match[1]!.length });
  });
  return found;
}

function error(file: string, line: number, message: string): Diagnostic {
  return { severity: 'error', file, line, message };
}

export function collectSources(rootPath: string, read: SourceReader): CollectedSources {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Where each collected file was first included from (null: the root). */
  const firstIncluded = new Map<string, { file: string; line: number } | null>();

  const readChecked = (path: string, includedFrom: { file: string; line: number } | null): string | undefined => {
    const where = includedFrom ? ` (included from ${includedFrom.file}:${includedFrom.line})` : '';
    const content = read(path);
    if (content === undefined) {
      if (includedFrom) {
        diagnostics.push(error(includedFrom.file, includedFrom.line, `INCLUDE names a file that does not exist: ${path} (INCLUDE paths are relative to the including file)`));
      } else {
        diagnostics.push(error(path, 1, 'file not found'));
      }
      return undefined;
    }
    const problem = typeof content === 'string' ? sourceTextProblem(content) : { reason: content.unreadable, line: content.line ?? 1 };
    if (problem !== undefined) {
      diagnostics.push(error(path, problem.line, `this file ${problem.reason}${where}`));
      return undefined;
    }
    return content as string;
  };

  const visit = (path: string, chain: string[], includedFrom: { file: string; line: number } | null): void => {
    firstIncluded.set(path, includedFrom);
    const text = readChecked(path, includedFrom);
    if (text === undefined) return;
    const lines = splitLines(text);
    const pending: Array<{ target: string; line: number }> = [];
    for (const include of findIncludeLines(text)) {
      const target = resolveInclude(path, include.name);
      if (target.startsWith('..')) {
        diagnostics.push(error(path, include.line, `INCLUDE ${include.name} points outside the project`));
        continue;
      }
      if (target === path || chain.includes(target)) {
        const cycle = [...chain.slice(chain.indexOf(target) < 0 ? chain.length : chain.indexOf(target)), path, target];
        diagnostics.push(error(path, include.line, `INCLUDE cycle: ${cycle.join(' -> ')} (a file must not include itself, directly or through others)`));
        continue;
      }
      const original = lines[include.line - 1]!;
      lines[include.line - 1] = original.slice(0, include.column) + target + original.slice(include.column + include.name.length);
      pending.push({ target, line: include.line });
    }
    files.push({ path, text, inkText: lines.join('\n') });
    for (const { target, line } of pending) {
      if (!firstIncluded.has(target)) {
        visit(target, [...chain, path], { file: path, line });
        continue;
      }
      // Ink would read the file a second time and report every declaration in it as a clash, which
      // does not tell the author the real cause.
      const earlier = firstIncluded.get(target);
      const where = earlier ? `already included from ${earlier.file}:${earlier.line}` : 'the root story';
      diagnostics.push(error(path, line, `${target} is ${where}; Ink reads a file once per INCLUDE, so its declarations would clash: include it only once`));
    }
  };

  visit(rootPath, [], null);
  return { files, diagnostics };
}
