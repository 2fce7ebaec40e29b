// What the trainee saw and did, in the order they met it: story lines and logged events. Headless
// play (seeded or scripted) records one so the CLI can print a readable transcript.
import type { DecisionEvent, DecisionLog } from './log';
import type { TranscriptEntry as AttemptEntry } from './machines/attemptStory';
import type { Line } from './storyRunner';

export type TranscriptEntry = { kind: 'line'; line: Line } | { kind: 'event'; event: DecisionEvent };

/** Collects new lines and log events after each input, in the order the trainee met them. */
export class TranscriptRecorder {
  readonly entries: TranscriptEntry[] = [];
  private shownSeen = 0;
  private eventsSeen = 0;

  /** `attempt`: a Playthrough or an AttemptFold, read after each input. */
  catchUp(attempt: { readonly log: DecisionLog; readonly transcript: readonly AttemptEntry[] }): void {
    // Only what is new since the last call: the attempt's transcript holds lines and inputs.
    const { log, transcript } = attempt;
    // The input that caused the new lines comes first, then the lines, then what they showed.
    let event = this.eventsSeen;
    const first = log[event];
    if (first !== undefined && isInput(first)) {
      this.entries.push({ kind: 'event', event: first });
      event++;
    }
    for (let entry = this.shownSeen; entry < transcript.length; entry++) {
      const shown = transcript[entry]!;
      if (shown.kind === 'line') this.entries.push({ kind: 'line', line: shown.line });
    }
    for (; event < log.length; event++) this.entries.push({ kind: 'event', event: log[event]! });
    this.eventsSeen = log.length;
    this.shownSeen = transcript.length;
  }
}

function isInput(event: DecisionEvent): boolean {
  return !event.type.startsWith('story.') || event.type === 'story.choice';
}
