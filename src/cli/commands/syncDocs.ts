// `npm run stories -- sync-docs`: regenerates the tag reference in docs/authoring.md from the tag
// vocabulary and the taxonomy (docs/tagReference.ts). A test fails when the guide is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../io';
import { withTagReference } from '../docs/tagReference';

export const AUTHORING_GUIDE = join('docs', 'authoring.md');

export const syncDocs: Command = async (_args, io) => {
  const path = join(io.cwd, AUTHORING_GUIDE);
  const before = readFileSync(path, 'utf8');
  const after = withTagReference(before);
  if (after === before) {
    io.out(`sync-docs: ${AUTHORING_GUIDE} is up to date`);
    return 0;
  }
  writeFileSync(path, after);
  io.out(`sync-docs: rewrote the tag reference in ${AUTHORING_GUIDE}`);
  return 0;
};
