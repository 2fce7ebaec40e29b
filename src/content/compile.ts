// One root .ink file (plus its includes) in, one LoadResult out. Pure: files come through the
// reader, so the CLI, the Vite plugin and the tests share this path exactly.
import { Compiler, CompilerOptions, Story } from 'inkjs/full';
import type { Diagnostic, LoadResult, Scenario } from './types';
import { collectSources, type SourceFile, type SourceReader } from './includes';
import { diagnosticFromInkMessage } from './inkMessages';
import { normalizePath } from './paths';
import { splitLines, stripComments } from './sourceText';
import { scanTags } from './tagScan';
import { isThresholdStory, validateTags } from './validateTags';
import { buildScenarioHeader } from './header';
import { lintStory, type AssetIndex } from './lint';
import { messageOf } from '../util/errors';

export type { SourceReader, UnreadableSource } from './includes';

/** The include every scored scenario needs: it declares the lists the game writes answers into. */
export const COMMON_INCLUDE_SUFFIX = 'common/threshold.ink';

/** inkjs's ErrorType: Author (TODO notes), Warning, Error. */
const inkErrorType = { author: 0, warning: 1, error: 2 } as const;

interface InkOutput {
  storyJson?: string;
  /** The compiled story as the compiler made it: unlike the JSON, it keeps each part's file and line. */
  story?: Story;
  diagnostics: Diagnostic[];
}

function compileInk(rootPath: string, files: readonly SourceFile[]): InkOutput {
  const diagnostics: Diagnostic[] = [];
  const byPath = new Map(files.map((file) => [file.path, file.inkText]));
  const options = new CompilerOptions(
    rootPath,
    [],
    false,
    (message, type) => {
      const severity = type === inkErrorType.error ? 'error' : 'warning';
      diagnostics.push(diagnosticFromInkMessage(message, rootPath, severity));
    },
    {
      // includes.ts already rewrote every INCLUDE to a repo-relative path it has read.
      ResolveInkFilename: (name) => name,
      LoadInkFileContents: (name) => {
        const text = byPath.get(name);
        if (text === undefined) throw new Error(`${name} was not collected`);
        return text;
      },
    },
  );
  let story: Story | null = null;
  try {
    story = new Compiler(byPath.get(rootPath) ?? '', options).Compile();
  } catch (error) {
    // inkjs throws "Compilation failed." after reporting the real errors through the handler.
    if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(compilerFailure(error, rootPath, files));
    return { diagnostics };
  }
  if (!story) return { diagnostics };
  try {
    const storyJson = story.ToJson();
    if (typeof storyJson !== 'string') throw new Error('no JSON was produced');
    // Load it back as the game will, so a story that compiles but cannot run fails here, not in play.
    const loaded = new Story(storyJson);
    const unbound = unboundExternals(loaded);
    for (const name of unbound) {
      const declared = declarationOf(name, files);
      diagnostics.push({ severity: 'error', file: declared?.file ?? rootPath, line: declared?.line ?? 1, message: externalMessage(name) });
    }
    if (unbound.length > 0) return { diagnostics };
    return { storyJson, story, diagnostics };
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      file: rootPath,
      line: 1,
      message: `the compiled story could not be turned into runtime JSON and loaded back: ${messageOf(error)}`,
    });
    return { diagnostics };
  }
}

/**
 * inkjs's parser gives up on deeply nested brackets with "Stack overflow in parser state." and no
 * position. The line with the deepest nesting is where to look, so the error is put there.
 */
function compilerFailure(error: unknown, rootPath: string, files: readonly SourceFile[]): Diagnostic {
  const message = messageOf(error);
  const deepest = deepestNesting(files);
  if (/stack overflow/i.test(message) && deepest) {
    return {
      severity: 'error',
      file: deepest.file,
      line: deepest.line,
      message: `the Ink compiler cannot read this line: brackets ( { [ are nested ${deepest.depth} deep here (inkjs: ${message}); split the expression or the conditional`,
    };
  }
  return { severity: 'error', file: deepest?.file ?? rootPath, line: deepest?.line ?? 1, message: `the Ink compiler failed: ${message}` };
}

function deepestNesting(files: readonly SourceFile[]): { file: string; line: number; depth: number } | undefined {
  let best: { file: string; line: number; depth: number } | undefined;
  for (const file of files) {
    let depth = 0;
    splitLines(stripComments(file.text)).forEach((text, index) => {
      for (const ch of text) {
        if (ch === '(' || ch === '{' || ch === '[') depth++;
        else if ((ch === ')' || ch === '}' || ch === ']') && depth > 0) depth--;
        if (!best || depth > best.depth) best = { file: file.path, line: index + 1, depth };
      }
      // Parentheses and square brackets do not span lines in Ink; only a multi-line { } block does.
      depth = Math.min(depth, [...text].filter((ch) => ch === '{').length);
    });
  }
  return best;
}

