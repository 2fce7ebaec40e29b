// Each lint warning: one story that triggers it and one, as close as possible, that does not.
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../../src/content/compile';
import type { AssetIndex } from '../../../src/content/lint';
import { scenarioOf } from './helpers';

const header = '# id: lint_x\n# title: Lint\n# objective: Notice what is shown.\n';
const assets: AssetIndex = { scenes: new Set(['bus_shelter']), audio: new Set(['rain']) };

function warningsFor(text: string): string[] {
  const result = compileStory('stories/x.ink', (path) => (path === 'stories/x.ink' ? text : undefined), { assets });
  return scenarioOf(result).warnings.map((w) => `${w.line}: ${w.message}`);
}

const matching = (warnings: string[], pattern: RegExp) => warnings.filter((warning) => pattern.test(warning));

describe('lint: nothing before the first knot', () => {
  it('warns at the first knot when only declarations come before it', () => {
    const warnings = warningsFor(`${header}VAR seen = false\n\n=== start ===\nHello.\n-> END\n`);
    expect(matching(warnings, /nothing comes before the first knot/)).toEqual([
      '6: nothing comes before the first knot, so the story plays nothing and ends at once: add a divert such as -> start above this line',
    ]);
  });

  it('is quiet when the story diverts into its first knot', () => {
    expect(matching(warningsFor(`${header}VAR seen = false\n-> start\n=== start ===\nHello.\n-> END\n`), /nothing comes before/)).toEqual([]);
  });
});

describe('lint: a choice without q in an interview phase', () => {
  const story = (choice: string) => `${header}-> talk\n=== talk ===\nYou sit down. # phase: free_account\n${choice}\n- Done.\n-> END\n`;

  it('warns for a question with no q tag', () => {
    expect(matching(warningsFor(story('* [Ask about her work]\n  She nods.')), /has no 'q' tag/)).toEqual([
      expect.stringMatching(/^7: this choice in the free_account phase has no 'q' tag.*\("Ask about her work"\)$/),
    ]);
  });

  it('is quiet for a choice with q, or one that only moves on', () => {
    expect(matching(warningsFor(story('* [Ask about her work # q: open_invitation]\n  She nods.')), /has no 'q' tag/)).toEqual([]);
    expect(matching(warningsFor(story('* [Move on to the questions]\n  -> END')), /has no 'q' tag/)).toEqual([]);
  });

  it('is quiet for a hotspot or a critical decision, which are scored as what they are', () => {
    expect(matching(warningsFor(story('* [Read the note # hotspot: note]\n  It says six.')), /has no 'q' tag/)).toEqual([]);
    const letGo = '* [Accept the explanation and let them go # critical: release_to_controller]\n  ~ temp gone = true\n  The van drives off.';
    expect(matching(warningsFor(story(letGo)), /has no 'q' tag/)).toEqual([]);
  });

  it('is quiet before the interview starts', () => {
    expect(matching(warningsFor(`${header}-> talk\n=== talk ===\n* [Walk over]\n  You walk.\n- Done.\n-> END\n`), /has no 'q' tag/)).toEqual([]);
  });
});

describe('lint: a scored scenario with no harmful option', () => {
  const scored = (choice: string) =>
    `# id: lint_x\n# title: L\n# summary: S\n# form: forced_labour\n# setting: farm\n# minutes: 5\n# difficulty: introductory\n# content_warning: none\n# objective: O\n# determination: potential_victim_labour\n# referrals_required: victim_service_ngo\n# referrals_harmful: immigration_detention\n# conditions: none\nINCLUDE common/threshold.ink\n-> talk\n=== talk ===\n${choice}\n- -> END\n`;
  const common = { 'stories/common/threshold.ink': 'LIST determination = potential_victim_labour\nLIST referrals = victim_service_ngo, immigration_detention\nVAR rapport = 0\nVAR distress = 0\n' };
  const compileScored = (text: string) =>
    compileStory('stories/x.ink', (path) => (path === 'stories/x.ink' ? text : common[path as keyof typeof common]), { assets });

  it('warns when every choice is good or neutral', () => {
    const warnings = scenarioOf(compileScored(scored('* [Ask # q: open_invitation] Fine.'))).warnings;
    expect(warnings.filter((w) => /no choice is harmful/.test(w.message))).toHaveLength(1);
  });

  it('is quiet with a harmful question type', () => {
    const warnings = scenarioOf(compileScored(scored('* [Ask # q: open_invitation] Fine.\n* [Blame # q: blaming] No.'))).warnings;
    expect(warnings.filter((w) => /no choice is harmful/.test(w.message))).toEqual([]);
  });
});

describe('lint: missing learning objectives', () => {
  it('warns when a Threshold story gives no objective', () => {
    expect(matching(warningsFor('# id: lint_x\n# title: No goals\nHello.\n-> END\n'), /no learning objective/)).toHaveLength(1);
  });

  it('is quiet with an objective', () => {
    expect(matching(warningsFor(`${header}Hello.\n-> END\n`), /no learning objective/)).toEqual([]);
  });
});

describe('lint: text that names an indicator', () => {
  it('warns when the text says what the trainee should notice', () => {
    expect(matching(warningsFor(`${header}He says this is debt bondage, plain and simple.\n-> END\n`), /names the indicator/)).toEqual([
      "4: this text names the indicator 'debt_bondage' outright: show what the trainee would see or hear instead, and let them name it",
    ]);
    expect(matching(warningsFor(`${header}She lives in isolation. # indicator: isolation\n-> END\n`), /names the indicator 'isolation'/)).toHaveLength(1);
  });

  it('is quiet when the text shows it', () => {
    expect(matching(warningsFor(`${header}"I still owe them for the flight and the room." # indicator: debt_bondage\n-> END\n`), /names the indicator/)).toEqual([]);
    expect(matching(warningsFor(`${header}Nobody else lives nearby; isolation is the word for it.\n-> END\n`), /names the indicator/)).toEqual([]);
  });
});

describe('lint: very long lines', () => {
  it('warns over 500 characters of text', () => {
    expect(matching(warningsFor(`${header}${'Word '.repeat(110)}\n-> END\n`), /characters of text/)).toEqual([expect.stringMatching(/^4: this line has 549 characters/)]);
  });

  it('is quiet for a long declaration or a line of ordinary length', () => {
    expect(matching(warningsFor(`${header}LIST long = ${Array.from({ length: 80 }, (_, i) => `item_${i}`).join(', ')}\n${'Word '.repeat(60)}\n-> END\n`), /characters of text/)).toEqual([]);
  });
});

describe('lint: scene and sound files', () => {
  it('warns for a scene or sfx with no file in assets/', () => {
    const warnings = warningsFor(`${header}# scene: car_wash\nRain. # sfx: thunder\n-> END\n`);
    expect(matching(warnings, /has no file assets/)).toEqual([
      "4: scene 'car_wash' has no file assets/scenes/car_wash.* : add the scene or fix the name (the game will draw no scene)",
      "5: sound 'thunder' has no file assets/audio/thunder.* : add the sound or fix the name (only its caption will show)",
    ]);
  });

  it('is quiet when the files exist', () => {
    expect(matching(warningsFor(`${header}# scene: bus_shelter\nRain. # sfx: rain\n-> END\n`), /has no file assets/)).toEqual([]);
  });
});
