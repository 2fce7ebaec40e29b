// Every sound the game plays: its caption (shown when captions are on, and in the transcript), whether
// it loops, and how it is made. Ambiences loop for as long as the trainee is at a location; the
// others are story sounds named by `sfx` tags and interface sounds. All are synthesised by the
// project (synth.ts), so there is no recording to license and nothing to download.
import { bandPass, hit, lowPass, mixAt, noise, normalise, samples, seamless, seededRandom, shape, tone } from './synth';
import { readableId } from '../../util/words';

export type SoundKind = 'ambience' | 'story' | 'interface';

export interface SoundDefinition {
  kind: SoundKind;
  caption: string;
  loop: boolean;
  make: () => Float32Array;
}

function rain(seconds: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const hiss = normalise(bandPass(noise(seconds, random), 400, 5000), 0.5);
  for (let drop = 0; drop < seconds * 30; drop++) {
    mixAt(hiss, shape(bandPass(noise(0.03, random), 1500, 6000), hit(0.001, 0.006)), random() * (seconds - 0.05), 0.5);
  }
  return hiss;
}

function passingCar(seconds: number, random: () => number): Float32Array {
  const body = lowPass(noise(seconds, random), 300);
  const middle = seconds / 2;
  return normalise(
    shape(body, (t) => Math.exp(-(((t - middle) / (seconds / 5)) ** 2))),
    0.7,
  );
}

function knock(random: () => number): Float32Array {
  return normalise(shape(lowPass(noise(0.12, random), 500), hit(0.002, 0.025)), 1);
}

function step(random: () => number): Float32Array {
  return normalise(shape(bandPass(noise(0.1, random), 120, 1200), hit(0.003, 0.03)), 1);
}

