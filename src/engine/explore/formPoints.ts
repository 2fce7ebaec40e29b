// The points a form answer is worth, known at the moment the form is filled in. A tail (one way to
// finish the story from a state) that carried its form answers up to the start would keep one tail
// per answer the story can tell apart: eleven determinations times a handful of referral forms,
// composed again at every state on the way back. What scoring reads of an answer is only its
// competency's points, so the explorer records the best and worst points an answer can reach there
// (with one answer reaching each) and tails that agree on the points merge.
//
// Why the points can be fixed early:
// - referral reads only the referral form and whether consent was sought before it (both known when
//   the form is filled in; src/engine/scoring/referral.ts);
// - identification reads the indicators shown, the notebook and the determination. The notebook is
//   the trainee's, chosen when the path ends; when its best and worst points for each determination
//   are the same whatever was shown (checked here, not assumed), a determination's points do not
//   depend on the rest of the path. Otherwise determinations are not fixed early.
import type { Scenario } from '../../content/types';
import type { DecisionEvent } from '../log';
import { score } from '../scoring/score';
import { determinationCandidates, flagCandidates } from './answers';

/** A form answered (or left to the trainee) whose competency points are already known. */
export interface ScoredAnswer {
  /** An answer reaching bestPoints, and one reaching worstPoints (each consistent with the path). */
  best: string[];
  worst: string[];
  bestPoints: number;
  worstPoints: number;
}

type Range = { best: number; worst: number };

export class FormPoints {
  /** Which indicators were shown can change a score, so determinations stay unscored until the end. */
  readonly shownMatters: boolean;
  private readonly byDetermination: ReadonlyMap<string, Range>;
  private readonly referralPoints = new Map<string, number>();

  constructor(private readonly scenario: Scenario) {
    const tagged = scenario.taggedIndicators;
    const reference = this.identificationRanges([]);
    this.byDetermination = reference;
    // Screening (the key's `screen` people) is read from the path, so a determination's points
    // cannot be fixed when the form is filled in either.
    this.shownMatters =
      (scenario.answerKey?.peopleToScreen?.length ?? 0) > 0 ||
      scenario.answerKey !== undefined &&
      [...tagged.map((id) => [id]), tagged].some((shown) => !sameRanges(this.identificationRanges(shown), reference));
  }

  /** Points for a determination chosen from `answers` (ones the story cannot tell apart); null when not fixed early. */
  determination(answers: readonly string[]): ScoredAnswer | null {
    if (!this.scenario.answerKey || this.shownMatters) return null;
    return extremes(answers, (answer) => this.byDetermination.get(answer) ?? null, (answer) => [answer]);
  }

  /**
   * Points for a referral form chosen from `sets`, with consent sought before it or not, after the
   * person's answers (`id=agrees` / `id=declines`, pathSummary.ts).
   */
  referrals(sets: readonly string[][], consentSought: boolean, answers: readonly string[] = []): ScoredAnswer | null {
    if (!this.scenario.answerKey) return null;
    return extremes(
      sets,
      (set) => {
        const points = this.referralPointsFor(set, consentSought, answers);
        return points === null ? null : { best: points, worst: points };
      },
      (set) => [...set],
    );
  }

  private referralPointsFor(set: readonly string[], consentSought: boolean, answers: readonly string[]): number | null {
    const key = `${consentSought ? 1 : 0}|${[...set].sort().join(',')}|${answers.join(',')}`;
    let points = this.referralPoints.get(key);
    if (points === undefined) {
      const log: DecisionEvent[] = [];
      if (consentSought) {
        log.push({ type: 'story.choice', at: 0, turn: 0, index: 0, text: '', tags: { q: 'seek_informed_consent' } });
      }
      for (const entry of answers) {
        const [id, answer] = entry.split('=') as [string, 'agrees' | 'declines'];
        log.push({ type: 'story.consentAnswered', at: log.length, answer, referrals: [id] });
      }
      log.push({ type: 'form.referrals', at: log.length, referrals: [...set] });
      const result = score(this.scenario, log);
      if (!result) return null;
      points = result.scores.referral;
      this.referralPoints.set(key, points);
    }
    return points;
  }

  /** Best and worst identification points for each determination, over the notebooks worth trying. */
  private identificationRanges(shown: readonly string[]): Map<string, Range> {
    const ranges = new Map<string, Range>();
    if (!this.scenario.answerKey) return ranges;
    for (const determination of determinationCandidates()) {
      const points = flagCandidates(shown).map((flags) => {
        const log: DecisionEvent[] = [
          ...shown.map((indicator, i): DecisionEvent => ({ type: 'story.indicatorShown', at: i, indicator, line: '' })),
          ...flags.map((indicator): DecisionEvent => ({ type: 'notebook.flagged', at: shown.length, indicator })),
          { type: 'form.determination', at: shown.length, determination },
        ];
        return score(this.scenario, log)?.scores.identification ?? 0;
      });
      ranges.set(determination, { best: Math.max(...points), worst: Math.min(...points) });
    }
    return ranges;
  }
}

function sameRanges(a: ReadonlyMap<string, Range>, b: ReadonlyMap<string, Range>): boolean {
  for (const [key, range] of a) {
    const other = b.get(key);
    if (!other || other.best !== range.best || other.worst !== range.worst) return false;
  }
  return a.size === b.size;
}

function extremes<T>(candidates: readonly T[], range: (candidate: T) => Range | null, answer: (candidate: T) => string[]): ScoredAnswer | null {
  let best: { candidate: T; points: number } | null = null;
  let worst: { candidate: T; points: number } | null = null;
  for (const candidate of candidates) {
    const points = range(candidate);
    if (!points) return null;
    if (!best || points.best > best.points) best = { candidate, points: points.best };
    if (!worst || points.worst < worst.points) worst = { candidate, points: points.worst };
  }
  return best && worst ? { best: answer(best.candidate), worst: answer(worst.candidate), bestPoints: best.points, worstPoints: worst.points } : null;
}
