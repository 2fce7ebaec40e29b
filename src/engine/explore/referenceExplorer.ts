// The reference the explorer is tested against: it follows every path separately and scores each
// one's real decision log with score(), with none of the explorer's shortcuts: no point is
// remembered, no summary is kept (the log is), nothing is merged or dropped as dominated, and no
// score is cached. Every form the story asks for is answered with every candidate (answers.ts) at
// the point it is asked, whether or not the story reads the answer; forms the story never asks for
// are filled in after the end, and the notebook (scored by its final state) before the first form.
// It is exponential in the story's length and meant for small stories in tests.
//
// The one rule it shares with the explorer: a path that comes back to a point already on it (the
// same story state key, interview numbers and scoring seed) is cut there, because following a loop
// forever adds no ending; both state this rule the same way (docs/scoring.md).
import type { DecisionKind, Scenario } from '../../content/types';
import { questionTypesById } from '../../content/taxonomy';
import type { DecisionEvent } from '../log';
import { StoryRunner, StoryRunnerError, type RunnerMark } from '../storyRunner';
import { visitedIn } from '../inkInternals';
import { applyChoice, choiceAvailability, initialInterviewContext, type InterviewContext } from '../machines/interviewModel';
import { score, type Scores } from '../scoring/score';
import { determinationCandidates, flagCandidates, referralCandidates } from './answers';
import { analyseStory } from './inkState';
import type { DeadEnd, ExploreReport, PathStep } from './report';
import { lineEvents } from './lineEvents';
import { choiceOrder, withFixedSeed } from './search';
import { StateKeyReader } from './stateKey';

export interface ReferenceOptions {
  /** Stop after this many points and mark the report truncated (default 200 000). */
  maxStates?: number;
}

/** A log event before the clock is read: `at` is filled in when the log is scored. */
type Untimed = DecisionEvent;

interface Visit {
  /** Where the story stood before `input`. */
  from: RunnerMark;
  /** The trainee's input from there (a choice or a form answer), none at the start. */
  input: ((runner: StoryRunner) => void) | null;
  interview: InterviewContext;
  log: readonly Untimed[];
  steps: readonly PathStep[];
  /** Keys of the points on the path so far, innermost last. */
  onPath: readonly string[];
}

const COMPETENCIES = ['identification', 'questioning', 'referral', 'overall'] as const;
const DEAD_END_REPORT_LIMIT = 20;

