// Author mode's reload after a save (the dev server sends each recompiled root story: src/node/
// vitePluginInk.ts): a story that compiles replaces the old one in the page, and an attempt at it
// is replaced by a new attempt at the new story into which the old attempt's trainee inputs are
// replayed by the engine's own rule (attemptReplay.replayInputs), so the author is back at the same
// point. When an input no longer applies (a choice gone or reworded, a form no longer asked), the
// new attempt starts again at the start (or at the knot it was started from) and the notice says
// which input and why. A story that does not compile leaves the page on its last good version and
// its errors go to the overlay. Author attempts are never recorded: this page has no records.
import type { StoryRecompiled } from '../../content/liveStories';
import { formatDiagnostic, summaryOf, type CatalogEntry, type Scenario } from '../../content/types';
import { inputOf } from '../../engine/attemptEvents';
import { ReplayError, replayInputs } from '../../engine/attemptReplay';
import type { DecisionEvent, DecisionLog } from '../../engine/log';
import type { SessionActorRef } from '../../engine/machines/sessionMachine';
import { messageOf } from '../../util/errors';

/** The page's stories, changed in place as saves come in. */
export interface LiveStories {
  /** Playable stories by id (what the session plays). */
  loaded: Map<string, Scenario>;
  /** The menu's list, in the catalog's order; a new story file is added at the end. */
  catalog: CatalogEntry[];
  /** Formatted errors (`file:line: message`) of every root story that does not compile now. */
  errors: Map<string, readonly string[]>;
}

/** Takes in a recompiled story; returns what the author is told about it. */
export function applyRecompiled(actor: SessionActorRef, stories: LiveStories, message: StoryRecompiled): string {
  const { root, saved, result } = message;
  const at = stories.catalog.findIndex((entry) => (entry.ok ? entry.scenario.meta.source : entry.source) === root);
  const put = (entry: CatalogEntry): void => {
    if (at >= 0) stories.catalog[at] = entry;
    else stories.catalog.push(entry);
  };
  if (!result.ok) {
    stories.errors.set(root, result.errors.map(formatDiagnostic));
    // The menu keeps offering the last version that compiled, so it can still be opened and played
    // (the overlay lists the errors); a story that never compiled is listed as broken.
    const lastGood = at >= 0 && stories.catalog[at]!.ok;
    if (!lastGood) {
      put(result);
      return `${saved} was saved with errors: ${root} does not compile yet.`;
    }
    return `${saved} was saved with errors: the page keeps the last version of ${root} that compiled.`;
  }
  stories.errors.delete(root);
  const scenario = result.scenario;
  stories.loaded.set(scenario.meta.id, scenario);
  put({ ok: true, scenario: summaryOf(scenario) });
  const attempt = actor.getSnapshot().context.attempt?.getSnapshot();
  if (!attempt || attempt.context.resources.scenario.meta.source !== root) return `Saved ${saved}: ${scenario.meta.title} compiles.`;
  return reloadAttempt(actor, scenario, attempt.context.log, attempt.context.resources.startKnot, saved);
}

/** A fresh attempt at `scenarioId` from its start, or from `knot` (never a trainee attempt), on screen. */
export function startAttempt(actor: SessionActorRef, scenarioId: string, knot: string | null): void {
  replaceAttempt(actor, scenarioId, knot);
  const session = actor.getSnapshot();
  if (session.matches('play')) return;
  if (!session.matches('menu')) actor.send({ type: 'trainee.exit' });
  actor.send({ type: 'trainee.resume' });
  // A knot that ends the story at once: its attempt is already finished, so show its outcome.
  if (actor.getSnapshot().matches('menu')) actor.send({ type: 'trainee.navigate', screen: 'outcome' });
}

/** Replaces the session's attempt with a new one at `scenarioId` (from `knot` if given), whatever the screen. */
function replaceAttempt(actor: SessionActorRef, scenarioId: string, knot: string | null): void {
  actor.send({ type: 'app.attemptRestored', scenarioId, log: [], ...(knot === null ? {} : { startKnot: knot }) });
}

function reloadAttempt(actor: SessionActorRef, scenario: Scenario, log: DecisionLog, startKnot: string | null, saved: string): string {
  const wasPlaying = !actor.getSnapshot().matches('menu') && !actor.getSnapshot().matches('briefing');
  replaceAttempt(actor, scenario.meta.id, startKnot);
  const attempt = actor.getSnapshot().context.attempt;
  const inputs = log.filter((event) => inputOf(event) !== null).length;
  try {
    if (!attempt) throw new Error('the new attempt did not start');
    replayInputs(attempt, log);
    return `Saved ${saved}: reloaded at the same point (${inputs} input${inputs === 1 ? '' : 's'} replayed).`;
  } catch (error) {
    const why = error instanceof ReplayError ? `${describeInput(log[error.eventIndex])} no longer applies: ${error.reason}` : messageOf(error);
    if (wasPlaying) startAttempt(actor, scenario.meta.id, startKnot);
    else replaceAttempt(actor, scenario.meta.id, startKnot);
    return `Saved ${saved}: restarted at ${startKnot === null ? 'the start' : `knot ${startKnot}`}, because ${why}.`;
  }
}

/** The trainee input a logged event records, in words. */
function describeInput(event: DecisionEvent | undefined): string {
  switch (event?.type) {
    case 'story.choice':
      return `the choice '${event.text}' (turn ${event.turn})`;
    case 'notebook.flagged':
      return `flagging ${event.indicator}`;
    case 'notebook.unflagged':
      return `unflagging ${event.indicator}`;
    case 'form.determination':
      return `the determination ${event.determination}`;
    case 'form.referrals':
      return `the referrals ${event.referrals.join(', ') || '(none)'}`;
    default:
      return `the input '${event?.type ?? 'unknown'}'`;
  }
}
