// How each Threshold tag's value is checked at compile time. The keys, where each may stand and the
// kind of its value are declared once in tagVocabulary.ts; here each kind of value gets its check.
// Value checks return a message (without the file:line prefix) or undefined.
import { closest, idsOf, type IdListName } from './taxonomy';
import { parseSignedInteger, splitList } from './tags';
import { TAG_KEYS, TAG_VOCABULARY, type TagPosition, type TagSpec, type TagValue } from './tagVocabulary';

export { keysAt } from './tagVocabulary';

export type ValueCheck = (value: string) => string | undefined;

export interface KeyRule {
  position: TagPosition;
  /** May appear more than once (header: several tags; line: values accumulate). */
  repeatable: boolean;
  check: ValueCheck;
}

const listNoun: Record<IdListName, string> = {
  forms: 'form',
  indicators: 'indicator',
  question_types: 'question type',
  referrals: 'referral',
  determinations: 'determination',
  conditions: 'condition',
  settings: 'setting',
  interview_phases: 'interview phase',
};

/** Lists longer than this are not printed in full; the message says where to look instead. */
const MAX_LISTED_VALUES = 15;

export function unknownValueMessage(noun: string, value: string, allowed: readonly string[], where: string): string {
  const suggestion = closest(value, allowed);
  if (suggestion) return `unknown ${noun} '${value}' — did you mean ${suggestion}?`;
  if (allowed.length <= MAX_LISTED_VALUES) return `unknown ${noun} '${value}'; allowed: ${allowed.join(', ')}`;
  return `unknown ${noun} '${value}'; the allowed ids are listed in ${where}`;
}

/** The ids a taxonomy-valued tag may take (interview phases without the question types' `any`). */
export function allowedIds(list: IdListName): string[] {
  const ids = idsOf(list);
  return list === 'interview_phases' ? ids.filter((id) => id !== 'any') : ids;
}

function oneOf(list: IdListName): ValueCheck {
  return (value) => {
    const allowed = allowedIds(list);
    return allowed.includes(value) ? undefined : unknownValueMessage(listNoun[list], value, allowed, `taxonomy.${list} (src/content/taxonomy/taxonomy.json)`);
  };
}

/** A comma list of ids; `none` (alone) stands for an empty list where `allowNone`. */
function listOf(list: IdListName, allowNone: boolean): ValueCheck {
  const single = oneOf(list);
  return (value) => {
    const items = splitList(value);
    if (allowNone && items.length === 1 && items[0] === 'none') return undefined;
    if (items.length === 0) return `expected one or more ${listNoun[list]} ids${allowNone ? " (or 'none')" : ''}`;
    for (const item of items) {
      if (item === 'none' && allowNone) return `'none' must stand alone, not in a list with other ${listNoun[list]} ids`;
      const problem = single(item);
      if (problem) return problem;
    }
    return undefined;
  };
}

function choiceOf(noun: string, allowed: readonly string[]): ValueCheck {
  return (value) => (allowed.includes(value) ? undefined : unknownValueMessage(noun, value, allowed, 'docs/authoring.md'));
}

const nonEmpty: ValueCheck = (value) => (value === '' ? 'needs a value after the colon' : undefined);

function matches(pattern: RegExp, description: string): ValueCheck {
  return (value) => (pattern.test(value) ? undefined : `'${value}' is not ${description}`);
}

const snakeCase = matches(/^[a-z][a-z0-9_]*$/, 'a snake_case id (lower-case letters, digits and _)');
const snakeCaseList: ValueCheck = (value) => {
  const items = splitList(value);
  if (items.length === 0) return 'expected one or more snake_case names, comma separated';
  return items.map((item) => snakeCase(item)).find((problem) => problem !== undefined);
};
const fileId = matches(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'a file name without extension (letters, digits, _ and -)');

const signedInteger: ValueCheck = (value) =>
  parseSignedInteger(value) === undefined ? `'${value}' is not a whole number; write it like +1 or -2` : undefined;

const positiveInteger: ValueCheck = (value) =>
  /^\d+$/.test(value) && Number.parseInt(value, 10) > 0 ? undefined : `'${value}' is not a whole number of minutes (e.g. 15)`;

/** Digits allowed before the point: a weight of a billion is a typo, and 400 digits would be Infinity. */
const MAX_WEIGHT = 1000;

const weight: ValueCheck = (value) =>
  /^\d{1,4}(\.\d{1,4})?$/.test(value) && Number(value) > 0 && Number(value) <= MAX_WEIGHT
    ? undefined
    : `'${value}' is not a weight; write a number more than 0 and at most ${MAX_WEIGHT} (e.g. 1 or 0.5)`;

const percentage: ValueCheck = (value) =>
  /^\d+(\.\d+)?$/.test(value) && Number(value) <= 100 ? undefined : `'${value}' is not a pass mark; write a number from 0 to 100`;

/** The check for each kind of value the vocabulary declares. */
function checkFor(value: TagValue): ValueCheck {
  switch (value.kind) {
    case 'text':
      return nonEmpty;
    case 'snakeId':
      return snakeCase;
    case 'snakeIds':
      return snakeCaseList;
    case 'fileId':
      return fileId;
    case 'signedInteger':
      return signedInteger;
    case 'minutes':
      return positiveInteger;
    case 'weight':
      return weight;
    case 'percentage':
      return percentage;
    case 'choice':
      return choiceOf(value.noun, value.values);
    case 'taxonomyId':
      return oneOf(value.list);
    case 'taxonomyIds':
      return listOf(value.list, value.allowNone);
  }
}

/** The rule for every key of the vocabulary (tagVocabulary.ts), built from its declaration. */
export const keyRules: Readonly<Record<string, KeyRule>> = Object.fromEntries(
  TAG_KEYS.map((key) => {
    const spec: TagSpec = TAG_VOCABULARY[key];
    return [key, { position: spec.position, repeatable: spec.repeatable === true, check: checkFor(spec.value) }];
  }),
);

/** Where a key belongs, said so that a trainer can move it. */
export function misplacedMessage(key: string, rule: KeyRule, found: TagPosition): string {
  switch (rule.position) {
    case 'header':
      return `'${key}' is a header tag: put it with the other header tags at the very top of the root file, before INCLUDE, VAR and any text (anywhere else Ink attaches it to a line)`;
    case 'line':
      return found === 'choice'
        ? `'${key}' is a line tag and does nothing inside a choice's [ ]: put it after the ] (it then tags the line the choice prints) or after a line of text`
        : `'${key}' is a line tag: put it after the text of a line in the story, not in the header (at the top Ink makes it a global tag)`;
    case 'choice':
      return `'${key}' is a choice tag: put it inside the square brackets of a choice, e.g. * [Ask what happened # ${key}: ...]`;
  }
}
