// The page's records, in one place: opens the store (with a time limit, so the menu never waits
// forever), runs the one-time legacy import, keeps an in-memory mirror of every record (including
// versions not yet written because storage is full), and hands out one Recorder per attempt being
// played, guarded by a per-attempt Web Lock so two tabs never write the same attempt.
import { v4 as uuidv4 } from 'uuid';
import type { Scenario } from '../content/types';
import { storyContentHash, type Sha256Digest } from '../engine/digest';
import type { DecisionLog } from '../engine/log';
import type { SaveData } from '../engine/save';
import type { Result, ScoringConfig } from '../engine/scoring/types';
import { verify } from '../engine/verify';
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

  /** Rereads the store (another tab may have written), keeping versions not yet written. */
  async reload(): Promise<string[]> {
    if (!this.store) return [];
    const { records, quarantined } = await this.store.load();
    this.mirror.clear();
    for (const record of records) this.mirror.set(record.id, this.writer?.pendingVersion(record.id) ?? record);
    return quarantined.map(quarantineNotice);
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

  /** Begins a new attempt; 'elsewhere' if another tab plays this trainee's attempt at this scenario. */
  async begin(scenario: Scenario, save: SaveData): Promise<Recorder | 'elsewhere'> {
    const lock = await this.lockFor(scenario.meta.id);
    if (!lock) return 'elsewhere';
    const { trainee, cohort } = this.profileValue;
    const record = startRecord({
      id: uuidv4(),
      trainee,
      cohort,
      scenario: { id: scenario.meta.id, title: scenario.meta.title, contentHash: this.contentHash(scenario) },
      scoring: this.options.scoringFor(scenario),
      number: nextAttemptNumber(this.records(), trainee, scenario.meta.id),
      now: this.now(),
      resume: save,
    });
    this.write(record);
    return new Recorder(this, record, lock);
  }

  /** Takes over an attempt in progress; 'elsewhere' if another tab has it open. */
  async resume(record: InProgressRecord): Promise<Recorder | 'elsewhere'> {
    const lock = await this.lockFor(record.scenario.id);
    if (!lock) return 'elsewhere';
    return new Recorder(this, this.latest(record), lock);
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

  /** @internal for Recorder */
  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private latest(record: InProgressRecord): InProgressRecord {
    const current = this.mirror.get(record.id);
    return current?.status === 'inProgress' ? current : record;
  }

  private async lockFor(scenarioId: string): Promise<AttemptLock | null> {
    const outcome = await acquireAttemptLock(attemptLockName(this.profileValue.trainee, scenarioId), this.options.locks);
    return outcome.kind === 'acquired' ? outcome.lock : null;
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

  /** The trainee left the attempt (to the menu): another tab may take it now. */
  leave(): void {
    if (this.released) return;
    this.released = true;
    this.lock.release();
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
