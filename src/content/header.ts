// From validated header tags to the scenario's metadata, answer key and scoring overrides.
// Rules that need more than one tag live here: what a scored story must declare, and an answer
// key that contradicts itself.
import type { AnswerKey, Diagnostic, ScenarioMeta, ScoringOverrides } from './types';
import type { HeaderTag } from './validateTags';
import { splitList } from './tags';
import { ANSWER_KEY_TAGS, REQUIRED_FOR_SCORING, type HeaderKey } from './tagVocabulary';
import { baseNameWithoutExtension } from './paths';

export { ANSWER_KEY_TAGS, REQUIRED_FOR_SCORING } from './tagVocabulary';

export interface ScenarioHeader {
  meta: ScenarioMeta;
  answerKey: AnswerKey | null;
  scoring: ScoringOverrides;
  diagnostics: Diagnostic[];
}

/** `none` alone means an empty list (a decoy has no form; some cases need no referral). */
function ids(value: string | undefined): string[] {
  const items = splitList(value ?? '');
  return items.length === 1 && items[0] === 'none' ? [] : items;
}

/**
 * `keysGiven`: header keys present in the file even if their value was refused (those already
 * have their own error and are not reported missing too).
 */
export function buildScenarioHeader(header: readonly HeaderTag[], rootPath: string, keysGiven: readonly string[] = []): ScenarioHeader {
  const diagnostics: Diagnostic[] = [];
  const first = (key: HeaderKey) => header.find((tag) => tag.key === key);
  const value = (key: HeaderKey) => first(key)?.value;
  const all = (key: HeaderKey) => header.filter((tag) => tag.key === key).map((tag) => tag.value);

  const given = (key: HeaderKey) => first(key) !== undefined || keysGiven.includes(key);
  const scored = ANSWER_KEY_TAGS.some(given);
  const missing = scored ? REQUIRED_FOR_SCORING.filter((key) => !given(key)) : [];
  if (missing.length > 0) {
    diagnostics.push({
      severity: 'error',
      file: rootPath,
      line: 1,
      message: `missing header tag${missing.length === 1 ? '' : 's'} ${missing.map((key) => `'${key}'`).join(', ')}: a scored scenario (one with an answer key) needs ${REQUIRED_FOR_SCORING.join(', ')}`,
    });
  }

  const minutes = value('minutes');
  const difficulty = value('difficulty') as ScenarioMeta['difficulty'];
  const meta: ScenarioMeta = {
    id: value('id') ?? baseNameWithoutExtension(rootPath),
    title: value('title') ?? value('id') ?? baseNameWithoutExtension(rootPath),
    summary: value('summary') ?? '',
    forms: ids(value('form')),
    contentWarnings: all('content_warning'),
    objectives: all('objective'),
    ...(all('teaching_point').length > 0 && { teachingPoints: all('teaching_point') }),
    source: rootPath,
    ...(value('setting') !== undefined && { setting: value('setting') }),
    ...(minutes !== undefined && { minutes: Number.parseInt(minutes, 10) }),
    ...(difficulty !== undefined && { difficulty }),
    ...(value('scene') !== undefined && { scene: value('scene') }),
    ...(value('exploration') === 'partial' && { partialExplorationAccepted: true }),
  };

  const answerKey: AnswerKey | null = scored
    ? {
        determinations: ids(value('determination')),
        referralsRequired: ids(value('referrals_required')),
        referralsHarmful: ids(value('referrals_harmful')),
        referralsUnnecessary: ids(value('referrals_unnecessary')),
        conditions: ids(value('conditions')),
        ...(value('screen') !== undefined && { peopleToScreen: ids(value('screen')) }),
      }
    : null;
  if (answerKey) diagnostics.push(...contradictions(answerKey, header, rootPath));

  const weights: NonNullable<ScoringOverrides['weights']> = {};
  for (const competency of ['identification', 'questioning', 'referral'] as const) {
    const weight = value(`weight_${competency}`);
    if (weight !== undefined) weights[competency] = Number(weight);
  }
  const passMark = value('pass_mark');
  const criticalDecisions = value('critical_decisions');
  const scoring: ScoringOverrides = {
    ...(Object.keys(weights).length > 0 && { weights }),
    ...(passMark !== undefined && { passMark: Number(passMark) }),
    ...(criticalDecisions !== undefined && { criticalDecisions: ids(criticalDecisions) }),
  };
  return { meta, answerKey, scoring, diagnostics };
}

/** The same referral cannot be both needed and harmful (or unnecessary): the key would be unwinnable. */
function contradictions(key: AnswerKey, header: readonly HeaderTag[], rootPath: string): Diagnostic[] {
  const lineOf = (tag: string) => header.find((entry) => entry.key === tag)?.line ?? 1;
  const pairs: Array<[string, string[], string, string[]]> = [
    ['referrals_required', key.referralsRequired, 'referrals_harmful', key.referralsHarmful],
    ['referrals_required', key.referralsRequired, 'referrals_unnecessary', key.referralsUnnecessary],
    ['referrals_harmful', key.referralsHarmful, 'referrals_unnecessary', key.referralsUnnecessary],
  ];
  const found: Diagnostic[] = [];
  for (const [firstTag, firstIds, secondTag, secondIds] of pairs) {
    for (const id of firstIds.filter((candidate) => secondIds.includes(candidate))) {
      found.push({
        severity: 'error',
        file: rootPath,
        line: lineOf(secondTag),
        message: `the answer key contradicts itself: '${id}' is in both ${firstTag} and ${secondTag}`,
      });
    }
  }
  return found;
}
