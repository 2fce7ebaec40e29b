// A throwaway project folder (stories/ and whatever else a test writes) for running CLI commands
// in-process against files on disk, symlinks and all.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempProject {
  root: string;
  write(path: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tempProject(files: Record<string, string | Uint8Array> = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'threshold-project-'));
  mkdirSync(join(root, 'stories'));
  const project: TempProject = {
    root,
    write(path, content) {
      const absolute = join(root, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
      return absolute;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  for (const [path, content] of Object.entries(files)) project.write(path, content);
  return project;
}
