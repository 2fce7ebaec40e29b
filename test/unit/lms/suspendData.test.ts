import { describe, expect, it } from 'vitest';
import { idsOf } from '../../../src/content/taxonomy';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { resolveScoringConfig } from '../../../src/engine/scoring/config';
import { score } from '../../../src/engine/scoring/score';
import { decodeSuspendData, encodeSuspendData, finalNotebook, SuspendDataError, withoutWithdrawnFlags } from '../../../src/records/lms/suspendData';
import { logOfInputs, traineeInputsOf, type TraineeInput } from '../../../src/records/lms/traineeInputs';
import { scenario } from '../xapi/fixtures';

const choices = (n: number, step = 4321): TraineeInput[] => Array.from({ length: n }, (_, i) => ({ type: 'trainee.choose', at: (i + 1) * step, index: i % 5 }));

describe('suspend data encoding', () => {
  it('is exact when the attempt fits', () => {
    const inputs: TraineeInput[] = [
      ...choices(3),
      { type: 'trainee.flag', at: 20_000, indicator: 'debt_bondage' },
      { type: 'trainee.unflag', at: 20_500, indicator: 'debt_bondage' },
      { type: 'trainee.submitDetermination', at: 30_000, determination: 'potential_victim_labour' },
      { type: 'trainee.submitReferrals', at: 31_000, referrals: ['safe_shelter', 'legal_aid'] },
      { type: 'trainee.pause', at: 32_000 },
      { type: 'trainee.resume', at: 90_000 },
    ];
    const encoded = encodeSuspendData(inputs, 4096);
    expect(encoded.fidelity).toBe('exact');
    expect(decodeSuspendData(encoded.data)).toEqual(inputs);
  });

  it('rounds times to the second, then drops withdrawn flags, before it gives up', () => {
    const churn: TraineeInput[] = [];
    for (let i = 0; i < 400; i++) {
      churn.push({ type: 'trainee.choose', at: i * 1_337 + 17, index: i % 7 });
      churn.push({ type: 'trainee.flag', at: i * 1_337 + 400, indicator: `indicator_${i}` });
      churn.push({ type: 'trainee.unflag', at: i * 1_337 + 800, indicator: `indicator_${i}` });
    }
    const exactSize = encodeSuspendData(churn, 1_000_000).data.length;
    const limit = Math.floor(exactSize * 0.7);
    const encoded = encodeSuspendData(churn, limit);
    expect(encoded.data.length).toBeLessThanOrEqual(limit);
    expect(['seconds', 'net-flags']).toContain(encoded.fidelity);
    const decoded = decodeSuspendData(encoded.data);
    expect(decoded.filter((input) => input.type === 'trainee.choose')).toHaveLength(400);
    expect(() => encodeSuspendData(churn, 50)).toThrow(SuspendDataError);
  });

  it('drops a flag only together with its withdrawal before the next choice', () => {
    const inputs: TraineeInput[] = [
      { type: 'trainee.flag', at: 1, indicator: 'a' },
      { type: 'trainee.flag', at: 2, indicator: 'b' },
      { type: 'trainee.unflag', at: 3, indicator: 'a' },
      { type: 'trainee.choose', at: 4, index: 0 },
      { type: 'trainee.unflag', at: 5, indicator: 'b' },
    ];
    expect(withoutWithdrawnFlags(inputs)).toEqual([inputs[1], inputs[3], inputs[4]]);
  });

  it('refuses data that is not its own, with a reason', () => {
    expect(() => decodeSuspendData('hello')).toThrow(SuspendDataError);
    expect(() => decodeSuspendData('T1.AAAA')).toThrow(/cannot be read/);
  });

  it('bounds the notebook at the last step: toggling and pausing without end fits, and the attempt replays to the same result', () => {
    const story = scenario('scn_02_hotel_welfare_check');
    const played = traineeInputsOf(playHeadless(story, 21).log);
    const ownFlags = new Set(played.flatMap((input) => (input.type === 'trainee.flag' ? [input.indicator] : [])));
    const [kept, toggled, ...others] = idsOf('indicators').filter((id) => !ownFlags.has(id));
    // A restless trainee: before every choice, flags and withdraws indicators 30 times, pausing and
    // resuming each time; one indicator ends flagged.
    const restless: TraineeInput[] = played.flatMap((input): TraineeInput[] => {
      if (input.type !== 'trainee.choose') return [input];
      const churn = Array.from({ length: 30 }, (_, j): TraineeInput[] => {
        const indicator = j % 2 === 0 ? toggled! : others[(j * 7 + input.at) % others.length]!;
        return [
          { type: 'trainee.flag', at: input.at, indicator },
          { type: 'trainee.unflag', at: input.at, indicator },
          { type: 'trainee.pause', at: input.at },
          { type: 'trainee.resume', at: input.at },
        ];
      }).flat();
      return [...churn, { type: 'trainee.flag', at: input.at, indicator: kept! }, { type: 'trainee.unflag', at: input.at, indicator: kept! }, input];
    });
    restless.splice(restless.length - 2, 0, { type: 'trainee.flag', at: restless.at(-2)!.at, indicator: kept! });
    const reduced = finalNotebook(restless);
    const flags = reduced.flatMap((input) => (input.type === 'trainee.flag' ? [input.indicator] : []));
    expect(new Set(flags).size).toBe(flags.length);
    expect(flags).toContain(kept);
    expect(flags).not.toContain(toggled);
    expect(reduced.some((input) => input.type === 'trainee.unflag' || input.type === 'trainee.pause' || input.type === 'trainee.resume')).toBe(false);

    // The restless notebook is what outgrows the limit: the same attempt with a quiet one is small.
    const quiet = encodeSuspendData(reduced, 4096).data.length;
    expect(encodeSuspendData(withoutWithdrawnFlags(restless), 1e9).data.length).toBeGreaterThan(quiet);
    const encoded = encodeSuspendData(restless, quiet);
    expect(encoded.fidelity).toBe('final-notebook');
    const config = resolveScoringConfig(story);
    // The same scores and verdict; the feedback's log positions move (the log is shorter).
    const [resumed, original] = [decodeSuspendData(encoded.data), restless].map((inputs) => score(story, logOfInputs(story, inputs), config)!);
    expect([resumed!.scores, resumed!.passed]).toEqual([original!.scores, original!.passed]);
  });
});
