// Warnings beyond errors: things that compile and play but are probably not what the trainer meant.
// Each rule reads the sources as written (with their lines) and the scanned tags; none stops a story
// from loading. Rules that need to play the story (an indicator no path reaches) live with the
// explorer's checks in the CLI.
import type { Diagnostic } from './types';
import type { SourceFile } from './includes';
import type { ScannedTag } from './tagScan';
import { parseTag, splitList } from './tags';
import { indicatorsById, questionTypesById } from './taxonomy';
import { splitLines, stripComments } from './sourceText';

/**
 * The scene and sound files a story may name: assets/scenes/<id>.* and assets/audio/<id>.*. A kind
 * is undefined when its folder does not exist (a project with no scene art yet): then names of
 * that kind are not checked, since every one would be missing for the same reason.
 */
export interface AssetIndex {
  scenes?: ReadonlySet<string>;
  audio?: ReadonlySet<string>;
}

export interface LintInput {
  root: string;
  files: readonly SourceFile[];
  tags: readonly ScannedTag[];
  /** The story has an answer key. */
  scored: boolean;
  /** Header keys given in the root file. */
  headerKeys: readonly string[];
  /** Undefined: asset names are not checked (no folder to look in, e.g. an in-memory story). */
  assets?: AssetIndex;
}

/** Text longer than this on one line is hard to read in the transcript; split it. */
export const MAX_LINE_TEXT = 500;

/** Phases in which every officer choice is a question or behaviour the scoring should read. */
const QUESTIONING_PHASES = new Set(['engage_explain', 'free_account', 'clarify']);

/**
 * Choice tags that say what a choice is when it is not a question: a place searched (`hotspot`), or a
 * disposition (`critical`), which scoring reads like the same referral on the form. Such a choice
 * needs no `q`.
 */
const NOT_A_QUESTION_KEYS: ReadonlySet<string> = new Set(['hotspot', 'critical']);

const knotHeader = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
const choiceLine = /^\s*(?:[*+]\s*)+/;
/** Lines that are logic or structure, not text a trainee reads. */
const logicLine = /^\s*(?:~|={1,}|INCLUDE\b|VAR\b|CONST\b|LIST\b|EXTERNAL\b|TODO\b|->|<-|-\s*->|\{\s*$|\}\s*$|\|)/;

function warning(file: string, line: number, message: string): Diagnostic {
  return { severity: 'warning', file, line, message };
}

/** The text of a source line a trainee would read: no tags, no diverts, no gather or choice marks. */
function readableText(lineText: string): string {
  return lineText
    .replace(/(^|[^\\])#.*$/, '$1')
    .replace(/->\s*[\w.]*/g, '')
    .replace(/^\s*(?:[*+-]\s*)+(?:\([\w]+\)\s*)?/, '')
    .trim();
}

function sourceLines(file: SourceFile): string[] {
  return splitLines(stripComments(file.text));
}

/** Root file: nothing but declarations and tags before the first knot, so the story ends at once. */
function nothingBeforeFirstKnot(input: LintInput): Diagnostic[] {
  const root = input.files.find((file) => file.path === input.root);
  if (!root) return [];
  const lines = sourceLines(root);
  const first = lines.findIndex((text) => knotHeader.test(text) && !/function/.test(knotHeader.exec(text)?.[1] ?? ''));
  if (first < 0) return [];
  const content = lines.slice(0, first).some((text) => {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return false;
    return !/^(INCLUDE|VAR|CONST|LIST|EXTERNAL)\b/.test(trimmed);
  });
  if (content) return [];
  const knot = knotHeader.exec(lines[first]!)?.[2] ?? '';
  return [
    warning(input.root, first + 1, `nothing comes before the first knot, so the story plays nothing and ends at once: add a divert such as -> ${knot} above this line`),
  ];
}

/** In the questioning phases (source order), an officer's choice with no `q` is not scored. */
function choicesWithoutQuestionType(input: LintInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const file of input.files) {
    const tagsByLine = new Map<number, ScannedTag[]>();
    for (const tag of input.tags) if (tag.file === file.path) tagsByLine.set(tag.line, [...(tagsByLine.get(tag.line) ?? []), tag]);
    let phase: string | null = null;
    const lines = sourceLines(file);
    lines.forEach((text, index) => {
      const tags = tagsByLine.get(index + 1) ?? [];
      const keys = tags.map((tag) => parseTag(tag.text)?.key);
      const asked = choiceLine.test(text) && !onlyDiverts(lines, index);
      const notAQuestion = keys.some((key) => NOT_A_QUESTION_KEYS.has(key ?? ''));
      if (asked && phase !== null && QUESTIONING_PHASES.has(phase) && !keys.includes('q') && !notAQuestion) {
        const choiceText = readableText(text).replace(/^(?:\{[^}]*\}\s*)+/, '').replace(/[[\]]/g, '').slice(0, 60);
        found.push(warning(file.path, index + 1, `this choice in the ${phase} phase has no 'q' tag, so it is not scored: add # q: <question type> inside its [ ] (e.g. # q: open_invitation)${choiceText ? ` ("${choiceText}")` : ''}`));
      }
      for (const tag of tags) {
        const parsed = parseTag(tag.text);
        if (parsed?.key === 'phase') phase = parsed.value;
      }
    });
  }
  return found;
}

