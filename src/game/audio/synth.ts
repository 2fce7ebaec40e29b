// Sound synthesis for the game's own sounds: small generators of mono samples (noise, filtered
// noise, tones, envelopes) and a WAV encoder. Pure functions with a seeded random source, so every
// sound is the same on every machine and can be checked in plain Node. Nothing here plays anything.

export const SAMPLE_RATE = 22_050;

/** A seeded random source in [0, 1) (mulberry32): the same seed gives the same sound. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function samples(seconds: number): Float32Array {
  return new Float32Array(Math.round(seconds * SAMPLE_RATE));
}

/** White noise in [-1, 1]. */
export function noise(seconds: number, random: () => number): Float32Array {
  const out = samples(seconds);
  for (let i = 0; i < out.length; i++) out[i] = random() * 2 - 1;
  return out;
}

/** One-pole low-pass filter at `cutoff` Hz (in place). */
export function lowPass(signal: Float32Array, cutoff: number): Float32Array {
  const alpha = 1 - Math.exp((-2 * Math.PI * cutoff) / SAMPLE_RATE);
  let previous = 0;
  for (let i = 0; i < signal.length; i++) {
    previous += alpha * (signal[i]! - previous);
    signal[i] = previous;
  }
  return signal;
}

/** Band of frequencies between `low` and `high` Hz (a low-pass minus a lower low-pass). */
export function bandPass(signal: Float32Array, low: number, high: number): Float32Array {
  const lower = lowPass(Float32Array.from(signal), low);
  const upper = lowPass(signal, high);
  for (let i = 0; i < upper.length; i++) upper[i] = upper[i]! - lower[i]!;
  return upper;
}

/** A sine (or, with `square`, a square) tone. */
export function tone(seconds: number, frequency: number, square = false): Float32Array {
  const out = samples(seconds);
  for (let i = 0; i < out.length; i++) {
    const value = Math.sin((2 * Math.PI * frequency * i) / SAMPLE_RATE);
    out[i] = square ? Math.sign(value) * 0.6 : value;
  }
  return out;
}

/** Multiplies by `envelope(t)` where t is in seconds (in place). */
export function shape(signal: Float32Array, envelope: (t: number) => number): Float32Array {
  for (let i = 0; i < signal.length; i++) signal[i] = signal[i]! * envelope(i / SAMPLE_RATE);
  return signal;
}

/** A quick attack and exponential decay, for knocks, steps and clicks. */
export function hit(attack: number, decay: number): (t: number) => number {
  return (t) => (t < attack ? t / attack : Math.exp(-(t - attack) / decay));
}

/** Adds `part` into `into` starting at `at` seconds, scaled by `gain` (in place). */
export function mixAt(into: Float32Array, part: Float32Array, at: number, gain = 1): Float32Array {
  const start = Math.round(at * SAMPLE_RATE);
  for (let i = 0; i < part.length && start + i < into.length; i++) into[start + i] = into[start + i]! + part[i]! * gain;
  return into;
}

/** Scales so the loudest sample is `peak`. */
export function normalise(signal: Float32Array, peak: number): Float32Array {
  let max = 0;
  for (const value of signal) max = Math.max(max, Math.abs(value));
  if (max === 0) return signal;
  for (let i = 0; i < signal.length; i++) signal[i] = (signal[i]! / max) * peak;
  return signal;
}

/**
 * Makes a loop seamless: the last `fade` seconds are blended into the first ones and dropped, so
 * the end flows into the start without a click.
 */
export function seamless(signal: Float32Array, fade: number): Float32Array {
  const overlap = Math.round(fade * SAMPLE_RATE);
  const length = signal.length - overlap;
  const out = signal.slice(0, length);
  for (let i = 0; i < overlap; i++) {
    const mix = i / overlap;
    out[i] = signal[i]! * mix + signal[length + i]! * (1 - mix);
  }
  return out;
}

/** 16-bit mono PCM WAV bytes. */
export function encodeWav(signal: Float32Array): Uint8Array {
  const bytes = new Uint8Array(44 + signal.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string): void => {
    for (let i = 0; i < value.length; i++) bytes[offset + i] = value.charCodeAt(i);
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + signal.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, signal.length * 2, true);
  for (let i = 0; i < signal.length; i++) view.setInt16(44 + i * 2, Math.max(-1, Math.min(1, signal[i]!)) * 0x7fff, true);
  return bytes;
}

/** A base64 data URI of WAV bytes: what Howler decodes itself, with no request to any server. */
export function wavDataUri(signal: Float32Array): string {
  const bytes = encodeWav(signal);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:audio/wav;base64,${btoa(binary)}`;
}
