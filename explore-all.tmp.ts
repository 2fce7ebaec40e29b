import { loadAllStories } from '/work/h2/src/node/load';
import { exploreStory } from '/work/h2/src/engine/explore/explore';
const only = process.argv[2];
for (const r of loadAllStories('/work/h2')) {
  if (!r.ok) continue;
  if (only && !r.scenario.meta.id.includes(only)) continue;
  const t = performance.now();
  const rep = exploreStory(r.scenario);
  const ms = performance.now() - t;
  console.log(r.scenario.meta.id, rep.states, Math.round(ms), Math.round(rep.states*1000/ms), rep.truncated, JSON.stringify(rep.max), JSON.stringify(rep.min));
}
