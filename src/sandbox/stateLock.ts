/**
 * One writer per state file: a lock (proper-lockfile: the folder `<state>.lock`, its mtime refreshed
 * while held) and beside it `<state>.owner.json` = { pid, hostname, url, startedAt } naming the holder.
 * A second sandbox on the same file refuses with the holder's PID and URL; a lock whose holder died
 * (its PID no longer runs on this host, e.g. after SIGKILL) is taken over at once, any other after
 * STALE_MS without a refresh.
 */
import { hostname } from 'node:os';
import { readFile, rm, unlink } from 'node:fs/promises';
import * as lockfile from 'proper-lockfile';
import { errno, message, replaceFile } from './stateFile';

const STALE_MS = 10_000;
const UPDATE_MS = 2_000;

export interface StateOwner {
  readonly pid: number;
  readonly hostname: string;
  /** The sandbox's URL once it listens; null before. */
  readonly url: string | null;
  readonly startedAt: string;
}

/** Another sandbox holds the state file; `owner` names it (a VS Code window can use its URL instead). */
export class StateInUseError extends Error {
  constructor(
    message: string,
    readonly owner: StateOwner | undefined,
  ) {
    super(message);
  }
}

export interface StateLock {
  /** Names the URL in the owner file (once the sandbox listens). */
  setUrl(url: string): Promise<void>;
  release(): Promise<void>;
}

export interface StateLockOptions {
  readonly log?: (line: string) => void;
  /** The lock was lost (another process took it over): the holder must stop writing. */
  readonly onCompromised: (err: Error) => void;
}

export function lockPathFor(target: string): string {
  return `${target}.lock`;
}

export function ownerPathFor(target: string): string {
  return `${target}.owner.json`;
}

/** Takes the lock on `target` (the followed state path) or throws naming the running holder. */
export async function lockStateFile(target: string, shown: string, options: StateLockOptions): Promise<StateLock> {
  const release = await acquire(target, shown, options);
  const owner: { -readonly [K in keyof StateOwner]: StateOwner[K] } = {
    pid: process.pid,
    hostname: hostname(),
    url: null,
    startedAt: new Date().toISOString(),
  };
  const writeOwner = () => replaceFile(ownerPathFor(target), Buffer.from(`${JSON.stringify(owner)}\n`), `${ownerPathFor(target)}.tmp`);
  try {
    await writeOwner();
  } catch (err) {
    await release().catch(() => undefined);
    throw new Error(`Sandbox state file ${shown}: cannot write "${ownerPathFor(target)}": ${message(err)}`);
  }
  return {
    async setUrl(url) {
      owner.url = url;
      await writeOwner();
    },
    async release() {
      const now = await readOwner(target);
      if (now?.pid === owner.pid && now.startedAt === owner.startedAt) await unlink(ownerPathFor(target)).catch(() => undefined);
      await release();
    },
  };
}

async function acquire(target: string, shown: string, options: StateLockOptions): Promise<() => Promise<void>> {
  const take = () => lockfile.lock(target, { realpath: false, stale: STALE_MS, update: UPDATE_MS, retries: 0, onCompromised: options.onCompromised });
  try {
    return await take();
  } catch (err) {
    if (errno(err) !== 'ELOCKED') throw new Error(`Sandbox state file ${shown} cannot be locked: ${message(err)}`);
  }
  const owner = await readOwner(target);
  if (owner && owner.hostname === hostname() && !isRunning(owner.pid)) {
    options.log?.(`state file ${shown}: taking over the lock of the sandbox with PID ${owner.pid}, which no longer runs`);
    await rm(lockPathFor(target), { recursive: true, force: true });
    try {
      return await take();
    } catch (err) {
      if (errno(err) !== 'ELOCKED') throw new Error(`Sandbox state file ${shown} cannot be locked: ${message(err)}`);
    }
  }
  const holder = await readOwner(target);
  throw new StateInUseError(inUse(shown, target, holder), holder);
}

function inUse(shown: string, target: string, owner: StateOwner | undefined): string {
  const holder = owner
    ? `the sandbox with PID ${owner.pid}${owner.hostname === hostname() ? '' : ` on ${owner.hostname}`}${owner.url ? ` at ${owner.url}` : ' (still starting)'}`
    : `another sandbox (no "${ownerPathFor(target)}" names it; its lock is taken over ${STALE_MS / 1000} s after its last refresh)`;
  return `Sandbox state file ${shown} is used by ${holder}. Use that sandbox, stop it, or start this one with another --state.`;
}

/** The owner file, or undefined when it is missing or unreadable (a holder that is still starting). */
export async function readOwner(target: string): Promise<StateOwner | undefined> {
  try {
    const v = JSON.parse(await readFile(ownerPathFor(target), 'utf8')) as Partial<StateOwner>;
    if (typeof v.pid !== 'number' || typeof v.hostname !== 'string' || typeof v.startedAt !== 'string') return undefined;
    return { pid: v.pid, hostname: v.hostname, url: typeof v.url === 'string' ? v.url : null, startedAt: v.startedAt };
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errno(err) !== 'ESRCH';
  }
}
