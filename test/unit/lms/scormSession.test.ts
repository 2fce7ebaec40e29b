// A real SCORM runtime (scorm-again, the LMS side) receiving an attempt through ScormSession, for
// both editions: what the LMS holds after each input and at the end, and that the suspend data it
// keeps gives the attempt back.
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { playHeadless } from '../../../src/engine/headlessPlayer';
import { score } from '../../../src/engine/scoring/score';
import { decodeSuspendData, encodeSuspendData, SCORM12_SUSPEND_LIMIT } from '../../../src/records/lms/suspendData';
import { ScormSession, findScormApi, type Scorm12Api, type Scorm2004Api } from '../../../src/records/lms/scormSession';
import { traineeInputsOf } from '../../../src/records/lms/traineeInputs';
import { scenario } from '../xapi/fixtures';

const story = scenario('scn_02_hotel_welfare_check');
const played = playHeadless(story, 21);
const result = score(story, played.log)!;
const suspendData = encodeSuspendData(traineeInputsOf(played.log), SCORM12_SUSPEND_LIMIT).data;

/** Every value the LMS accepted, last write wins, as an LMS's database would hold it. */
function received(lms: Scorm12API | Scorm2004API, edition: 'scorm12' | 'scorm2004'): Map<string, string> {
  const values = new Map<string, string>();
  lms.on(edition === 'scorm12' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element: string, value: string) => values.set(element, value));
  return values;
}

describe('SCORM 1.2 in scorm-again', () => {
  it('holds incomplete and the suspend data mid-attempt, then passed/failed, the score and one objective per competency', () => {
    const lms = new Scorm12API({ logLevel: 5 });
    const values = received(lms, 'scorm12');
    const session = new ScormSession('scorm12', lms as unknown as Scorm12Api);
    expect(session.start().entry).toBe('');
    session.report({ kind: 'inProgress', suspendData, location: 'turn 3' });
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
    expect(lms.cmi.suspend_data).toBe(suspendData);
    session.finish({ kind: 'scored', suspendData, location: 'end', result }, 754_321);
    expect(lms.cmi.core.lesson_status).toBe(result.passed ? 'passed' : 'failed');
    expect(lms.cmi.core.score.raw).toBe(String(result.scores.overall));
    expect(values.get('cmi.core.session_time')).toBe('0000:12:34.32');
    expect(values.get('cmi.core.exit')).toBe('');
    expect((lms.cmi.objectives.childArray as unknown as Array<{ id: string; score: { raw: string } }>).map((o) => [o.id, o.score.raw])).toEqual([
      ['identification', String(result.scores.identification)],
      ['questioning', String(result.scores.questioning)],
      ['referral', String(result.scores.referral)],
    ]);
  });

  it('leaves with exit suspend when the trainee stops mid-attempt', () => {
    const lms = new Scorm12API({ logLevel: 5 });
    const values = received(lms, 'scorm12');
    const session = new ScormSession('scorm12', lms as unknown as Scorm12Api);
    session.start();
    session.finish({ kind: 'inProgress', suspendData, location: 'turn 3' }, 1000);
    expect(values.get('cmi.core.exit')).toBe('suspend');
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
  });
});

describe('SCORM 2004 in scorm-again', () => {
  it('holds completion, success, the scaled score and an objective per competency', () => {
    const lms = new Scorm2004API({ logLevel: 5 });
    const values = received(lms, 'scorm2004');
    const session = new ScormSession('scorm2004', lms as unknown as Scorm2004Api);
    session.start();
    session.finish({ kind: 'scored', suspendData, location: 'end', result }, 61_230);
    expect(lms.cmi.completion_status).toBe('completed');
    expect(lms.cmi.success_status).toBe(result.passed ? 'passed' : 'failed');
    expect(lms.cmi.score.scaled).toBe(String(result.scores.overall / 100));
    expect(values.get('cmi.session_time')).toBe('PT0H1M1.23S');
    expect(values.get('cmi.exit')).toBe('normal');
    expect((lms.cmi.objectives.childArray as unknown as Array<{ id: string; score: { scaled: string } }>).map((o) => [o.id, o.score.scaled])).toEqual([
      ['identification', String(result.scores.identification / 100)],
      ['questioning', String(result.scores.questioning / 100)],
      ['referral', String(result.scores.referral / 100)],
    ]);
  });
});

describe('finding the API', () => {
  it('walks up the frames to the LMS window, and tries the opener', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const top: Record<string, unknown> = { API: api };
    top['parent'] = top;
    const middle = { parent: top };
    expect(findScormApi({ parent: middle }, 'scorm12')).toBe(api);
    expect(findScormApi({ parent: middle }, 'scorm2004')).toBeNull();
    const popup = { parent: null, opener: { API_1484_11: 'the 2004 api' } };
    expect(findScormApi(popup, 'scorm2004')).toBe('the 2004 api');
  });
});

describe('suspend data', () => {
  it('gives back exactly the trainee inputs it was made from', () => {
    expect(decodeSuspendData(suspendData)).toEqual(traineeInputsOf(played.log));
  });
});
