// What the play screen shows for an attempt snapshot: the attempt actor holds the transcript, the
// choices the interview allows, the pending form and the notebook; this only words them for the
// page (who speaks a line, the trainee's own answers by their labels).
import { attributionOf } from '../content/lineSpeaker';
import { choicesOf, statusOf, type AttemptSnapshot } from '../engine/machines/attemptMachine';
import type { TranscriptEntry } from '../engine/machines/attemptStory';
import type { DecisionEvent } from '../engine/log';
import type { ChoiceItem } from '../ui/choices';
import type { PlayAction, PlayScreenState } from '../ui/playScreen';
import type { TranscriptItem } from '../ui/transcript';
import { determinationOptions, referralOptions } from './taxonomyOptions';

export function playStateOf(snapshot: AttemptSnapshot): PlayScreenState {
  const status = statusOf(snapshot);
  const { context } = snapshot;
  return {
    transcript: context.transcript.map(transcriptItem),
    // The current step's lines close the transcript.
    readingFrom: Math.max(0, context.transcript.length - Math.max(1, context.lines.length)),
    action: actionOf(snapshot),
    flagged: context.investigation.getSnapshot().context.flags,
    paused: status.kind === 'paused',
  };
}

function actionOf(snapshot: AttemptSnapshot): PlayAction {
  const { stop } = snapshot.context;
  if (stop.kind === 'form') return { kind: 'form', form: stop.form };
  if (stop.kind === 'ended' || stop.kind === 'failed') return { kind: 'outcome' };
  return { kind: 'choices', choices: choicesOf(snapshot.context).map(toChoiceItem) };
}

function toChoiceItem(choice: ReturnType<typeof choicesOf>[number]): ChoiceItem {
  return choice.available
    ? { index: choice.index, text: choice.text, available: true }
    : { index: choice.index, text: choice.text, available: false, reason: choice.reason };
}

// One item per entry, kept: the transcript appends by identity, so an entry drawn once is never redrawn.
const items = new WeakMap<TranscriptEntry, TranscriptItem>();

function transcriptItem(entry: TranscriptEntry): TranscriptItem {
  let item = items.get(entry);
  if (!item) {
    item = entry.kind === 'input' ? { kind: 'action', text: echoOf(entry.event) } : lineItem(entry.line);
    items.set(entry, item);
  }
  return item;
}

function lineItem(line: Extract<TranscriptEntry, { kind: 'line' }>['line']): TranscriptItem {
  const sound = line.tags.sfx ? { sound: line.tags.sfx } : {};
  const attribution = attributionOf(line);
  return attribution ? { kind: 'speech', ...attribution, text: line.text, ...sound } : { kind: 'narration', text: line.text, ...sound };
}

/** The trainee's own input as the transcript shows it. */
function echoOf(event: DecisionEvent): string {
  switch (event.type) {
    case 'story.choice':
      return event.text;
    case 'form.determination':
      return `Determination: ${labelOf(determinationOptions, event.determination)}`;
    case 'form.referrals':
      return event.referrals.length === 0 ? 'Referrals: none' : `Referrals: ${event.referrals.map((id) => labelOf(referralOptions, id)).join(', ')}`;
    default:
      return event.type;
  }
}

function labelOf(options: ReadonlyArray<{ id: string; label: string }>, id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}
