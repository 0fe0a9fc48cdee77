/**
 * The sandbox's durable state: an append-only journal of plain JSON records (format: journalFormat.ts)
 * behind the StatePersistence interface that the model writes through.
 *
 * - append(records) resolves only once they are on disk (write + fdatasync). Appends made while a
 *   flush runs share the next one (group commit), so a burst costs a few flushes, not one per record.
 * - compact(snapshot) replaces the file with the header and `snapshot` (a temporary file, fsync,
 *   rename, fsync of the folder). The snapshot must hold the effect of every record passed to
 *   append() before the call (the model applies a change and appends its record in one turn).
 *   With `options.snapshot`, the journal compacts by itself once the file passes `compactBytes`.
 * - At open: the lock (stateLock.ts) and the path checks (stateFile.ts); a torn last record is dropped
 *   with a warning naming its byte offset; corruption before it throws naming the file and the offset,
 *   and the file is left untouched; a file of the old format (legacyState.ts) is converted once,
 *   the original kept beside it as `<state>.v1.json`.
 * - A failed write or flush stops the journal: that append and every later one reject (after an
 *   fsync error nothing can be known about what reached the disk).
 */
import { constants, copyFile, open, readFile, stat, unlink, type FileHandle } from 'node:fs/promises';
import { JournalCorruptError, encodeFrames, encodeJournal, isJournal, readJournal, writeJournal } from './journalFormat';
import { parseLegacyState, type Registrations } from './legacyState';
import { errno, message, prepareStatePath, replaceFile, tempPathFor, type StatePath } from './stateFile';
import { lockStateFile, type StateLock } from './stateLock';

export { StateInUseError, readOwner, type StateOwner } from './stateLock';

/** How the sandbox's model keeps its records (the agreed interface). */
export interface StatePersistence {
  /** The records, in order, as read at open (a compaction's snapshot first). */
  load(): Promise<unknown[]>;
  /** Resolves only when the records are durable (fsync). */
  append(records: unknown[]): Promise<void>;
  /** Waits for every append, then releases the file and its lock. */
  close(): Promise<void>;
}

export interface Journal extends StatePersistence {
  /** Replaces the file with the header and `snapshot`, written a record at a time. */
  compact(snapshot: readonly unknown[]): Promise<void>;
  /** Names the sandbox's URL in the owner file, for a second sandbox's refusal. */
  setOwnerUrl(url: string): Promise<void>;
  /** The file written: the state path with its symlinks followed. */
  readonly path: string;
  /** The file's size now (bytes). */
  readonly size: number;
  /** Flushes (fdatasync) of appends so far: fewer than appends when they share one. */
  readonly flushes: number;
}

export interface JournalOptions {
  /** Warnings and notices: a dropped torn record, a created folder, a migration, a lock taken over. */
  readonly log?: (line: string) => void;
  /** A missing folder is created (true, the default) or stops the start (false). */
  readonly createFolder?: boolean;
  /** The model's records now; lets the journal compact itself past `compactBytes`. */
  readonly snapshot?: () => unknown[];
  /** Default 8 MiB; the file is compacted when it passes this and twice its size after the last compaction. */
  readonly compactBytes?: number;
  /** Turns the old state format's registrations into records; without it such a file is refused. */
  readonly fromLegacy?: (registrations: Registrations) => unknown[];
}

const DEFAULT_COMPACT_BYTES = 8 * 1024 * 1024;

/** Opens (creating if needed) the journal at `path`; throws an Error naming the file for any problem. */
export async function openJournal(path: string, options: JournalOptions = {}): Promise<Journal> {
  const file = await prepareStatePath(path, options);
  let journal: JournalFile | undefined;
  const lock = await lockStateFile(file.target, file.shown, {
    log: options.log,
    onCompromised: (err) => journal?.fail(new Error(`Sandbox state file ${file.shown}: the lock was lost (${err.message}); nothing more is written`)),
  });
  try {
    const records = await readRecords(file, options);
    await unlink(tempPathFor(file.target)).catch(() => undefined); // a compaction that a crash interrupted
    const fh = await open(file.target, 'a');
    journal = new JournalFile(file, fh, (await fh.stat()).size, records, lock, options);
    return journal;
  } catch (err) {
    await lock.release().catch(() => undefined);
    throw err;
  }
}

