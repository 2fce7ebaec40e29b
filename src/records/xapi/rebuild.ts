// A decision log rebuilt from the statements an LRS received. Every statement that records part of
// the log carries that part (statements.ts, `log-slice`), so the log is their slices laid end to end
// in order. The LRS is the anchor for verification (docs/attempt-format.md): statements stream as
// the attempt happens, so a log that was edited afterwards on the device no longer matches them.
import type { DecisionEvent, DecisionLog } from '../../engine/log';
import type { LogSlice } from './statements';
import type { XapiStatement } from './types';
import { EXTENSIONS } from './vocabulary';

/**
 * Why no log: `gap`, part of it never arrived (statements still queued on a device, or outside the
 * queried time range); `conflict`, two statements say different things about the same event (one
 * was made up); `malformed`, a statement's log slice is not one.
 */
export type RebuildFailure = 'gap' | 'conflict' | 'malformed';

export type RebuiltLog =
  | { ok: true; log: DecisionLog; registration: string }
  | { ok: false; registration: string; cause: RebuildFailure; reason: string };

/** Groups statements by registration (one attempt each) and rebuilds each attempt's log. */
export function rebuildLogs(statements: readonly XapiStatement[]): RebuiltLog[] {
  return [...byRegistration(statements)].map(([registration, group]) => rebuildLog(registration, group));
}

/** Statements grouped by registration, in the order each registration first appears; those without one are left out. */
export function byRegistration(statements: readonly XapiStatement[]): Map<string, XapiStatement[]> {
  const groups = new Map<string, XapiStatement[]>();
  for (const statement of statements) {
    const registration = statement.context?.registration;
    if (!registration) continue;
    const group = groups.get(registration) ?? [];
    group.push(statement);
    groups.set(registration, group);
  }
  return groups;
}

export function rebuildLog(registration: string, statements: readonly XapiStatement[]): RebuiltLog {
  const slices: LogSlice[] = [];
  for (const statement of statements) {
    const slice = statement.context?.extensions?.[EXTENSIONS.logSlice];
    if (slice === undefined) continue;
    if (!isLogSlice(slice)) return { ok: false, registration, cause: 'malformed', reason: `statement ${statement.id} carries a log slice that is not one` };
    slices.push(slice);
  }
  slices.sort((a, b) => a.index - b.index);
  const log: DecisionEvent[] = [];
  for (const slice of slices) {
    if (slice.index < log.length) {
      // The same part twice: only acceptable when it is the very same events (a resend).
      const again = JSON.stringify(log.slice(slice.index, slice.index + slice.events.length));
      if (again !== JSON.stringify(slice.events)) {
        return { ok: false, registration, cause: 'conflict', reason: `two statements disagree about log event ${slice.index}` };
      }
      continue;
    }
    if (slice.index > log.length) {
      return { ok: false, registration, cause: 'gap', reason: `log events ${log.length} to ${slice.index - 1} were never received` };
    }
    log.push(...slice.events);
  }
  return { ok: true, log, registration };
}

function isLogSlice(value: unknown): value is LogSlice {
  if (typeof value !== 'object' || value === null) return false;
  const { index, events } = value as Record<string, unknown>;
  return (
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    Array.isArray(events) &&
    events.every((event) => typeof event === 'object' && event !== null && typeof (event as { type?: unknown }).type === 'string')
  );
}
