// Will an attempt at this story fit in SCORM 1.2's suspend data? The build measures, per story, the
// longest of many seeded playthroughs, then makes it heavier than any trainee could: every indicator
// in the taxonomy flagged, every referral ticked, and the longest pauses. That attempt must encode
// exactly (times to the millisecond, nothing dropped) in half of the 4,096 characters, leaving room
// for paths longer than the ones sampled. A measured margin, not a proof: the explorer does not yet
// report the longest path (docs/academy.md says so).
import type { Scenario } from '../content/types';
import { idsOf } from '../content/taxonomy';
import { playHeadless } from '../engine/headlessPlayer';
import { encodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../records/lms/suspendData';
import { traineeInputsOf, type TraineeInput } from '../records/lms/traineeInputs';

const SEEDS = 200;
const MARGIN = 2;

export type Budget = { fits: true; characters: number } | { fits: false; reason: string };

export function suspendDataBudget(scenario: Scenario): Budget {
  let longest: TraineeInput[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const inputs = traineeInputsOf(playHeadless(scenario, seed).log);
    if (inputs.filter((input) => input.type === 'trainee.choose').length > longest.filter((input) => input.type === 'trainee.choose').length) longest = inputs;
  }
  const heaviest = heavier(longest);
  const limit = Math.floor(SCORM12_SUSPEND_LIMIT / MARGIN);
  const encoded = (() => {
    try {
      return encodeSuspendData(heaviest, limit);
    } catch {
      return null;
    }
  })();
  if (encoded === null || encoded.fidelity !== 'exact') {
    const size = encodeSuspendData(heaviest, Number.MAX_SAFE_INTEGER).data.length;
    return { fits: false, reason: `its longest sampled attempt needs ${size} characters of suspend data; the packages allow ${limit} (half of SCORM 1.2's ${SCORM12_SUSPEND_LIMIT}, for paths not sampled)` };
  }
  return { fits: true, characters: encoded.data.length };
}

/** The choices of `inputs`, with the heaviest notebook and forms a trainee could add to them. */
function heavier(inputs: readonly TraineeInput[]): TraineeInput[] {
  const hour = 3_600_000;
  let at = 0;
  const next = () => (at += hour);
  const choices = inputs.filter((input) => input.type === 'trainee.choose').map((input) => ({ ...input, at: next() }));
  return [
    ...idsOf('indicators').map((indicator): TraineeInput => ({ type: 'trainee.flag', at: next(), indicator })),
    ...choices.flatMap((choice): TraineeInput[] => [choice, { type: 'trainee.pause', at: next() }, { type: 'trainee.resume', at: next() }]),
    { type: 'trainee.submitDetermination', at: next(), determination: 'potential_victim_sexual_exploitation' },
    { type: 'trainee.submitReferrals', at: next(), referrals: idsOf('referrals') },
  ];
}
