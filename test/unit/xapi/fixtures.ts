// Attempts to turn into statements: real stories played headless, so the statements cover every
// kind of log event the shipped library produces.
import { join } from 'node:path';
import { findStory } from '../../../src/node/load';
import type { Scenario } from '../../../src/content/types';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { score } from '../../../src/engine/scoring/score';
import type { XapiAttempt } from '../../../src/records/xapi/statements';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

export function scenario(id: string): Scenario {
  const found = findStory(id, repoRoot);
  if (!found?.ok) throw new Error(`fixture story ${id} does not load`);
  return found.scenario;
}

export function xapiAttempt(story: Scenario, seed: number, registration: string): XapiAttempt {
  const played = playHeadless(story, seed);
  return {
    registration,
    actor: { objectType: 'Agent', name: 'Trainee 7', account: { homePage: 'https://academy.example', name: 'trainee-7' } },
    scenario: { id: story.meta.id, title: story.meta.title, version: 'sha256-test' },
    activityBase: 'https://academy.example/threshold',
    startedAt: Date.UTC(2026, 11, 1, 9, 0, 0),
    log: played.log,
    result: score(story, played.log),
    finished: true,
  };
}
