import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { compileStory } from '../../../src/content/compile';
import { loadStoryFile } from '../../../src/node/load';
import { generateCommonInk } from '../../../src/content/commonInk';
import { FIXTURES, errorsOf, memoryReader, repoRoot, scenarioOf, warningsOf } from './helpers';

function playAll(storyJson: string): string {
  const story = new Story(storyJson);
  let text = '';
  while (story.canContinue) text += story.Continue();
  return text;
}

describe('compileStory: includes', () => {
  it('resolves nested includes relative to the including file, through .. as well', () => {
    const result = compileStory('stories/root.ink', memoryReader({
      'stories/root.ink': 'INCLUDE common/a.ink\n{greeting()} {shared}\n-> END\n',
      'stories/common/a.ink': 'INCLUDE deeper/b.ink\n=== function greeting() ===\n~ return "hello"\n',
      'stories/common/deeper/b.ink': 'INCLUDE ../../values.ink\n',
      'stories/values.ink': 'VAR shared = 42\n',
    }));
    expect(playAll(scenarioOf(result).storyJson)).toBe('hello 42\n');
  });

  it('loads the nested-include fixture from disk', () => {
    const scenario = scenarioOf(loadStoryFile(`${FIXTURES}/good_scored.ink`, repoRoot));
    expect(scenario.meta.source).toBe(`${FIXTURES}/good_scored.ink`);
    expect(() => new Story(scenario.storyJson)).not.toThrow();
  });

  it('names the including file and line when an INCLUDE is missing', () => {
    const result = compileStory('stories/root.ink', memoryReader({ 'stories/root.ink': 'Hi.\nINCLUDE common/gone.ink\n' }));
    expect(errorsOf(result)).toEqual([
      'stories/root.ink:2: INCLUDE names a file that does not exist: stories/common/gone.ink (INCLUDE paths are relative to the including file)',
    ]);
  });

  it('names the whole chain of an INCLUDE cycle', () => {
    const result = loadStoryFile(`${FIXTURES}/cycle_a.ink`, repoRoot);
    expect(errorsOf(result)).toEqual([
      `${FIXTURES}/common/cycle_b.ink:2: INCLUDE cycle: ${FIXTURES}/cycle_a.ink -> ${FIXTURES}/common/cycle_b.ink -> ${FIXTURES}/cycle_a.ink (a file must not include itself, directly or through others)`,
    ]);
  });

  it('reports a file that includes itself', () => {
    const result = compileStory('stories/self.ink', memoryReader({ 'stories/self.ink': 'INCLUDE self.ink\nHi.\n' }));
    expect(errorsOf(result)[0]).toContain('stories/self.ink:1: INCLUDE cycle: stories/self.ink -> stories/self.ink');
  });

  it('names both places when one file is included twice (Ink would report clashing declarations)', () => {
    const result = compileStory('s/r.ink', memoryReader({
      's/r.ink': 'INCLUDE a.ink\nINCLUDE c.ink\nHi {v}\n-> END\n',
      's/a.ink': 'INCLUDE c.ink\n',
      's/c.ink': 'VAR v = 1\n',
    }));
    expect(errorsOf(result)).toEqual([
      's/r.ink:2: s/c.ink is already included from s/a.ink:1; Ink reads a file once per INCLUDE, so its declarations would clash: include it only once',
    ]);
  });

  it('refuses an INCLUDE that climbs out of the project', () => {
    const result = compileStory('stories/x.ink', memoryReader({ 'stories/x.ink': 'INCLUDE ../../etc/passwd\nHi.\n' }));
    expect(errorsOf(result)).toEqual(['stories/x.ink:1: INCLUDE ../../etc/passwd points outside the project']);
  });

  it('ignores INCLUDE lines inside comments', () => {
    const result = compileStory('stories/x.ink', memoryReader({ 'stories/x.ink': '// INCLUDE nope.ink\n/* INCLUDE nope2.ink */\nHi.\n' }));
    expect(playAll(scenarioOf(result).storyJson)).toBe('Hi.\n');
  });
});

