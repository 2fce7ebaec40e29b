// The attempt as the debrief's timeline and transcript review: every logged event in order, in
// words, with the interview's distress after it. Distress is replayed with the engine's own rule
// (interviewModel.applyChoice), never recomputed here; nothing in this file scores anything.
import type { DecisionLog } from '../engine/log';
import { applyChoice, enterPhase, initialInterviewContext, isInterviewPhase } from '../engine/machines/interviewModel';
import type { TimelineEntry } from '../ui/debrief';
import { readableId } from '../util/words';

export interface Labels {
  indicator: (id: string) => string;
  determination: (id: string) => string;
  referral: (id: string) => string;
}

const PHASE_LABELS: Readonly<Record<string, string>> = {
  engage_explain: 'Engage and explain',
  free_account: 'Free account',
  clarify: 'Clarify',
  close: 'Close',
};

export function timelineOf(log: DecisionLog, labels: Labels): TimelineEntry[] {
  let interview = initialInterviewContext();
  const start = log[0]?.at ?? 0;
  return log.flatMap((event, index): TimelineEntry[] => {
    const at = Math.max(0, event.at - start);
    const entry = (kind: TimelineEntry['kind'], text: string): TimelineEntry[] => [{ index, at, kind, text, distress: interview.distress }];
    switch (event.type) {
      case 'story.choice':
        interview = applyChoice(interview, event.tags).context;
        return entry(event.tags.hotspot ? 'inspected' : 'said', event.text);
      case 'story.indicatorShown': {
        // A line that shows several indicators is logged once per indicator, but it is one line.
        const previous = log[index - 1];
        if (previous?.type === 'story.indicatorShown' && previous.line === event.line) return [];
        return entry('seen', event.line);
      }
      case 'story.phaseEntered':
        if (isInterviewPhase(event.phase)) interview = enterPhase(interview, event.phase);
        return entry('phase', PHASE_LABELS[event.phase] ?? event.phase);
      case 'story.ended':
        return entry('ending', `The story ended: ${readableId(event.ending)}`);
      case 'notebook.flagged':
        return entry('flag', `Flagged: ${labels.indicator(event.indicator)}`);
      case 'notebook.unflagged':
        return entry('flag', `Removed from the notebook: ${labels.indicator(event.indicator)}`);
      case 'form.determination':
        return entry('decision', `Determination: ${labels.determination(event.determination)}`);
      case 'form.referrals':
        return entry('decision', `Referrals: ${event.referrals.length === 0 ? 'none' : event.referrals.map(labels.referral).join(', ')}`);
      case 'session.paused':
        return entry('pause', 'Paused');
      case 'session.resumed':
        return entry('pause', 'Resumed');
      default:
        return [];
    }
  });
}
