// The debrief's timeline and review: every logged moment once, in words.
import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../src/app/timeline';
import type { DecisionLog } from '../../../src/engine/log';

const labels = { indicator: (id: string) => `label of ${id}`, determination: (id: string) => id, referral: (id: string) => id };

describe('timelineOf', () => {
  it('lists a line that shows two indicators once, and each different line once', () => {
    const log: DecisionLog = [
      { type: 'story.indicatorShown', at: 0, indicator: 'fearful_demeanour', line: 'The caller is saved as BOSS.' },
      { type: 'story.indicatorShown', at: 0, indicator: 'controlled_by_another_person', line: 'The caller is saved as BOSS.' },
      { type: 'story.indicatorShown', at: 5, indicator: 'documents_withheld', line: 'He has no passport.' },
      { type: 'notebook.flagged', at: 9, indicator: 'documents_withheld' },
    ];
    const entries = timelineOf(log, labels);
    expect(entries.map((entry) => [entry.index, entry.kind, entry.text])).toEqual([
      [0, 'seen', 'The caller is saved as BOSS.'],
      [2, 'seen', 'He has no passport.'],
      [3, 'flag', 'Flagged: label of documents_withheld'],
    ]);
  });
});
