// The form answers the explorer tries. Flags, determinations and referrals are not part of the
// story graph, so they are not enumerated blindly (2^57 notebooks, 2^23 referral sets): the best
// and worst answers follow from the answer key and from what the path showed.
import type { AnswerKey } from '../../content/types';
import { idsOf } from '../../content/taxonomy';
import type { ConsentAnswer } from '../log';
import { requiredReferrals } from '../scoring/referral';

/** Notebooks worth scoring for a path that showed `shown`: exactly right, empty, all wrong, all. */
export function flagCandidates(shown: readonly string[]): string[][] {
  const all = idsOf('indicators');
  const wrong = all.filter((id) => !shown.includes(id));
  return uniqueSets([[...shown], [], wrong, all]);
}

/** Every determination: there are only eleven, and partial credit differs between them. */
export function determinationCandidates(): string[] {
  return idsOf('determinations');
}

/**
 * Referral forms worth trying: exactly the required ones as the person's answers leave them
 * (best), every harmful and unnecessary one with none required (worst), nothing, each harmful
 * referral alone, and the required ones with everything the person declined.
 */
export function referralCandidates(key: AnswerKey, answers: ReadonlyMap<string, ConsentAnswer> = new Map()): string[][] {
  const required = requiredReferrals(key, answers);
  const declined = [...answers].filter(([, answer]) => answer === 'declines').map(([id]) => id);
  const harmful = [...new Set(key.referralsHarmful)];
  const unnecessary = [...new Set(key.referralsUnnecessary)];
  return uniqueSets([
    required,
    [...harmful, ...unnecessary.filter((id) => !harmful.includes(id))],
    [],
    ...harmful.map((id) => [id]),
    ...(declined.length > 0 ? [[...required, ...declined.filter((id) => !required.includes(id))]] : []),
  ]);
}

function uniqueSets(sets: string[][]): string[][] {
  const seen = new Set<string>();
  const unique: string[][] = [];
  for (const set of sets) {
    const members = [...new Set(set)];
    const key = [...members].sort().join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(members);
  }
  return unique;
}
