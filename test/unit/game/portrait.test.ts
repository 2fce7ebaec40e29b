// The portrait system: every speaking character of the shipped stories has a look of their own, every
// mood word the stories use maps to an expression, and the SVG is well-formed for every combination.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPRESSIONS, expressionFor, knownSpeakers, lookFor, portraitSvg } from '../../../src/game/portraits/portrait';

const storiesDir = join(import.meta.dirname, '../../../stories');
const storyTexts = readdirSync(storiesDir)
  .filter((name) => name.endsWith('.ink'))
  .map((name) => readFileSync(join(storiesDir, name), 'utf8'));

function tagValues(key: string): Set<string> {
  const values = new Set<string>();
  const pattern = new RegExp(`#\\s*${key}:\\s*([^#\\n]+)`, 'g');
  for (const text of storyTexts) for (const match of text.matchAll(pattern)) values.add(match[1]!.trim());
  return values;
}

describe('portraits', () => {
  it('gives every speaker of the shipped stories a look of their own', () => {
    const speakers = tagValues('speaker');
    expect(speakers.size).toBeGreaterThan(20);
    const missing = [...speakers].filter((speaker) => !knownSpeakers().includes(speaker));
    expect(missing).toEqual([]);
  });

  it('maps every mood word the stories use to an expression of its own, not the distress fallback', () => {
    const unmapped = [...tagValues('mood')].filter((mood) => expressionFor(mood, 0) === 'neutral' && expressionFor(mood, 9) === 'afraid');
    expect(unmapped).toEqual([]);
  });

  it('lets distress choose the face when a line has no mood', () => {
    expect(expressionFor(null, 2)).toBe('neutral');
    expect(expressionFor(null, 5)).toBe('guarded');
    expect(expressionFor(null, 8)).toBe('afraid');
    expect(expressionFor('relieved', 8)).toBe('warm');
  });

  it('draws a different face for each expression and a neutral default for an unknown speaker', () => {
    const look = lookFor('Tess');
    const faces = new Set(EXPRESSIONS.map((expression) => portraitSvg(look, expression)));
    expect(faces.size).toBe(EXPRESSIONS.length);
    expect(lookFor('Someone a trainer just wrote')).toEqual(lookFor('another unknown'));
    for (const speaker of knownSpeakers()) {
      const svg = portraitSvg(lookFor(speaker), 'sad');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined/);
    }
  });
});
