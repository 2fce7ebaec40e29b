// The page's records, in one place: opens the store (with a time limit, so the menu never waits
// forever), runs the one-time legacy import, keeps an in-memory mirror of every record (including
// versions not yet written because storage is full), and hands out one Recorder per attempt being
// played, through a Claim on the scenario's Web Lock, so two tabs never write the same attempt.
import { v4 as uuidv4 } from 'uuid';
import type { Scenario } from '../content/types';
import { storyContentHash, type Sha256Digest } from '../engine/digest';
import type { DecisionLog } from '../engine/log';
import type { SaveData } from '../engine/save';
import type { Result, ScoringConfig } from '../engine/scoring/types';
import { verify } from '../engine/verify';
import { messageOf } from '../util/errors';
import { completeRecord, recordToAttempt, startRecord, withProgress, type AttemptRecord, type InProgressRecord } from './attemptRecord';
import type { AttemptStore, Profile, QuarantinedEntry } from './attemptStore';
import { exportCsv, exportJsonText, selectRecords, type ExportVerdict } from './exports';
import { importLegacySaves, type LegacyStorage } from './legacyImport';
import { nextAttemptNumber, progressByScenario, type ScenarioProgress } from './menuSummary';
import { RecordWriter, type WriteStatus } from './recordWriter';
import { acquireAttemptLock, attemptLockName, type AttemptLock, type LockManagerLike } from './tabLock';

export interface RecordsServiceOptions {
  scenarios: ReadonlyMap<string, Scenario>;
  scoringFor: (scenario: Scenario) => ScoringConfig;
  onWriteStatus: (status: WriteStatus) => void;
  legacyStorage?: LegacyStorage & Pick<Storage, 'removeItem'>;
  locks?: LockManagerLike;
  now?: () => Date;
}

export interface OpenedRecords {
  service: RecordsService;
  /** Sentences for the menu: what was quarantined, or that records could not be opened at all. */
  notices: string[];
}

/** How long the menu waits for the database before showing itself without records. */
export const OPEN_TIMEOUT_MS = 5000;

export class RecordsService {
  private readonly mirror = new Map<string, AttemptRecord>();
  private profileValue: Profile = { trainee: '', cohort: '' };
  private readonly hashes = new Map<string, Sha256Digest>();
  /** Locks of attempts this tab has left, kept until their last version is written (by scenario). */
  private readonly leaving = new Map<string, AttemptLock>();
  /** The scenario locks this tab holds now, however taken (by scenario). */
  private readonly held = new Map<string, AttemptLock>();
  /** Scenarios whose lock this tab keeps until the page goes (keepForPage): letting go of a claim keeps it. */
  private readonly keptForPage = new Set<string>();
  private readonly writer: RecordWriter | null;

  private constructor(
    private readonly store: AttemptStore | null,
    private readonly options: RecordsServiceOptions,
  ) {
    this.writer = store ? new RecordWriter(store, { onStatus: options.onWriteStatus }) : null;
  }

  /**
   * Opens `openStore()`; if it fails or takes longer than OPEN_TIMEOUT_MS the service runs without
   * storage (attempts play but are not kept) and the notice says so. Never rejects.
   */
  static async open(openStore: () => Promise<AttemptStore>, options: RecordsServiceOptions): Promise<OpenedRecords> {
    const notices: string[] = [];
    let store: AttemptStore | null = null;
    try {
      store = await withTimeout(openStore(), OPEN_TIMEOUT_MS, 'the browser did not open its database in time (is Threshold open in an older tab?)');
    } catch (error) {
      notices.push(`Your attempts cannot be kept in this browser right now: ${messageOf(error)}. You can still play, but nothing will be recorded.`);
      return { service: new RecordsService(null, options), notices };
    }
    const service = new RecordsService(store, options);
    try {
      service.profileValue = (await store.getProfile()) ?? service.profileValue;
      if (options.legacyStorage) {
        const moved = await importLegacySaves(store, options.legacyStorage, {
          scenarios: options.scenarios,
          profile: service.profileValue,
          scoringFor: options.scoringFor,
          newId: uuidv4,
          now: service.now(),
        });
        notices.push(...moved.map(quarantineNotice));
      }
      notices.push(...(await service.reload()));
    } catch (error) {
      notices.push(`Some saved attempts could not be read: ${messageOf(error)}.`);
    }
    return { service, notices };
  }

  /** Quarantine notices found while rereading for a claim: the next reload (the menu's) reports them. */
  private readonly unreported: string[] = [];

