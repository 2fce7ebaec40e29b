// One root .ink file (plus its includes) in, one LoadResult out. Pure: files come through the
// reader, so the CLI, the Vite plugin and the tests share this path exactly.
import { Compiler, CompilerOptions, Story } from 'inkjs/full';
import type { Diagnostic, LoadResult, Scenario } from './types';
import { collectSources, type SourceFile, type SourceReader } from './includes';
import { diagnosticFromInkMessage } from './inkMessages';
import { normalizePath } from './paths';
import { scanTags } from './tagScan';
import { isThresholdStory, validateTags } from './validateTags';
import { buildScenarioHeader } from './header';
import { messageOf } from '../util/errors';

export type { SourceReader, UnreadableSource } from './includes';

/** The include every scored scenario needs: it declares the lists the game writes answers into. */
export const COMMON_INCLUDE_SUFFIX = 'common/threshold.ink';

/** inkjs's ErrorType: Author (TODO notes), Warning, Error. */
const inkErrorType = { author: 0, warning: 1, error: 2 } as const;

interface InkOutput {
  storyJson?: string;
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
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ severity: 'error', file: rootPath, line: 0, message: `the Ink compiler failed: ${messageOf(error)}` });
    }
    return { diagnostics };
  }
  if (!story) return { diagnostics };
  try {
    const storyJson = story.ToJson();
    if (typeof storyJson !== 'string') throw new Error('no JSON was produced');
    // Load it back as the game will, so a story that compiles but cannot run fails here, not in play.
    new Story(storyJson);
    return { storyJson, diagnostics };
  } catch (error) {
    diagnostics.push({
      severity: 'error',
      file: rootPath,
      line: 0,
      message: `the compiled story could not be turned into runtime JSON and loaded back: ${messageOf(error)}`,
    });
    return { diagnostics };
  }
}

/** Root first, then includes in the order they are included, lines ascending within a file. */
function sortedByFileAndLine(diagnostics: Diagnostic[], files: readonly SourceFile[]): Diagnostic[] {
  const fileOrder = [...new Set([...files.map((file) => file.path), ...diagnostics.map((d) => d.file)])];
  return [...diagnostics].sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line);
}

export function compileStory(rootPath: string, readFile: SourceReader): LoadResult {
  return compileStoryWithSources(rootPath, readFile).result;
}

export interface CompiledWithSources {
  result: LoadResult;
  /** Repo-relative paths of every file the story read (root and includes), for watchers. */
  sources: string[];
}

export function compileStoryWithSources(rootPath: string, readFile: SourceReader): CompiledWithSources {
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
  const includesBroken = collected.diagnostics.some((d) => d.severity === 'error');
  const ink = includesBroken ? { diagnostics: [] } : compileInk(root, collected.files);
  diagnostics.push(...ink.diagnostics);

  const errors = sortedByFileAndLine(diagnostics.filter((d) => d.severity === 'error'), collected.files);
  const warnings = sortedByFileAndLine(diagnostics.filter((d) => d.severity === 'warning'), collected.files);
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
