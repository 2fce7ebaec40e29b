// The notebook's search: ranks indicators for what a trainee types, by label first, then definition
// and the taxonomy's related terms (category, ILO indicators), with prefix and fuzzy matching
// (MiniSearch) and a few everyday words mapped to the taxonomy's own ("minor" finds the child
// indicators, "afraid" the fearful demeanour).
import MiniSearch from 'minisearch';

export interface SearchableIndicator {
  id: string;
  label: string;
  definition: string;
  /** Related taxonomy words: the category and the ILO indicators' labels. */
  related?: string;
}

/** Words trainees type → words the taxonomy uses. One place; add to it when a search misses. */
const EVERYDAY_WORDS: Readonly<Record<string, readonly string[]>> = {
  minor: ['child', 'age', 'under 18'],
  kid: ['child'],
  underage: ['child', 'age'],
  teenager: ['child', 'age'],
  afraid: ['fear', 'fearful'],
  scared: ['fear', 'fearful'],
  frightened: ['fear', 'fearful'],
  owe: ['debt'],
  owes: ['debt'],
  loan: ['debt'],
  passport: ['documents', 'identity'],
  papers: ['documents', 'identity'],
  id: ['identity', 'documents'],
  pay: ['wages'],
  salary: ['wages'],
  money: ['wages', 'debt', 'earnings'],
  locked: ['confinement', 'free to leave'],
  beaten: ['violence', 'physical abuse'],
  hit: ['violence', 'physical abuse'],
  tired: ['exhaustion'],
  hungry: ['malnutrition'],
  lies: ['scripted', 'rehearsed'],
  boyfriend: ['relationship', 'trust'],
  prostitution: ['commercial sex'],
  sex: ['commercial sex', 'sexual'],
};

const TOKEN = /[\s\-_,.;:!?()'"/]+/;

export interface IndicatorSearch {
  /** Ids ranked best first; every indicator, in the given order, for an empty query. */
  search(query: string): string[];
}

export function createIndicatorSearch(indicators: readonly SearchableIndicator[]): IndicatorSearch {
  const index = new MiniSearch<SearchableIndicator>({
    fields: ['label', 'definition', 'related'],
    storeFields: [],
    tokenize: (text) => text.split(TOKEN).filter(Boolean),
    searchOptions: { boost: { label: 4, related: 1.5, definition: 1 }, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  index.addAll(indicators.map((indicator) => ({ ...indicator, related: indicator.related ?? '' })));
  const all = indicators.map((indicator) => indicator.id);

  return {
    search(query) {
      const words = query.toLowerCase().split(TOKEN).filter(Boolean);
      if (words.length === 0) return all;
      // The typed words count fully; the mapped ones a little less, so an exact label still wins.
      const typed = index.search(words.join(' '));
      const mappedWords = words.flatMap((word) => EVERYDAY_WORDS[word] ?? []);
      const mapped = mappedWords.length > 0 ? index.search(mappedWords.join(' ')) : [];
      const scores = new Map<string, number>();
      for (const result of typed) scores.set(String(result.id), result.score);
      for (const result of mapped) scores.set(String(result.id), (scores.get(String(result.id)) ?? 0) + result.score * 0.8);
      return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    },
  };
}
