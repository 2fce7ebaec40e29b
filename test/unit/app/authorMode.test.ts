// Author mode's app layer in plain Node: a recompiled story replaces the one on screen at the same
// point or restarts it saying why, a story that no longer compiles keeps the last good version and
// lists its errors, a jump starts a marked attempt at a knot, and the panel's values come from the
// attempt actor and the engine's scoring.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { authorViewOf, tagLabels } from '../../../src/app/author/authorView';
import { applyRecompiled, startAttempt, type LiveStories } from '../../../src/app/author/liveReload';
import { summaryOf, type Scenario } from '../../../src/content/types';
import { systemClock } from '../../../src/engine/clock';
import { sessionMachineFor, type SessionActorRef } from '../../../src/engine/machines/sessionMachine';
import { doorStory } from '../engine/doorStory';
import { inlineScenario } from '../engine/inlineScenario';

const SOURCE = 'stories/author_test.ink';

const story = (hallway: string, firstChoice?: string): Scenario => {
  const scenario = inlineScenario(doorStory({ hallway, hallwayChoice: 'Ask about the shoes # q: open_followup', ...(firstChoice ? { firstChoice } : {}) }), { id: 'author_test' });
  return { ...scenario, meta: { ...scenario.meta, source: SOURCE } };
};

function session(scenario: Scenario): { actor: SessionActorRef; stories: LiveStories } {
  const stories: LiveStories = { loaded: new Map([[scenario.meta.id, scenario]]), catalog: [{ ok: true, scenario: summaryOf(scenario) }], errors: new Map() };
  const actor = createActor(sessionMachineFor({ scenario: (id) => stories.loaded.get(id), clockFor: () => systemClock() })).start();
  actor.send({ type: 'trainee.open', scenarioId: scenario.meta.id });
  actor.send({ type: 'trainee.start' });
  return { actor, stories };
}

const linesOf = (actor: SessionActorRef): string[] =>
  (actor.getSnapshot().context.attempt?.getSnapshot().context.transcript ?? []).flatMap((entry) => (entry.kind === 'line' ? [entry.line.text] : []));

describe('author mode: live reload', () => {
  it('swaps the new story in and replays the inputs to the same point', () => {
    const { actor, stories } = session(story('Shoes by the wall. # indicator: documents_withheld'));
    actor.send({ type: 'trainee.choose', index: 0 });
    const notice = applyRecompiled(actor, stories, { saved: SOURCE, root: SOURCE, result: { ok: true, scenario: story('Twelve pairs of shoes. # indicator: documents_withheld') } });
    expect(notice).toBe(`Saved ${SOURCE}: reloaded at the same point (1 input replayed).`);
    expect(linesOf(actor)).toEqual(['A man opens the door.', 'Twelve pairs of shoes.']);
    expect(actor.getSnapshot().matches('play')).toBe(true);
    expect(stories.catalog).toHaveLength(1);
  });

  it('restarts at the start and names the input that no longer applies', () => {
    const { actor, stories } = session(story('Shoes by the wall.'));
    actor.send({ type: 'trainee.choose', index: 0 });
    const notice = applyRecompiled(actor, stories, { saved: SOURCE, root: SOURCE, result: { ok: true, scenario: story('Shoes by the wall.', 'Say who you are') } });
    expect(notice).toContain("restarted at the start, because the choice 'Introduce yourself' (turn 0) no longer applies");
    expect(linesOf(actor)).toEqual(['A man opens the door.']);
    expect(actor.getSnapshot().context.attempt?.getSnapshot().context.offered[0]?.text).toBe('Say who you are');
  });

  it('keeps the last good version when a save has errors, and lists them until it compiles', () => {
    const good = story('Shoes by the wall.');
    const { actor, stories } = session(good);
    const errors = [
      { severity: 'error' as const, file: SOURCE, line: 12, message: 'first' },
      { severity: 'error' as const, file: 'stories/common/x.ink', line: 3, message: 'second' },
    ];
    applyRecompiled(actor, stories, { saved: SOURCE, root: SOURCE, result: { ok: false, source: SOURCE, errors, warnings: [] } });
    expect(stories.errors.get(SOURCE)).toEqual([`${SOURCE}:12: first`, 'stories/common/x.ink:3: second']);
    expect(actor.getSnapshot().context.attempt?.getSnapshot().context.resources.scenario).toBe(good);
    // The menu still offers the last good version, so it can be opened again after leaving it.
    expect(stories.catalog).toEqual([{ ok: true, scenario: summaryOf(good) }]);
    applyRecompiled(actor, stories, { saved: SOURCE, root: SOURCE, result: { ok: true, scenario: good } });
    expect(stories.errors.size).toBe(0);
  });
});

