import { describe, expect, it } from 'vitest';
import { loadStoryFile } from '../../../src/node/load';
import { formatDiagnostic } from '../../../src/content/types';
import { FIXTURES, errorsOf, repoRoot, warningsOf } from './helpers';

const file = `${FIXTURES}/bad_tags.ink`;
const result = loadStoryFile(file, repoRoot);
const errors = errorsOf(result);

describe('tag validation (bad_tags.ink fixture)', () => {
  it.each([
    [3, "duplicate header tag 'title' (first given on line 2); give it once"],
    [5, "form: unknown form 'forced_labor' — did you mean forced_labour?"],
    [6, "setting: unknown setting 'moon_base'; allowed: roadside_stop, hotel_welfare_check, farm, construction_site, nail_salon, private_home, bus_station, airport, hospital_er, online_chat, border_checkpoint, refugee_reception_centre"],
    [7, "minutes: 'soon' is not a whole number of minutes (e.g. 15)"],
    [13, "the answer key contradicts itself: 'legal_aid' is in both referrals_required and referrals_harmful"],
    [19, "'title' is a header tag: put it with the other header tags at the very top of the root file, before INCLUDE, VAR and any text (anywhere else Ink attaches it to a line)"],
    [20, "indicator: unknown indicator 'documents_witheld' — did you mean documents_withheld?"],
    [21, "indicator: unknown indicator 'zzzz_qqqq_xxxx'; the allowed ids are listed in taxonomy.indicators (src/content/taxonomy/taxonomy.json)"],
    [22, "'q' is a choice tag: put it inside the square brackets of a choice, e.g. * [Ask what happened # q: ...]"],
    [24, "unknown tag 'speakr' — did you mean speaker?"],
    [25, "'speaker' is a line tag and does nothing inside a choice's [ ]: put it after the ] (it then tags the line the choice prints) or after a line of text"],
    [25, "rapport: 'lots' is not a whole number; write it like +1 or -2"],
    [26, "phase: unknown interview phase 'any'; allowed: engage_explain, free_account, clarify, close"],
    [27, "'q' is given twice here; give it once"],
    [28, "tag '# nocolon' has no key: Threshold tags are written '# key: value' (to show a # in text, write \\#)"],
  ])('line %i: %s', (line, message) => {
    expect(errors).toContain(`${file}:${line}: ${message}`);
  });

  it('lists the allowed keys for an unknown key with no close match', () => {
    expect(errors.find((e) => e.startsWith(`${file}:15:`))).toMatch(/unknown tag 'colour'; header tags are: id, title, summary, .*pass_mark, critical_decisions, screen, exploration \(see docs\/authoring\.md\)/);
  });

  it('does not also call a header tag missing when its value was wrong', () => {
    expect(errors.filter((e) => e.includes('missing header tag'))).toEqual([]);
  });

  it('reports nothing else', () => {
    expect(errors).toHaveLength(16);
  });

  it('warns about a decide tag alone on a line', () => {
    expect(warningsOf(result).map(formatDiagnostic)).toEqual([
      `${file}:23: warning: a 'decide' tag alone on a line is attached by Ink to the next line of output, which may already depend on the answer: put it at the end of a line of text, e.g. You open the referral form. # decide: referrals`,
    ]);
  });
});
