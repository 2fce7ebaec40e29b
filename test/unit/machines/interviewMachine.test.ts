import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { interviewMachine } from '../../../src/engine/machines/interviewMachine';
import { applyChoice, initialInterviewContext } from '../../../src/engine/machines/interviewModel';
import type { ChoiceTags } from '../../../src/content/types';

function start() {
  return createActor(interviewMachine).start();
}
const phaseOf = (actor: ReturnType<typeof start>) => actor.getSnapshot().value;

describe('interviewMachine', () => {
  it('starts in engage_explain with the model initial context', () => {
    const actor = start();
    expect(phaseOf(actor)).toEqual({ interviewing: 'engage_explain' });
    expect(actor.getSnapshot().context).toMatchObject(initialInterviewContext());
  });

  it('moves through the phases on ink.phaseEntered', () => {
    const actor = start();
    for (const phase of ['free_account', 'clarify', 'close'] as const) {
      actor.send({ type: 'ink.phaseEntered', phase });
      expect(phaseOf(actor)).toEqual({ interviewing: phase });
      expect(actor.getSnapshot().context.phase).toBe(phase);
    }
    expect(actor.getSnapshot().context.freeAccountReached).toBe(true);
  });

  it('computes rapport and distress exactly as the pure model does', () => {
    const actor = start();
    const choices: ChoiceTags[] = [{ q: 'rapport_building' }, { q: 'blaming' }, { q: 'why_didnt_you_leave', rapport: -2 }, {}];
    let expected = initialInterviewContext();
    for (const tags of choices) {
      actor.send({ type: 'trainee.choiceMade', tags });
      expected = applyChoice(expected, tags).context;
    }
    expect(actor.getSnapshot().context).toMatchObject(expected);
  });

  it('isOverwhelmed holds a phase change until the trainee responds to distress', () => {
    const actor = start();
    actor.send({ type: 'trainee.choiceMade', tags: { q: 'blaming' } }); // 2 -> 4
    actor.send({ type: 'trainee.choiceMade', tags: { q: 'interrogative_pressure' } }); // 4 -> 6
    expect(actor.getSnapshot().context.overwhelmed).toBe(true);

    actor.send({ type: 'ink.phaseEntered', phase: 'free_account' });
    expect(phaseOf(actor)).toEqual({ interviewing: 'engage_explain' });
    expect(actor.getSnapshot().context.pendingPhase).toBe('free_account');

    actor.send({ type: 'trainee.choiceMade', tags: { q: 'open_invitation' } });
    expect(actor.getSnapshot().context.missedDistressResponses).toBe(1);
    expect(actor.getSnapshot().context.lastChoiceMissedDistressResponse).toBe(true);
    expect(phaseOf(actor)).toEqual({ interviewing: 'engage_explain' });

    actor.send({ type: 'trainee.choiceMade', tags: { q: 'offer_break' } }); // 6 -> 5
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.overwhelmed).toBe(false);
    expect(snapshot.context.lastChoiceMissedDistressResponse).toBe(false);
    expect(snapshot.value).toEqual({ interviewing: 'free_account' });
    expect(snapshot.context.phase).toBe('free_account');
    expect(snapshot.context.pendingPhase).toBeNull();
  });

  it('a held phase is dropped when the story returns to the current phase', () => {
    const actor = start();
    actor.send({ type: 'trainee.choiceMade', tags: { q: 'blaming', distress: 5 } });
    actor.send({ type: 'ink.phaseEntered', phase: 'clarify' });
    actor.send({ type: 'ink.phaseEntered', phase: 'engage_explain' });
    expect(actor.getSnapshot().context.pendingPhase).toBeNull();
    actor.send({ type: 'trainee.choiceMade', tags: { q: 'respond_to_distress', distress: -3 } });
    expect(phaseOf(actor)).toEqual({ interviewing: 'engage_explain' });
  });

  it('records closing without explain_next_steps when the story ends', () => {
    const actor = start();
    actor.send({ type: 'ink.phaseEntered', phase: 'close' });
    actor.send({ type: 'ink.ended' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.closedWithoutNextSteps).toBe(true);
  });

  it('closing after explain_next_steps is not recorded as a fault', () => {
    const actor = start();
    actor.send({ type: 'ink.phaseEntered', phase: 'close' });
    actor.send({ type: 'trainee.choiceMade', tags: { q: 'explain_next_steps' } });
    actor.send({ type: 'ink.ended' });
    expect(actor.getSnapshot().context.closedWithoutNextSteps).toBe(false);
  });

  it('restores from a persisted snapshot into the same phase and context', () => {
    const actor = start();
    actor.send({ type: 'ink.phaseEntered', phase: 'clarify' });
    actor.send({ type: 'trainee.choiceMade', tags: { q: 'blaming', distress: 5 } });
    actor.send({ type: 'ink.phaseEntered', phase: 'close' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(interviewMachine, { snapshot: persisted }).start();
    expect(restored.getSnapshot().value).toEqual({ interviewing: 'clarify' });
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    restored.send({ type: 'trainee.choiceMade', tags: { q: 'allow_silence', distress: -2 } });
    expect(restored.getSnapshot().value).toEqual({ interviewing: 'close' });
  });
});
