// The investigation as an actor: the notebook's flags, the indicators shown and the hotspots
// inspected live here, and every event goes through the pure rules in investigationModel.ts. An
// event the rules refuse (an id not in the taxonomy, unflagging what is not flagged) is not taken.
import { assign, setup } from 'xstate';
import {
  acceptsInvestigationEvent,
  initialInvestigationContext,
  investigationStep,
  type InvestigationContext,
  type InvestigationEvent,
} from './investigationModel';

export const investigationMachine = setup({
  types: {
    context: {} as InvestigationContext,
    events: {} as InvestigationEvent,
  },
  guards: {
    isAccepted: ({ context, event }) => acceptsInvestigationEvent(context, event),
  },
  actions: {
    step: assign(({ context, event }) => investigationStep(context, event)),
  },
}).createMachine({
  id: 'investigation',
  context: initialInvestigationContext,
  initial: 'investigating',
  states: {
    investigating: {
      on: {
        'trainee.hotspotInspected': { guard: 'isAccepted', actions: 'step' },
        'ink.indicatorShown': { guard: 'isAccepted', actions: 'step' },
        'trainee.indicatorFlagged': { guard: 'isAccepted', actions: 'step' },
        'trainee.indicatorUnflagged': { guard: 'isAccepted', actions: 'step' },
      },
    },
  },
});
