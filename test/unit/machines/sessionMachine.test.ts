import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Scenario } from '../../../src/content/types';
import { replayingClock, steppingClock } from '../../../src/engine/clock';
import type { DecisionLog } from '../../../src/engine/log';
import { statusOf } from '../../../src/engine/machines/attemptMachine';
import { screenOf, sessionMachineFor, type SessionActorRef, type SessionEvent } from '../../../src/engine/machines/sessionMachine';
import { persistSession, restoreSession, savedScreen, type PersistedSession } from '../../../src/engine/sessionPersistence';
import { resumingClock } from '../../../src/engine/playthrough';
import { inlineScenario } from '../engine/inlineScenario';

// A short scored story (a choice, both forms asked by the story, an outcome line), an unscored
// one, and one that loops without output.
const scoredInk = `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> shelter
=== shelter
A young man waits at the bus shelter. # phase: engage_explain
* [Introduce yourself # q: explain_process]
  He nods. # speaker: Sam
  -> decide
* [Ask for his papers # q: demand_documents]
  He steps back. # speaker: Sam
  -> decide
=== decide
-> record_determination ->
-> record_referrals ->
A support worker meets him tonight. # ending: supported
-> END
`;
const unscoredInk = `A quiet street.\n* [Walk on]\n  You walk on.\n  -> END\n`;
const loopingInk = `A line.\n* [Go]\n  -> spin\n=== spin\n-> spin\n`;

const scenarios = new Map<string, Scenario>([
  ['shelter', inlineScenario(scoredInk, { id: 'shelter' })],
  ['street', inlineScenario(unscoredInk, { id: 'street', answerKey: null })],
  ['spin', inlineScenario(loopingInk, { id: 'spin' })],
]);

const machine = sessionMachineFor({
  scenario: (id) => scenarios.get(id),
  clockFor: (log: DecisionLog) => replayingClock(log.map((event) => event.at), resumingClock(log, steppingClock(10))),
});

function session(...events: SessionEvent[]): SessionActorRef {
  const actor = createActor(machine).start();
  for (const event of events) actor.send(event);
  return actor;
}

const inPlay = (scenarioId = 'shelter'): SessionEvent[] => [{ type: 'trainee.open', scenarioId }, { type: 'trainee.start' }];
const value = (actor: SessionActorRef) => actor.getSnapshot().value;
const attemptOf = (actor: SessionActorRef) => {
  const attempt = actor.getSnapshot().context.attempt;
  if (!attempt) throw new Error('no attempt');
  return attempt;
};
const logTypes = (actor: SessionActorRef) => attemptOf(actor).getSnapshot().context.log.map((event) => event.type);