  /**
   * Rereads the store (another tab may have written), keeping versions not yet written. Returns the
   * notices for records it moved into quarantine (the store reports each once), and any a claim found.
   */
  async reload(): Promise<string[]> {
    if (!this.store) return [];
    const { records, quarantined } = await this.store.load();
    this.mirror.clear();
    for (const record of records) this.mirror.set(record.id, record);
    // Newer than the store, or not in it yet (storage full since the attempt began).
    for (const record of this.writer?.pendingRecords() ?? []) this.mirror.set(record.id, record);
    return [...this.unreported.splice(0), ...quarantined.map(quarantineNotice)];
  }

  /**
   * Keeps something unreadable found outside the records (a tab's saved screen) in quarantine and
   * returns the notice for the trainee. Without storage it is only reported.
   */
  async quarantine(origin: string, reason: string, value: unknown): Promise<string> {
    const entry: QuarantinedEntry = { origin, reason, at: this.now().toISOString(), value };
    try {
      await this.store?.addToQuarantine(entry);
    } catch {
      return `Something saved in this browser could not be read (${reason}) and could not be set aside either; it was dropped. Your attempts are not affected.`;
    }
    return quarantineNotice(entry);
  }

  get recording(): boolean {
    return this.store !== null;
  }

  get profile(): Profile {
    return this.profileValue;
  }

  async setProfile(profile: Profile): Promise<void> {
    this.profileValue = { trainee: profile.trainee.trim(), cohort: profile.cohort.trim() };
    await this.store?.setProfile(this.profileValue);
  }

  records(): AttemptRecord[] {
    return [...this.mirror.values()];
  }

  progress(): Map<string, ScenarioProgress> {
    return progressByScenario(this.records(), this.profileValue.trainee);
  }

  contentHash(scenario: Scenario): Sha256Digest {
    let hash = this.hashes.get(scenario.meta.id);
    if (!hash) {
      hash = storyContentHash(scenario.storyJson);
      this.hashes.set(scenario.meta.id, hash);
    }
    return hash;
  }

  /** Was this in-progress record begun on the story text this page carries? */
  sameStoryVersion(record: AttemptRecord, scenario: Scenario): boolean {
    return record.scenario.contentHash === this.contentHash(scenario);
  }

  /**
   * Takes this trainee's lock on a scenario, for playing it in this tab; 'elsewhere' if another tab
   * holds it. Under the lock no other tab writes that scenario's attempt, so the store, reread
   * first, is the truth: the claim says whether an attempt is in progress there to carry on.
   */
  async claim(scenarioId: string): Promise<Claim | 'elsewhere'> {
    const lock = await this.lockFor(scenarioId);
    if (!lock) return 'elsewhere';
    try {
      // The store reports a record it quarantines once: keep the notice for the menu.
      this.unreported.push(...(await this.reload()));
    } catch {
      // Unreadable now: the menu's copy is the best there is.
    }
    return new Claim(this, scenarioId, this.progress().get(scenarioId)?.inProgress, lock);
  }

  /** The newest version of a record (written or not), if this tab knows it. */
  get(id: string): AttemptRecord | undefined {
    return this.mirror.get(id);
  }

  /** Deletes an attempt in progress (the menu's Discard); 'elsewhere' if another tab has it open. */
  async discard(record: InProgressRecord): Promise<'done' | 'elsewhere'> {
    const lock = await this.lockFor(record.scenario.id);
    if (!lock) return 'elsewhere';
    try {
      this.mirror.delete(record.id);
      await this.writer?.discard(record.id);
    } finally {
      lock.release();
    }
    return 'done';
  }

  /** The export file's text (every trainee, or one), every attempt in the attempt format. */
  exportJson(trainee?: string): string {
    return exportJsonText(selectRecords(this.records(), trainee), this.now());
  }

  /** The CSV, each completed record verified by replay first (its `verified` column). */
  exportCsv(trainee?: string): string {
    const records = selectRecords(this.records(), trainee);
    const verdicts = new Map<string, ExportVerdict>();
    for (const record of records) {
      const scenario = this.options.scenarios.get(record.scenario.id);
      if (!scenario || record.status !== 'completed') continue;
      verdicts.set(record.id, verify(scenario, recordToAttempt(record), this.options.scoringFor(scenario)).ok ? 'yes' : 'no');
    }
    return exportCsv(records, verdicts);
  }

  /** @internal for Recorder */
  write(record: AttemptRecord): void {
    this.mirror.set(record.id, record);
    this.writer?.write(record);
  }

  /** @internal for Claim */
  scoringFor(scenario: Scenario): ScoringConfig {
    return this.options.scoringFor(scenario);
  }

  /** @internal for Recorder */
  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * @internal for Recorder: lets another tab have the attempt once nothing of it waits to be
   * written. Until then this tab keeps the lock, and takes it back if it plays the scenario again.
   */
  releaseWhenWritten(record: AttemptRecord, lock: AttemptLock): void {
    const scenarioId = record.scenario.id;
    this.leaving.set(scenarioId, lock);
    void (this.writer?.written(record.id) ?? Promise.resolve()).then(() => {
      if (this.leaving.get(scenarioId) !== lock) return;
      this.leaving.delete(scenarioId);
      lock.release();
    });
  }