/** Bytes read to tell a journal from an old state file or a blank one. */
const HEAD_BYTES = 64 * 1024;

/** The old format was one JSON snapshot; a file this large is not one (and would not fit a string). */
const MAX_LEGACY_BYTES = 256 * 1024 * 1024;

/**
 * The records in the file, after making it a journal that ends with a whole record. Read a chunk at
 * a time (readJournal): a journal larger than V8's longest string (512 MB) opens too.
 */
async function readRecords(file: StatePath, options: JournalOptions): Promise<unknown[]> {
  let fh: FileHandle;
  try {
    fh = await open(file.target, 'r');
  } catch (err) {
    if (errno(err) !== 'ENOENT') throw new Error(`Sandbox state file ${file.shown} cannot be read: ${message(err)}`);
    await replaceFile(file.target, encodeJournal([]));
    return [];
  }
  let decoded;
  const records: unknown[] = [];
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await fh.read(head, 0, head.length, 0);
    if (size <= HEAD_BYTES && head.toString('latin1').trim() === '') {
      await fh.close();
      await replaceFile(file.target, encodeJournal([])); // an empty file holds nothing to keep
      return [];
    }
    if (!isJournal(head)) {
      await fh.close();
      return await migrate(file, size, head, options);
    }
    decoded = await readJournal(fh, size, (r) => records.push(r));
  } catch (err) {
    await fh.close().catch(() => undefined);
    if (!(err instanceof JournalCorruptError)) throw err;
    throw new Error(`Sandbox state file ${file.shown} is corrupt: ${err.message}. It was left untouched: fix it, move it away, or start without --state.`);
  }
  await fh.close();
  if (decoded.torn) {
    const t = decoded.torn;
    options.log?.(`state file ${file.shown}: dropped a torn last record at byte ${t.offset} (${t.bytes} bytes: ${t.problem}); a crash interrupted it before it was acknowledged`);
    const w = await open(file.target, 'r+');
    try {
      await w.truncate(decoded.validBytes);
      await w.sync();
    } finally {
      await w.close();
    }
  }
  return records;
}

/** Converts a file of the old format once; the original is kept as `<state>.v1.json` (or `.v1-N.json`). */
async function migrate(file: StatePath, size: number, head: Buffer, options: JournalOptions): Promise<unknown[]> {
  if (!head.toString('latin1').trimStart().startsWith('{') || size > MAX_LEGACY_BYTES) {
    throw new Error(`Sandbox state file ${file.shown} is neither a sandbox journal (its first line is not the header) nor a state file of the old format. It was left untouched: move it away, or choose another --state.`);
  }
  const bytes = await readFile(file.target);
  const registrations = parseLegacyState(file.target, bytes);
  if (!options.fromLegacy) {
    throw new Error(`Sandbox state file ${file.shown} has the old format and this sandbox cannot convert it. It was left untouched.`);
  }
  const records = options.fromLegacy(registrations);
  const kept = await keepCopy(file.target);
  await replaceFile(file.target, encodeJournal(records));
  const users = [...registrations.values()].reduce((n, u) => n + u.size, 0);
  options.log?.(`state file ${file.shown}: converted from the old format (${users} users) into a journal; the old file is kept as "${kept}"`);
  return records;
}

async function keepCopy(target: string): Promise<string> {
  for (let n = 1; ; n++) {
    const copy = `${target}.v1${n === 1 ? '' : `-${n}`}.json`;
    try {
      await copyFile(target, copy, constants.COPYFILE_EXCL); // never over an earlier copy
      return copy;
    } catch (err) {
      if (errno(err) !== 'EEXIST') throw err;
    }
  }
}

type Waiter = { resolve: () => void; reject: (err: Error) => void };
type Entry = { kind: 'append'; bytes: Buffer; waiter: Waiter } | { kind: 'compact'; records: readonly unknown[]; waiter: Waiter };

class JournalFile implements Journal {
  private queue: Entry[] = [];
  private running: Promise<void> | undefined;
  private failure: Error | undefined;
  private closing: Promise<void> | undefined;
  private sizeAfterCompaction: number;
  private flushCount = 0;

  constructor(
    private readonly file: StatePath,
    private fh: FileHandle,
    private bytes: number,
    private loaded: unknown[],
    private readonly lock: StateLock,
    private readonly options: JournalOptions,
  ) {
    this.sizeAfterCompaction = bytes;
  }