describe('sessionMachine', () => {
  it('menu -> briefing -> play: accepting the briefing spawns and begins an attempt', () => {
    const actor = session();
    expect(value(actor)).toBe('menu');
    actor.send({ type: 'trainee.open', scenarioId: 'shelter' });
    expect(value(actor)).toBe('briefing');
    expect(actor.getSnapshot().context.attempt).toBeNull();
    actor.send({ type: 'trainee.start' });
    expect(value(actor)).toEqual({ play: 'story' });
    expect(statusOf(attemptOf(actor).getSnapshot())).toEqual({ kind: 'choosing' });
    expect(screenOf(actor.getSnapshot())).toBe('play');
  });

  it('refuses to open a scenario that is not in the library, and Back leaves the briefing', () => {
    const actor = session({ type: 'trainee.open', scenarioId: 'nowhere' });
    expect(value(actor)).toBe('menu');
    actor.send({ type: 'trainee.open', scenarioId: 'shelter' });
    actor.send({ type: 'trainee.back' });
    expect(value(actor)).toBe('menu');
  });

  it('follows the attempt: story -> forms -> story -> outcome -> debrief -> menu', () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 0 });
    expect(value(actor)).toEqual({ play: 'forms' });
    actor.send({ type: 'trainee.submitDetermination', determination: 'insufficient_information' });
    expect(value(actor)).toEqual({ play: 'forms' });
    actor.send({ type: 'trainee.submitReferrals', referrals: ['victim_service_ngo'] });
    // The story's outcome is shown before the debrief.
    expect(value(actor)).toBe('outcome');
    expect(attemptOf(actor).getSnapshot().context.lines.map((line) => line.text)).toEqual(['A support worker meets him tonight.']);
    actor.send({ type: 'trainee.continue' });
    expect(value(actor)).toBe('debrief');
    actor.send({ type: 'trainee.exit' });
    expect(value(actor)).toBe('menu');
  });

  it('an unscored story goes from its ending to the outcome, with no forms', () => {
    const actor = session(...inPlay('street'), { type: 'trainee.choose', index: 0 });
    expect(value(actor)).toBe('outcome');
    expect(logTypes(actor)).not.toContain('story.decisionRequested');
  });

  it.each([
    ['story', [] as SessionEvent[]],
    ['forms', [{ type: 'trainee.choose', index: 1 }] as SessionEvent[]],
  ])('pause from play.%s resumes to the same place, and both are logged', (where, events) => {
    const actor = session(...inPlay(), ...events);
    expect(value(actor)).toEqual({ play: where });
    actor.send({ type: 'trainee.pause' });
    expect(value(actor)).toEqual({ play: 'paused' });
    actor.send({ type: 'trainee.choose', index: 0 });
    expect(value(actor)).toEqual({ play: 'paused' });
    actor.send({ type: 'trainee.resume' });
    expect(value(actor)).toEqual({ play: where });
    expect(logTypes(actor).slice(-2)).toEqual(['session.paused', 'session.resumed']);
  });

  it('exit pauses the attempt, which the menu can resume where it was', () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 1 }, { type: 'trainee.exit' });
    expect(value(actor)).toBe('menu');
    expect(statusOf(attemptOf(actor).getSnapshot())).toEqual({ kind: 'paused' });
    actor.send({ type: 'trainee.resume' });
    expect(value(actor)).toEqual({ play: 'forms' });
    expect(logTypes(actor).slice(-2)).toEqual(['session.paused', 'session.resumed']);
  });

  it('starting the unfinished scenario again continues it; another scenario starts a new attempt', () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 0 }, { type: 'trainee.exit' });
    const first = attemptOf(actor);
    actor.send({ type: 'trainee.open', scenarioId: 'shelter' });
    actor.send({ type: 'trainee.start' });
    expect(attemptOf(actor)).toBe(first);
    expect(value(actor)).toEqual({ play: 'forms' });

    actor.send({ type: 'trainee.exit' });
    actor.send({ type: 'trainee.open', scenarioId: 'street' });
    actor.send({ type: 'trainee.start' });
    expect(attemptOf(actor)).not.toBe(first);
    expect(first.getSnapshot().status).toBe('stopped');
    expect(value(actor)).toEqual({ play: 'story' });
  });

  it('a story that loops without output stops: the menu says which story and knot, and still works', () => {
    const actor = session(...inPlay('spin'), { type: 'trainee.choose', index: 0 });
    expect(value(actor)).toBe('menu');
    expect(actor.getSnapshot().context.notice).toMatch(/^spin stopped with an error and cannot go on: test\/spin\.ink: .*knot 'spin'/);
    expect(actor.getSnapshot().context.attempt).toBeNull();
    actor.send({ type: 'trainee.open', scenarioId: 'street' });
    expect(value(actor)).toBe('briefing');
    expect(actor.getSnapshot().context.notice).toBeNull();
  }, 20_000);

  it('the browser history moves between screens and loses nothing', () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 1 });
    actor.send({ type: 'trainee.navigate', screen: 'briefing' });
    expect(value(actor)).toBe('briefing');
    actor.send({ type: 'trainee.navigate', screen: 'play' });
    expect(value(actor)).toEqual({ play: 'forms' });
    actor.send({ type: 'trainee.navigate', screen: 'menu' });
    actor.send({ type: 'trainee.navigate', screen: 'briefing' });
    actor.send({ type: 'trainee.navigate', screen: 'play' });
    expect(value(actor)).toEqual({ play: 'forms' });
    // An outcome or debrief is only there for a finished attempt.
    actor.send({ type: 'trainee.navigate', screen: 'debrief' });
    expect(value(actor)).toEqual({ play: 'forms' });

    actor.send({ type: 'trainee.submitDetermination', determination: 'insufficient_information' });
    actor.send({ type: 'trainee.submitReferrals', referrals: [] });
    actor.send({ type: 'trainee.continue' });
    actor.send({ type: 'trainee.navigate', screen: 'outcome' });
    expect(value(actor)).toBe('outcome');
    actor.send({ type: 'trainee.navigate', screen: 'debrief' });
    expect(value(actor)).toBe('debrief');
    actor.send({ type: 'trainee.navigate', screen: 'menu' });
    actor.send({ type: 'trainee.navigate', screen: 'debrief' });
    expect(value(actor)).toBe('debrief');
    // Back from the outcome lands on the briefing (the finished play screen cannot be gone back
    // to); Forward from there returns to the outcome and the debrief.
    actor.send({ type: 'trainee.navigate', screen: 'outcome' });
    actor.send({ type: 'trainee.navigate', screen: 'briefing' });
    expect(value(actor)).toBe('briefing');
    actor.send({ type: 'trainee.navigate', screen: 'outcome' });
    expect(value(actor)).toBe('outcome');
    actor.send({ type: 'trainee.navigate', screen: 'briefing' });
    actor.send({ type: 'trainee.navigate', screen: 'debrief' });
    expect(value(actor)).toBe('debrief');
    const log = attemptOf(actor).getSnapshot().context.log;
    expect(log.filter((event) => event.type === 'session.paused')).toHaveLength(2);
  });
});

