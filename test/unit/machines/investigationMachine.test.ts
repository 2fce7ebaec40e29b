import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { investigationMachine } from '../../../src/engine/machines/investigationMachine';

const start = () => createActor(investigationMachine).start();

describe('investigationMachine', () => {
  it('records hotspots and shown indicators once each, in order', () => {
    const actor = start();
    actor.send({ type: 'trainee.hotspotInspected', hotspot: 'desk' });
    actor.send({ type: 'trainee.hotspotInspected', hotspot: 'door' });
    actor.send({ type: 'trainee.hotspotInspected', hotspot: 'desk' });
    actor.send({ type: 'ink.indicatorShown', indicator: 'documents_withheld' });
    actor.send({ type: 'ink.indicatorShown', indicator: 'documents_withheld' });
    const { context } = actor.getSnapshot();
    expect(context.inspectedHotspots).toEqual(['desk', 'door']);
    expect(context.shownIndicators).toEqual(['documents_withheld']);
  });

  it('allows flagging any taxonomy indicator, shown or not (false flags are scored later)', () => {
    const actor = start();
    actor.send({ type: 'trainee.indicatorFlagged', indicator: 'documents_withheld' });
    actor.send({ type: 'trainee.indicatorFlagged', indicator: 'debt_bondage' });
    actor.send({ type: 'trainee.indicatorFlagged', indicator: 'debt_bondage' });
    expect(actor.getSnapshot().context.flags).toEqual(['documents_withheld', 'debt_bondage']);
  });

  it('isKnownIndicator rejects ids that are not in the taxonomy', () => {
    const actor = start();
    actor.send({ type: 'trainee.indicatorFlagged', indicator: 'documents_withheldd' });
    actor.send({ type: 'ink.indicatorShown', indicator: 'not_an_indicator' });
    const { context } = actor.getSnapshot();
    expect(context.flags).toEqual([]);
    expect(context.shownIndicators).toEqual([]);
  });

  it('unflags only what is flagged', () => {
    const actor = start();
    actor.send({ type: 'trainee.indicatorFlagged', indicator: 'documents_withheld' });
    actor.send({ type: 'trainee.indicatorUnflagged', indicator: 'debt_bondage' });
    expect(actor.getSnapshot().context.flags).toEqual(['documents_withheld']);
    actor.send({ type: 'trainee.indicatorUnflagged', indicator: 'documents_withheld' });
    expect(actor.getSnapshot().context.flags).toEqual([]);
  });

  it('restores from a persisted snapshot', () => {
    const actor = start();
    actor.send({ type: 'trainee.indicatorFlagged', indicator: 'documents_withheld' });
    actor.send({ type: 'trainee.hotspotInspected', hotspot: 'desk' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(investigationMachine, { snapshot: persisted }).start();
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });
});
