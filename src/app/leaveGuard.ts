// Asks before the tab closes or reloads while something the trainee did is held only in this tab:
// progress the browser's storage has not taken yet (full, or a write failing and retried), or an
// attempt in a browser that keeps no records at all. The notices on the page say so too, but a
// reload or a closed tab would lose the work without another word. The listener is there only
// while such a reason holds, so an ordinary page keeps the back/forward cache.
export type LeaveReason = 'unwritten progress' | 'unrecorded attempt';

export interface LeaveGuard {
  /** Whether `reason` holds now. */
  set(reason: LeaveReason, holds: boolean): void;
}

export function leaveGuard(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): LeaveGuard {
  const reasons = new Set<LeaveReason>();
  const ask = (event: BeforeUnloadEvent): void => {
    // The browser words the question itself; both calls are how browsers are asked to show it.
    event.preventDefault();
    event.returnValue = '';
  };
  return {
    set(reason, holds) {
      const before = reasons.size;
      if (holds) reasons.add(reason);
      else reasons.delete(reason);
      if (before === 0 && reasons.size > 0) target.addEventListener('beforeunload', ask);
      if (before > 0 && reasons.size === 0) target.removeEventListener('beforeunload', ask);
    },
  };
}
