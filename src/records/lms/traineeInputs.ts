// The trainee's inputs of an attempt, without what the story said in answer: the smallest record
// from which the attempt can be rebuilt, by playing the inputs into a new attempt (the story is
// deterministic: the seed and the clock come from the log). An LMS keeps only this (suspend data).
import type { DecisionLog } from '../../engine/log';

export type TraineeInput =
  | { kind: 'choose'; at: number; index: number }
  | { kind: 'flag'; at: number; indicator: string }
  | { kind: 'unflag'; at: number; indicator: string }
  | { kind: 'determination'; at: number; determination: string }
  | { kind: 'referrals'; at: number; referrals: string[] }
  | { kind: 'pause'; at: number }
  | { kind: 'resume'; at: number };

export function traineeInputsOf(log: DecisionLog): TraineeInput[] {
  const inputs: TraineeInput[] = [];
  for (const event of log) {
    switch (event.type) {
      case 'story.choice':
        inputs.push({ kind: 'choose', at: event.at, index: event.index });
        break;
      case 'notebook.flagged':
        inputs.push({ kind: 'flag', at: event.at, indicator: event.indicator });
        break;
      case 'notebook.unflagged':
        inputs.push({ kind: 'unflag', at: event.at, indicator: event.indicator });
        break;
      case 'form.determination':
        inputs.push({ kind: 'determination', at: event.at, determination: event.determination });
        break;
      case 'form.referrals':
        inputs.push({ kind: 'referrals', at: event.at, referrals: [...event.referrals] });
        break;
      case 'session.paused':
        inputs.push({ kind: 'pause', at: event.at });
        break;
      case 'session.resumed':
        inputs.push({ kind: 'resume', at: event.at });
        break;
      default:
        break; // what the story showed is re-derived when the inputs are played again
    }
  }
  return inputs;
}