export function exploreEveryPath(scenario: Scenario, options: ReferenceOptions = {}): ExploreReport {
  const maxStates = options.maxStates ?? 200_000;
  const structure = analyseStory(scenario.storyJson);
  const keys = new StateKeyReader(structure);
  const runner = new StoryRunner(structure.instrumentedJson, { source: scenario.meta.source });
  const usesEndingTags = /[\^"]\s*ending\s*:/.test(scenario.storyJson);
  const endings = new Set<string>();
  const visited = new Set<string>();
  const shown = new Set<string>();
  const deadEnds: DeadEnd[] = [];
  let states = 0;
  let truncated = false;
  let min: Scores | null = null;
  let max: Scores | null = null;
  let bestPath: PathStep[] | null = null;
  let bestOverall = -Infinity;

  const recordDeadEnd = (path: readonly PathStep[], knot: string | null, lastLine: string | null, reason: string): void => {
    if (deadEnds.length >= DEAD_END_REPORT_LIMIT) return;
    if (deadEnds.some((known) => known.knot === knot && known.reason === reason && known.lastLine === lastLine)) return;
    deadEnds.push({ path: [...path], knot, lastLine, reason });
  };

  /** Score a finished path with every combination of the trainee's open answers. */
  const finish = (log: readonly Untimed[], steps: readonly PathStep[]): void => {
    if (!scenario.answerKey) return;
    const seen = [...new Set(log.flatMap((event) => (event.type === 'story.indicatorShown' ? [event.indicator] : [])))].sort();
    const owed: DecisionKind[] = (['determination', 'referrals'] as const).filter(
      (form) => !log.some((event) => event.type === (form === 'determination' ? 'form.determination' : 'form.referrals')),
    );
    const determinations = owed.includes('determination') ? determinationCandidates() : [null];
    const referralSets = owed.includes('referrals') ? referralCandidates(scenario.answerKey) : [null];
    const firstForm = log.findIndex((event) => event.type === 'form.determination' || event.type === 'form.referrals');
    const flagAt = firstForm === -1 ? log.length : firstForm;
    for (const flags of flagCandidates(seen)) {
      for (const determination of determinations) {
        for (const referrals of referralSets) {
          const full: Untimed[] = [
            ...log.slice(0, flagAt),
            ...flags.map((indicator): Untimed => ({ type: 'notebook.flagged', at: 0, indicator })),
            ...log.slice(flagAt),
          ];
          if (determination !== null) full.push({ type: 'form.determination', at: 0, determination });
          if (referrals !== null) full.push({ type: 'form.referrals', at: 0, referrals });
          const result = score(scenario, full.map((event, i) => ({ ...event, at: i * 1000 })));
          if (!result) continue;
          const scores = result.scores;
          if (!min || !max) {
            min = { ...scores };
            max = { ...scores };
          } else {
            for (const c of COMPETENCIES) min[c] = Math.min(min[c], scores[c]);
            for (const c of COMPETENCIES) if (c !== 'overall') max[c] = Math.max(max[c], scores[c]);
          }
          max.overall = Math.max(max.overall, scores.overall);
          if (scores.overall > bestOverall) {
            bestOverall = scores.overall;
            bestPath = withAnswers(steps, flags, determination, referrals);
          }
        }
      }
    }
  };

  runner.mirrorInterview(initialInterviewContext());
  runner.restore(withFixedSeed(runner.snapshot()));
  const stack: Visit[] = [{ from: runner.mark(), input: null, interview: initialInterviewContext(), log: [], steps: [], onPath: [] }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    runner.resumeAt(visit.from);
    let step;
    try {
      visit.input?.(runner);
      step = runner.continue();
    } catch (error) {
      if (!(error instanceof StoryRunnerError)) throw error;
      const earlier = new Set(visitedIn(visit.from.ink));
      const place = keys.place(runner.view());
      const entered = place.visited.filter((knot) => !earlier.has(knot) && !knot.includes('.'));
      recordDeadEnd(visit.steps, entered[entered.length - 1] ?? place.currentKnot ?? place.lastKnot, null, error.message.replace(/^[^:]*: /, ''));
      continue;
    }
    const read = lineEvents(step, visit.interview);
    for (const event of read.events) if (event.type === 'story.indicatorShown') shown.add(event.indicator);
    const interview = read.interview;
    const log = [...visit.log, ...read.events];
    const facts = keys.read(runner.view(), !usesEndingTags);
    for (const knot of facts.visited) visited.add(knot);
    // The explorer's own point identity (search.ts tailsAt), so both cut the same loops.
    const consent = log.some((e) => e.type === 'story.choice' && e.tags.q === 'seek_informed_consent');
    const rapport = facts.liveVariables.has('rapport') ? String(interview.rapport) : '-';
    const distress = facts.choicesAhead || facts.liveVariables.has('distress') ? String(interview.distress) : '-';
    const key = `${facts.key}\n${rapport},${distress}\n${freeAccountBegun(log)}|${consent}`;
    if (visit.onPath.includes(key)) continue;
    if (states >= maxStates) {
      truncated = true;
      continue;
    }
    states++;
    const onPath = [...visit.onPath, key];
    const here = runner.mark();
    const lastLine = step.lines[step.lines.length - 1]?.text ?? null;

    if (step.decision) {
      const decision = step.decision;
      const answers = decision === 'determination' ? determinationCandidates().map((id) => [id]) : scenario.answerKey ? referralCandidates(scenario.answerKey) : [[]];
      for (const answer of [...answers].reverse()) {
        const formEvent: Untimed =
          decision === 'determination'
            ? { type: 'form.determination', at: 0, determination: answer[0] ?? '' }
            : { type: 'form.referrals', at: 0, referrals: answer };
        const action: PathStep = decision === 'determination' ? { kind: 'determination', determination: answer[0] ?? '' } : { kind: 'referrals', referrals: answer };
        stack.push({
          from: here,
          input: (r) => (decision === 'determination' ? r.setDetermination(answer[0] ?? '') : r.setReferrals(answer)),
          interview,
          log: [...log, { type: 'story.decisionRequested', at: 0, decision }, formEvent],
          steps: [...visit.steps, action],
          onPath,
        });
      }
      continue;
    }
    if (step.ended) {
      if (usesEndingTags && facts.endingTag === null) {
        recordDeadEnd(visit.steps, facts.lastKnot, lastLine, 'the story stops here without an ending (no choice, no `ending` tag)');
      } else {
        endings.add(step.ending ?? 'end');
      }
      finish([...log, { type: 'story.ended', at: 0, ending: step.ending ?? 'end' }], visit.steps);
      continue;
    }
    const availability = choiceAvailability(interview, step.choices.map((choice) => choice.tags));
    for (const position of [...choiceOrder(step.choices)].reverse()) {
      const choice = step.choices[position]!;
      if (!availability[position]?.available) continue;
      const applied = applyChoice(interview, choice.tags);
      stack.push({
        from: here,
        input: (r) => {
          r.choose(choice.index);
          r.mirrorInterview(applied.context);
        },
        interview: applied.context,
        log: [...log, { type: 'story.choice', at: 0, turn: 0, index: choice.index, text: choice.text, tags: choice.tags }],
        steps: [...visit.steps, { kind: 'choice', index: choice.index, text: choice.text, ...(choice.tags.q ? { q: choice.tags.q } : {}) }],
        onPath,
      });
    }
  }

  return {
    scenario: scenario.meta.id,
    states,
    endings: [...endings].sort(),
    deadEnds,
    unreachableKnots: structure.knots.filter((knot) => !visited.has(knot)),
    indicatorsNeverShown: scenario.taggedIndicators.filter((id) => !shown.has(id)),
    min,
    max,
    bestPath,
    truncated,
  };
}

/** The free account has begun on this path (the story entered its phase, or the trainee invited one). */
function freeAccountBegun(log: readonly Untimed[]): boolean {
  return log.some(
    (event) =>
      (event.type === 'story.phaseEntered' && event.phase === 'free_account') ||
      (event.type === 'story.choice' && event.tags.q !== undefined && questionTypesById.get(event.tags.q)?.phase === 'free_account'),
  );
}

/** The steps of a path with the answers the trainee gave at the end. */
function withAnswers(steps: readonly PathStep[], flags: string[], determination: string | null, referrals: string[] | null): PathStep[] {
  const out: PathStep[] = [];
  let flagged = false;
  for (const step of steps) {
    if (!flagged && (step.kind === 'determination' || step.kind === 'referrals')) {
      out.push({ kind: 'flags', indicators: flags });
      flagged = true;
    }
    out.push(step);
  }
  if (!flagged) out.push({ kind: 'flags', indicators: flags });
  if (determination !== null) out.push({ kind: 'determination', determination });
  if (referrals !== null) out.push({ kind: 'referrals', referrals });
  return out;
}
