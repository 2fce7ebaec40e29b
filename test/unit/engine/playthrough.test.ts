import { describe, expect, it } from 'vitest';
import { steppingClock } from '../../../src/engine/clock';
import type { DecisionEvent, DecisionLog } from '../../../src/engine/log';
import { Playthrough, PlaythroughError, ReplayError, resumingClock } from '../../../src/engine/playthrough';
import { SaveDataError } from '../../../src/engine/save';
import { inlineScenario } from './inlineScenario';

// A small scored interview: a phase change, indicators, a hotspot, distress that can overwhelm,
// both forms asked for by the story, and endings that depend on the answers.
const interviewInk = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> roadside
=== roadside
The van is parked on the hard shoulder. # phase: engage_explain
* [Check the glovebox # hotspot: glovebox]
  Two passports, neither belongs to the driver. # indicator: documents_withheld
  -> talk
* [Talk to the passenger # q: explain_process]
  -> talk
=== talk
She says she works on a farm. # speaker: Ana # phase: free_account
* [Ask her to tell you in her own words # q: open_invitation]
  {rapport >= 2: She says the boss keeps her pay to cover her debt. # speaker: Ana # indicator: debt_bondage|She shrugs. # speaker: Ana}
  -> pressure
* [Tell her she is lying # q: express_disbelief # distress: +5]
  She starts to cry. # speaker: Ana # mood: afraid
  -> pressure
=== pressure
* [Respond to her distress # q: respond_to_distress]
  She breathes more slowly.
* [Ask where she sleeps # q: open_followup]
  She points at the van. # indicator: degrading_living_conditions
- -> decide
=== decide
-> record_determination ->
-> record_referrals ->
{ referrals ? immigration_detention: She is taken to a detention centre. # ending: detained | A caseworker meets her at the station. # ending: supported }
-> END
`;

const scenario = () => inlineScenario(interviewInk, { id: 'inline_roadside' });
const types = (log: DecisionLog) => log.map((event) => event.type);

function playToForms(p: Playthrough): void {
  p.choose(1); // explain_process: rapport +1
  p.choose(0); // open_invitation
}

describe('Playthrough log', () => {
  it('records observations at the start and every choice with its turn, index, text and tags', () => {
    const p = Playthrough.start(scenario(), steppingClock(10));
    expect(p.view().lines.map((l) => l.text)).toEqual(['The van is parked on the hard shoulder.']);
    expect(p.log).toEqual([{ type: 'story.phaseEntered', at: 0, phase: 'engage_explain' }]);

    p.choose(0);
    expect(p.log.slice(1)).toEqual([
      { type: 'story.choice', at: 10, turn: 0, index: 0, text: 'Check the glovebox', tags: { hotspot: 'glovebox' } },
      { type: 'story.indicatorShown', at: 20, indicator: 'documents_withheld', line: 'Two passports, neither belongs to the driver.' },
      { type: 'story.phaseEntered', at: 30, phase: 'free_account' },
    ]);
    const view = p.view();
    expect(view.inspectedHotspots).toEqual(['glovebox']);
    expect(view.shownIndicators).toEqual(['documents_withheld']);
    expect(view.interview.phase).toBe('free_account');
    expect(view.lines.map((l) => l.tags.speaker ?? null)).toEqual([null, 'Ana']);
    expect(view.transcript).toHaveLength(3);
  });

  it('mirrors the interview numbers into the story after each choice', () => {
    const withRapport = Playthrough.start(scenario(), steppingClock(1));
    playToForms(withRapport);
    expect(withRapport.view().interview.rapport).toBe(2);
    expect(withRapport.view().shownIndicators).toEqual(['debt_bondage']);

    const without = Playthrough.start(scenario(), steppingClock(1));
    without.choose(0); // a hotspot: no interview move, rapport stays 0
    without.choose(0); // open_invitation: rapport 1, not enough to disclose
    expect(without.view().lines.map((l) => l.text)).toEqual(['She shrugs.']);
    expect(without.view().shownIndicators).toEqual(['documents_withheld']);
  });
});

describe('Playthrough choice availability', () => {
  it('blocks questions while the person is overwhelmed and a response is offered', () => {
    const p = Playthrough.start(scenario(), steppingClock(1));
    p.choose(1);
    p.choose(1); // express_disbelief with distress +5 → 7, overwhelmed
    const view = p.view();
    expect(view.interview.overwhelmed).toBe(true);
    expect(view.choices.map((c) => c.available)).toEqual([true, false]);
    expect(view.choices[1]).toMatchObject({ available: false, reason: expect.stringMatching(/too distressed/) });
    expect(() => p.choose(1)).toThrow(/choice 1 \('Ask where she sleeps'\) is not available now/);
    p.choose(0);
    expect(p.view().interview.overwhelmed).toBe(false);
  });

  it('rejects a choice that does not exist', () => {
    const p = Playthrough.start(scenario(), steppingClock(1));
    expect(() => p.choose(5)).toThrow(/choice 5 does not exist: 2 on offer \(0-1\)/);
  });
});

describe('Playthrough decisions', () => {
  it('asks for each form in turn and will not continue the story until it is answered', () => {
    const p = Playthrough.start(scenario(), steppingClock(1));
    playToForms(p);
    p.choose(0);
    expect(p.view()).toMatchObject({ pendingDecision: 'determination', choices: [], ended: false });
    expect(p.log.at(-1)).toMatchObject({ type: 'story.decisionRequested', decision: 'determination' });
    expect(() => p.choose(0)).toThrow(PlaythroughError);
    expect(() => p.submitReferrals(['legal_aid'])).toThrow(/waiting for the determination form, not the referrals form/);
    expect(() => p.submitDetermination('victim')).toThrow(/'victim' is not a determination/);

    p.submitDetermination('potential_victim_labour');
    expect(p.view().pendingDecision).toBe('referrals');
    expect(() => p.submitReferrals(['legal_aid', 'taxi'])).toThrow(/not referrals in the taxonomy: taxi/);
    p.submitReferrals(['victim_service_ngo', 'legal_aid']);

    const view = p.view();
    expect(view).toMatchObject({ ended: true, ending: 'supported', complete: true, pendingDecision: null });
    expect(types(p.log).slice(-5)).toEqual([
      'story.decisionRequested',
      'form.determination',
      'story.decisionRequested',
      'form.referrals',
      'story.ended',
    ]);
  });

  it('branches the ending on the referrals written back into the story', () => {
    const p = Playthrough.start(scenario(), steppingClock(1));
    playToForms(p);
    p.choose(0);
    p.submitDetermination('potential_victim_labour');
    p.submitReferrals(['immigration_detention']);
    expect(p.view().ending).toBe('detained');
  });

  it('asks for forms a scored story never asked for after it ends', () => {
    const p = Playthrough.start(inlineScenario(`It is over. # ending: abrupt\n`), steppingClock(1));
    expect(p.view()).toMatchObject({ ended: true, ending: 'abrupt', pendingDecision: 'determination', complete: false });
    p.submitDetermination('insufficient_information');
    expect(p.view()).toMatchObject({ pendingDecision: 'referrals', complete: false });
    p.submitReferrals([]);
    expect(p.view()).toMatchObject({ pendingDecision: null, complete: true });
    expect(types(p.log)).toEqual([
      'story.ended',
      'story.decisionRequested',
      'form.determination',
      'story.decisionRequested',
      'form.referrals',
    ]);
    expect(() => p.flag('debt_bondage')).toThrow(/the attempt is complete/);
  });

  it('owes nothing for an unscored story', () => {
    const p = Playthrough.start(inlineScenario(`Just a story.\n`, { answerKey: null }), steppingClock(1));
    expect(p.view()).toMatchObject({ ended: true, ending: 'end', pendingDecision: null, complete: true });
  });
});

describe('Playthrough notebook and pause', () => {
  it('flags and unflags taxonomy indicators, refusing unknown or repeated ones', () => {
    const p = Playthrough.start(scenario(), steppingClock(1));
    p.flag('documents_withheld');
    p.flag('debt_bondage');
    expect(() => p.flag('documents_withheld')).toThrow(/already flagged/);
    expect(() => p.flag('suspicious_vibes')).toThrow(/not an indicator in the taxonomy/);
    expect(() => p.unflag('isolation')).toThrow(/'isolation' is not flagged/);
    p.unflag('documents_withheld');
    expect(p.view().flags).toEqual(['debt_bondage']);
  });

  it('refuses input while paused and records pause and resume', () => {
    const p = Playthrough.start(scenario(), steppingClock(1));
    p.pause();
    expect(p.view().paused).toBe(true);
    expect(() => p.choose(0)).toThrow(/paused/);
    expect(() => p.flag('debt_bondage')).toThrow(/paused/);
    expect(() => p.pause()).toThrow(/already paused/);
    p.resume();
    expect(() => p.resume()).toThrow(/not paused/);
    p.choose(0);
    expect(types(p.log).slice(1, 4)).toEqual(['session.paused', 'session.resumed', 'story.choice']);
  });
});

describe('Playthrough save and restore', () => {
  const roundTrip = (p: Playthrough) => JSON.parse(JSON.stringify(p.save())) as unknown;

  function expectSameFuture(a: Playthrough, b: Playthrough, inputs: (p: Playthrough) => void): void {
    inputs(a);
    inputs(b);
    expect(b.view()).toEqual(a.view());
    expect(b.log).toEqual(a.log);
  }

  it('restores mid-story with an identical view and log, and plays on identically', () => {
    const a = Playthrough.start(scenario(), steppingClock(5));
    a.choose(1);
    a.flag('documents_withheld');
    const b = Playthrough.restore(scenario(), roundTrip(a), resumingClock(a.log, steppingClock(5)));
    expect(b.view()).toEqual(a.view());
    expect(b.log).toEqual(a.log);
    const aClockCopy = Playthrough.restore(scenario(), roundTrip(a), resumingClock(a.log, steppingClock(5)));
    expectSameFuture(aClockCopy, b, (p) => {
      p.choose(0);
      p.choose(0);
    });
  });

  it('restores at a decision point and accepts the form after restore', () => {
    const a = Playthrough.start(scenario(), steppingClock(5));
    playToForms(a);
    a.choose(0);
    expect(a.view().pendingDecision).toBe('determination');
    const b = Playthrough.restore(scenario(), roundTrip(a), resumingClock(a.log, steppingClock(5)));
    expect(b.view()).toEqual(a.view());
    b.submitDetermination('potential_victim_labour');
    b.submitReferrals(['immigration_detention']);
    expect(b.view()).toMatchObject({ ending: 'detained', complete: true });
  });

  it('refuses a save of another scenario or a damaged save', () => {
    const a = Playthrough.start(scenario(), steppingClock(5));
    const other = inlineScenario(interviewInk, { id: 'inline_other' });
    expect(() => Playthrough.restore(other, roundTrip(a), steppingClock(1))).toThrow(/belongs to scenario 'inline_roadside'/);
    expect(() => Playthrough.restore(scenario(), { ...a.save(), version: 7 }, steppingClock(1))).toThrow(SaveDataError);
    // A snapshot that says the attempt is somewhere its log never went is refused, and says where.
    const saved = roundTrip(a) as { snapshot: { value: unknown } };
    const elsewhere = { ...saved, snapshot: { ...saved.snapshot, value: 'paused' } };
    expect(() => Playthrough.restore(scenario(), elsewhere, steppingClock(1))).toThrow(/cannot be restored: the snapshot disagrees with its log at snapshot.value/);
    const doctored = { ...a.save(), log: a.save().log.map((event) => (event.type === 'story.phaseEntered' ? { ...event, phase: 'close' } : event)) };
    expect(() => Playthrough.restore(scenario(), doctored, steppingClock(1))).toThrow(/cannot be restored: its log does not replay/);
    expect(() => Playthrough.restore(scenario(), 'not a save', steppingClock(1))).toThrow(/not an object/);
  });
});

describe('Playthrough replay', () => {
  function completeAttempt(): Playthrough {
    const p = Playthrough.start(scenario(), steppingClock(7));
    p.choose(0);
    p.flag('documents_withheld');
    p.pause();
    p.resume();
    p.choose(0);
    p.flag('isolation');
    p.unflag('isolation');
    p.choose(1);
    p.submitDetermination('potential_victim_labour');
    p.submitReferrals(['victim_service_ngo']);
    return p;
  }

  it('rebuilds the same log and view from a complete attempt', () => {
    const original = completeAttempt();
    const replayed = Playthrough.replay(scenario(), JSON.parse(JSON.stringify(original.log)) as DecisionLog);
    expect(replayed.log).toEqual(original.log);
    expect(replayed.view()).toEqual(original.view());
  });

  it('replays an attempt that stopped half way', () => {
    const p = Playthrough.start(scenario(), steppingClock(3));
    p.choose(1);
    expect(Playthrough.replay(scenario(), p.log).view()).toEqual(p.view());
  });

  const edit = (log: DecisionLog, index: number, change: Partial<DecisionEvent>): DecisionLog =>
    log.map((event, i) => (i === index ? ({ ...event, ...change } as DecisionEvent) : event));

  it('names the choice whose text no longer matches', () => {
    const log = completeAttempt().log;
    const at = log.findIndex((event) => event.type === 'story.choice');
    const error = catchReplay(() => Playthrough.replay(scenario(), edit(log, at, { text: 'Search the van' } as Partial<DecisionEvent>)));
    expect(error.eventIndex).toBe(at);
    expect(error.reason).toMatch(/choice 0 at turn 0 is now 'Check the glovebox', but the log says 'Search the van'/);
  });

  it('names a choice that is out of range', () => {
    const log = completeAttempt().log;
    const at = log.findIndex((event) => event.type === 'story.choice');
    const error = catchReplay(() => Playthrough.replay(scenario(), edit(log, at, { index: 9 } as Partial<DecisionEvent>)));
    expect(error.eventIndex).toBe(at);
    expect(error.reason).toMatch(/choice 9 does not exist/);
  });

  it('names the first event and field the story no longer reproduces', () => {
    const log = completeAttempt().log;
    const at = log.findIndex((event) => event.type === 'story.indicatorShown');
    const error = catchReplay(() => Playthrough.replay(scenario(), edit(log, at, { indicator: 'isolation' } as Partial<DecisionEvent>)));
    expect(error.eventIndex).toBe(at);
    expect(error.reason).toMatch(/field 'indicator' differs: the log has "isolation", the replay produced "documents_withheld"/);
  });

  it('notices an edited form answer through the story it changes', () => {
    const log = completeAttempt().log;
    const at = log.findIndex((event) => event.type === 'form.referrals');
    const error = catchReplay(() =>
      Playthrough.replay(scenario(), edit(log, at, { referrals: ['immigration_detention'] } as Partial<DecisionEvent>)),
    );
    expect(error.reason).toMatch(/field 'ending' differs: the log has "supported", the replay produced "detained"/);
  });

  it('notices a log cut short and a log with an observation removed', () => {
    const log = completeAttempt().log;
    const cut = catchReplay(() => Playthrough.replay(scenario(), log.slice(0, -1)));
    expect(cut.eventIndex).toBe(log.length - 1);
    expect(cut.reason).toMatch(/also records 'story.ended'/);
    const shown = log.findIndex((event) => event.type === 'story.indicatorShown');
    const missing = catchReplay(() => Playthrough.replay(scenario(), log.filter((_, i) => i !== shown)));
    expect(missing.eventIndex).toBe(shown);
  });
});

function catchReplay(run: () => unknown): ReplayError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReplayError) return error;
    throw error;
  }
  throw new Error('expected a ReplayError');
}