/**
 * A choice that prints nothing of its own and diverts (`* [Move on to the questions] -> clarify`,
 * or the divert on the next line) moves between parts of the story: it is not a question.
 */
function onlyDiverts(lines: readonly string[], index: number): boolean {
  const own = lines[index]!.replace(choiceLine, '').replace(/\[[^\]]*\]/, '').replace(/#.*$/, '').replace(/\{[^}]*\}/g, '').trim();
  if (own.startsWith('->')) return true;
  if (own !== '') return false;
  const next = lines.slice(index + 1).find((text) => text.trim() !== '');
  return next !== undefined && next.trim().startsWith('->');
}

/** A scored scenario where every choice is good or neutral teaches nothing about what harms. */
function noHarmfulOption(input: LintInput): Diagnostic[] {
  if (!input.scored) return [];
  const harmful = input.tags.some((tag) => {
    const parsed = parseTag(tag.text);
    if (tag.position !== 'choice' || !parsed) return false;
    if (parsed.key === 'critical') return true;
    return parsed.key === 'q' && questionTypesById.get(parsed.value)?.valence === 'harmful';
  });
  return harmful
    ? []
    : [warning(input.root, 1, "no choice is harmful (no 'q' of a harmful question type, no 'critical' tag): give the trainee at least one tempting mistake to learn from")];
}

function missingObjectives(input: LintInput): Diagnostic[] {
  if (input.headerKeys.includes('objective')) return [];
  return [warning(input.root, 1, "no learning objective: add '# objective: ...' to the header (one tag per objective); the briefing and debrief show them")];
}

/** Words a line would use to name an indicator: its label and its id as words. */
const indicatorNames: ReadonlyArray<{ id: string; pattern: RegExp; singleWord: boolean }> = [...indicatorsById.values()].flatMap((entry) =>
  [...new Set([entry.label.toLowerCase(), entry.id.replace(/_/g, ' ')])].map((name) => ({
    id: entry.id,
    pattern: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i'),
    singleWord: !name.includes(' '),
  })),
);

/** Show, never tell: text that names an indicator gives the answer away. */
function namesAnIndicator(input: LintInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const file of input.files) {
    const tagged = new Map<number, string[]>();
    for (const tag of input.tags) {
      const parsed = parseTag(tag.text);
      if (tag.file === file.path && parsed?.key === 'indicator') tagged.set(tag.line, [...(tagged.get(tag.line) ?? []), ...splitList(parsed.value)]);
    }
    sourceLines(file).forEach((text, index) => {
      if (logicLine.test(text) && !choiceLine.test(text)) return;
      const words = readableText(text);
      const own = tagged.get(index + 1) ?? [];
      const named = indicatorNames.find((name) => (!name.singleWord || own.includes(name.id)) && name.pattern.test(words));
      if (named) {
        found.push(warning(file.path, index + 1, `this text names the indicator '${named.id}' outright: show what the trainee would see or hear instead, and let them name it`));
      }
    });
  }
  return found;
}

function veryLongLines(input: LintInput): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const file of input.files) {
    sourceLines(file).forEach((text, index) => {
      if (logicLine.test(text) && !choiceLine.test(text)) return;
      const length = readableText(text).length;
      if (length > MAX_LINE_TEXT) {
        found.push(warning(file.path, index + 1, `this line has ${length} characters of text (more than ${MAX_LINE_TEXT}): split it into shorter lines so it reads well in the transcript`));
      }
    });
  }
  return found;
}

function missingAssets(input: LintInput): Diagnostic[] {
  const assets = input.assets;
  if (!assets) return [];
  const found: Diagnostic[] = [];
  for (const tag of input.tags) {
    const parsed = parseTag(tag.text);
    if (!parsed || tag.dynamic) continue;
    if (parsed.key === 'scene' && assets.scenes && !assets.scenes.has(parsed.value)) {
      found.push(warning(tag.file, tag.line, `scene '${parsed.value}' has no file assets/scenes/${parsed.value}.* : add the scene or fix the name (the game will draw no scene)`));
    }
    if (parsed.key === 'sfx' && assets.audio && !assets.audio.has(parsed.value)) {
      found.push(warning(tag.file, tag.line, `sound '${parsed.value}' has no file assets/audio/${parsed.value}.* : add the sound or fix the name (only its caption will show)`));
    }
  }
  return found;
}

/** Every warning of a Threshold scenario's sources, in rule order. */
export function lintStory(input: LintInput): Diagnostic[] {
  return [
    ...nothingBeforeFirstKnot(input),
    ...choicesWithoutQuestionType(input),
    ...noHarmfulOption(input),
    ...missingObjectives(input),
    ...namesAnIndicator(input),
    ...veryLongLines(input),
    ...missingAssets(input),
  ];
}
