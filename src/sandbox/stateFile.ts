/**
 * Where the sandbox's state goes, checked before anything is read: a symlink is followed (the link
 * stays a link; its target is what is read and written), a missing folder is created (and said so) or
 * refused, a read-only file or folder stops the start. Replacing a file is atomic and durable.
 */
import { chown, lstat, mkdir, open, readlink, rename, stat, unlink, access, constants, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface StateFileOptions {
  /** A missing folder is created (true, the default) or stops the start (false). */
  readonly createFolder?: boolean;
  readonly log?: (line: string) => void;
}

export interface StatePath {
  /** The path as given (absolute). */
  readonly requested: string;
  /** The file that is read and written: the requested path with every symlink followed. */
  readonly target: string;
  /** How messages name the file: the requested path, and its target when it is a link. */
  readonly shown: string;
}

const MAX_LINKS = 40;

/** Resolves and checks a state path; throws an Error naming the path and the problem. */
export async function prepareStatePath(path: string, options: StateFileOptions = {}): Promise<StatePath> {
  const requested = resolve(path);
  const target = await followLinks(requested);
  const shown = target === requested ? `"${requested}"` : `"${requested}" (a link to "${target}")`;
  await checkFolder(dirname(target), shown, options);
  await checkFile(target, shown);
  return { requested, target, shown };
}

// Followed by hand, not with realpath: a link to a file that does not exist yet is valid too.
async function followLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let isLink: boolean;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch (err) {
      if (errno(err) === 'ENOENT') return current;
      throw new Error(`Sandbox state file "${path}" cannot be examined: ${message(err)}`);
    }
    if (!isLink) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw new Error(`Sandbox state file "${path}" is a chain of more than ${MAX_LINKS} symbolic links (a loop?)`);
}

async function checkFolder(folder: string, shown: string, options: StateFileOptions): Promise<void> {
  let info;
  try {
    info = await stat(folder);
  } catch (err) {
    if (errno(err) !== 'ENOENT') throw new Error(`Sandbox state file ${shown}: its folder cannot be examined: ${message(err)}`);
    if (options.createFolder === false) {
      throw new Error(`Sandbox state file ${shown}: its folder "${folder}" does not exist. Create it, or choose another --state.`);
    }
    await mkdir(folder, { recursive: true });
    options.log?.(`state file ${shown}: created its folder "${folder}"`);
    return;
  }
  if (!info.isDirectory()) throw new Error(`Sandbox state file ${shown}: "${folder}" is not a folder`);
  if (!(await writable(folder, info.mode))) {
    throw new Error(`Sandbox state file ${shown}: its folder "${folder}" is read-only; the sandbox writes its journal, lock and compactions there. Make it writable, or choose another --state.`);
  }
}

async function checkFile(target: string, shown: string): Promise<void> {
  let info;
  try {
    info = await stat(target);
  } catch (err) {
    if (errno(err) === 'ENOENT') return;
    throw new Error(`Sandbox state file ${shown} cannot be examined: ${message(err)}`);
  }
  if (!info.isFile()) throw new Error(`Sandbox state file ${shown} is not a regular file`);
  if (!(await writable(target, info.mode))) {
    throw new Error(`Sandbox state file ${shown} is read-only. It was left untouched: make it writable, or choose another --state.`);
  }
}

// Both checks: access() alone says yes to root for a file nobody may write.
async function writable(path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The temporary file beside `target` that replaceFile writes first (one writer holds the lock). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.journal.tmp`);
}

/**
 * Replaces (or creates) `target` with `bytes` (or what `bytes(fh)` writes, for content too large to
 * hold at once): a temporary file in the same folder, fsync, rename, fsync of the folder. The file
 * keeps the mode and owner of the one it replaces.
 */
export async function replaceFile(target: string, bytes: Uint8Array | ((fh: FileHandle) => Promise<unknown>), tmp = tempPathFor(target)): Promise<void> {
  const old = await stat(target).catch(() => undefined);
  const fh = await open(tmp, 'w', old ? old.mode & 0o7777 : 0o600);
  try {
    try {
      if (typeof bytes === 'function') await bytes(fh);
      else await fh.writeFile(bytes);
      if (old) {
        await fh.chmod(old.mode & 0o7777);
        await chown(tmp, old.uid, old.gid).catch(() => undefined); // only root may; others own it already
      }
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dirname(target));
}

/** Makes a rename in `folder` durable; not possible on every platform (Windows), so best effort. */
export async function syncFolder(folder: string): Promise<void> {
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

export function errno(err: unknown): string | undefined {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

export function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