/** inkjs 2.4 names missing fallbacks as "Missing function binding for externals: 'a', 'b' , and no fallback ...". */
function unboundExternals(story: Story): string[] {
  story.allowExternalFunctionFallbacks = true;
  try {
    story.ValidateExternalBindings();
    return [];
  } catch (error) {
    const names = [...messageOf(error).split(':').slice(1).join(':').matchAll(/'([^']+)'/g)].map((match) => match[1]!);
    return names.length > 0 ? names : ['?'];
  }
}

function declarationOf(name: string, files: readonly SourceFile[]): { file: string; line: number } | undefined {
  const pattern = new RegExp(`^\\s*EXTERNAL\\s+${name.replace(/[^A-Za-z0-9_]/g, '')}\\s*\\(`);
  for (const file of files) {
    const index = splitLines(stripComments(file.text)).findIndex((text) => pattern.test(text));
    if (index >= 0) return { file: file.path, line: index + 1 };
  }
  return undefined;
}

function externalMessage(name: string): string {
  return `EXTERNAL ${name}() has no Ink fallback: the game binds no external functions, so write a function of the same name in Ink (=== function ${name}(...) ===) for it to run`;
}

function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}\0${d.file}\0${d.line}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Root first, then includes in the order they are included, lines ascending within a file. */
function sortedByFileAndLine(diagnostics: Diagnostic[], files: readonly SourceFile[]): Diagnostic[] {
  const fileOrder = [...new Set([...files.map((file) => file.path), ...diagnostics.map((d) => d.file)])];
  return [...diagnostics].sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line);
}

/**
 * The compiled story with its source positions (debug metadata), for mapping a place in the
 * running story back to a file and line; undefined when the story does not compile.
 */
export function compileWithPositions(rootPath: string, readFile: SourceReader): Story | undefined {
  const root = normalizePath(rootPath);
  const collected = collectSources(root, readFile);
  if (collected.diagnostics.some((d) => d.severity === 'error')) return undefined;
  return compileInk(root, collected.files).story;
}

export interface CompileOptions {
  /** The scene and sound files that exist, for the lint that names a missing one (skipped without). */
  assets?: AssetIndex;
}

export function compileStory(rootPath: string, readFile: SourceReader, options: CompileOptions = {}): LoadResult {
  return compileStoryWithSources(rootPath, readFile, options).result;
}

export interface CompiledWithSources {
  result: LoadResult;
  /** Repo-relative paths of every file the story read (root and includes), for watchers. */
  sources: string[];
}

export function compileStoryWithSources(rootPath: string, readFile: SourceReader, options: CompileOptions = {}): CompiledWithSources {
  const root = normalizePath(rootPath);
  const collected = collectSources(root, readFile);
  const tags = collected.files.flatMap((file) => scanTags(file.path, file.text, file.path === root));
  const includesCommon = collected.files.some((file) => file.path !== root && file.path.endsWith(COMMON_INCLUDE_SUFFIX));
  const threshold = isThresholdStory(tags, root, includesCommon);
  const validation = threshold ? validateTags(tags) : { diagnostics: [], header: [], headerKeysGiven: [], indicators: [] };
  const header = buildScenarioHeader(validation.header, root, validation.headerKeysGiven);

  const diagnostics = [...collected.diagnostics, ...validation.diagnostics, ...header.diagnostics];
  if (header.answerKey && !includesCommon) {
    diagnostics.push({
      severity: 'error',
      file: root,
      line: 1,
      message: `a scored scenario must INCLUDE ${COMMON_INCLUDE_SUFFIX} (relative to this file): it declares the determination and referrals lists the game writes answers into`,
    });
  }
  if (threshold) {
    diagnostics.push(
      ...lintStory({ root, files: collected.files, tags, scored: header.answerKey !== null, headerKeys: validation.headerKeysGiven, ...(options.assets && { assets: options.assets }) }),
    );
  }
  const includesBroken = collected.diagnostics.some((d) => d.severity === 'error');
  const ink = includesBroken ? { diagnostics: [] } : compileInk(root, collected.files);
  diagnostics.push(...ink.diagnostics);

  // inkjs reports some syntax errors twice (once per parse attempt); a trainer needs each once.
  const unique = uniqueDiagnostics(diagnostics);
  const errors = sortedByFileAndLine(unique.filter((d) => d.severity === 'error'), collected.files);
  const warnings = sortedByFileAndLine(unique.filter((d) => d.severity === 'warning'), collected.files);
  const sources = collected.files.map((file) => file.path);
  if (errors.length > 0 || ink.storyJson === undefined) {
    return { result: { ok: false, source: root, errors, warnings }, sources };
  }
  const scenario: Scenario = {
    meta: header.meta,
    answerKey: header.answerKey,
    scoring: header.scoring,
    taggedIndicators: validation.indicators,
    storyJson: ink.storyJson,
    warnings,
  };
  return { result: { ok: true, scenario }, sources };
}