describe('author mode: a story that never compiled', () => {
  it('is listed as broken on the menu until a save compiles', () => {
    const { actor, stories } = session(story('Shoes by the wall.'));
    const NEW = 'stories/new_one.ink';
    const errors = [{ severity: 'error' as const, file: NEW, line: 2, message: 'broken' }];
    expect(applyRecompiled(actor, stories, { saved: NEW, root: NEW, result: { ok: false, source: NEW, errors, warnings: [] } })).toBe(
      `${NEW} was saved with errors: ${NEW} does not compile yet.`,
    );
    expect(stories.catalog.at(-1)).toEqual({ ok: false, source: NEW, errors, warnings: [] });
  });
});

describe('author mode: jump to knot and the panel', () => {
  it('starts a marked attempt at the knot, from the menu too, with the panel values from the attempt', () => {
    const scenario = story('Shoes by the wall. # indicator: documents_withheld');
    const { actor } = session(scenario);
    actor.send({ type: 'trainee.exit' });
    startAttempt(actor, scenario.meta.id, 'hallway');
    expect(actor.getSnapshot().matches('play')).toBe(true);
    const view = authorViewOf(actor.getSnapshot(), () => scenario, null);
    expect(view.startKnot).toBe('hallway');
    expect(view.lines).toEqual([{ text: 'Shoes by the wall.', tags: ['indicator: documents_withheld'] }]);
    expect(view.choices).toEqual([
      { text: 'Ask about the shoes', tags: ['q: open_followup'] },
      { text: 'Leave', tags: [] },
    ]);
    expect(view.indicators).toEqual([{ id: 'documents_withheld', label: expect.any(String), flagged: false }]);
    expect(view.knots).toEqual(expect.arrayContaining(['door', 'hallway']));
    expect(view.scores?.map((row) => row.label)).toEqual(['Victim identification', 'Trauma-informed questioning', 'Referral', 'Overall']);
  });

  it('shows the running score and the interview numbers moving as decisions are made', () => {
    const scenario = story('Shoes by the wall.');
    const { actor } = session(scenario);
    const before = authorViewOf(actor.getSnapshot(), () => scenario, null);
    actor.send({ type: 'trainee.choose', index: 1 });
    const after = authorViewOf(actor.getSnapshot(), () => scenario, null);
    expect(after.interview?.rapport).toBeLessThan(before.interview!.rapport);
    expect(after.scores).not.toEqual(before.scores);
    expect(after.interview?.phase).toBe('engage_explain');
  });

  it('lists the shown story’s warnings as path:line: message, the version on screen’s own', () => {
    const quiet = story('Shoes by the wall.');
    const { actor, stories } = session(quiet);
    const warned: Scenario = { ...quiet, warnings: [{ severity: 'warning', file: SOURCE, line: 9, message: "this choice in the engage_explain phase has no 'q' tag" }] };
    applyRecompiled(actor, stories, { saved: SOURCE, root: SOURCE, result: { ok: true, scenario: warned } });
    expect(authorViewOf(actor.getSnapshot(), (id) => stories.loaded.get(id), null).warnings).toEqual([`${SOURCE}:9: warning: this choice in the engage_explain phase has no 'q' tag`]);
    applyRecompiled(actor, stories, { saved: SOURCE, root: SOURCE, result: { ok: true, scenario: quiet } });
    expect(authorViewOf(actor.getSnapshot(), (id) => stories.loaded.get(id), null).warnings).toEqual([]);
    actor.send({ type: 'trainee.exit' });
    expect(authorViewOf(actor.getSnapshot(), (id) => stories.loaded.get(id), null).warnings).toEqual([]);
  });

  it('writes tags back as the author wrote them', () => {
    expect(tagLabels({ indicators: ['a', 'b'], speaker: 'Emil', phase: 'clarify' }, 'line')).toEqual(['speaker: Emil', 'indicator: a, b', 'phase: clarify']);
    expect(tagLabels({ q: 'open_invitation', rapport: 1, distress: -2 }, 'choice')).toEqual(['q: open_invitation', 'rapport: +1', 'distress: -2']);
  });
});