  get path(): string {
    return this.file.target;
  }

  get size(): number {
    return this.bytes;
  }

  get flushes(): number {
    return this.flushCount;
  }

  /** The records read at open, handed over once (the journal keeps no copy: the model holds the state). */
  async load(): Promise<unknown[]> {
    const records = this.loaded;
    this.loaded = [];
    return records;
  }

  append(records: unknown[]): Promise<void> {
    if (records.length === 0) return this.failure ? Promise.reject(this.failure) : Promise.resolve();
    return this.enqueue({ kind: 'append', bytes: encodeFrames(records) });
  }

  // The records are taken now (what was appended before this call), encoded only as they are written.
  compact(snapshot: readonly unknown[]): Promise<void> {
    return this.enqueue({ kind: 'compact', records: snapshot });
  }

  setOwnerUrl(url: string): Promise<void> {
    return this.lock.setUrl(url);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      while (this.running) await this.running;
      await this.fh.close().catch(() => undefined);
      await this.lock.release();
      if (this.failure) throw this.failure;
    })();
    return this.closing;
  }

  /** Stops the journal: what is queued and every later append rejects with `err`. */
  fail(err: Error): void {
    this.failure ??= err;
    for (const e of this.queue.splice(0)) e.waiter.reject(this.failure);
  }

  private enqueue(entry: { kind: 'append'; bytes: Buffer } | { kind: 'compact'; records: readonly unknown[] }): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error(`Sandbox state file ${this.file.shown} is closed`));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ...entry, waiter: { resolve, reject } } as Entry);
      this.kick();
    });
  }

  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.queue.length > 0) this.kick(); // queued after the loop ended, before this ran
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0 && !this.failure) {
      const first = this.queue[0];
      if (first.kind === 'compact') {
        this.queue.shift();
        await this.replaceWith(first.records).then(first.waiter.resolve, first.waiter.reject);
        continue;
      }
      const next = this.queue.findIndex((e) => e.kind !== 'append');
      const batch = this.queue.splice(0, next < 0 ? this.queue.length : next) as Array<Extract<Entry, { kind: 'append' }>>;
      await this.write(batch);
      this.compactIfLarge();
    }
  }

  // One write and one flush for every append queued while the previous flush ran: the group commit.
  private async write(batch: Array<Extract<Entry, { kind: 'append' }>>): Promise<void> {
    const bytes = Buffer.concat(batch.map((e) => e.bytes));
    try {
      for (let done = 0; done < bytes.length; ) done += (await this.fh.write(bytes, done, bytes.length - done)).bytesWritten;
      await this.fh.datasync();
      this.flushCount++;
      this.bytes += bytes.length;
      for (const e of batch) e.waiter.resolve();
    } catch (err) {
      const failure = new Error(`Sandbox state file ${this.file.shown} cannot be written: ${message(err)}; nothing more is written`);
      for (const e of batch) e.waiter.reject(failure);
      this.fail(failure);
    }
  }

  private compactIfLarge(): void {
    const limit = this.options.compactBytes ?? DEFAULT_COMPACT_BYTES;
    if (!this.options.snapshot || this.bytes < limit || this.bytes < 2 * this.sizeAfterCompaction) return;
    if (this.queue.some((e) => e.kind === 'compact')) return;
    this.compact(this.options.snapshot()).catch((err: unknown) => this.options.log?.(message(err)));
  }

  private async replaceWith(records: readonly unknown[]): Promise<void> {
    try {
      await replaceFile(this.file.target, (fh) => writeJournal(fh, records)); // a stream of records, never one string
    } catch (err) {
      // The rename did not happen: the journal as it was stays whole and in use.
      throw new Error(`Sandbox state file ${this.file.shown} was not compacted: ${message(err)}`);
    }
    try {
      const fh = await open(this.file.target, 'a');
      await this.fh.close().catch(() => undefined);
      this.fh = fh;
      this.bytes = (await stat(this.file.target)).size;
      this.sizeAfterCompaction = this.bytes;
    } catch (err) {
      const failure = new Error(`Sandbox state file ${this.file.shown} cannot be reopened after compaction: ${message(err)}; nothing more is written`);
      this.fail(failure);
      throw failure;
    }
  }
}
