import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, SuspendDataError, withoutWithdrawnFlags } from '../../../src/records/lms/suspendData';
import type { TraineeInput } from '../../../src/records/lms/traineeInputs';

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
});
