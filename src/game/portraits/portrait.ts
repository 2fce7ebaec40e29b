// The portrait system: every speaker is drawn from the same SVG parts (head, hair, clothes, eyes,
// brows, mouth), so a character is a few colours and options in assets/characters.json and a
// trainer's new speaker gets a portrait without an artist. Pure functions, no DOM: the SVG is text.
// The style is deliberately calm and plain: expressions change eyes, brows and mouth only, and no
// one is drawn injured, undressed or caricatured.
import characterFile from '../../../assets/characters.json';

export const HAIR_STYLES = ['short', 'long', 'bun', 'curly', 'cropped', 'covered', 'cap', 'bald'] as const;
export type HairStyle = (typeof HAIR_STYLES)[number];
export type AgeGroup = 'child' | 'young' | 'adult' | 'older';

export interface CharacterLook {
  skin: string;
  hair: string;
  hairStyle: HairStyle;
  top: string;
  accent: string;
  age: AgeGroup;
  uniform?: boolean;
  beard?: boolean;
  glasses?: boolean;
}

/** The expressions a portrait can show; every mood word maps to one of them. */
export const EXPRESSIONS = ['neutral', 'warm', 'afraid', 'sad', 'angry', 'guarded'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

// Mood words the shipped stories use (and their near neighbours), grouped by the face they show.
const MOOD_EXPRESSION: Readonly<Record<string, Expression>> = {
  calm: 'neutral', calmer: 'warm', polite: 'neutral', careful: 'neutral', determined: 'neutral', brisk: 'neutral', steady: 'neutral', firm: 'neutral',
  friendly: 'warm', relieved: 'warm', hopeful: 'warm', smiling: 'warm', soft: 'warm', proud: 'warm',
  afraid: 'afraid', terrified: 'afraid', panicking: 'afraid', frozen: 'afraid', shaky: 'afraid', nervous: 'afraid',
  anxious: 'afraid', trapped: 'afraid', worried: 'afraid', overwhelmed: 'afraid', uneasy: 'afraid', scared: 'afraid',
  sad: 'sad', tearful: 'sad', ashamed: 'sad', hurt: 'sad', flat: 'sad', numb: 'sad', tired: 'sad', shut_down: 'sad', quiet: 'sad', upset: 'sad',
  angry: 'angry', irritated: 'angry', frustrated: 'angry', defensive: 'angry', offended: 'angry', cold: 'angry',
  guarded: 'guarded', wary: 'guarded', closed: 'guarded', doubtful: 'guarded', puzzled: 'guarded', confused: 'guarded',
};

/** Distress at or above this shows fear when the line has no mood (interviewModel's threshold is 6 of 10). */
const AFRAID_FROM_DISTRESS = 6;
const GUARDED_FROM_DISTRESS = 4;

/** The line's mood tag decides; without one (or an unknown word) the interview's distress does. */
export function expressionFor(mood: string | null, distress: number): Expression {
  const fromMood = mood ? MOOD_EXPRESSION[mood.toLowerCase()] : undefined;
  if (fromMood) return fromMood;
  if (distress >= AFRAID_FROM_DISTRESS) return 'afraid';
  if (distress >= GUARDED_FROM_DISTRESS) return 'guarded';
  return 'neutral';
}

interface CharacterFile {
  default: CharacterLook;
  characters: Record<string, CharacterLook>;
}
const characters = characterFile as unknown as CharacterFile;

/**
 * A speaker's look: the story's own entry (`<scenario id>/<speaker>`), else the speaker's entry in
 * assets/characters.json, else the neutral default.
 */
export function lookFor(speaker: string, scenarioId?: string): CharacterLook {
  return (scenarioId ? characters.characters[`${scenarioId}/${speaker}`] : undefined) ?? characters.characters[speaker] ?? characters.default;
}

/** Every speaker with an entry of their own (for tests that check story coverage). */
export function knownSpeakers(): string[] {
  return Object.keys(characters.characters).filter((key) => !key.includes('/'));
}

const SIZE = { width: 240, height: 280 };

/** One portrait as a standalone SVG document (safe to use as an image source). */
export function portraitSvg(look: CharacterLook, expression: Expression): string {
  const child = look.age === 'child';
  // A child's head sits lower and is a little smaller in the frame, so age reads at a glance.
  const head = child ? { cx: 120, cy: 128, rx: 50, ry: 58 } : { cx: 120, cy: 116, rx: 54, ry: 66 };
  const parts = [
    `<rect width="${SIZE.width}" height="${SIZE.height}" rx="16" fill="#dfe6ee"/>`,
    hairBack(look, head),
    body(look, head),
    `<rect x="${head.cx - 16}" y="${head.cy + head.ry - 14}" width="32" height="30" fill="${look.skin}"/>`,
    `<ellipse cx="${head.cx - head.rx}" cy="${head.cy + 6}" rx="9" ry="13" fill="${look.skin}"/>`,
    `<ellipse cx="${head.cx + head.rx}" cy="${head.cy + 6}" rx="9" ry="13" fill="${look.skin}"/>`,
    `<ellipse cx="${head.cx}" cy="${head.cy}" rx="${head.rx}" ry="${head.ry}" fill="${look.skin}"/>`,
    look.age === 'older' ? ageLines(head) : '',
    look.beard ? beard(look, head) : '',
    face(expression, head),
    look.glasses ? glasses(head) : '',
    hairFront(look, head),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE.width} ${SIZE.height}" width="${SIZE.width}" height="${SIZE.height}">${parts.join('')}</svg>`;
}

/** A data: URL for an <img>; the page's CSP allows data: images and nothing from elsewhere. */
export function portraitDataUrl(look: CharacterLook, expression: Expression): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(portraitSvg(look, expression))}`;
}

type Head = { cx: number; cy: number; rx: number; ry: number };

function body(look: CharacterLook, head: Head): string {
  const top = head.cy + head.ry + 6;
  const shoulders = `<path d="M20 ${SIZE.height} q0 -${SIZE.height - top - 10} 100 -${SIZE.height - top} q100 10 100 ${SIZE.height - top} z" fill="${look.top}"/>`;
  const collar = `<path d="M${head.cx - 26} ${top} l26 30 l26 -30" fill="none" stroke="${look.accent}" stroke-width="6"/>`;
  const badge = look.uniform
    ? `<path d="M66 ${top + 40} l10 -6 l10 6 v12 l-10 8 l-10 -8 z" fill="${look.accent}"/><rect x="140" y="${top + 40}" width="40" height="8" rx="2" fill="${look.accent}"/>`
    : '';
  return shoulders + collar + badge;
}

function hairBack(look: CharacterLook, head: Head): string {
  if (look.hairStyle === 'long') {
    return `<path d="M${head.cx - head.rx - 8} ${head.cy - 10} q0 -${head.ry + 10} ${head.rx + 8} -${head.ry + 10} q${head.rx + 8} 0 ${head.rx + 8} ${head.ry + 10} v${head.ry + 70} h-${2 * head.rx + 16} z" fill="${look.hair}"/>`;
  }
  if (look.hairStyle === 'covered') {
    // A headscarf drawn as one calm shape around the face and over the shoulders.
    return `<path d="M${head.cx - head.rx - 16} ${head.cy + 10} q0 -${head.ry + 30} ${head.rx + 16} -${head.ry + 30} q${head.rx + 16} 0 ${head.rx + 16} ${head.ry + 30} l16 ${head.ry + 40} h-${2 * head.rx + 64} z" fill="${look.accent}"/>`;
  }
  return '';
}

function hairFront(look: CharacterLook, head: Head): string {
  const { cx, cy, rx, ry } = head;
  const top = cy - ry;
  switch (look.hairStyle) {
    case 'short':
      return `<path d="M${cx - rx - 2} ${cy - 6} q-4 -${ry} ${rx + 2} -${ry + 6} q${rx + 8} 4 ${rx + 2} ${ry + 6} q-20 -40 -${rx} -44 q-30 8 -${rx + 4} 44 z" fill="${look.hair}"/>`;
    case 'cropped':
      return `<path d="M${cx - rx + 2} ${cy - 18} q4 -${ry - 14} ${rx - 2} -${ry - 6} q${rx - 6} 0 ${rx - 2} ${ry - 6} q-${rx - 10} -26 -${rx - 2} -26 q-${rx - 10} 0 -${rx - 2} 26 z" fill="${look.hair}"/>`;
    case 'long':
      return `<path d="M${cx - rx - 4} ${cy + 10} q-6 -${ry + 4} ${rx + 4} -${ry + 12} q${rx + 10} 8 ${rx + 4} ${ry + 12} q-10 -40 -${rx / 2} -52 q-${rx} 10 -${rx * 1.5 + 4} 52 z" fill="${look.hair}"/>`;
    case 'bun':
      return `<circle cx="${cx}" cy="${top - 8}" r="22" fill="${look.hair}"/><path d="M${cx - rx} ${cy - 12} q0 -${ry - 4} ${rx} -${ry - 2} q${rx} -2 ${rx} ${ry - 2} q-20 -30 -${rx} -32 q-${rx - 20} 2 -${rx} 32 z" fill="${look.hair}"/>`;
    case 'curly': {
      const curls = [-44, -26, -8, 10, 28, 46].map((dx, i) => `<circle cx="${cx + dx}" cy="${top - 2 + (i % 2) * 6}" r="17" fill="${look.hair}"/>`).join('');
      return `${curls}<circle cx="${cx - rx - 2}" cy="${cy - 30}" r="14" fill="${look.hair}"/><circle cx="${cx + rx + 2}" cy="${cy - 30}" r="14" fill="${look.hair}"/>`;
    }
    case 'covered':
      return `<path d="M${cx - rx - 6} ${cy + 20} q-2 -${ry + 18} ${rx + 6} -${ry + 20} q${rx + 8} 2 ${rx + 6} ${ry + 20} q-6 -${ry - 10} -${rx + 6} -${ry - 6} q-${rx} 0 -${rx + 6} ${ry - 6} z" fill="${look.accent}"/>`;
    case 'cap':
      return `<path d="M${cx - rx - 2} ${cy - 20} q0 -${ry - 10} ${rx + 2} -${ry - 6} q${rx + 2} -4 ${rx + 2} ${ry - 6} z" fill="${look.top}"/><rect x="${cx - 10}" y="${cy - 26}" width="${rx + 40}" height="10" rx="5" fill="${look.top}"/><path d="M${cx - rx} ${cy - 18} v24 M${cx + rx} ${cy - 18} v24" stroke="${look.hair}" stroke-width="8"/>`;
    case 'bald':
      return `<path d="M${cx - rx} ${cy - 4} v-16 M${cx + rx} ${cy - 4} v-16" stroke="${look.hair}" stroke-width="10" stroke-linecap="round"/>`;
  }
}

function beard(look: CharacterLook, head: Head): string {
  const { cx, cy, rx, ry } = head;
  return `<path d="M${cx - rx + 6} ${cy + 10} q4 ${ry - 2} ${rx - 6} ${ry - 2} q${rx - 10} 0 ${rx - 6} -${ry - 2} q-10 24 -${rx - 6} 26 q-${rx - 14} -2 -${rx - 6} -26 z" fill="${look.hair}" opacity="0.85"/>`;
}

function ageLines(head: Head): string {
  const { cx, cy } = head;
  return `<path d="M${cx - 40} ${cy + 18} q6 6 12 4 M${cx + 40} ${cy + 18} q-6 6 -12 4 M${cx - 18} ${cy - 40} h36" stroke="#000" stroke-opacity="0.18" stroke-width="2" fill="none"/>`;
}

function glasses(head: Head): string {
  const { cx, cy } = head;
  return `<g fill="none" stroke="#2b2b2b" stroke-width="3"><rect x="${cx - 40}" y="${cy - 14}" width="32" height="24" rx="8"/><rect x="${cx + 8}" y="${cy - 14}" width="32" height="24" rx="8"/><path d="M${cx - 8} ${cy - 4} h16"/></g>`;
}

/** Eyes, brows and mouth for one expression; the only parts that change with mood. */
function face(expression: Expression, head: Head): string {
  const { cx, cy } = head;
  const eyeY = cy - 2;
  const left = cx - 24;
  const right = cx + 24;
  const ink = '#2b211b';
  const stroke = (d: string, width = 4): string => `<path d="${d}" stroke="${ink}" stroke-width="${width}" fill="none" stroke-linecap="round"/>`;
  const dots = (dx = 0, dy = 0, r = 5): string =>
    `<circle cx="${left + dx}" cy="${eyeY + dy}" r="${r}" fill="${ink}"/><circle cx="${right + dx}" cy="${eyeY + dy}" r="${r}" fill="${ink}"/>`;
  const mouthY = cy + 34;
  switch (expression) {
    case 'neutral':
      return dots() + stroke(`M${left - 10} ${eyeY - 16} h20 M${right - 10} ${eyeY - 16} h20`) + stroke(`M${cx - 14} ${mouthY} h28`);
    case 'warm':
      return (
        stroke(`M${left - 8} ${eyeY + 2} q8 -8 16 0 M${right - 8} ${eyeY + 2} q8 -8 16 0`) +
        stroke(`M${left - 10} ${eyeY - 16} q10 -5 20 0 M${right - 10} ${eyeY - 16} q10 -5 20 0`) +
        stroke(`M${cx - 18} ${mouthY - 4} q18 16 36 0`)
      );
    case 'afraid':
      return (
        `<circle cx="${left}" cy="${eyeY}" r="9" fill="#fff"/><circle cx="${right}" cy="${eyeY}" r="9" fill="#fff"/>` +
        dots(0, 0, 4) +
        stroke(`M${left - 10} ${eyeY - 14} l20 -6 M${right + 10} ${eyeY - 14} l-20 -6`) +
        `<ellipse cx="${cx}" cy="${mouthY + 2}" rx="9" ry="7" fill="${ink}"/>`
      );
    case 'sad':
      return (
        dots(0, 4, 4.5) +
        stroke(`M${left - 10} ${eyeY - 10} l20 -6 M${right + 10} ${eyeY - 10} l-20 -6`) +
        stroke(`M${cx - 16} ${mouthY + 6} q16 -10 32 0`)
      );
    case 'angry':
      return dots() + stroke(`M${left - 10} ${eyeY - 20} l20 8 M${right + 10} ${eyeY - 20} l-20 8`, 5) + stroke(`M${cx - 16} ${mouthY + 4} q16 -6 32 0`);
    case 'guarded':
      return (
        dots(6, 0, 4.5) +
        stroke(`M${left - 10} ${eyeY - 5} h20 M${right - 10} ${eyeY - 5} h20`, 3) +
        stroke(`M${left - 10} ${eyeY - 16} h20 M${right - 10} ${eyeY - 18} l20 2`) +
        stroke(`M${cx - 10} ${mouthY} h22`)
      );
  }
}
