// One tab per attempt: before a tab plays (or resumes) an attempt it takes a Web Lock named after
// the attempt's trainee and scenario (RecordsService.claim), and holds it while the attempt is on
// its play screen: leaving for the menu, finishing, or closing the tab lets it go (once the last
// version is written, see Recorder.leave). A second tab asking for the same lock is told the attempt
// is open elsewhere; different attempts take different locks, so two tabs can play two scenarios
// and both are recorded.
export interface AttemptLock {
  release(): void;
}

export type LockOutcome = { kind: 'acquired'; lock: AttemptLock } | { kind: 'heldElsewhere' };

/** The subset of navigator.locks this needs (Chromium, Firefox and Safari all have it). */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<void>): Promise<unknown>;
}

export function attemptLockName(trainee: string, scenarioId: string): string {
  return `threshold-attempt:${encodeURIComponent(trainee)}:${scenarioId}`;
}

/**
 * Takes the lock if no other tab holds it. Without Web Locks (an old browser) the attempt is played
 * unlocked: that browser can still have two tabs write the same attempt, the last write winning.
 */
export async function acquireAttemptLock(name: string, locks: LockManagerLike | undefined): Promise<LockOutcome> {
  if (!locks) return { kind: 'acquired', lock: { release: () => undefined } };
  return new Promise<LockOutcome>((resolve) => {
    void locks.request(name, { ifAvailable: true }, (lock) => {
      if (lock === null) {
        resolve({ kind: 'heldElsewhere' });
        return Promise.resolve();
      }
      // Held until release(): the callback's promise is what keeps the lock.
      return new Promise<void>((release) => resolve({ kind: 'acquired', lock: { release: () => release() } }));
    });
  });
}
