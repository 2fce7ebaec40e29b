// `npm run stories -- report <id-or-path> [--out file.html]`: writes one self-contained HTML page
// about a story (report/reportHtml.ts): its graph of knots and choices laid out by dagre with the
// best path highlighted, the explorer's findings, the indicators and question types it uses, and
// every error and warning with its line. Default file: dist/reports/<id>.html.
// Exit codes: 0 written (even for a story with errors: the page lists them), 1 no such story, 2 usage.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from '../io';
import type { Scenario } from '../../content/types';
import { collectSources } from '../../content/includes';
import { scanTags } from '../../content/tagScan';
import { parseTag, splitList } from '../../content/tags';
import { questionTypesById } from '../../content/taxonomy';
import { diskReader, findStory, loadStoryFile, repoRelative, pathOfId } from '../../node/load';
import { exploreCacheDir, fileExploreCache } from '../../node/exploreCache';
import { exploreStories } from '../../node/explorePool';
import type { PathStep } from '../../engine/explore/explore';
import { visitedIn } from '../../engine/inkInternals';
import { StoryRunner } from '../../engine/storyRunner';
import { locateDiagnostics } from '../locateDiagnostics';
import { CHECK_EXPLORATION, reportFor, scenarioCheckers } from './check';
import { layoutGraph } from '../report/layout';
import { reportHtml } from '../report/reportHtml';
import { START_NODE, storyGraph } from '../report/storyGraph';
import { messageOf } from '../../util/errors';

const USAGE = 'usage: npm run stories -- report <id-or-path> [--out file.html]';

/** Knots and stitches the best path passes through, and the choices it makes (played again). */
function bestPathPlaces(scenario: Scenario, path: readonly PathStep[] | null): { nodes: Set<string>; choices: Set<string> } {
  const nodes = new Set<string>([START_NODE]);
  const choices = new Set<string>();
  if (!path) return { nodes, choices };
  try {
    const runner = new StoryRunner(scenario.storyJson, { source: scenario.meta.source });
    const noteKnot = () => {
      const knot = runner.view().lastKnot;
      if (knot) nodes.add(knot);
    };
    runner.continue();
    noteKnot();
    for (const step of path) {
      if (step.kind === 'choice') {
        choices.add(step.text.slice(0, 80));
        runner.choose(step.index);
      } else if (step.kind === 'determination') runner.setDetermination(step.determination);
      else if (step.kind === 'referrals') runner.setReferrals(step.referrals);
      if (step.kind !== 'flags' && !runner.ended) runner.continue();
      noteKnot();
    }
    // Visit counts name the knots and stitches passed through without printing the last line
    // (`knot.stitch.0.c-1` is in `knot` and, when it has one, stitch `knot.stitch`).
    for (const place of visitedIn(runner.view().ink)) {
      const [knot, second] = place.split('.');
      if (knot) nodes.add(knot);
      if (knot && second && !/^\d+$/.test(second)) nodes.add(`${knot}.${second}`);
    }
  } catch {
    // A story that fails on its best path still gets a report; only the highlight is lost.
  }
  return { nodes, choices };
}

function tagCounts(files: ReturnType<typeof collectSources>['files'], root: string) {
  const indicators = new Map<string, number>();
  const questionTypes = new Map<string, number>();
  for (const tag of files.flatMap((file) => scanTags(file.path, file.text, file.path === root))) {
    const parsed = parseTag(tag.text);
    if (!parsed || tag.dynamic) continue;
    if (parsed.key === 'indicator') for (const id of splitList(parsed.value)) indicators.set(id, (indicators.get(id) ?? 0) + 1);
    if (parsed.key === 'q' && tag.position === 'choice') questionTypes.set(parsed.value, (questionTypes.get(parsed.value) ?? 0) + 1);
  }
  return {
    indicators: [...indicators].sort().map(([id, count]) => ({ id, count })),
    questionTypes: [...questionTypes].sort().map(([id, count]) => ({ id, valence: questionTypesById.get(id)?.valence ?? 'unknown', count })),
  };
}

export const report: Command = async (args, io) => {
  let story: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') out = args[++i];
    else if (arg.startsWith('-')) {
      io.err(`report: unknown option '${arg}'\n${USAGE}`);
      return 2;
    } else if (story === undefined) story = arg;
    else {
      io.err(`report: one story at a time\n${USAGE}`);
      return 2;
    }
  }
  if (!story || out === '') {
    io.err(`report: which story? give its id or its path\n${USAGE}`);
    return 2;
  }
  // A story that does not compile has no id to find it by; its path still gives a report.
  const source = story.endsWith('.ink') ? repoRelative(story, io.cwd) : pathOfId(story, io.cwd);
  const loaded = source ? (story.endsWith('.ink') ? findStory(story, io.cwd) : loadStoryFile(source, io.cwd)) : undefined;
  if (!source || !loaded) {
    io.err(`report: no story '${story}' in stories/ (give an id from a header, or a path to an .ink file)`);
    return 1;
  }
  const { files } = collectSources(source, diskReader(io.cwd));
  const scenario = loaded.ok ? loaded.scenario : null;
  // Explored as check explores it (same budget, same cache): the findings match check's.
  const explored = scenario ? (await exploreStories([scenario], CHECK_EXPLORATION, { workers: 1, cache: fileExploreCache(exploreCacheDir()) }))[0] : undefined;
  const checked = reportFor(loaded, scenarioCheckers, explored, io.cwd);
  const exploration = explored?.ok ? explored.report : null;
  const best = scenario ? bestPathPlaces(scenario, exploration?.bestPath ?? null) : { nodes: new Set<string>(), choices: new Set<string>() };
  const id = scenario?.meta.id ?? story;
  const html = reportHtml({
    id,
    title: scenario?.meta.title ?? id,
    source,
    errors: locateDiagnostics(checked.errors, io.cwd),
    warnings: locateDiagnostics(checked.warnings, io.cwd),
    exploration,
    layout: layoutGraph(storyGraph(files)),
    bestNodes: best.nodes,
    bestChoices: best.choices,
    ...tagCounts(files, source),
  });
  const target = resolve(io.cwd, out ?? join('dist', 'reports', `${id}.html`));
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, html);
  } catch (error) {
    io.err(`report: cannot write ${target}: ${messageOf(error)}`);
    return 1;
  }
  io.out(`report: wrote ${repoRelative(target, io.cwd)} (${checked.errors.length} errors, ${checked.warnings.length} warnings); open it in a browser, no server needed`);
  return 0;
};
