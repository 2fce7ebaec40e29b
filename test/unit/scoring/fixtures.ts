// Hand-built scenarios and logs for scoring tests: scoring is a pure function of (scenario, log),
// so no story needs to run to test a rule.
import type { AnswerKey, ChoiceTags, Scenario, ScoringOverrides } from '../../../src/content/types';
import type { DecisionEvent, DecisionLog } from '../../../src/engine/log';

export function scenarioWith(key: Partial<AnswerKey> | null, scoring: ScoringOverrides = {}): Scenario {
  return {
    meta: {
      id: 'scn_test',
      title: 'Test',
      summary: 'A hand-built scenario.',
      forms: ['forced_labour'],
      contentWarnings: [],
      objectives: [],
      source: 'stories/scn_test.ink',
    },
    answerKey:
      key === null
        ? null
        : {
            determinations: ['potential_victim_labour'],
            referralsRequired: [],
            referralsHarmful: [],
            referralsUnnecessary: [],
            conditions: [],
            ...key,
          },
    scoring,
    taggedIndicators: [],
    storyJson: '{}',
    warnings: [],
  };
}

type Draft = DecisionEvent extends infer E ? (E extends DecisionEvent ? Omit<E, 'at'> : never) : never;

/** A log whose events are 1 s apart, in the order given. */
export function logOf(...events: Draft[]): DecisionLog {
  return events.map((event, i) => ({ ...event, at: i * 1000 }) as DecisionEvent);
}

let turn = 0;
export function choice(q: string | undefined, text = q ?? 'Walk on', extra: Partial<ChoiceTags> = {}): Draft {
  const tags: ChoiceTags = q === undefined ? { ...extra } : { q, ...extra };
  return { type: 'story.choice', turn: turn++, index: 0, text, tags };
}
export const shown = (indicator: string): Draft => ({ type: 'story.indicatorShown', indicator, line: `A line showing ${indicator}.` });
export const flag = (indicator: string): Draft => ({ type: 'notebook.flagged', indicator });
export const unflag = (indicator: string): Draft => ({ type: 'notebook.unflagged', indicator });
export const phase = (name: string): Draft => ({ type: 'story.phaseEntered', phase: name });
export const determination = (id: string): Draft => ({ type: 'form.determination', determination: id });
export const referrals = (...ids: string[]): Draft => ({ type: 'form.referrals', referrals: ids });
export const ended = (ending = 'safe_referral'): Draft => ({ type: 'story.ended', ending });
