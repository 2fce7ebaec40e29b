import { describe, expect, it } from 'vitest';
import { readableId, readableTitle } from '../../../src/util/words';

describe('words: an id as a trainee reads it', () => {
  it('reads snake_case (and kebab-case) ids as words', () => {
    expect(readableId('shut_down')).toBe('shut down');
    expect(readableId('half-asleep')).toBe('half asleep');
  });

  it('capitalises an id that stands alone', () => {
    expect(readableTitle('back_in_the_van')).toBe('Back in the van');
  });
});
