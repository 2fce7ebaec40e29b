// What author mode's dev server tells the page when a story file is saved (src/node/vitePluginInk.ts
// sends it over Vite's HMR channel; src/app/author listens): the root stories the saved file is
// part of, compiled again, one message per story (the story the page shows is compiled first).
// Plain data, shared by the Node plugin and the page.
import type { LoadResult } from './types';

/** Server to page: a story compiled again after a save. */
export const STORY_RECOMPILED_EVENT = 'threshold:story-recompiled';
/** Page to server: the root story the page shows now, compiled first after the next save. */
export const STORY_VIEWED_EVENT = 'threshold:story-viewed';

export interface StoryRecompiled {
  /** Repo-relative path of the file that was saved (the root story or one of its INCLUDEs). */
  saved: string;
  /** Repo-relative path of the root story compiled again. */
  root: string;
  /** The compile's result: the new scenario, or every error and warning with its file and line. */
  result: LoadResult;
}

export interface StoryViewed {
  /** Repo-relative path of the root story, or null when the page shows no story. */
  root: string | null;
}
