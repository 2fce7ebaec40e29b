// The synthesised sounds: every one renders to finite, audible, not clipped, small samples; loops
// join without a click; every `sfx` tag of the shipped stories has a sound and a caption.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSoundIds, captionForSfx, soundDefinition, storySound } from '../../../src/game/audio/sounds';
import { encodeWav, SAMPLE_RATE } from '../../../src/game/audio/synth';

const storiesDir = join(import.meta.dirname, '../../../stories');
const sceneDir = join(import.meta.dirname, '../../../assets/scenes');

describe('game sounds', () => {
  it.each(allSoundIds())('%s renders audible, unclipped and short', (id) => {
    const definition = soundDefinition(id);
    const signal = definition.make();
    expect(signal.length).toBeGreaterThan(SAMPLE_RATE * 0.05);
    expect(signal.length).toBeLessThan(SAMPLE_RATE * 7);
    let peak = 0;
    let finite = true;
    for (const value of signal) {
      finite &&= Number.isFinite(value);
      peak = Math.max(peak, Math.abs(value));
    }
    expect(finite).toBe(true);
    expect(peak).toBeGreaterThan(0.05);
    expect(peak).toBeLessThanOrEqual(1.0001);
    expect(definition.caption.length).toBeGreaterThan(3);
    if (definition.loop) {
      // The seam: the last sample flows into the first without a jump bigger than the signal's own steps.
      expect(Math.abs(signal[signal.length - 1]! - signal[0]!)).toBeLessThan(0.5);
    }
    expect(encodeWav(signal).length).toBe(44 + signal.length * 2);
  });

  it('is the same sound on every render (seeded)', () => {
    expect(soundDefinition('rain').make()).toEqual(soundDefinition('rain').make());
  });

  it('has a sound and a caption for every sfx tag of the shipped stories, and an ambience for every scene', () => {
    const sfx = new Set<string>();
    for (const name of readdirSync(storiesDir).filter((file) => file.endsWith('.ink'))) {
      for (const match of readFileSync(join(storiesDir, name), 'utf8').matchAll(/#\s*sfx:\s*([a-z_]+)/g)) sfx.add(match[1]!);
    }
    expect(sfx.size).toBeGreaterThan(3);
    expect([...sfx].filter((id) => storySound(id) === undefined)).toEqual([]);
    expect(captionForSfx('a_sound_nobody_made')).toBe('Sound: a sound nobody made.');
    for (const file of readdirSync(sceneDir).filter((name) => name.endsWith('.json'))) {
      const layout = JSON.parse(readFileSync(join(sceneDir, file), 'utf8')) as { ambience: string };
      expect(soundDefinition(layout.ambience as never)?.kind, file).toBe('ambience');
    }
  });
});
