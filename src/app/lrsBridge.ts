// Streams the attempt being played as xAPI statements (src/records/xapi): to the academy's LRS when
// its configuration file names one (or an LRS an administrator entered on this device), or, when a
// cmi5 LMS launched the page, to that LMS's LRS with the cmi5 rules. Statements are a function of
// the attempt's record (its id is the registration, its log and result the content), so after every
// change of the session the whole list is offered to the StatementQueue, which keeps in IndexedDB
// what the LRS has not accepted and never queues an id twice: a reload offers them again and only
// what was never queued is added. The queue is flushed when the page is hidden, and `terminated`
// plus everything still waiting leaves in a `keepalive` request at `pagehide` (never `unload`).
// The trainee sees the sync state in a status line in the header (every screen).
import { v4 as uuidv4 } from 'uuid';
import type { Scenario } from '../content/types';
import { originOf } from '../engine/academyLrs';
import type { SessionActorRef } from '../engine/machines/sessionMachine';
import type { AttemptRecord } from '../records/attemptRecord';
import type { RecordsService } from '../records/recordsService';
import { AttemptStream } from '../records/xapi/attemptStream';
import { cmi5LaunchParameters, startCmi5Session, type Cmi5Session } from '../records/xapi/cmi5Launch';
import { openIdbQueueStorage, queueDatabaseName } from '../records/xapi/idbQueueStorage';
import { checkLrs, sendStatements, type LrsConfig } from '../records/xapi/lrsClient';
import { chooseLrs, deviceLrsProblem, lrsConfig, reachable, readDeviceLrs, saveDeviceLrs, type LrsChoice } from '../records/xapi/lrsDestination';
import { mirroredStorage, prefixWithin, type MirroredStorage } from '../records/xapi/pendingMirror';
import { memoryQueueStorage, StatementQueue, type SyncState } from '../records/xapi/statementQueue';
import type { XapiAgent } from '../records/xapi/types';
import type { XapiAttempt } from '../records/xapi/statements';
import { createLrsSettingsPanel, createSyncStatus, syncStatusText } from '../ui/lrsSettings';
import { academyConfig } from './academy';
import type { Recording } from './recording';

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
interface Destination {
  lrs: LrsConfig;
  /** Names the receiver in the sync line. */
  to: string;
  activityBase: string;
  cmi5?: { session: Cmi5Session; scenarioId: string };
}

/** Retry delays while the LRS does not answer (ms), the last repeated. */
const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000];
const CMI5_SESSION_KEY = 'threshold.cmi5';

/**
 * Adds the sync line and the "Learning record store" settings to the header (`anchor` is the
 * settings container), then streams while the page lives. Resolves once streaming is set up.
 */
