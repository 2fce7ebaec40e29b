// The headless attempt (attemptFold.ts) calls the attempt machine's rules without the actor. Here
// both play the same inputs side by side, every shipped story, and must agree after every input:
// the whole view (choices and what the distress hold allows, flags, interview numbers and phase,
// the pending form, paused, ended), the log, and the words of every refusal.
import { describe, expect, it } from 'vitest';
import { idsOf } from '../../../src/content/taxonomy';
import { AttemptFold } from '../../../src/engine/attemptFold';
import type { TraineeInput } from '../../../src/engine/attemptEvents';
import { steppingClock } from '../../../src/engine/clock';
import { createRandom, type Random } from '../../../src/engine/random';
import { Playthrough, type PlaythroughView } from '../../../src/engine/playthrough';
import { loadAllStories } from '../../../src/node/load';
import { repoRoot } from './inlineScenario';

const scenarios = loadAllStories(repoRoot).flatMap((result) => (result.ok ? [result.scenario] : []));

/** A view as plain data (its transcript and choices are worked out on first read). */
const plain = (view: PlaythroughView): unknown => JSON.parse(JSON.stringify(view));

/** Any input at all, legal or not: refusals must agree too. */
function anyInput(view: PlaythroughView, random: Random): TraineeInput {
  const roll = random.next();
  if (view.pendingDecision === 'determination' && roll < 0.7) return { type: 'trainee.submitDetermination', determination: random.pick(idsOf('determinations')) };
  if (view.pendingDecision === 'referrals' && roll < 0.7) return { type: 'trainee.submitReferrals', referrals: idsOf('referrals').filter(() => random.chance(0.3)) };
  if (roll < 0.06) return { type: view.paused ? 'trainee.resume' : 'trainee.pause' };
  if (roll < 0.1) return { type: 'trainee.resume' };
  if (roll < 0.18) return { type: 'trainee.flag', indicator: random.pick([...idsOf('indicators'), 'not_an_indicator']) };
  if (roll < 0.22) return { type: 'trainee.unflag', indicator: random.pick(idsOf('indicators')) };
  if (roll < 0.25) return { type: 'trainee.submitDetermination', determination: random.pick(idsOf('determinations')) };
  if (view.paused && roll < 0.6) return { type: 'trainee.resume' };
  // Mostly a choice, now and then one the distress hold or the story does not allow.
  const offered = view.choices.length;
  return { type: 'trainee.choose', index: offered === 0 || roll > 0.97 ? offered : random.int(offered) };
}

/** The input's outcome: null when accepted, else the refusal's words. */
function tryInput(attempt: { send(input: TraineeInput): void }, input: TraineeInput): string | null {
  try {
    attempt.send(input);
    return null;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('the headless attempt follows the attempt machine', () => {
  for (const scenario of scenarios) {
    it(`${scenario.meta.source}: same views, logs and refusals after every input`, () => {
      for (let seed = 1; seed <= 4; seed++) {
        const fold = AttemptFold.start(scenario, steppingClock(1000));
        const actor = Playthrough.start(scenario, steppingClock(1000));
        const random = createRandom(seed);
        let accepted = 0;
        for (let step = 0; step < 400 && !fold.view().complete; step++) {
          expect(plain(fold.view()), `${scenario.meta.id} seed ${seed} step ${step}`).toEqual(plain(actor.view()));
          const input = anyInput(fold.view(), random);
          const outcome = tryInput(fold, input);
          expect(tryInput(actor, input), `${scenario.meta.id} seed ${seed} step ${step}: ${JSON.stringify(input)}`).toBe(outcome);
          if (outcome === null) accepted++;
        }
        expect(fold.view().complete, `${scenario.meta.id} seed ${seed} did not finish in 400 inputs`).toBe(true);
        expect(fold.log).toEqual(actor.log);
        expect(plain(fold.view())).toEqual(plain(actor.view()));
        expect(accepted).toBeGreaterThan(0);
      }
    });
  }
});
