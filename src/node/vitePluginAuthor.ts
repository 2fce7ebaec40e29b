// Author mode's page (`npm run author`): the dev server, started with `--mode author`, serves the
// same index.html with the author entry (src/app/author/main.ts) in place of the trainee's
// (src/app/main.ts). Nothing else knows about author mode, so the production build (which never
// runs in this mode) holds none of it, and no URL or parameter reaches it from a built page.
import type { Plugin } from 'vite';

export const AUTHOR_MODE = 'author';

const TRAINEE_ENTRY = 'src="./main.ts"';
const AUTHOR_ENTRY = 'src="./author/main.ts"';

export function authorPage(): Plugin {
  return {
    name: 'threshold-author-page',
    // Only ever in the dev server started in author mode: a build (any mode) never applies it.
    apply: (_config, env) => env.command === 'serve' && env.mode === AUTHOR_MODE,
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        if (!context.path.endsWith('/index.html') && context.path !== '/') return html;
        if (!html.includes(TRAINEE_ENTRY)) {
          throw new Error(`src/app/index.html: author mode looks for the script ${TRAINEE_ENTRY} to replace with ${AUTHOR_ENTRY}, and it is not there`);
        }
        return html.replace(TRAINEE_ENTRY, AUTHOR_ENTRY);
      },
    },
  };
}