export async function connectLrsInPage(anchor: HTMLElement, options: LrsBridgeOptions): Promise<void> {
  const status = createSyncStatus();
  anchor.before(status.element);
  let destination: Destination | null = null;
  let blocked: string | null = null;
  let source = 'from the academy’s configuration';
  const pageOrigin = window.location.origin;
  const defaultBase = new URL('.', window.location.href).href.replace(/\/$/, '');

  const cmi5 = await cmi5Destination(status.show, options);
  if (cmi5 === 'failed') return;
  if (cmi5) destination = cmi5;
  else {
    const choice = chooseLrs(academyConfig?.lrs, readDeviceLrs(window.localStorage), pageOrigin);
    blocked = choice.deviceProblem ?? null;
    if (choice.kind === 'device') source = 'entered on this device';
    destination = destinationOf(choice, defaultBase);
  }

  anchor.append(
    createLrsSettingsPanel({
      describe: () => describe(destination, source, blocked),
      entered: readDeviceLrs(window.localStorage),
      onSave(entered) {
        if (entered) {
          const problem = deviceLrsProblem(entered, academyConfig?.lrs, pageOrigin);
          if (problem) return problem;
        }
        saveDeviceLrs(window.localStorage, entered);
        // The new destination applies from the next page load (statements already queued stay bound
        // to the LRS they were queued for), which the form tells the admin.
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
  if (!destination) return;
  await stream(destination, status.show, options);
}

function destinationOf(choice: LrsChoice, defaultBase: string): Destination | null {
  if (choice.kind !== 'academy' && choice.kind !== 'device') return null;
  return { lrs: choice.lrs, to: 'the LRS', activityBase: choice.activityBase ?? defaultBase };
}

/** Where statements go for this page load, and why. */
function describe(destination: Destination | null, source: string, blocked: string | null): string {
  if (destination?.cmi5) return `Launched by your LMS (cmi5): statements go to ${destination.lrs.endpoint}.`;
  const blockedNote = blocked ? ` The LRS entered on this device is not used: ${blocked}.` : '';
  if (!destination) return `No LRS is configured: nothing is sent.${blockedNote}`;
  return `Statements go to ${destination.lrs.endpoint} (${source}).${blockedNote}`;
}

/**
 * A cmi5 launch's destination: the auth token is fetched once per launch (the fetch URL works only
 * once, cmi5 §8.2.3) and kept in sessionStorage, so a reload of the same launch reuses it.
 */
async function cmi5Destination(show: (text: string) => void, options: LrsBridgeOptions): Promise<Destination | null | 'failed'> {
  let parameters;
  try {
    parameters = cmi5LaunchParameters(window.location.search);
  } catch (error) {
    show(`Your LMS’s launch could not be read (${messageOf(error)}), so nothing is sent to it. Launch the scenario again from your LMS, or tell your trainer.`);
    return 'failed';
  }
  if (!parameters) return null;
  const scenarioId = new URLSearchParams(window.location.search).get('scenario');
  const scenario = scenarioId ? await options.load(scenarioId).catch(() => undefined) : undefined;
  if (!scenarioId || !scenario) {
    show(`Your LMS launched a scenario this version of Threshold does not have (${scenarioId ?? 'none named'}). Tell your trainer.`);
    return 'failed';
  }
  // The browser would refuse both requests without a word the trainee could act on: say it here.
  const blockedUrl = [parameters.fetchUrl, parameters.endpoint].find((url) => !reachable(url, academyConfig?.lrs, window.location.origin));
  if (blockedUrl) {
    show(`This build of Threshold may not connect to your LMS at ${originOf(blockedUrl) ?? blockedUrl}, so nothing is sent to it. Tell your trainer: the academy must add that origin to "allowedOrigins" under "lrs" in its configuration and rebuild.`);
    options.open(scenarioId);
    return 'failed';
  }
  const key = `${CMI5_SESSION_KEY}:${parameters.registration}:${parameters.fetchUrl}`;
  let session: Cmi5Session;
  const kept = keptCmi5Session(key);
  if (kept?.ended) {
    show('This session with your LMS has ended (the page was closed or reloaded), so nothing more is sent to it. To carry on, launch the scenario again from your LMS: your attempt continues where you left it.');
    return 'failed';
  }
  try {
    session = kept ?? (await startCmi5Session(parameters));
  } catch (error) {
    show(`Your LMS did not start this session (${messageOf(error)}), so this attempt is not sent to it. Launch it again from your LMS, or tell your trainer.`);
    options.open(scenarioId);
    return 'failed';
  }
  window.sessionStorage.setItem(key, JSON.stringify(session));
  if (session.launchMode !== 'Normal') {
    show(`Your LMS opened this scenario for ${session.launchMode.toLowerCase()}: nothing you do here is recorded by it.`);
    options.open(scenarioId);
    return 'failed';
  }
  if (options.actor.getSnapshot().matches('menu')) options.open(scenarioId);
  return { lrs: session.lrs, to: 'your LMS', activityBase: parameters.activityId, cmi5: { session, scenarioId } };
}

async function stream(destination: Destination, show: (text: string) => void, options: LrsBridgeOptions): Promise<void> {
  const { actor, records, recording } = options;
  const storage: MirroredStorage = await mirroredStorage(
    await openIdbQueueStorage(queueDatabaseName(destination.lrs.endpoint)).catch(() => {
      show('This browser cannot keep learning records (its storage cannot be opened): they are sent while the page is open, and lost if it closes offline.');
      return memoryQueueStorage();
    }),
  );
  const queue = new StatementQueue({
    storage,
    lrs: destination.lrs,
    // A keepalive body is limited to 64 kB: a bigger batch goes as an ordinary request instead.
    send: (lrs, batch, sendOptions) => sendStatements(lrs, batch, { keepalive: Boolean(sendOptions?.keepalive) && prefixWithin(batch).length === batch.length }),
    // One flush at a time across this browser's tabs, so two tabs never send the same queue at once.
    ...('locks' in navigator ? { withLock: <T>(run: () => Promise<T>) => navigator.locks.request(`threshold-xapi ${destination.lrs.endpoint}`, run) as Promise<T> } : {}),
  });

  // While the LRS does not answer: retry later (backing off), and at once when the browser is online.
  let retries = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const onSync = (state: SyncState): void => {
    show(syncStatusText(state, destination.to));
    clearTimeout(retryTimer);
    if (state.kind !== 'waiting') {
      retries = 0;
      return;
    }
    retryTimer = setTimeout(() => void queue.flush(), RETRY_DELAYS[Math.min(retries++, RETRY_DELAYS.length - 1)]);
  };
  queue.subscribe(onSync);
  window.addEventListener('online', () => void queue.flush());

  let current: AttemptStream | null = null;
  let recordId: string | null = null;
  const follow = (): void => {
    const record = currentRecord(records, recording);
    if (!record) return;
    if (destination.cmi5 && record.scenario.id !== destination.cmi5.scenarioId) return;
    if (record.id !== recordId) {
      // A new attempt in this tab: the previous attempt's session ends here.
      current?.end();
      recordId = record.id;
      current = new AttemptStream(queue, { id: destination.cmi5?.session.sessionId ?? uuidv4() });
    }
    void current!.update(xapiAttemptOf(record, destination));
  };
  // After the recording's own subscriber has written the record (a microtask later, once per change).
  let scheduled = false;
  actor.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      follow();
    });
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void queue.flush({ keepalive: true });
  });
  window.addEventListener('pagehide', () => {
    follow();
    const ended = current?.end();
    if (destination.cmi5 && ended) markCmi5Ended();
    // The queue's storage cannot be read any more: what waits, and `terminated`, leave now in one
    // keepalive request, in order. A statement the LRS already has is the same statement again.
    const waiting = [...storage.pending()];
    if (ended && !waiting.some((statement) => statement.id === ended.terminated.id)) waiting.push(ended.terminated);
    const last = prefixWithin(waiting);
    if (last.length > 0) void sendStatements(destination.lrs, last, { keepalive: true });
  });
  follow();
  await queue.flush();
}

