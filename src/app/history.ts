// Each screen is a browser history entry, so Back and Forward move between screens. The session
// decides whether a screen can be gone back to (trainee.navigate): a move it refuses leaves the
// session where it is, and the entry the browser moved to is corrected to say so. Going back from
// the play screen is leaving it (the attempt is paused and kept), never losing it.
import { SCREENS, type Screen } from '../engine/machines/sessionMachine';

export interface ScreenHistory {
  /** Call after every render with the screen now shown. */
  shown(screen: Screen): void;
}

export function screenHistory(initial: Screen, navigate: (screen: Screen) => void): ScreenHistory {
  let current = initial;
  let navigating = false;
  window.history.replaceState({ screen: initial }, '', `#${initial}`);
  window.addEventListener('popstate', (event) => {
    const screen = screenIn(event.state);
    if (!screen || screen === current) return;
    navigating = true;
    navigate(screen);
    navigating = false;
    // Refused: this entry now stands for the screen the session is on.
    if (current !== screen) window.history.replaceState({ screen: current }, '', `#${current}`);
  });
  return {
    shown(screen) {
      if (screen === current) return;
      current = screen;
      if (navigating) window.history.replaceState({ screen }, '', `#${screen}`);
      else window.history.pushState({ screen }, '', `#${screen}`);
    },
  };
}

function screenIn(state: unknown): Screen | null {
  const screen = (state as { screen?: unknown } | null)?.screen;
  return (SCREENS as readonly unknown[]).includes(screen) ? (screen as Screen) : null;
}
