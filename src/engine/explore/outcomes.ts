// Scoring a finished way through the story: the best and worst scores over the form answers still
// open on it, and the best path with those answers filled in where the forms were asked.
//
// At an ending the competencies are independent (identification reads shown/flags/determination,
// referral reads the referral form and consent, questioning reads the moves), and `overall` is a
// weighted mean that grows with each, so the best (worst) overall is the best (worst) answer per
// competency, scored once together.
import type { DecisionKind, Scenario } from '../../content/types';
import type { DecisionEvent } from '../log';
import { score, type Scores } from '../scoring/score';
import { determinationCandidates, flagCandidates, referralCandidates } from './answers';
import { answerMap, hasUsed, summaryKey, type FormState, type PathSummary } from './pathSummary';
import type { PathStep } from './report';
import type { TemplateEvent } from './tails';

export interface FormAnswers {
  flags: string[];
  determination: string;
  referrals: string[];
}

export interface Outcome {
  min: Scores;
  max: Scores;
  best: FormAnswers;
}

/** The decision log a path produces with these form answers (forms still owed come after the end). */
export function buildLog(template: readonly TemplateEvent[], owed: readonly DecisionKind[], answers: FormAnswers): DecisionEvent[] {
  const log: DecisionEvent[] = [];
  const push = (event: DecisionEvent): void => {
    log.push({ ...event, at: log.length * 1000 });
  };
  const fill = (slot: 'notebook' | DecisionKind): void => {
    if (slot === 'notebook') for (const indicator of answers.flags) push({ type: 'notebook.flagged', at: 0, indicator });
    else if (slot === 'determination') push({ type: 'form.determination', at: 0, determination: answers.determination });
    else push({ type: 'form.referrals', at: 0, referrals: answers.referrals });
  };
  for (const event of template) {
    if (event.type === 'slot') fill(event.slot);
    else push(event);
  }
  for (const form of owed) fill(form);
  return log;
}

/** The forms a path never asked for: the game asks them after the story ends. */
function owedForms(summary: PathSummary): DecisionKind[] {
  return (['determination', 'referrals'] as const).filter((form) => summary[form].kind === 'none');
}

function answered(state: FormState, candidates: () => string[][]): string[][] {
  if (state.kind === 'answered') return [state.answer];
  if (state.kind === 'oneOf') return state.answers.map((answer) => [answer]);
  if (state.kind === 'scored') return state.best.join(',') === state.worst.join(',') ? [state.best] : [state.best, state.worst];
  return candidates();
}

type Extremes<T> = { best: T; worst: T; bestPoints: number; worstPoints: number };

function extremes<T>(candidates: readonly T[], points: (candidate: T) => number | null): Extremes<T> | null {
  let best: { value: T; points: number } | null = null;
  let worst: { value: T; points: number } | null = null;
  for (const candidate of candidates) {
    const value = points(candidate);
    if (value === null) return null;
    if (!best || value > best.points) best = { value: candidate, points: value };
    if (!worst || value < worst.points) worst = { value: candidate, points: value };
  }
  return best && worst ? { best: best.value, worst: worst.value, bestPoints: best.points, worstPoints: worst.points } : null;
}

/**
 * Best and worst scores of finished paths over the form answers still open on them. Identification
 * reads only what was shown, flagged and determined, and referral only the referral form and whether
 * consent was sought before it, so their best and worst answers are cached by exactly those facts
 * and each finished path costs two calls of score().
 */
export class OutcomeScorer {
  private readonly identification = new Map<string, Extremes<[string[], string]> | null>();
  private readonly referral = new Map<string, Extremes<string[]> | null>();
  private readonly outcomes = new Map<string, Outcome | null>();
  private readonly numbers = new Map<string, { min: Scores; max: Scores } | null>();

  constructor(private readonly scenario: Scenario) {}

