// The investigation: which places in the scene the trainee inspected, which indicators the story has
// shown, and the trainee's notebook of flagged indicators. Any taxonomy indicator may be flagged,
// shown or not: a false flag is a trainee's real mistake and scoring counts it. Ids that are not in
// the taxonomy are refused by a guard, so the notebook never holds something scoring cannot explain.
import { assertEvent, assign, setup } from 'xstate';
import { indicatorsById } from '../../content/taxonomy';

export interface InvestigationContext {
  /** Hotspot ids in the order first inspected. */
  inspectedHotspots: string[];
  /** Indicator ids in the order first shown by the story. */
  shownIndicators: string[];
  /** The notebook: indicator ids currently flagged, in the order flagged. */
  flags: string[];
}

export type InvestigationEvent =
  | { type: 'trainee.hotspotInspected'; hotspot: string }
  | { type: 'ink.indicatorShown'; indicator: string }
  | { type: 'trainee.indicatorFlagged'; indicator: string }
  | { type: 'trainee.indicatorUnflagged'; indicator: string };

export function initialInvestigationContext(): InvestigationContext {
  return { inspectedHotspots: [], shownIndicators: [], flags: [] };
}

function withAdded(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}

export const investigationMachine = setup({
  types: {
    context: {} as InvestigationContext,
    events: {} as InvestigationEvent,
  },
  guards: {
    isKnownIndicator: ({ event }) => {
      assertEvent(event, ['ink.indicatorShown', 'trainee.indicatorFlagged']);
      return indicatorsById.has(event.indicator);
    },
    // Only known ids ever enter the notebook, so a flagged id is a known one.
    isFlagged: ({ context, event }) => {
      assertEvent(event, 'trainee.indicatorUnflagged');
      return context.flags.includes(event.indicator);
    },
  },
  actions: {
    recordHotspot: assign(({ context, event }) => {
      assertEvent(event, 'trainee.hotspotInspected');
      return { inspectedHotspots: withAdded(context.inspectedHotspots, event.hotspot) };
    }),
    recordShown: assign(({ context, event }) => {
      assertEvent(event, 'ink.indicatorShown');
      return { shownIndicators: withAdded(context.shownIndicators, event.indicator) };
    }),
    flag: assign(({ context, event }) => {
      assertEvent(event, 'trainee.indicatorFlagged');
      return { flags: withAdded(context.flags, event.indicator) };
    }),
    unflag: assign(({ context, event }) => {
      assertEvent(event, 'trainee.indicatorUnflagged');
      return { flags: context.flags.filter((id) => id !== event.indicator) };
    }),
  },
}).createMachine({
  id: 'investigation',
  context: initialInvestigationContext,
  initial: 'investigating',
  states: {
    investigating: {
      on: {
        'trainee.hotspotInspected': { actions: 'recordHotspot' },
        'ink.indicatorShown': { guard: 'isKnownIndicator', actions: 'recordShown' },
        'trainee.indicatorFlagged': { guard: 'isKnownIndicator', actions: 'flag' },
        'trainee.indicatorUnflagged': { guard: 'isFlagged', actions: 'unflag' },
      },
    },
  },
});
