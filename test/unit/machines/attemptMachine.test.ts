import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { steppingClock } from '../../../src/engine/clock';
import { attemptMachine, choicesOf, statusOf, type AttemptActorRef } from '../../../src/engine/machines/attemptMachine';
import { Playthrough, persistedAttempt, resumingClock } from '../../../src/engine/playthrough';
import { inlineScenario } from '../engine/inlineScenario';

// Distress that can overwhelm, a hotspot, an indicator, a form the story asks for, and an ending.
const ink = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> yard
=== yard
Workers sleep in a shipping container. # phase: engage_explain # indicator: degrading_living_conditions
* [Look inside the container # hotspot: container]
  Mattresses on the floor.
  -> talk
* [Tell him he is lying # q: express_disbelief # distress: +5]
  He turns away. # speaker: Piotr # mood: shut_down
  -> talk
=== talk
* [Respond to his distress # q: respond_to_distress]
  He sits down.
* [Ask where his passport is # q: open_followup]
  He shrugs.
- -> record_determination ->
He is taken to a shelter. # ending: shelter
-> END
`;
const scenario = inlineScenario(ink, { id: 'yard' });

function begun(): AttemptActorRef {
  const actor = createActor(attemptMachine, { input: { scenario, clock: steppingClock(10) } }).start();
  actor.send({ type: 'attempt.begin' });
  return actor;
}

describe('attemptMachine', () => {
  it('waits for attempt.begin, then runs the story to its first stop', () => {
    const actor = createActor(attemptMachine, { input: { scenario, clock: steppingClock(10) } }).start();
    expect(actor.getSnapshot().value).toBe('ready');
    actor.send({ type: 'trainee.choose', index: 0 });
    expect(actor.getSnapshot().context.log).toEqual([]);
    actor.send({ type: 'attempt.begin' });
    expect(actor.getSnapshot().value).toEqual({ active: 'choosing' });
    expect(actor.getSnapshot().context.log.map((event) => event.type)).toEqual(['story.phaseEntered', 'story.indicatorShown']);
  });

  it('keeps the notebook and what was shown in the investigation child, the numbers in the interview child', () => {
    const actor = begun();
    actor.send({ type: 'trainee.flag', indicator: 'degrading_living_conditions' });
    actor.send({ type: 'trainee.choose', index: 0 });
    const { investigation, interview } = actor.getSnapshot().context;
    expect(investigation.getSnapshot().context).toEqual({
      inspectedHotspots: ['container'],
      shownIndicators: ['degrading_living_conditions'],
      flags: ['degrading_living_conditions'],
    });
    expect(interview.getSnapshot().context).toMatchObject({ rapport: 0, distress: 2, overwhelmed: false });
  });

  it('the distress hold decides which choices are offered, and the guard refuses the others', () => {
    const actor = begun();
    actor.send({ type: 'trainee.choose', index: 1 });
    const context = actor.getSnapshot().context;
    expect(context.interview.getSnapshot().context.overwhelmed).toBe(true);
    expect(choicesOf(context).map((choice) => choice.available)).toEqual([true, false]);
    const before = actor.getSnapshot();
    actor.send({ type: 'trainee.choose', index: 1 });
    expect(actor.getSnapshot()).toBe(before);
    actor.send({ type: 'trainee.choose', index: 0 });
    expect(actor.getSnapshot().context.turn).toBe(2);
  });

  it('a pending form, a pause and the ending are states', () => {
    const actor = begun();
    actor.send({ type: 'trainee.choose', index: 0 });
    actor.send({ type: 'trainee.choose', index: 0 });
    expect(actor.getSnapshot().value).toEqual({ active: 'determination' });
    expect(statusOf(actor.getSnapshot())).toEqual({ kind: 'form', form: 'determination' });
    actor.send({ type: 'trainee.choose', index: 0 });
    actor.send({ type: 'trainee.submitReferrals', referrals: [] });
    expect(actor.getSnapshot().value).toEqual({ active: 'determination' });
    actor.send({ type: 'trainee.pause' });
    expect(actor.getSnapshot().value).toBe('paused');
    actor.send({ type: 'trainee.submitDetermination', determination: 'potential_victim_labour' });
    expect(actor.getSnapshot().value).toBe('paused');
    actor.send({ type: 'trainee.resume' });
    expect(actor.getSnapshot().value).toEqual({ active: 'determination' });
    actor.send({ type: 'trainee.submitDetermination', determination: 'potential_victim_labour' });
    // The story asked for the determination only: the referrals are owed once it has ended.
    expect(actor.getSnapshot().value).toEqual({ active: 'referrals' });
    expect(actor.getSnapshot().context.ending).toBe('shelter');
    actor.send({ type: 'trainee.submitReferrals', referrals: ['victim_service_ngo', 'victim_service_ngo'] });
    expect(actor.getSnapshot().value).toBe('ended');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ ending: 'shelter' });
    expect(actor.getSnapshot().context.log.at(-1)).toMatchObject({ type: 'form.referrals', referrals: ['victim_service_ngo'] });
  });

  it('the transcript holds the lines and the trainee’s own choices and answers, in order', () => {
    const actor = begun();
    actor.send({ type: 'trainee.choose', index: 0 });
    const entries = actor.getSnapshot().context.transcript.map((entry) => (entry.kind === 'line' ? entry.line.text : `> ${entry.event.type}`));
    expect(entries).toEqual(['Workers sleep in a shipping container.', '> story.choice', 'Mattresses on the floor.']);
  });

  it('persists without the runner or the scenario, and rehydrates from the snapshot and its log', () => {
    const a = Playthrough.start(scenario, steppingClock(10));
    a.choose(1);
    a.flag('degrading_living_conditions');
    a.pause();
    const saved = JSON.parse(JSON.stringify(a.save())) as ReturnType<Playthrough['save']>;
    expect(JSON.stringify(saved.snapshot)).not.toContain('storyJson');
    expect(saved.snapshot).toMatchObject({ value: 'paused', context: { resources: { scenarioId: 'yard' } } });
    const b = Playthrough.restore(scenario, saved, resumingClock(saved.log, steppingClock(10)));
    expect(persistedAttempt(b.actor)).toEqual(saved.snapshot);
    expect(b.actor.getSnapshot().value).toBe('paused');
    b.resume();
    b.choose(0);
    expect(b.view().pendingDecision).toBe('determination');
  });

  it('refuses a persisted snapshot that disagrees with its log', () => {
    const a = Playthrough.start(scenario, steppingClock(10));
    a.choose(0);
    const saved = JSON.parse(JSON.stringify(a.save())) as { snapshot: { context: Record<string, unknown> } };
    const tampered = { ...saved, snapshot: { ...saved.snapshot, context: { ...saved.snapshot.context, turn: 5 } } };
    expect(() => Playthrough.restore(scenario, tampered, steppingClock(1))).toThrow(
      /the snapshot disagrees with its log at snapshot\.context\.turn \(saved 5, replayed 1\)/,
    );
  });
});