const SOUNDS = {
  // Ambiences (named by assets/scenes/<id>.json).
  rain: { kind: 'ambience', caption: 'Rain drums on the roof.', loop: true, make: () => seamless(rain(4.2, 1), 0.2) },
  traffic: {
    kind: 'ambience',
    caption: 'Traffic passes on the road.',
    loop: true,
    make: () => {
      const random = seededRandom(2);
      const base = normalise(lowPass(noise(6.3, random), 180), 0.25);
      mixAt(base, passingCar(3, random), 0.5, 0.8);
      mixAt(base, passingCar(2.5, random), 3.4, 0.6);
      return seamless(base, 0.3);
    },
  },
  room: {
    kind: 'ambience',
    caption: 'A quiet room hums.',
    loop: true,
    make: () => {
      const hum = tone(3.3, 50);
      mixAt(hum, tone(3.3, 100), 0, 0.3);
      mixAt(hum, lowPass(noise(3.3, seededRandom(3)), 600), 0, 0.6);
      return seamless(normalise(hum, 0.15), 0.3);
    },
  },
  wind: {
    kind: 'ambience',
    caption: 'Wind moves across the fields.',
    loop: true,
    make: () => seamless(normalise(shape(bandPass(noise(6.4, seededRandom(4)), 150, 900), (t) => 0.6 + 0.4 * Math.sin(t * 1.3)), 0.35), 0.4),
  },
  crowd: {
    kind: 'ambience',
    caption: 'A busy hall murmurs; announcements echo.',
    loop: true,
    make: () => {
      const random = seededRandom(5);
      const murmur = shape(bandPass(noise(6.4, random), 250, 1100), (t) => 0.7 + 0.3 * Math.sin(t * 5) * Math.sin(t * 2.3));
      mixAt(murmur, shape(tone(0.5, 660), hit(0.01, 0.2)), 1.0, 0.15);
      mixAt(murmur, shape(tone(0.6, 523), hit(0.01, 0.25)), 1.4, 0.15);
      return seamless(normalise(murmur, 0.3), 0.4);
    },
  },
  site: {
    kind: 'ambience',
    caption: 'Machinery rumbles; metal clanks on the scaffold.',
    loop: true,
    make: () => {
      const random = seededRandom(6);
      const rumble = normalise(lowPass(noise(6.3, random), 120), 0.35);
      const clank = shape(tone(0.5, 820), hit(0.001, 0.08));
      mixAt(clank, shape(tone(0.5, 1230), hit(0.001, 0.05)), 0, 0.6);
      mixAt(rumble, clank, 1.2, 0.25);
      mixAt(rumble, clank, 3.9, 0.2);
      return seamless(rumble, 0.3);
    },
  },
  harbour: {
    kind: 'ambience',
    caption: 'Engines idle at the port; water laps at the quay.',
    loop: true,
    make: () => {
      const random = seededRandom(7);
      const engines = normalise(shape(lowPass(noise(6.4, random), 90), (t) => 0.8 + 0.2 * Math.sin(t * 8)), 0.3);
      mixAt(engines, shape(bandPass(noise(6.4, random), 200, 1500), (t) => 0.5 + 0.5 * Math.sin(t * 1.6)), 0, 0.2);
      return seamless(engines, 0.4);
    },
  },

  // Story sounds (named by `sfx` tags).
  door_knock: {
    kind: 'story',
    caption: 'Knocking at a door.',
    loop: false,
    make: () => {
      const random = seededRandom(10);
      const out = samples(1);
      for (const at of [0, 0.22, 0.44]) mixAt(out, knock(random), at, 0.9);
      return out;
    },
  },
  footsteps: {
    kind: 'story',
    caption: 'Footsteps.',
    loop: false,
    make: () => {
      const random = seededRandom(11);
      const out = samples(1.8);
      for (let i = 0; i < 4; i++) mixAt(out, step(random), i * 0.42, 0.7);
      return out;
    },
  },
  phone_buzz: {
    kind: 'story',
    caption: 'A phone buzzes.',
    loop: false,
    make: () => {
      const buzz = shape(tone(1.2, 170, true), (t) => (t % 0.6 < 0.35 ? 0.5 : 0));
      return lowPass(buzz, 900);
    },
  },
  radio_chatter: {
    kind: 'story',
    caption: 'A police radio crackles with chatter.',
    loop: false,
    make: () => {
      const random = seededRandom(12);
      const out = samples(1.6);
      mixAt(out, shape(tone(0.08, 1400), hit(0.002, 0.04)), 0, 0.3);
      for (let i = 0; i < 5; i++) mixAt(out, shape(bandPass(noise(0.2, random), 500, 2500), (t) => Math.sin((Math.PI * t) / 0.2)), 0.1 + i * 0.26, 0.6);
      return normalise(out, 0.6);
    },
  },
  rain_burst: { kind: 'story', caption: 'Rain drums on the roof.', loop: false, make: () => shape(rain(2, 13), (t) => Math.min(1, t * 4, (2 - t) * 2)) },
  passing_car: { kind: 'story', caption: 'A car passes on the road.', loop: false, make: () => passingCar(2.5, seededRandom(14)) },

  // Interface sounds.
  flag: {
    kind: 'interface',
    caption: 'Notebook chime.',
    loop: false,
    make: () => {
      const out = shape(tone(0.4, 660), hit(0.005, 0.1));
      return normalise(mixAt(out, shape(tone(0.3, 990), hit(0.005, 0.08)), 0.09, 0.8), 0.8);
    },
  },
} as const satisfies Record<string, SoundDefinition>;

export type SoundId = keyof typeof SOUNDS;

/**
 * `sfx` tags name a story sound; two of them share a name with an ambience (`rain`, `traffic`), which
 * as a one-off is a short burst rather than the loop.
 */
const STORY_ALIASES: Readonly<Record<string, SoundId>> = { rain: 'rain_burst', traffic: 'passing_car' };

export function isSoundId(id: string): id is SoundId {
  return Object.hasOwn(SOUNDS, id);
}

export function soundDefinition(id: SoundId): SoundDefinition {
  return SOUNDS[id];
}

/** The sound an `sfx` tag plays, or undefined for a name the game has no sound for. */
export function storySound(sfx: string): SoundId | undefined {
  const id = STORY_ALIASES[sfx] ?? sfx;
  return isSoundId(id) && SOUNDS[id].kind === 'story' ? id : undefined;
}

/** The caption of an `sfx` tag: the sound's own, or the tag's words for one the game cannot play. */
export function captionForSfx(sfx: string): string {
  const id = storySound(sfx);
  return id ? SOUNDS[id].caption : `Sound: ${readableId(sfx)}.`;
}

export function allSoundIds(): SoundId[] {
  return Object.keys(SOUNDS) as SoundId[];
}