describe('compileStory: files that cannot be stories', () => {
  it('reports an empty file (only blanks and comments)', () => {
    expect(errorsOf(loadStoryFile(`${FIXTURES}/empty.ink`, repoRoot))).toEqual([
      `${FIXTURES}/empty.ink:1: this file is empty: there is no Ink in it`,
    ]);
  });

  it('reports a file that is not UTF-8', () => {
    const [message] = errorsOf(loadStoryFile(`${FIXTURES}/latin1.ink`, repoRoot));
    expect(message).toMatch(/^test\/fixtures\/stories\/latin1\.ink:\d+: this file is not valid UTF-8 text \(the first bad byte, 0x[0-9a-f]{2}, is at line \d+, column \d+\)/);
  });

  it('reports a missing root file', () => {
    expect(errorsOf(loadStoryFile(`${FIXTURES}/no_such_story.ink`, repoRoot))).toEqual([`${FIXTURES}/no_such_story.ink:1: file not found`]);
  });

  it('refuses a file over the size limit and says the limit', () => {
    const huge = `${'Line of text.\n'.repeat(160_000)}`;
    const [message] = errorsOf(compileStory('stories/huge.ink', memoryReader({ 'stories/huge.ink': huge })));
    expect(message).toMatch(/^stories\/huge\.ink:1: this file is 2\.\d MB; story files are limited to 2 MB/);
  });

  it('says which include is unreadable and where it was included from', () => {
    const result = compileStory('stories/x.ink', (path) =>
      path === 'stories/x.ink' ? 'INCLUDE common/bad.ink\nHi.\n' : { unreadable: 'is not valid UTF-8 text' },
    );
    expect(errorsOf(result)).toEqual(['stories/common/bad.ink:1: this file is not valid UTF-8 text (included from stories/x.ink:1)']);
  });
});

