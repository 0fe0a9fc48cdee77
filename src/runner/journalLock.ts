/**
 * One run per journal, as the sandbox has one writer per state file (src/sandbox/stateLock.ts): a
 * lock (proper-lockfile: the folder `<journal>.lock`, its mtime refreshed while held) and beside it
 * `<journal>.owner.json` = { pid, hostname, startedAt } naming the holder. A second run on the same
 * journal is a UsageError (exit 2) naming the holder; a lock whose holder died (its PID no longer
 * runs on this host, e.g. after SIGKILL) is taken over at once, any other after STALE_MS without a refresh.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { readFile, realpath, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as lockfile from 'proper-lockfile';
import type { Locale } from '../core/text';
import { say } from './messages';
import { at, UsageError } from './usage';

const STALE_MS = 30_000;
const UPDATE_MS = 5_000;

export interface JournalHolder {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
}

/** Another run holds the journal; `holder` names it when its owner file could be read. */
export class JournalInUseError extends UsageError {
  constructor(
    message: string,
    readonly holder: JournalHolder | undefined,
  ) {
    super(message);
  }
}

export interface JournalLock {
  /** Set once the lock was lost (taken over as stale): the run must stop writing. */
  readonly lost: Error | undefined;
  release(): Promise<void>;
}

/** Takes the lock on the journal at `path` (which need not exist yet) or throws JournalInUseError. */
export async function lockJournal(path: string, locale: Locale = 'en'): Promise<JournalLock> {
  // Through a link it is the same journal, so the same lock.
  const target = await realpath(path).catch(() => resolve(path));
  const state: { lost: Error | undefined } = { lost: undefined };
  const release = await acquire(target, path, locale, (err) => (state.lost = err));
  const me: JournalHolder = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  const owner = ownerPath(target);
  const tmp = `${owner}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, `${JSON.stringify(me)}\n`, { mode: 0o600 });
    await rename(tmp, owner);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    await release().catch(() => undefined);
    throw new UsageError(at(path, undefined, `cannot be locked: "${owner}" cannot be written (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
  }
  let released = false;
  return {
    get lost() {
      return state.lost;
    },
    async release() {
      if (released) return;
      released = true;
      const now = await readHolder(target);
      if (now?.pid === me.pid && now.startedAt === me.startedAt) await unlink(owner).catch(() => undefined);
      await release().catch(() => undefined);
    },
  };
}

function ownerPath(target: string): string {
  return `${target}.owner.json`;
}

async function acquire(target: string, shown: string, locale: Locale, onCompromised: (err: Error) => void): Promise<() => Promise<void>> {
  const take = () => lockfile.lock(target, { realpath: false, stale: STALE_MS, update: UPDATE_MS, retries: 0, onCompromised });
  const failed = (err: unknown) => new UsageError(at(shown, undefined, `cannot be locked (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
  try {
    return await take();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw failed(err);
  }
  const holder = await readHolder(target);
  if (holder && holder.hostname === hostname() && !isRunning(holder.pid)) {
    await rm(`${target}.lock`, { recursive: true, force: true });
    try {
      return await take();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw failed(err);
    }
  }
  const now = await holderOf(target);
  const who = now
    ? say('journalHolder', locale, { pid: now.pid, host: now.hostname === hostname() ? '' : ` @ ${now.hostname}`, started: now.startedAt })
    : say('journalHolderUnknown', locale, { seconds: STALE_MS / 1000 });
  throw new JournalInUseError(at(shown, undefined, say('journalInUse', locale, { holder: who })), now);
}

/** The holder, waiting briefly for one that has the lock but has not yet written its owner file. */
async function holderOf(target: string): Promise<JournalHolder | undefined> {
  for (let attempt = 0; ; attempt++) {
    const holder = await readHolder(target);
    if (holder || attempt === 5) return holder;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The owner file, or undefined when it is missing or unreadable (a holder that is still starting). */
async function readHolder(target: string): Promise<JournalHolder | undefined> {
  try {
    const v = JSON.parse(await readFile(ownerPath(target), 'utf8')) as Partial<JournalHolder>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string' || typeof v.startedAt !== 'string') return undefined;
    return { pid: v.pid, hostname: v.hostname, startedAt: v.startedAt };
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
