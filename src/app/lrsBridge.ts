// Streams the attempt being played as xAPI statements (src/records/xapi): to the academy's LRS when
// its configuration file names one (or an LRS an administrator entered on this device), or, when a
// cmi5 LMS launched the page, to that LMS's LRS with the cmi5 rules. Statements are a function of
// the attempt's record (its id is the registration, its log and result the content), so after every
// change of the session the whole list is offered to the StatementQueue, which keeps in IndexedDB
// what the LRS has not accepted and never queues an id twice: a reload offers them again and only
// what was never queued is added. The queue is flushed when the page is hidden, and `terminated`
// plus everything still waiting leaves in a `keepalive` request at `pagehide` (never `unload`).
// The trainee sees the sync state in a status line in the header (every screen). This file draws
// the header's parts and chooses the destination; the sending (lrsStream.ts) is downloaded only
// when there is a destination.
import type { Scenario } from '../content/types';
import type { SessionActorRef } from '../engine/machines/sessionMachine';
import type { RecordsService } from '../records/recordsService';
import { cmi5LaunchParameters, type Cmi5LaunchParameters, type Cmi5Session } from '../records/xapi/cmi5Launch';
import { checkLrs, type LrsConfig } from '../records/xapi/lrsClient';
import { chooseLrs, deviceLrsProblem, lrsConfig, pageActivityBase, readDeviceLrs, saveDeviceLrs } from '../records/xapi/lrsDestination';
import { createLrsSettingsPanel, createSyncStatus } from '../ui/lrsSettings';
import { academyConfig } from './academy';
import { pageLocalStorage } from './pageStorage';
import type { Recording } from './recording';
import { messageOf } from '../util/errors';

export interface LrsBridgeOptions {
  actor: SessionActorRef;
  records: RecordsService;
  recording: Pick<Recording, 'currentRecordId'>;
  /** Downloads a scenario (the page's ensureLoaded). */
  load(scenarioId: string): Promise<Scenario | undefined>;
  /** Shows a scenario's briefing (the page's openScenario). */
  open(scenarioId: string): void;
}

/** Where statements go for this page load. */
export interface Destination {
  lrs: LrsConfig;
  /** Names the receiver in the sync line. */
  to: string;
  activityBase: string;
  cmi5?: { session: Cmi5Session; scenarioId: string };
}

/**
 * Adds the sync line and the "Learning record store" settings to the header (`anchor` is the
 * settings container), then streams while the page lives. Resolves once streaming is set up.
 */
export async function connectLrsInPage(anchor: HTMLElement, options: LrsBridgeOptions): Promise<void> {
  const status = createSyncStatus();
  anchor.before(status.element);
  const pageOrigin = window.location.origin;
  const search = window.location.search;

  let launch: { launch: Cmi5LaunchParameters; scenarioId: string } | null = null;
  let description: string;
  let destination: Destination | null = null;
  try {
    const parameters = cmi5LaunchParameters(search);
    if (parameters) launch = { launch: parameters, scenarioId: new URLSearchParams(search).get('scenario') ?? '' };
  } catch (error) {
    status.show(`Your LMS’s launch could not be read (${messageOf(error)}), so nothing is sent to it. Launch the scenario again from your LMS, or tell your trainer.`);
  }
  if (launch) description = `Launched by your LMS (cmi5): statements go to ${launch.launch.endpoint}.`;
  else {
    const choice = chooseLrs(academyConfig?.lrs, readDeviceLrs(pageLocalStorage), pageOrigin);
    const blocked = choice.deviceProblem ? ` The LRS entered on this device is not used: ${choice.deviceProblem}.` : '';
    if (choice.kind === 'off') description = `No LRS is configured: nothing is sent.${blocked}`;
    else {
      const activityBase = choice.activityBase ?? pageActivityBase(window.location.href);
      destination = { lrs: choice.lrs, to: 'the LRS', activityBase };
      const source = choice.kind === 'device' ? 'entered on this device' : 'from the academy’s configuration';
      description = `Statements go to ${choice.lrs.endpoint} (${source}).${blocked}`;
    }
  }

  anchor.append(
    createLrsSettingsPanel({
      describe: () => description,
      entered: readDeviceLrs(pageLocalStorage),
      onSave(entered) {
        if (entered) {
          const problem = deviceLrsProblem(entered, academyConfig?.lrs, pageOrigin);
          if (problem) return problem;
        }
        // The new destination applies from the next page load (statements already queued stay bound
        // to the LRS they were queued for), which the form tells the admin.
        if (!saveDeviceLrs(pageLocalStorage, entered)) return 'this browser did not keep it (its storage is full or blocked for this site)';
        return null;
      },
      async onCheck(entered) {
        if (entered) {
          const problem = deviceLrsProblem(entered, academyConfig?.lrs, pageOrigin);
          if (problem) return `Cannot be used: ${problem}.`;
        }
        const lrs = entered ? lrsConfig(entered) : destination?.lrs;
        if (!lrs) return 'There is no LRS to check: enter one, or ask for one in the academy’s configuration.';
        const checked = await checkLrs(lrs);
        if (!checked.ok) return `Not working: ${checked.reason}.`;
        return `Working: ${lrs.endpoint} answers (xAPI ${checked.versions.join(', ') || 'version not given'})${checked.writeOnly ? ' and accepts the key for sending (not for reading, as a page’s key should be)' : ' and accepts the key'}.`;
      },
    }),
  );
  const target = launch ?? (destination ? { destination } : null);
  if (!target) return;
  const { streamAttempts } = await import('./lrsStream');
  destination = await streamAttempts(target, status.show, options);
}
