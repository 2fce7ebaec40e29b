// From a place in the running story (an inkjs path such as `interview.questions.4`, which is all a
// runtime error or the runaway guard can give) back to the file and line a trainer edits. The
// runtime JSON keeps no line numbers, so the story is compiled again with its source positions;
// that costs a compile, which is fine for the rare error that needs it.
import type { Story } from 'inkjs/full';
import { compileWithPositions } from './compile';
import type { SourceReader } from './includes';

export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
}

interface PositionedContent {
  readonly parent: PositionedContent | null;
  readonly debugMetadata: { startLineNumber: number; fileName: string | null } | null;
  readonly content?: PositionedContent[];
  readonly namedContent?: Map<string, PositionedContent>;
}

/**
 * The runtime path's place in `story`: each component is a named child or an index. An index is
 * where inkjs would go next, so the content just before it (what was running) is preferred.
 */
function contentAt(story: Story, inkPath: string): PositionedContent | null {
  let here = story.mainContentContainer as unknown as PositionedContent;
  for (const component of inkPath.split('.')) {
    let next: PositionedContent | undefined;
    if (/^\d+$/.test(component)) {
      const index = Number(component);
      next = here.content?.[index - 1] ?? here.content?.[index];
    } else {
      next = here.namedContent?.get(component);
    }
    if (!next) break;
    here = next;
  }
  return here;
}

/** The file and line of a runtime path in a compiled story with positions (undefined when unknown). */
export function locateInStory(story: Story, inkPath: string, rootPath: string): SourceLocation | undefined {
  const metadata = contentAt(story, inkPath)?.debugMetadata;
  if (!metadata || metadata.startLineNumber <= 0) return undefined;
  return { file: metadata.fileName ?? rootPath, line: metadata.startLineNumber };
}

/** Compiles the story at rootPath again and finds where `inkPath` is in its sources. */
export function locateInkPath(rootPath: string, read: SourceReader, inkPath: string | null): SourceLocation | undefined {
  if (!inkPath) return undefined;
  const story = compileWithPositions(rootPath, read);
  return story ? locateInStory(story, inkPath, rootPath) : undefined;
}
