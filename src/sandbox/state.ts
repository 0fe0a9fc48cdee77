/**
 * The sandbox's optional state file: the users each app has registered, with token and expiry.
 *
 * Shape (JSON, UTF-8): `{"version":1,"apps":{"<appKey>":{"users":{"<userId>":{"token":"…",
 * "name":"…","portraitUri":"…","issuedAt":<ms>,"expiresAt":<ms>}}}}}`. It never holds an App Secret.
 *
 * Writes are atomic (a temporary file in the same folder, fsync, rename, then fsync of the folder),
 * serialised (one write at a time) and coalesced (changes made while a write runs go into the next
 * one), so the file is always a whole snapshot of the registrations at one moment. A file that cannot
 * be read as such a snapshot stops the start with an Error naming the file; it is never overwritten.
 *
 * Kept until server.ts writes through the journal (journal.ts); the reader lives in legacyState.ts.
 */
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { STATE_VERSION, type Registrations, type UserRecord } from './legacyState';

export { STATE_VERSION, loadState, type Registrations, type UserRecord } from './legacyState';

const MIN_GAP_MS = 10;
const MAX_GAP_MS = 1000;

// Records never change once made, so each is stringified once, not at every write.
const recordJson = new WeakMap<UserRecord, string>();

/** The file's text; the same as JSON.stringify of the shape above, built from cached pieces. */
export function serializeState(registrations: Registrations): string {
  const apps: string[] = [];
  for (const [appKey, users] of registrations) {
    const entries: string[] = [];
    for (const [userId, record] of users) {
      let json = recordJson.get(record);
      if (json === undefined) {
        json = JSON.stringify(record);
        recordJson.set(record, json);
      }
      entries.push(`${JSON.stringify(userId)}:${json}`);
    }
    apps.push(`${JSON.stringify(appKey)}:{"users":{${entries.join(',')}}}`);
  }
  return `{"version":${STATE_VERSION},"apps":{${apps.join(',')}}}\n`;
}

/**
 * Keeps a state file up to date with `snapshot()`. `changed()` schedules a write; `flush()` waits for
 * the file to hold everything changed so far and rejects when the last write failed.
 */
export class StateWriter {
  private dirty = false;
  private running: Promise<void> | undefined;
  private lastError: unknown;
  private seq = 0;
  private wake: (() => void) | undefined;

  constructor(
    readonly path: string,
    private readonly snapshot: () => string,
    private readonly log: (line: string) => void,
  ) {}

  changed(): void {
    this.dirty = true;
    this.running ??= this.drain();
  }

  async flush(): Promise<void> {
    this.wake?.(); // no pause between writes when someone waits
    for (;;) {
      if (this.running) {
        await this.running;
        continue;
      }
      if (!this.dirty && this.lastError === undefined) return;
      this.dirty = false;
      let failure: { err: unknown } | undefined;
      this.running = this.write().then(
        () => {
          this.lastError = undefined;
        },
        (err: unknown) => {
          this.lastError = err;
          failure = { err };
        },
      );
      await this.running;
      this.running = undefined;
      if (failure) throw failure.err; // unlike background writes, the caller (stop) sees this one
    }
  }

  private async drain(): Promise<void> {
    try {
      // One turn of the event loop lets a burst of registrations share one write.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.dirty) {
        this.dirty = false;
        const started = performance.now();
        try {
          await this.write();
          this.lastError = undefined;
          // Under a steady stream of changes, rest as long as the write took: the disk is busy at most
          // half the time however large the file grows, and each write takes in more changes.
          if (this.dirty) await this.pause(Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, performance.now() - started)));
        } catch (err) {
          // The next change (or flush) tries again; a failing disk must not spin.
          this.lastError = err;
          this.log(`state file "${this.path}" was not written: ${errText(err)}`);
          break;
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  private async write(): Promise<void> {
    const data = this.snapshot();
    const tmp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${++this.seq}.tmp`);
    const fh = await open(tmp, 'w', 0o600);
    try {
      try {
        await fh.writeFile(data, 'utf8');
        await fh.sync();
      } finally {
        await fh.close();
      }
      await renameWithRetry(tmp, this.path);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
    await syncFolder(dirname(this.path));
  }
}

/** Removes temporary files that a killed sandbox left beside the state file (never the file itself). */
export async function removeStaleTempFiles(path: string): Promise<void> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!m || isAlive(Number(m[1]))) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return !isErrno(err, 'ESRCH');
  }
}

// Windows may refuse a rename for a moment while another process (an indexer, antivirus) has the file open.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      if (attempt >= 5 || !(isErrno(err, 'EPERM') || isErrno(err, 'EBUSY') || isErrno(err, 'EACCES'))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

// Makes the rename itself durable; not possible on every platform (Windows), so best effort.
async function syncFolder(folder: string): Promise<void> {
  try {
    const fh = await open(folder, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // best effort
  }
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
