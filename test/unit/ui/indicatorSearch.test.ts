// The notebook's search over the real taxonomy: the words trainees type find the right indicators.
import { describe, expect, it } from 'vitest';
import { taxonomy } from '../../../src/content/taxonomy';
import { indicatorOptions } from '../../../src/app/taxonomyOptions';
import { createIndicatorSearch } from '../../../src/ui/indicatorSearch';

const search = createIndicatorSearch(indicatorOptions);

describe('indicator search', () => {
  it('ranks debt bondage first for "debt"', () => {
    expect(search.search('debt')[0]).toBe('debt_bondage');
  });

  it('finds the child indicators for "minor"', () => {
    expect(search.search('minor').slice(0, 3)).toContain('minor_in_exploitative_setting');
  });

  it('finds the fearful demeanour for "afraid" and forgives a typo', () => {
    expect(search.search('afraid').slice(0, 3)).toContain('fearful_demeanour');
    expect(search.search('pasport').slice(0, 5)).toEqual(expect.arrayContaining(['documents_withheld']));
    expect(search.search('bondge')[0]).toBe('debt_bondage');
  });

  it('lists every indicator for an empty query, in taxonomy order', () => {
    expect(search.search('  ')).toEqual(taxonomy.indicators.map((indicator) => indicator.id));
  });

  it('finds nothing for words that are not there', () => {
    expect(search.search('zzzzqqq')).toEqual([]);
  });
});