  outcome(template: readonly TemplateEvent[], summary: PathSummary): Outcome | null {
    const key = summaryKey(summary);
    let outcome = this.outcomes.get(key);
    if (outcome === undefined) {
      outcome = this.compute(template, summary);
      this.outcomes.set(key, outcome);
    }
    return outcome;
  }

  private compute(template: readonly TemplateEvent[], summary: PathSummary): Outcome | null {
    const answerKey = this.scenario.answerKey;
    if (!answerKey) return null;
    const owed = owedForms(summary);
    const scoreWith = (answers: FormAnswers) => score(this.scenario, buildLog(template, owed, answers));
    const determinations = answered(summary.determination, () => determinationCandidates().map((id) => [id])).map((a) => a[0] ?? '');
    const referralSets = answered(summary.referrals, () => referralCandidates(answerKey, answerMap(summary)));

    const idKey = JSON.stringify([summary.shown, summary.determination, summary.screened]);
    let id = this.identification.get(idKey);
    if (id === undefined) {
      const pairs = flagCandidates(summary.shown).flatMap((flags) => determinations.map((d): [string[], string] => [flags, d]));
      id = extremes(pairs, ([flags, determination]) => scoreWith({ flags, determination, referrals: referralSets[0] ?? [] })?.scores.identification ?? null);
      this.identification.set(idKey, id);
    }
    const consent = summary.referrals.kind === 'none' ? hasUsed(summary, 'seek_informed_consent') : summary.consentBeforeReferrals;
    const refKey = JSON.stringify([summary.referrals, consent, summary.criticalDecision, summary.referrals.kind === 'none' ? summary.answers : []]);
    let ref = this.referral.get(refKey);
    if (ref === undefined) {
      ref = extremes(referralSets, (referrals) => scoreWith({ flags: [...summary.shown], determination: determinations[0] ?? '', referrals })?.scores.referral ?? null);
      this.referral.set(refKey, ref);
    }
    if (!id || !ref) return null;
    const best: FormAnswers = { flags: id.best[0], determination: id.best[1], referrals: ref.best };
    const worst: FormAnswers = { flags: id.worst[0], determination: id.worst[1], referrals: ref.worst };
    // The numbers depend only on the competency scores of the best and worst answers and on the
    // questioning facts, so paths that differ elsewhere (which indicators, which services) share them.
    const numbersKey = [id.bestPoints, id.worstPoints, ref.bestPoints, ref.worstPoints, summary.conductLoss, summary.missed, summary.practice.join(','), summary.criticalError, summary.criticalDecision].join('|');
    let numbers = this.numbers.get(numbersKey);
    if (numbers === undefined) {
      const high = scoreWith(best);
      const low = scoreWith(worst);
      numbers = high && low ? { max: high.scores, min: low.scores } : null;
      this.numbers.set(numbersKey, numbers);
    }
    return numbers ? { ...numbers, best } : null;
  }
}

/** The best path's steps with the open form answers filled in where the forms were asked. */
export function completePath(steps: readonly PathStep[], summary: PathSummary, best: FormAnswers): PathStep[] {
  const filled: PathStep[] = [];
  let flagged = false;
  const flagStep = (): void => {
    if (!flagged) filled.push({ kind: 'flags', indicators: best.flags });
    flagged = true;
  };
  for (const step of steps) {
    if (step.kind === 'determination' || step.kind === 'referrals') flagStep();
    if (step.kind === 'determination' && summary.determination.kind !== 'answered') filled.push({ kind: 'determination', determination: best.determination });
    else if (step.kind === 'referrals' && summary.referrals.kind !== 'answered') filled.push({ kind: 'referrals', referrals: best.referrals });
    else filled.push(step);
  }
  flagStep();
  if (summary.determination.kind === 'none') filled.push({ kind: 'determination', determination: best.determination });
  if (summary.referrals.kind === 'none') filled.push({ kind: 'referrals', referrals: best.referrals });
  return filled;
}
