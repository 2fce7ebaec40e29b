import { loadAllStories } from '../src/node/load';
import { playHeadless } from '../src/engine/headlessPlayer';
const scenarios = loadAllStories('/work/main').flatMap((r: any) => (r.ok ? [r.scenario] : []));
for (const s of scenarios) for (let seed = 100; seed < 105; seed++) playHeadless(s, seed);
const t = performance.now();
for (let round = 0; round < 4; round++) for (const s of scenarios) for (let seed = 1; seed <= 20; seed++) playHeadless(s, seed);
console.log('ms', Math.round(performance.now() - t));