describe('compileStory: Ink errors', () => {
  it('maps compiler errors to the file and line they are in, including inside includes', () => {
    expect(errorsOf(loadStoryFile(`${FIXTURES}/ink_error.ink`, repoRoot))).toEqual([
      `${FIXTURES}/ink_error.ink:3: Divert target not found: '-> nowhere'`,
      `${FIXTURES}/common/broken_include.ink:3: Unresolved variable: nope`,
    ]);
  });

  it('reports syntax errors with their line, never a stack trace', () => {
    const result = compileStory('stories/x.ink', memoryReader({ 'stories/x.ink': 'Hi.\n=== knot\n* [a\n{ x:\n' }));
    const errors = errorsOf(result);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toMatch(/^stories\/x\.ink:\d+: /);
      expect(error).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('keeps Ink warnings and TODO notes as warnings of a story that loads', () => {
    const result = compileStory('stories/x.ink', memoryReader({ 'stories/x.ink': 'Hi.\nTODO: write the ending\n-> END\n' }));
    expect(warningsOf(result)).toEqual([{ severity: 'warning', file: 'stories/x.ink', line: 2, message: 'TODO: write the ending' }]);
    expect(result.ok).toBe(true);
  });
});

describe('compileStory: scenario from the header', () => {
  it('maps every header tag of a scored story', () => {
    const scenario = scenarioOf(loadStoryFile(`${FIXTURES}/good_scored.ink`, repoRoot));
    expect(scenario.meta).toEqual({
      id: 'fixture_good_scored',
      title: 'The fixture shelter',
      summary: 'A tiny scored scenario that uses every tag, for the content tests.',
      forms: ['forced_labour', 'internal_trafficking'],
      setting: 'bus_station',
      minutes: 3,
      difficulty: 'introductory',
      contentWarnings: ['A person at risk of labour exploitation.', 'Mentions of debt.'],
      objectives: ['Notice what is shown.', 'Refer with consent.'],
      scene: 'bus_shelter',
      source: `${FIXTURES}/good_scored.ink`,
    });
    expect(scenario.answerKey).toEqual({
      determinations: ['potential_victim_labour'],
      referralsRequired: ['medical_care', 'victim_service_ngo'],
      referralsHarmful: ['immigration_detention', 'release_to_controller'],
      referralsUnnecessary: ['consular_contact'],
      conditions: ['controller_present_or_involved', 'language_barrier'],
    });
    expect(scenario.scoring).toEqual({ weights: { identification: 1, questioning: 2.5, referral: 1 }, passMark: 70 });
    expect(scenario.taggedIndicators).toEqual(['signs_of_physical_abuse', 'debt_bondage', 'wages_withheld_or_confiscated']);
    expect(scenario.warnings).toEqual([]);
  });

  it('produces runtime JSON whose tags the runtime sees, with escaped \\# kept as text', () => {
    const story = new Story(scenarioOf(loadStoryFile(`${FIXTURES}/good_scored.ink`, repoRoot)).storyJson);
    expect(story.globalTags).toContain('id: fixture_good_scored');
    // Ink itself (not this pipeline): header tags followed by INCLUDE come out as an empty first
    // line carrying the header tags. The runtime skips blank lines.
    expect(story.Continue()).toBe('\n');
    expect(story.Continue()).toBe('A woman waits at the shelter. Price tag # 5 is not a tag.\n');
    expect(story.currentTags).toEqual(['sfx: rain', 'phase: engage_explain']);
  });

  it('plays a plain Ink story unscored and leaves its tags alone', () => {
    const scenario = scenarioOf(loadStoryFile(`${FIXTURES}/plain.ink`, repoRoot));
    expect(scenario.answerKey).toBeNull();
    expect(scenario.meta.id).toBe('plain');
    expect(scenario.meta.title).toBe('plain');
    expect(scenario.warnings).toEqual([]);
  });

  it('plays a Threshold story without an answer key unscored, and needs no common include for it', () => {
    const scenario = scenarioOf(loadStoryFile(`${FIXTURES}/unscored_no_common.ink`, repoRoot));
    expect(scenario.answerKey).toBeNull();
    expect(scenario.meta.id).toBe('fixture_unscored');
  });

  it('reports header tags written below an INCLUDE instead of treating the story as plain Ink', () => {
    const result = compileStory('stories/late.ink', memoryReader({
      'stories/late.ink': 'INCLUDE common/threshold.ink\n# id: late_header\nHi.\n-> END\n',
      'stories/common/threshold.ink': generateCommonInk(),
    }));
    expect(errorsOf(result)).toEqual([
      "stories/late.ink:2: 'id' is a header tag: put it with the other header tags at the very top of the root file, before INCLUDE, VAR and any text (anywhere else Ink attaches it to a line)",
    ]);
  });

  it('validates the tags of a story that includes common/threshold.ink even without a header', () => {
    const result = compileStory('stories/bare.ink', memoryReader({
      'stories/bare.ink': 'INCLUDE common/threshold.ink\nHi. # speaker: A # mood: calm # indicator: debt_bondge\n-> END\n',
      'stories/common/threshold.ink': generateCommonInk(),
    }));
    expect(errorsOf(result)).toEqual(["stories/bare.ink:2: indicator: unknown indicator 'debt_bondge' — did you mean debt_bondage?"]);
  });

  it('counts and checks indicators tagged inside inline conditionals, as authoring.md shows them', () => {
    const files = {
      'stories/inline.ink': 'INCLUDE common/threshold.ink\n{rapport >= 2: She tells you about the money she owes. # indicator: debt_bondage}\n{rapport < 0: She goes quiet. # indicator: isolaton}\n-> END\n',
      'stories/common/threshold.ink': generateCommonInk(),
    };
    expect(errorsOf(compileStory('stories/inline.ink', memoryReader(files)))).toEqual([
      "stories/inline.ink:3: indicator: unknown indicator 'isolaton' — did you mean isolation?",
    ]);
    files['stories/inline.ink'] = files['stories/inline.ink'].replace('isolaton', 'isolation');
    expect(scenarioOf(compileStory('stories/inline.ink', memoryReader(files))).taggedIndicators).toEqual(['debt_bondage', 'isolation']);
  });

  it('requires a scored story to include common/threshold.ink', () => {
    expect(errorsOf(loadStoryFile(`${FIXTURES}/scored_no_common.ink`, repoRoot))).toEqual([
      `${FIXTURES}/scored_no_common.ink:1: a scored scenario must INCLUDE common/threshold.ink (relative to this file): it declares the determination and referrals lists the game writes answers into`,
    ]);
  });

  it('lists the header tags a scored story is missing', () => {
    expect(errorsOf(loadStoryFile(`${FIXTURES}/missing_header.ink`, repoRoot))).toEqual([
      `${FIXTURES}/missing_header.ink:1: missing header tags 'title', 'summary', 'form', 'setting', 'minutes', 'difficulty', 'content_warning', 'objective', 'conditions': a scored scenario (one with an answer key) needs id, title, summary, form, setting, minutes, difficulty, content_warning, objective, determination, referrals_required, referrals_harmful, conditions`,
    ]);
  });

  it('accepts none for empty answer-key lists and forms', () => {
    const files = {
      'stories/decoy.ink': [
        '# id: decoy', '# title: Decoy', '# summary: Nothing to see.', '# form: none', '# setting: farm', '# minutes: 2',
        '# difficulty: advanced', '# content_warning: None.', '# objective: Do not over-refer.',
        '# determination: not_trafficking_labour_dispute', '# referrals_required: none',
        '# referrals_harmful: immigration_detention', '# conditions: none',
        'INCLUDE common/threshold.ink', 'Fine.', '-> END', '',
      ].join('\n'),
      'stories/common/threshold.ink': generateCommonInk(),
    };
    const scenario = scenarioOf(compileStory('stories/decoy.ink', memoryReader(files)));
    expect(scenario.meta.forms).toEqual([]);
    expect(scenario.answerKey).toMatchObject({ referralsRequired: [], conditions: [], referralsHarmful: ['immigration_detention'] });
  });
});
