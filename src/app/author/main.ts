// Author mode's page (`npm run author`: the dev server in author mode serves index.html with this
// entry instead of ../main.ts; see src/node/vitePluginAuthor.ts). The same session machine and
// screens as the trainee's page, with no records, no saved session and no LMS: nothing played here
// is kept. Beside the game, the author panel (tags, running score, interview numbers, indicators
// shown, jump to knot) and the error overlay; a saved .ink arrives as an HMR event and is swapped in
// at the same point when the story still allows it (./liveReload.ts). The production build never
// includes this file.
import '../../ui/styles.css';
import '../../ui/author/author.css';
import { catalog, loaders } from 'virtual:threshold-catalog';
import { createActor } from 'xstate';
import { STORY_RECOMPILED_EVENT, STORY_VIEWED_EVENT, type StoryRecompiled, type StoryViewed } from '../../content/liveStories';
import { formatDiagnostic, type CatalogEntry, type Scenario } from '../../content/types';
import { systemClock } from '../../engine/clock';
import { sessionMachineFor, type SessionEvent } from '../../engine/machines/sessionMachine';
import { createAuthorPanel } from '../../ui/author/authorPanel';
import { createErrorOverlay } from '../../ui/author/errorOverlay';
import { prefersReducedMotion } from '../../ui/dom';
import { createSettingsPanel } from '../../ui/settings';
import { createTextSizeControl } from '../../ui/textSize';
import { createPage } from '../page';
import { pageLocalStorage } from '../pageStorage';
import { authorViewOf, shownScenario } from './authorView';
import { applyRecompiled, startAttempt, type LiveStories } from './liveReload';

const main = document.getElementById('main');
const settings = document.getElementById('settings');
if (!main || !settings) throw new Error('index.html: the page needs #main and #settings');
const settingsPanel = createSettingsPanel(document.documentElement, pageLocalStorage, prefersReducedMotion);
settings.append(createTextSizeControl(document.documentElement, pageLocalStorage), settingsPanel.element);
document.body.classList.add('author-mode');
document.title = 'Threshold · author mode';

const stories: LiveStories = {
  loaded: new Map<string, Scenario>(),
  catalog: [...catalog] as CatalogEntry[],
  errors: new Map(catalog.flatMap((entry) => (entry.ok ? [] : [[entry.source, entry.errors.map(formatDiagnostic)] as const]))),
};

async function ensureLoaded(id: string): Promise<void> {
  if (stories.loaded.has(id)) return;
  const scenario = await loaders[id]?.();
  if (scenario && !stories.loaded.has(id)) stories.loaded.set(id, scenario);
}

const actor = createActor(sessionMachineFor({ scenario: (id) => stories.loaded.get(id), clockFor: () => systemClock() })).start();
const send = (event: SessionEvent): void => actor.send(event);
let notice: string | null = null;

const panel = createAuthorPanel((knot) => {
  const scenario = shownScenario(actor.getSnapshot(), (id) => stories.loaded.get(id));
  if (!scenario) return;
  notice = null;
  quietly(() => startAttempt(actor, scenario.meta.id, knot));
});
const overlay = createErrorOverlay();
main.after(panel.element);
document.body.append(overlay.element);

const page = createPage({
  main,
  stories: stories.catalog,
  scenario: (id) => stories.loaded.get(id),
  // A story that fails to download is not opened (the session refuses an unloaded scenario).
  open: (scenarioId) => void ensureLoaded(scenarioId).then(
    () => send({ type: 'trainee.open', scenarioId }),
    (error: unknown) => console.error(`author mode: ${scenarioId} could not be loaded`, error),
  ),
  send,
  settings: settingsPanel,
  notices: ['Author mode: a preview for writing stories. Nothing played here is recorded.'],
  menu: () => ({ notices: [] }),
});

let viewed: string | null = null;
/** While a reload replays inputs, the page is drawn once at the end instead of after every input. */
let muted = false;
function render(): void {
  if (muted) return;
  const session = actor.getSnapshot();
  page.render(session);
  panel.show(authorViewOf(session, (id) => stories.loaded.get(id), notice));
  overlay.show([...stories.errors].map(([root, messages]) => ({ root, messages })));
  const root = shownScenario(session, (id) => stories.loaded.get(id))?.meta.source ?? null;
  if (root !== viewed) {
    viewed = root;
    import.meta.hot?.send(STORY_VIEWED_EVENT, { root } satisfies StoryViewed);
  }
}

function quietly(change: () => void): void {
  muted = true;
  try {
    change();
  } finally {
    muted = false;
    render();
  }
}

actor.subscribe(render);
render();

import.meta.hot?.on(STORY_RECOMPILED_EVENT, (message: StoryRecompiled) => {
  quietly(() => {
    notice = applyRecompiled(actor, stories, message);
    // The menu and a briefing are drawn from the catalog and the loaded stories: draw them again.
    if (actor.getSnapshot().matches('menu') || actor.getSnapshot().matches('briefing')) page.refresh();
  });
});