  /**
   * Takes this trainee's lock on a scenario for as long as the page is open; false if another tab
   * holds it. For a window an LMS launched: it reports the attempt to the LMS from launch to close,
   * so no other tab may play or write it meanwhile, and it must know before it resumes or writes
   * anything (lmsBridge.ts). Claims on the scenario from here on use the lock and never let it go.
   */
  async keepForPage(scenarioId: string): Promise<boolean> {
    const lock = this.held.get(scenarioId) ?? (await this.acquire(scenarioId));
    if (!lock) return false;
    this.keptForPage.add(scenarioId);
    return true;
  }

  private async lockFor(scenarioId: string): Promise<AttemptLock | null> {
    const kept = this.leaving.get(scenarioId);
    if (kept) {
      this.leaving.delete(scenarioId);
      return kept;
    }
    const held = this.held.get(scenarioId);
    if (held && this.keptForPage.has(scenarioId)) return held;
    return this.acquire(scenarioId);
  }

  private async acquire(scenarioId: string): Promise<AttemptLock | null> {
    const outcome = await acquireAttemptLock(attemptLockName(this.profileValue.trainee, scenarioId), this.options.locks);
    if (outcome.kind !== 'acquired') return null;
    const lock: AttemptLock = {
      release: () => {
        if (this.keptForPage.has(scenarioId)) return;
        this.held.delete(scenarioId);
        outcome.lock.release();
      },
    };
    this.held.set(scenarioId, lock);
    return lock;
  }
}

/** This tab's hold on one scenario's attempt: begin a new one, carry on the one in progress, or let go. */
export class Claim {
  private used = false;

  constructor(
    private readonly service: RecordsService,
    readonly scenarioId: string,
    /** The trainee's attempt in progress at this scenario, as stored (or newer, not yet written). */
    readonly inProgress: InProgressRecord | undefined,
    private readonly lock: AttemptLock,
  ) {}

  /** A new attempt, its first version written now. */
  begin(scenario: Scenario, save: SaveData): Recorder {
    if (scenario.meta.id !== this.scenarioId) throw new Error(`claim for '${this.scenarioId}' used for '${scenario.meta.id}'`);
    const { trainee, cohort } = this.service.profile;
    const record = startRecord({
      id: uuidv4(),
      trainee,
      cohort,
      scenario: { id: scenario.meta.id, title: scenario.meta.title, contentHash: this.service.contentHash(scenario) },
      scoring: this.service.scoringFor(scenario),
      number: nextAttemptNumber(this.service.records(), trainee, scenario.meta.id),
      now: this.service.now(),
      resume: save,
    });
    this.service.write(record);
    return this.recorder(record);
  }

  /** Carries on with the attempt in progress. */
  resume(): Recorder {
    if (!this.inProgress) throw new Error(`no attempt in progress at '${this.scenarioId}' to resume`);
    return this.recorder(this.inProgress);
  }

  /** Not played after all: another tab may take the scenario. */
  release(): void {
    if (this.used) return;
    this.used = true;
    this.lock.release();
  }

  private recorder(record: AttemptRecord): Recorder {
    if (this.used) throw new Error(`the claim on '${this.scenarioId}' was already used`);
    this.used = true;
    return new Recorder(this.service, record, this.lock);
  }
}

/** One attempt being played in this tab: every input is recorded through it. */
export class Recorder {
  private released = false;

  constructor(
    private readonly service: RecordsService,
    private current: AttemptRecord,
    private readonly lock: AttemptLock,
  ) {}

  get record(): AttemptRecord {
    return this.current;
  }

  /** After every input: the newest state to resume from. */
  progress(save: SaveData): void {
    if (this.current.status !== 'inProgress') return;
    this.current = withProgress(this.current, save, this.service.now());
    this.service.write(this.current);
  }

  /** The attempt finished: its log, ending and result are kept; the lock is released. */
  complete(log: DecisionLog, ending: string, result: Result | null): void {
    if (this.current.status !== 'inProgress') return;
    this.current = completeRecord(this.current, { log, ending, result, now: this.service.now() });
    this.service.write(this.current);
    this.leave();
  }

  /**
   * The trainee left the attempt (to the menu, or it finished): another tab may take it as soon as
   * every version of it is written (at once, unless storage is full).
   */
  leave(): void {
    if (this.released) return;
    this.released = true;
    this.service.releaseWhenWritten(this.current, this.lock);
  }
}

function quarantineNotice(entry: QuarantinedEntry): string {
  return `A saved attempt could not be read (${entry.reason}), so it was set aside in this browser (quarantine, from ${entry.origin}) instead of being deleted. Please tell your trainer.`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
