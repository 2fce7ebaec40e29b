// Checks scanned tags against the closed key set and the taxonomy. Only Threshold scenarios are
// checked; plain Ink stories keep whatever tags they like (isThresholdStory decides which is which).
import type { Diagnostic } from './types';
import { closest } from './taxonomy';
import { parseTag, splitList } from './tags';
import type { ScannedTag, TagPosition } from './tagScan';
import { keyRules, keysAt, misplacedMessage } from './tagRules';

export interface HeaderTag {
  key: string;
  value: string;
  line: number;
}

export interface TagValidation {
  diagnostics: Diagnostic[];
  /** Valid header tags of the root file, in file order. */
  header: HeaderTag[];
  /** Header keys that were given, valid or not (a wrong value is not also reported as missing). */
  headerKeysGiven: string[];
  /** Every indicator id tagged on a line, in first-seen order. */
  indicators: string[];
}

/**
 * A story is a Threshold scenario when its root file uses a Threshold header key anywhere (a header
 * written below an INCLUDE must be reported as misplaced, not silently make the story plain Ink),
 * or when it includes common/threshold.ink.
 */
export function isThresholdStory(tags: readonly ScannedTag[], rootPath: string, includesCommon: boolean): boolean {
  return includesCommon || tags.some((tag) => tag.file === rootPath && keyRules[parseTag(tag.text)?.key ?? '']?.position === 'header');
}

const decideAloneWarning =
  "a 'decide' tag alone on a line is attached by Ink to the next line of output, which may already depend on the answer: put it at the end of a line of text, e.g. You open the referral form. # decide: referrals";

function unknownKeyMessage(key: string, position: TagPosition): string {
  const here = keysAt(position);
  const suggestion = closest(key, here) ?? closest(key, Object.keys(keyRules));
  if (suggestion) return `unknown tag '${key}' — did you mean ${suggestion}?`;
  return `unknown tag '${key}'; ${position} tags are: ${here.join(', ')} (see docs/authoring.md)`;
}

export function validateTags(tags: readonly ScannedTag[]): TagValidation {
  const diagnostics: Diagnostic[] = [];
  const header: HeaderTag[] = [];
  const indicators: string[] = [];
  const headerKeysGiven = new Set<string>();
  const firstHeaderLine = new Map<string, number>();
  const keysOnLine = new Map<string, Set<string>>();

  const report = (tag: ScannedTag, message: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ severity, file: tag.file, line: tag.line, message });

  for (const tag of tags) {
    const parsed = parseTag(tag.text);
    if (!parsed) {
      report(tag, `tag '# ${tag.text}' has no key: Threshold tags are written '# key: value' (to show a # in text, write \\#)`);
      continue;
    }
    const { key, value } = parsed;
    const rule = keyRules[key];
    if (!rule) {
      report(tag, unknownKeyMessage(key, tag.position));
      continue;
    }
    if (rule.position !== tag.position) {
      report(tag, misplacedMessage(key, rule, tag.position));
      continue;
    }
    if (tag.position === 'header') headerKeysGiven.add(key);
    if (value === '') {
      report(tag, `'${key}' needs a value after the colon`);
      continue;
    }
    if (!tag.dynamic) {
      const problem = rule.check(value);
      if (problem) {
        report(tag, `${key}: ${problem}`);
        continue;
      }
    }
    if (tag.position === 'header') {
      const first = firstHeaderLine.get(key);
      if (first !== undefined && !rule.repeatable) {
        report(tag, `duplicate header tag '${key}' (first given on line ${first}); give it once`);
        continue;
      }
      firstHeaderLine.set(key, first ?? tag.line);
      header.push({ key, value, line: tag.line });
      continue;
    }
    const lineKey = `${tag.file}:${tag.line}:${tag.position}`;
    const seen = keysOnLine.get(lineKey) ?? new Set<string>();
    keysOnLine.set(lineKey, seen);
    if (seen.has(key) && !rule.repeatable) {
      report(tag, `'${key}' is given twice here; give it once`);
      continue;
    }
    seen.add(key);
    if (key === 'decide' && tag.aloneOnLine) report(tag, decideAloneWarning, 'warning');
    if (key === 'indicator' && !tag.dynamic) {
      for (const id of splitList(value)) if (!indicators.includes(id)) indicators.push(id);
    }
  }
  return { diagnostics, header, headerKeysGiven: [...headerKeysGiven], indicators };
}
