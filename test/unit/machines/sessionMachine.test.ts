import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { sessionMachine, type SessionEvent } from '../../../src/engine/machines/sessionMachine';

type Actor = ReturnType<typeof createActor<typeof sessionMachine>>;

function startedAt(...events: SessionEvent[]): Actor {
  const actor = createActor(sessionMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}
const inPlay: SessionEvent[] = [
  { type: 'app.booted' },
  { type: 'user.scenarioSelected', scenarioId: 'scn_hotel' },
  { type: 'user.briefingAccepted' },
];
const value = (actor: Actor): SnapshotFrom<typeof sessionMachine>['value'] => actor.getSnapshot().value;

describe('sessionMachine', () => {
  it('boot -> menu -> briefing -> play.story', () => {
    const actor = startedAt();
    expect(value(actor)).toBe('boot');
    actor.send({ type: 'app.booted' });
    expect(value(actor)).toBe('menu');
    actor.send({ type: 'user.scenarioSelected', scenarioId: 'scn_hotel' });
    expect(value(actor)).toBe('briefing');
    expect(actor.getSnapshot().context.scenarioId).toBe('scn_hotel');
    actor.send({ type: 'user.briefingAccepted' });
    expect(value(actor)).toEqual({ play: 'story' });
    expect(actor.getSnapshot().context.attempt).toBe(1);
  });

  it('the briefing must be accepted: story events do not start play', () => {
    const actor = startedAt({ type: 'app.booted' }, { type: 'user.scenarioSelected', scenarioId: 's' });
    actor.send({ type: 'ink.decisionRequested', decision: 'determination' });
    expect(value(actor)).toBe('briefing');
    actor.send({ type: 'user.returnedToMenu' });
    expect(value(actor)).toBe('menu');
  });

  it('decision requests open the forms and submitting returns to the story', () => {
    const actor = startedAt(...inPlay);
    actor.send({ type: 'ink.decisionRequested', decision: 'determination' });
    expect(value(actor)).toEqual({ play: 'determination' });
    actor.send({ type: 'user.determinationSubmitted', determination: 'potential_victim_labour' });
    expect(value(actor)).toEqual({ play: 'story' });
    actor.send({ type: 'ink.decisionRequested', decision: 'referrals' });
    expect(value(actor)).toEqual({ play: 'referral' });
    actor.send({ type: 'user.referralsSubmitted', referrals: ['safe_shelter'] });
    expect(value(actor)).toEqual({ play: 'story' });
    actor.send({ type: 'ink.ended', ending: 'safe_referral' });
    expect(value(actor)).toBe('debrief');
    expect(actor.getSnapshot().context).toMatchObject({
      determination: 'potential_victim_labour',
      referrals: ['safe_shelter'],
      storyEnded: true,
      ending: 'safe_referral',
    });
  });

  it('forms still owed when the story ends are asked for before the debrief', () => {
    const actor = startedAt(...inPlay);
    actor.send({ type: 'ink.ended', ending: 'walked_away' });
    expect(value(actor)).toEqual({ play: 'determination' });
    actor.send({ type: 'user.determinationSubmitted', determination: 'insufficient_information' });
    expect(value(actor)).toEqual({ play: 'referral' });
    actor.send({ type: 'user.referralsSubmitted', referrals: [] });
    expect(value(actor)).toBe('debrief');
  });

  it('an unscored scenario owes no forms', () => {
    const actor = startedAt(
      { type: 'app.booted' },
      { type: 'user.scenarioSelected', scenarioId: 'plain', scored: false },
      { type: 'user.briefingAccepted' },
    );
    actor.send({ type: 'ink.ended', ending: 'end' });
    expect(value(actor)).toBe('debrief');
  });

  it.each([
    ['story', [] as SessionEvent[]],
    ['determination', [{ type: 'ink.decisionRequested', decision: 'determination' }] as SessionEvent[]],
    ['referral', [{ type: 'ink.decisionRequested', decision: 'referrals' }] as SessionEvent[]],
  ])('pause from play.%s resumes to the same place', (where, events) => {
    const actor = startedAt(...inPlay, ...events);
    expect(value(actor)).toEqual({ play: where });
    actor.send({ type: 'user.paused' });
    expect(value(actor)).toBe('paused');
    actor.send({ type: 'ink.ended', ending: 'x' });
    expect(value(actor)).toBe('paused');
    actor.send({ type: 'user.resumed' });
    expect(value(actor)).toEqual({ play: where });
  });

  it('exit keeps the attempt resumable from the menu', () => {
    const actor = startedAt(...inPlay, { type: 'ink.decisionRequested', decision: 'referrals' });
    actor.send({ type: 'user.exitRequested' });
    expect(value(actor)).toBe('menu');
    expect(actor.getSnapshot().context.resumable).toEqual({ scenarioId: 'scn_hotel', attempt: 1 });
    actor.send({ type: 'user.resumed' });
    expect(value(actor)).toEqual({ play: 'referral' });
  });

  it('selecting the unfinished scenario again continues it; another one starts a new attempt', () => {
    const actor = startedAt(...inPlay, { type: 'user.paused' }, { type: 'user.exitRequested' });
    actor.send({ type: 'user.scenarioSelected', scenarioId: 'scn_hotel' });
    expect(value(actor)).toEqual({ play: 'story' });
    expect(actor.getSnapshot().context.attempt).toBe(1);

    actor.send({ type: 'user.exitRequested' });
    actor.send({ type: 'user.scenarioSelected', scenarioId: 'scn_farm' });
    expect(value(actor)).toBe('briefing');
    actor.send({ type: 'user.briefingAccepted' });
    expect(actor.getSnapshot().context).toMatchObject({ scenarioId: 'scn_farm', attempt: 2, resumable: null });
  });

  it('hasResumableAttempt: resume from the menu does nothing without one', () => {
    const actor = startedAt({ type: 'app.booted' });
    actor.send({ type: 'user.resumed' });
    expect(value(actor)).toBe('menu');
  });

  it('debrief -> export -> menu, and the finished attempt is not resumable', () => {
    const actor = startedAt(
      ...inPlay,
      { type: 'user.determinationSubmitted', determination: 'ignored_outside_form' },
      { type: 'ink.ended', ending: 'e' },
      { type: 'user.determinationSubmitted', determination: 'insufficient_information' },
      { type: 'user.referralsSubmitted', referrals: [] },
    );
    expect(value(actor)).toBe('debrief');
    expect(actor.getSnapshot().context.determination).toBe('insufficient_information');
    actor.send({ type: 'user.exportRequested' });
    expect(value(actor)).toBe('export');
    actor.send({ type: 'user.returnedToMenu' });
    expect(value(actor)).toBe('menu');
    expect(actor.getSnapshot().context.resumable).toBeNull();
  });

  it('a persisted snapshot restores into the same state, including where a pause resumes to', () => {
    const actor = startedAt(...inPlay, { type: 'ink.decisionRequested', decision: 'referrals' }, { type: 'user.paused' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(sessionMachine, { snapshot: persisted }).start();
    expect(value(restored)).toBe('paused');
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    restored.send({ type: 'user.resumed' });
    expect(value(restored)).toEqual({ play: 'referral' });
  });
});
