// A worker thread that explores stories for explorePool.ts: receives { id, scenario, options },
// answers { id, report, ms } (ms: how long the exploration took) or { id, error }.
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../content/types';
import { exploreStory, type ExploreOptions } from '../engine/explore/explore';
import { messageOf } from '../util/errors';

export interface ExploreJob {
  id: number;
  scenario: Scenario;
  options: ExploreOptions;
}

const port = parentPort;
if (port) {
  port.on('message', (job: ExploreJob) => {
    try {
      const started = performance.now();
      const report = exploreStory(job.scenario, job.options);
      port.postMessage({ id: job.id, report, ms: performance.now() - started });
    } catch (error) {
      port.postMessage({ id: job.id, error: messageOf(error) });
    }
  });
}
