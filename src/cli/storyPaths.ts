// What a trainer typed as story paths, checked before anything is compiled, so a slip (`check .`,
// an empty argument, a folder) gets a sentence saying what was wrong instead of "file not found".
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { listStoryFiles, notAFileReason } from '../node/load';

/** Why a path argument cannot name a story, or undefined when it may (a missing file is reported by the loader). */
export function storyPathProblem(path: string, repoRoot: string): string | undefined {
  if (path.trim() === '') return "an empty path was given: name a story file such as stories/my_scenario.ink, or give no path to check every story in stories/";
  let reason: string | undefined;
  try {
    reason = notAFileReason(statSync(resolve(repoRoot, path)));
  } catch {
    return undefined;
  }
  if (reason === 'is a folder, not a story file') {
    return `'${path}' is a folder: name story files such as stories/my_scenario.ink, or give no path to check every story in stories/`;
  }
  return reason ? `'${path}' ${reason}` : undefined;
}

/** The notes for files in stories/ that are skipped rather than loaded (lock files, links to nothing). */
export function skippedStoryNotes(repoRoot: string): string[] {
  return listStoryFiles(repoRoot).skipped.map((file) => `${file.path}: note: skipped, ${file.reason}`);
}
