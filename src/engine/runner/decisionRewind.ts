// Where the runner goes back to once a decision line's form is answered, and how it gets there.
//
// Why a decision point may go back at all: inkjs's Continue() looks ahead past the end of a line to
// see whether glue follows. When more text follows, inkjs undoes its lookahead and stands just after
// the line (at its newline): the answer is written there and the story reads on, seeing it. When
// no more text follows before the choices or the end, inkjs keeps what it evaluated during the
// lookahead: a `{determination ? x: -> a | -> b}` followed by choices was decided with the form
// still empty. Only then does the runner go back to just before the decision line, write the
// answer, and play the line again (silently) so everything after it sees the answer.
//
// Saving the state before every line costs more than the rest of a step, so the runner keeps a
// journal instead: the last state saved, loaded or copied, and everything given to the story since
// (inputs such as a choice or a variable written, and the lines continued). The state before a
// decision line is rebuilt from it only in the rare case above (the story is deterministic from a
// saved state: its random seed is part of it; host functions must not depend on being called once).
import type { InkState } from '../inkInternals';

/** inkjs state JSON, or an in-memory copy of a state that is never run itself. */
export type SavedInk = string | InkState;

/** What to give the story again, in order: an input, or a number of lines to continue. */
export type JournalEntry = (() => void) | number;

/** Everything given to the story since it stood at `base`. */
export interface JournalSince {
  readonly base: SavedInk;
  readonly entries: readonly JournalEntry[];
}

/** The last state saved, loaded or copied, and what the story was given since. */
export class Journal {
  private entries: JournalEntry[] = [];

  /** The story stands exactly at `base` when the journal is made (a runner makes it with its story). */
  constructor(private base: SavedInk) {}

  /** The story stands exactly at `saved` now. */
  startAt(saved: SavedInk): void {
    this.base = saved;
    this.entries = [];
  }

  /** An input given to the story (a choice, a variable written), to give again when rebuilding. */
  input(input: () => void): void {
    this.entries.push(input);
  }

  /** One line continued. */
  line(): void {
    const last = this.entries.length - 1;
    const previous = this.entries[last];
    if (typeof previous === 'number') this.entries[last] = previous + 1;
    else this.entries.push(1);
  }

  /** The saved JSON, when nothing has changed the story since it was saved or loaded from it. */
  unchangedJson(): string | null {
    return this.entries.length === 0 && typeof this.base === 'string' ? this.base : null;
  }

  /** How to rebuild the state before the last line continued (null if the last thing the story was given is not a line). */
  beforeLastLine(): JournalSince | null {
    const last = this.entries[this.entries.length - 1];
    if (typeof last !== 'number') return null;
    const entries = this.entries.slice(0, -1);
    if (last > 1) entries.push(last - 1);
    return { base: this.base, entries };
  }
}
