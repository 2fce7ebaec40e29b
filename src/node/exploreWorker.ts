// A worker thread that explores stories for explorePool.ts: receives { id, scenario, options },
// answers { id, timed } (the report or the error, and how long the exploration took).
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../content/types';
import type { ExploreOptions } from '../engine/explore/explore';
import { exploreHere, type Timed } from './exploreOne';

export interface ExploreJob {
  id: number;
  scenario: Scenario;
  options: ExploreOptions;
}

export interface ExploreAnswer {
  id: number;
  timed: Timed;
}

const port = parentPort;
if (port) {
  port.on('message', (job: ExploreJob) => {
    const answer: ExploreAnswer = { id: job.id, timed: exploreHere(job.scenario, job.options) };
    port.postMessage(answer);
  });
}
