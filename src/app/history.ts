// Each screen is a browser history entry, so Back and Forward move between screens. The session
// decides whether a screen can be gone back to (trainee.navigate): a move it refuses leaves the
// session where it is and carries on past that entry in the same direction, so one press of Back
// is never a press that does nothing (Back from the outcome skips the play screen of the finished
// attempt and lands on its briefing). Going back from the play screen is leaving it (the attempt
// is paused and kept), never losing it.
import { SCREENS, type Screen } from '../engine/machines/sessionMachine';

export interface ScreenHistory {
  /** Call after every render with the screen now shown. */
  shown(screen: Screen): void;
}

/**
 * Asks the session for a screen. 'deferred': the answer comes later (entering play goes through
 * the records first), and the screen it brings is shown as a new entry.
 */
export type Navigate = (screen: Screen) => 'now' | 'deferred';

interface Entry {
  screen: Screen;
  /** The entry's place in this tab's history, so a popstate says which way the browser moved. */
  position: number;
}

export function screenHistory(initial: Screen, navigate: Navigate): ScreenHistory {
  let current = initial;
  // After a reload the tab's entries keep their positions: carry on numbering from this one.
  let position = entryIn(window.history.state)?.position ?? 0;
  let navigating = false;
  /** A screen the session said it would answer later: shown in the entry the browser moved to. */
  let awaiting: Screen | null = null;
  window.history.replaceState({ screen: initial, position } satisfies Entry, '', `#${initial}`);
  window.addEventListener('popstate', (event) => {
    const entry = entryIn(event.state);
    if (!entry) return;
    const step = Math.sign(entry.position - position);
    position = entry.position;
    if (entry.screen === current) return;
    navigating = true;
    const answer = navigate(entry.screen);
    navigating = false;
    if (current === entry.screen) return;
    if (answer === 'deferred') {
      // Until the answer comes (or if it never does), this entry stands for the screen shown.
      window.history.replaceState({ screen: current, position } satisfies Entry, '', `#${current}`);
      awaiting = entry.screen;
      return;
    }
    // Refused: the move goes on past this entry, which keeps its screen, so it is asked for (and
    // skipped) again on the next visit instead of becoming a copy of this one, a press that does nothing.
    if (step !== 0) window.history.go(step);
  });
  return {
    shown(screen) {
      if (screen === current) return;
      current = screen;
      const answered = screen === awaiting;
      awaiting = null;
      if (navigating || answered) {
        window.history.replaceState({ screen, position } satisfies Entry, '', `#${screen}`);
      } else {
        position += 1;
        window.history.pushState({ screen, position } satisfies Entry, '', `#${screen}`);
      }
    },
  };
}

function entryIn(state: unknown): Entry | null {
  const { screen, position } = (state ?? {}) as { screen?: unknown; position?: unknown };
  if (!(SCREENS as readonly unknown[]).includes(screen)) return null;
  return { screen: screen as Screen, position: typeof position === 'number' ? position : 0 };
}