describe('sessionMachine persistence', () => {
  /** The attempt a session holds, as its record keeps it: scenario and log. */
  const attemptIn = (actor: ReturnType<typeof session>) => {
    const context = attemptOf(actor).getSnapshot().context;
    return { scenarioId: context.resources.scenario.meta.id, log: [...context.log] };
  };

  it('saves the screen without the attempt, and rehydrates it from the log to the same state, playing on identically', () => {
    const original = session(...inPlay(), { type: 'trainee.choose', index: 1 }, { type: 'trainee.flag', indicator: 'debt_bondage' });
    const saved = JSON.parse(JSON.stringify(persistSession(original))) as PersistedSession;
    expect(JSON.stringify(saved)).not.toContain('debt_bondage');
    expect(savedScreen(saved)).toBe('play');
    const restored = restoreSession(machine, saved, attemptIn(original));
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.actor.getSnapshot().value).toEqual({ play: 'forms' });
    expect(persistSession(restored.actor)).toEqual(saved);
    const attempt = attemptOf(restored.actor).getSnapshot().context;
    expect(attempt.investigation.getSnapshot().context.flags).toEqual(['debt_bondage']);
    for (const actor of [original, restored.actor]) {
      actor.send({ type: 'trainee.submitDetermination', determination: 'insufficient_information' });
      actor.send({ type: 'trainee.submitReferrals', referrals: [] });
    }
    expect(value(restored.actor)).toBe('outcome');
    expect(attemptOf(restored.actor).getSnapshot().context.log.map((event) => event.type)).toEqual(logTypes(original));
  });

  it('rehydrates the outcome, the debrief and a menu with an unfinished attempt', () => {
    const finished = session(...inPlay('street'), { type: 'trainee.choose', index: 0 }, { type: 'trainee.continue' });
    const restored = restoreSession(machine, persistSession(finished), attemptIn(finished));
    expect(restored.ok && restored.actor.getSnapshot().value).toBe('debrief');
    const left = session(...inPlay(), { type: 'trainee.exit' });
    const back = restoreSession(machine, persistSession(left), attemptIn(left));
    if (!back.ok) throw new Error(back.reason);
    expect(back.actor.getSnapshot().value).toBe('menu');
    back.actor.send({ type: 'trainee.resume' });
    expect(back.actor.getSnapshot().value).toEqual({ play: 'story' });
  });

  it('follows the log for where play is: a saved play screen one input behind its record comes back at the form', () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 1 });
    const saved = persistSession(actor);
    const snapshot = saved.snapshot as { value: unknown };
    const behind = { ...saved, snapshot: { ...snapshot, value: { play: 'story' } } };
    const restored = restoreSession(machine, behind, attemptIn(actor));
    expect(restored.ok && restored.actor.getSnapshot().value).toEqual({ play: 'forms' });
  });

  it('refuses a screen the log cannot be on, a log that does not replay, and another version', () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 1 });
    const saved = persistSession(actor);
    const snapshot = saved.snapshot as { value: unknown };
    const attempt = attemptIn(actor);
    const log = attempt.log.map((event) => (event.type === 'story.choice' ? { ...event, text: 'Shout at him' } : event));
    expect(restoreSession(machine, saved, { ...attempt, log })).toEqual({
      ok: false,
      reason: expect.stringMatching(/^the saved attempt cannot be restored: its log does not replay at event \d+: choice 1 at turn 0 is now 'Ask for his papers'/),
    });
    expect(restoreSession(machine, { ...saved, version: 9 }, attempt)).toEqual({ ok: false, reason: expect.stringContaining('version 9') });
    // The screen is the page's, not the log's: a debrief for an attempt still in progress is refused.
    expect(restoreSession(machine, { ...saved, snapshot: { ...snapshot, value: 'debrief' } }, attempt)).toEqual({
      ok: false,
      reason: "the saved screen disagrees with the attempt's log: it shows the debrief, but the attempt has not ended",
    });
    // So is the play screen with no attempt to play (its record is gone).
    expect(restoreSession(machine, saved, null)).toEqual({ ok: false, reason: expect.stringContaining('it shows the play screen, but the attempt is not in progress') });
  });

  it('refuses a snapshot of a state the machine does not have, or one saved in error, with the reason and nothing thrown later', async () => {
    const actor = session(...inPlay(), { type: 'trainee.choose', index: 1 });
    const saved = persistSession(actor);
    const snapshot = saved.snapshot as Record<string, unknown>;
    const attempt = attemptIn(actor);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown): void => void uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      for (const [value, reason] of [
        ['nowhere', "State 'nowhere' does not exist on 'session'"],
        [{ play: 'nowhere' }, "State 'nowhere' does not exist on 'session.play'"],
      ] as const) {
        expect(restoreSession(machine, { ...saved, snapshot: { ...snapshot, value } }, attempt)).toEqual({
          ok: false,
          reason: `the session snapshot cannot be restored: ${reason}`,
        });
      }
      expect(restoreSession(machine, { ...saved, snapshot: { ...snapshot, status: 'error' } }, attempt)).toEqual({
        ok: false,
        reason: 'the session snapshot cannot be restored: it was saved "error", not active',
      });
      // XState reports an unobserved actor error on a later tick: give it one.
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
  });
});
