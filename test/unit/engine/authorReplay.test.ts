// The engine parts author mode stands on: an attempt that starts at a knot, the knots a story
// offers for it, and replaying an attempt's trainee inputs against an edited story (replayInputs),
// which goes as far as the edited story still allows and says which input no longer applies.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { replayInputs, ReplayError } from '../../../src/engine/attemptReplay';
import { steppingClock } from '../../../src/engine/clock';
import { attemptMachine, statusOf, type AttemptActorRef } from '../../../src/engine/machines/attemptMachine';
import { storyKnots } from '../../../src/engine/storyKnots';
import type { Scenario } from '../../../src/content/types';
import { doorStory } from './doorStory';
import { inlineScenario } from './inlineScenario';

const story = (hallway: string, hallwayChoice?: string): string => doorStory({ hallway, ...(hallwayChoice ? { hallwayChoice } : {}) });

function begun(scenario: Scenario, startKnot?: string): AttemptActorRef {
  const actor = createActor(attemptMachine, { input: { scenario, clock: steppingClock(10), ...(startKnot ? { startKnot } : {}) } }).start();
  actor.send({ type: 'attempt.begin' });
  return actor;
}

const original = inlineScenario(story('Shoes by the wall. # indicator: multiple_occupants'), { answerKey: null });

function playedLog() {
  const actor = begun(original);
  actor.send({ type: 'trainee.choose', index: 0 });
  actor.send({ type: 'trainee.choose', index: 0 });
  expect(statusOf(actor.getSnapshot()).kind).toBe('ended');
  return actor.getSnapshot().context.log;
}

describe('author mode in the engine', () => {
  it('replays the inputs against a story whose lines changed, to the same point', () => {
    const edited = inlineScenario(story('Twelve pairs of shoes by the wall. # indicator: multiple_occupants'), { answerKey: null });
    const actor = begun(edited);
    replayInputs(actor, playedLog());
    expect(statusOf(actor.getSnapshot()).kind).toBe('ended');
    expect(actor.getSnapshot().context.transcript.some((entry) => entry.kind === 'line' && entry.line.text.startsWith('Twelve pairs'))).toBe(true);
  });

  it('stops at the first input that no longer applies, and says which', () => {
    const edited = inlineScenario(story('Shoes by the wall.', 'Ask where he sleeps # q: open_followup'), { answerKey: null });
    const actor = begun(edited);
    const log = playedLog();
    let error: unknown;
    try {
      replayInputs(actor, log);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ReplayError);
    const replay = error as ReplayError;
    expect(log[replay.eventIndex]).toMatchObject({ type: 'story.choice', turn: 1, text: 'Ask about the passport' });
    expect(replay.reason).toContain("is now 'Ask where he sleeps'");
  });

  it('starts an attempt at a knot when asked, and persists where it started', () => {
    const actor = begun(original, 'hallway');
    const { context } = actor.getSnapshot();
    expect(context.lines.map((line) => line.text)).toEqual(['Shoes by the wall.']);
    expect(context.offered.map((choice) => choice.text)).toEqual(['Ask about the passport', 'Leave']);
    expect(JSON.parse(JSON.stringify(context.resources))).toEqual({ scenarioId: original.meta.id, startKnot: 'hallway' });
    expect(JSON.parse(JSON.stringify(begun(original).getSnapshot().context.resources))).toEqual({ scenarioId: original.meta.id });
  });

  it('fails the attempt with the runner message for a knot that does not exist', () => {
    const status = statusOf(begun(original, 'cellar').getSnapshot());
    expect(status.kind).toBe('failed');
    expect(status.kind === 'failed' && status.message).toContain("starting at knot 'cellar'");
  });

  it('lists the knots a story can start at, without the functions it calls', () => {
    const knots = storyKnots(original.storyJson);
    expect(knots).toEqual(expect.arrayContaining(['door', 'hallway']));
    expect(knots).not.toContain('global decl');
    expect(knots).not.toContain('record_determination');
  });
});
