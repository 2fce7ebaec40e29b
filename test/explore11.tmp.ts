import { loadStoryFile } from '/work/main/src/node/load';
import { exploreStory } from '/work/main/src/engine/explore/explore';
const file = process.argv[2] ?? 'stories/scn_11_lorry_smuggling.ink';
const r: any = loadStoryFile(file, '/work/main');
const t = performance.now();
const rep = exploreStory(r.scenario);
console.log(file, 'states', rep.states, 'ms', Math.round(performance.now() - t), 'truncated', rep.truncated);
console.log('distinct ink+interview', (globalThis as any).__inkKeys.size);
