// What the trainee saw and did, in the order they met it: story lines and logged events. Headless
// play (seeded or scripted) records one so the CLI can print a readable transcript.
import type { DecisionEvent, DecisionLog } from './log';
import type { TranscriptEntry as AttemptEntry } from './machines/attemptStory';
import type { Line } from './storyRunner';

export type TranscriptEntry = { kind: 'line'; line: Line } | { kind: 'event'; event: DecisionEvent };

type AttemptRecord = { readonly log: DecisionLog; readonly transcript: readonly AttemptEntry[] };

/**
 * Collects new lines and log events after each input, in the order the trainee met them. After each
 * input it only notes how far the log and the attempt's transcript had grown (the attempt's arrays
 * only ever grow), and the entries are put together when first read: most headless plays (tests,
 * the benchmark) never read them.
 */
export class TranscriptRecorder {
  private attempt: AttemptRecord | null = null;
  /** After each catchUp, the log's length and the attempt transcript's length, in pairs. */
  private readonly marks: number[] = [];
  private built: TranscriptEntry[] | null = null;

  /** `attempt`: a Playthrough or an AttemptFold, read after each input. */
  catchUp(attempt: AttemptRecord): void {
    this.attempt = attempt;
    this.marks.push(attempt.log.length, attempt.transcript.length);
    this.built = null;
  }

  get entries(): TranscriptEntry[] {
    return (this.built ??= this.build());
  }

  private build(): TranscriptEntry[] {
    const entries: TranscriptEntry[] = [];
    if (this.attempt === null) return entries;
    // Read now: the attempt's log and transcript only grow, so what each mark counted is still there.
    const { log, transcript } = this.attempt;
    let eventsSeen = 0;
    let shownSeen = 0;
    for (let mark = 0; mark < this.marks.length; mark += 2) {
      const eventsEnd = this.marks[mark]!;
      const shownEnd = this.marks[mark + 1]!;
      // The input that caused the new lines comes first, then the lines, then what they showed.
      let event = eventsSeen;
      const first = log[event];
      if (event < eventsEnd && first !== undefined && isInput(first)) {
        entries.push({ kind: 'event', event: first });
        event++;
      }
      for (let entry = shownSeen; entry < shownEnd; entry++) {
        const shown = transcript[entry]!;
        if (shown.kind === 'line') entries.push({ kind: 'line', line: shown.line });
      }
      for (; event < eventsEnd; event++) entries.push({ kind: 'event', event: log[event]! });
      eventsSeen = eventsEnd;
      shownSeen = shownEnd;
    }
    return entries;
  }
}

function isInput(event: DecisionEvent): boolean {
  return !event.type.startsWith('story.') || event.type === 'story.choice';
}
