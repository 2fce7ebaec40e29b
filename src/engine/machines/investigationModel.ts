// The investigation as pure functions: which places in the scene the trainee inspected, which
// indicators the story has shown, and the trainee's notebook of flagged indicators. The
// investigation actor (investigationMachine.ts) and the headless attempt (attemptFold.ts) both
// apply events with investigationStep, so the notebook means the same thing everywhere.
//
// Any taxonomy indicator may be flagged, shown or not: a false flag is a trainee's real mistake and
// scoring counts it. Ids that are not in the taxonomy are refused, so the notebook never holds
// something scoring cannot explain.
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

/** Whether the investigation takes the event: a known indicator to show or flag, a flagged one to unflag. */
export function acceptsInvestigationEvent(context: InvestigationContext, event: InvestigationEvent): boolean {
  switch (event.type) {
    case 'trainee.hotspotInspected':
      return true;
    case 'ink.indicatorShown':
    case 'trainee.indicatorFlagged':
      return indicatorsById.has(event.indicator);
    case 'trainee.indicatorUnflagged':
      // Only known ids ever enter the notebook, so a flagged id is a known one.
      return context.flags.includes(event.indicator);
  }
}

function withAdded(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}

/** The investigation after an event; an event it does not take leaves it as it was. */
export function investigationStep(context: InvestigationContext, event: InvestigationEvent): InvestigationContext {
  if (!acceptsInvestigationEvent(context, event)) return context;
  switch (event.type) {
    case 'trainee.hotspotInspected':
      return { ...context, inspectedHotspots: withAdded(context.inspectedHotspots, event.hotspot) };
    case 'ink.indicatorShown':
      return { ...context, shownIndicators: withAdded(context.shownIndicators, event.indicator) };
    case 'trainee.indicatorFlagged':
      return { ...context, flags: withAdded(context.flags, event.indicator) };
    case 'trainee.indicatorUnflagged':
      return { ...context, flags: context.flags.filter((id) => id !== event.indicator) };
  }
}
