// Does every attempt at this story fit in SCORM 1.2's 4,096 characters of suspend data? The build
// answers from the explorer's report (src/engine/explore/longestPath.ts), not from samples:
//   - choices: at most the longest path's, which the explorer proves by walking every point; a
//     story where a trainee can loop back to where they were has no bound, and fails;
//   - everything else a trainee can add is bounded by the rules and the encoding
//     (records/lms/suspendData.ts, its last fidelity): each form once, at most one flag per
//     indicator of the taxonomy, one pause left open.
// The worst case is then built to be heavier than any real attempt of that length: the longest
// path's choices, every indicator flagged, the longest determination id, every referral, a pause,
// and a month between any two inputs (times that do not compress). It must encode within the limit.
import { idsOf } from '../content/taxonomy';
import type { ExploreReport, PathStep } from '../engine/explore/explore';
import { encodeSuspendData, SCORM12_SUSPEND_LIMIT, type SuspendFidelity } from '../records/lms/suspendData';
import type { TraineeInput } from '../records/lms/traineeInputs';

export type Budget = { fits: true; characters: number; choices: number; fidelity: SuspendFidelity } | { fits: false; reason: string };

/** Roughly a month, in ms; each gap differs so that the times do not compress. */
const MONTH_MS = 2_592_000_000;

/** Whether the heaviest attempt along the explored story fits: the story counts only through its longest path. */
export function suspendDataBudget(report: ExploreReport): Budget {
  if (report.truncated) return { fits: false, reason: `the explorer stopped at its budget after ${report.states} points, so the longest path is not known` };
  const longest = report.longestPath;
  if (!longest) return { fits: false, reason: 'the exploration does not report the longest path' };
  if (longest.kind === 'loop') {
    return {
      fits: false,
      reason: `a trainee can make choices without end (${describePath(longest.path)} comes back to a point already on that path), so no suspend data holds every attempt: make the loop end (a visit count, a variable)`,
    };
  }
  const worst = worstCase(longest.path);
  try {
    const encoded = encodeSuspendData(worst, SCORM12_SUSPEND_LIMIT);
    return { fits: true, characters: encoded.data.length, choices: longest.choices, fidelity: encoded.fidelity };
  } catch {
    const size = encodeSuspendData(worst, Number.MAX_SAFE_INTEGER).data.length;
    return {
      fits: false,
      reason: `its longest path (${longest.choices} choices) with the heaviest notebook and forms needs ${size} characters of suspend data, more than SCORM 1.2's ${SCORM12_SUSPEND_LIMIT}`,
    };
  }
}

/** The heaviest attempt along `path`: see the top of this file. */
function worstCase(path: readonly PathStep[]): TraineeInput[] {
  let at = 0;
  let gap = 0;
  const next = () => (at += MONTH_MS - 7_919 * gap++);
  const determinations = idsOf('determinations');
  const longestDetermination = determinations.reduce((a, b) => (b.length > a.length ? b : a), determinations[0] ?? '');
  return [
    ...idsOf('indicators').map((indicator): TraineeInput => ({ type: 'trainee.flag', at: next(), indicator })),
    ...path.flatMap((step): TraineeInput[] => (step.kind === 'choice' ? [{ type: 'trainee.choose', at: next(), index: step.index }] : [])),
    { type: 'trainee.submitDetermination', at: next(), determination: longestDetermination },
    { type: 'trainee.submitReferrals', at: next(), referrals: idsOf('referrals') },
    { type: 'trainee.pause', at: next() },
  ];
}

function describePath(path: readonly PathStep[]): string {
  const choices = path.filter((step): step is Extract<PathStep, { kind: 'choice' }> => step.kind === 'choice');
  const last = choices.at(-1);
  return last ? `the path of ${choices.length} choices ending '${last.text}'` : 'the start';
}
