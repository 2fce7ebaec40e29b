// `npm run stories -- new <id>`: writes stories/<id>.ink from a template that already compiles,
// plays and passes the explorer (templates/newStory.ts), then says what to do next. It never
// overwrites: an id that a file or another story's header already uses is refused, as is an id
// that is not snake_case (the rule the `id` header tag itself is checked by).
// Exit codes: 0 written, 1 refused, 2 usage error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../io';
import { keyRules } from '../../content/tagRules';
import { pathDeclaringId, STORIES_DIR } from '../../node/load';
import { newStoryText } from '../templates/newStory';
import { messageOf } from '../../util/errors';

const USAGE = 'usage: npm run stories -- new <id>   (id: snake_case, e.g. scn_12_car_wash)';

export function nextSteps(id: string, path: string): string {
  return [
    `new: wrote ${path}, a small working scenario to turn into yours.`,
    '',
    'Next:',
    `  1. Open ${path} in your editor (or in Inky) and replace the text; keep the tags (docs/authoring.md).`,
    `  2. npm run stories -- check --quick ${path}    while you write: errors and warnings with their lines`,
    `  3. npm run stories -- play ${id} --seed 1         read one playthrough`,
    `  4. npm run stories -- check ${path}            before you publish: explores every path`,
    `  5. npm run stories -- report ${id}                a page with the story's graph and findings`,
    '  6. npm run dev (or npm run author) to play it in the browser.',
  ].join('\n');
}

export const newStory: Command = async (args, io) => {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    io.err(`new: give exactly one id\n${USAGE}`);
    return 2;
  }
  const id = args[0]!;
  const problem = keyRules['id']!.check(id);
  if (problem) {
    io.err(`new: '${id}' cannot be a story id: ${problem.replace(/^'[^']*' is /, 'it is ')}\n${USAGE}`);
    return 1;
  }
  const path = `${STORIES_DIR}/${id}.ink`;
  const usedBy = pathDeclaringId(id, io.cwd);
  if (usedBy) {
    io.err(`new: the id '${id}' is already used by ${usedBy}; choose another id`);
    return 1;
  }
  try {
    // 'wx': fail rather than overwrite, even if the file appeared since the check above.
    writeFileSync(join(io.cwd, path), newStoryText(id), { flag: 'wx' });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    io.err(exists ? `new: ${path} already exists; choose another id or edit that file` : `new: cannot write ${path}: ${messageOf(error)}`);
    return 1;
  }
  io.out(nextSteps(id, path));
  return 0;
};
