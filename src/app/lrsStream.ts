// The streaming half of lrsBridge.ts, loaded only when there is somewhere to send (an LRS is
// configured, or a cmi5 LMS launched the page), so a build without an LRS does not carry it in the
// menu's chunk. It follows the session's attempt record and offers its statements to the
// StatementQueue after every change (see lrsBridge.ts for the rules), flushes when the page is
// hidden, and at `pagehide` sends `terminated` and what waits in one `keepalive` request.
import { v4 as uuidv4 } from 'uuid';
import { originOf } from '../engine/academyLrs';
import type { AttemptRecord } from '../records/attemptRecord';
import type { RecordsService } from '../records/recordsService';
import { AttemptStream } from '../records/xapi/attemptStream';
import { startCmi5Session, type Cmi5LaunchParameters, type Cmi5Session } from '../records/xapi/cmi5Launch';
import { openIdbQueueStorage, queueDatabaseName } from '../records/xapi/idbQueueStorage';
import { sendStatements } from '../records/xapi/lrsClient';
import { reachable } from '../records/xapi/lrsDestination';
import { mirroredStorage, prefixWithin, type MirroredStorage } from '../records/xapi/pendingMirror';
import { memoryQueueStorage, StatementQueue, type SyncState } from '../records/xapi/statementQueue';
import { traineeAgent, type XapiAttempt } from '../records/xapi/statements';
import type { XapiAgent } from '../records/xapi/types';
import { syncStatusText } from '../ui/lrsSettings';
import { academyConfig } from './academy';
import type { Destination, LrsBridgeOptions } from './lrsBridge';
import type { Recording } from './recording';
import { messageOf } from '../util/errors';
import { rememberItem } from '../util/webStorage';
import { pageSessionStorage } from './pageStorage';

/** Retry delays while the LRS does not answer (ms), the last repeated. */
const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000];
const CMI5_SESSION_KEY = 'threshold.cmi5';
const CMI5_ENDED =
  'This session with your LMS has ended (the page was closed or reloaded), so nothing more is sent to it. To carry on, launch the scenario again from your LMS: your attempt continues where you left it.';

/** Streams to `destination`, or to the cmi5 LMS of `launch`; `show` sets the sync line. */
export async function streamAttempts(
  target: { destination: Destination } | { launch: Cmi5LaunchParameters; scenarioId: string },
  show: (text: string) => void,
  options: LrsBridgeOptions,
): Promise<Destination | null> {
  const destination = 'destination' in target ? target.destination : await cmi5Destination(target.launch, target.scenarioId, show, options);
  if (!destination) return null;
  await stream(destination, show, options);
  return destination;
}

/**
 * A cmi5 launch's destination: the auth token is fetched once per launch (the fetch URL works only
 * once, cmi5 §8.2.3) and kept in sessionStorage, so a reload of the same launch reuses it.
 */
async function cmi5Destination(parameters: Cmi5LaunchParameters, scenarioId: string, show: (text: string) => void, options: LrsBridgeOptions): Promise<Destination | null> {
  const scenario = await options.load(scenarioId).catch(() => undefined);
  if (!scenario) {
    show(`Your LMS launched a scenario this version of Threshold does not have (${scenarioId || 'none named'}). Tell your trainer.`);
    return null;
  }
  // The browser would refuse both requests without a word the trainee could act on: say it here.
  const blockedUrl = [parameters.fetchUrl, parameters.endpoint].find((url) => !reachable(url, academyConfig?.lrs, window.location.origin));
  if (blockedUrl) {
    show(`This build of Threshold may not connect to your LMS at ${originOf(blockedUrl) ?? blockedUrl}, so nothing is sent to it. Tell your trainer: the academy must add that origin to "allowedOrigins" under "lrs" in its configuration and rebuild.`);
    options.open(scenarioId);
    return null;
  }
  const key = `${CMI5_SESSION_KEY}:${parameters.registration}:${parameters.fetchUrl}`;
  let session: Cmi5Session;
  const kept = keptCmi5Session(key);
  if (kept?.ended) {
    show(CMI5_ENDED);
    return null;
  }
  try {
    session = kept ?? (await startCmi5Session(parameters));
  } catch (error) {
    show(`Your LMS did not start this session (${messageOf(error)}), so this attempt is not sent to it. Launch it again from your LMS, or tell your trainer.`);
    options.open(scenarioId);
    return null;
  }
  // Refused (storage full): this launch still streams; only a reload would need a new session.
  rememberItem(pageSessionStorage, key, JSON.stringify(session));
  if (session.launchMode !== 'Normal') {
    show(`Your LMS opened this scenario for ${session.launchMode.toLowerCase()}: nothing you do here is recorded by it.`);
    options.open(scenarioId);
    return null;
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
  // A new attempt's record is begun asynchronously (its lock first): look again shortly, so
  // `launched` and `initialized` go when the attempt starts, not at its first input.
  let lookAgain = 0;
  const follow = (): void => {
    const record = currentRecord(records, recording);
    if (!record) {
      if (actor.getSnapshot().context.attempt && lookAgain++ < 20) setTimeout(follow, 250);
      return;
    }
    lookAgain = 0;
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
    if (destination.cmi5 && current?.ended) markCmi5Ended();
    // The queue's storage cannot be read any more: what waits, and `terminated`, leave now in one
    // keepalive request, in order. A statement the LRS already has is the same statement again.
    const waiting = [...storage.pending()];
    if (ended && !waiting.some((statement) => statement.id === ended.terminated.id)) waiting.push(ended.terminated);
    const last = prefixWithin(waiting);
    if (last.length > 0) void sendStatements(destination.lrs, last, { keepalive: true });
  });
  // Back from the back/forward cache after `pagehide` ended the session: plain xAPI starts a new
  // session (a new `initialized`); a cmi5 session is over for good.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    if (destination.cmi5) return show(CMI5_ENDED);
    recordId = null;
    follow();
  });
  follow();
  await queue.flush();
}

/** The record behind the session's attempt (the records service mirrors what the recording wrote). */
function currentRecord(records: RecordsService, recording: Pick<Recording, 'currentRecordId'>): AttemptRecord | undefined {
  const id = recording.currentRecordId();
  return id === null ? undefined : records.get(id);
}

function xapiAttemptOf(record: AttemptRecord, destination: Destination): XapiAttempt {
  const cmi5 = destination.cmi5?.session;
  const actor: XapiAgent = cmi5?.actor ?? traineeAgent(record.trainee, destination.activityBase);
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
    const kept: unknown = JSON.parse(pageSessionStorage.getItem(key) ?? 'null');
    return typeof kept === 'object' && kept !== null && 'lrs' in kept && 'launch' in kept ? (kept as Cmi5Session & { ended?: boolean }) : null;
  } catch {
    return null;
  }
}

/** A cmi5 session that sent `terminated` takes no more statements (cmi5 §9.3.8): a reload says so. */
function markCmi5Ended(): void {
  for (let i = 0; i < pageSessionStorage.length; i++) {
    const key = pageSessionStorage.key(i);
    const session = key?.startsWith(CMI5_SESSION_KEY) ? keptCmi5Session(key) : null;
    if (key && session) rememberItem(pageSessionStorage, key, JSON.stringify({ ...session, ended: true }));
  }
}