/** The record behind the session's attempt (the records service mirrors what the recording wrote). */
function currentRecord(records: RecordsService, recording: Pick<Recording, 'currentRecordId'>): AttemptRecord | undefined {
  const id = recording.currentRecordId();
  return id === null ? undefined : records.records().find((record) => record.id === id);
}

function xapiAttemptOf(record: AttemptRecord, destination: Destination): XapiAttempt {
  const cmi5 = destination.cmi5?.session;
  const actor: XapiAgent = cmi5?.actor ?? {
    objectType: 'Agent',
    ...(record.trainee ? { name: record.trainee } : {}),
    account: { homePage: destination.activityBase, name: record.trainee || 'anonymous' },
  };
  return {
    registration: cmi5?.registration ?? record.id,
    actor,
    scenario: { id: record.scenario.id, title: record.scenario.title, version: record.scenario.contentHash },
    activityBase: destination.activityBase,
    startedAt: Date.parse(record.startedAt),
    log: record.log,
    result: record.status === 'completed' ? record.result : null,
    finished: record.status === 'completed',
    ...(cmi5 ? { cmi5: cmi5.launch } : {}),
  };
}

/** The cmi5 session this launch started before a reload, if it is readable. */
function keptCmi5Session(key: string): (Cmi5Session & { ended?: boolean }) | null {
  try {
    const kept: unknown = JSON.parse(window.sessionStorage.getItem(key) ?? 'null');
    return typeof kept === 'object' && kept !== null && 'lrs' in kept && 'launch' in kept ? (kept as Cmi5Session & { ended?: boolean }) : null;
  } catch {
    return null;
  }
}

/** A cmi5 session that sent `terminated` takes no more statements (cmi5 §9.3.8): a reload says so. */
function markCmi5Ended(): void {
  for (let i = 0; i < window.sessionStorage.length; i++) {
    const key = window.sessionStorage.key(i);
    const session = key?.startsWith(CMI5_SESSION_KEY) ? keptCmi5Session(key) : null;
    if (key && session) window.sessionStorage.setItem(key, JSON.stringify({ ...session, ended: true }));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
