// What a trainee reads before pressing Start (title, summary, content warnings, objectives) must
// not give the case away: no determination, no form of exploitation the story portrays, no label of
// an indicator the story shows. Used by scenarioLibrary.test.ts for every shipped scenario.
import type { Scenario } from '../../../src/content/types';
import { determinationsById, formsById, indicatorsById } from '../../../src/content/taxonomy';

/** The phrases of a determination label that name the answer ("…for forced or bonded labour"). */
function determinationPhrases(label: string): string[] {
  const tail = label.replace(/^.*?(?: for |: )/, '');
  const phrases = [label, tail];
  // "forced or bonded labour" names "forced labour" and "bonded labour" as well.
  const either = /^(\w+) or (\w+) (\w+)$/.exec(tail);
  if (either) phrases.push(`${either[1]} ${either[3]}`, `${either[2]} ${either[3]}`);
  return phrases;
}

export function briefingText(scenario: Scenario): string {
  const { title, summary, contentWarnings, objectives } = scenario.meta;
  return [title, summary, ...contentWarnings, ...objectives].join('\n');
}

/** The phrases in the briefing that give the answer away, lower-cased. */
export function briefingSpoilers(scenario: Scenario): string[] {
  const text = briefingText(scenario).toLowerCase();
  const phrases = new Set<string>();
  for (const id of scenario.answerKey?.determinations ?? []) for (const phrase of determinationPhrases(determinationsById.get(id)?.label ?? id)) phrases.add(phrase);
  for (const id of scenario.meta.forms) if (formsById.get(id)?.kind === 'exploitation') phrases.add(formsById.get(id)!.label);
  for (const id of scenario.taggedIndicators) phrases.add(indicatorsById.get(id)?.label ?? id);
  return [...phrases].map((phrase) => phrase.toLowerCase()).filter((phrase) => phrase.length > 3 && text.includes(phrase));
}
