/**
 * Where the model's records are kept. The server loads them at start, appends the records of every
 * change and answers a request only after `append` has resolved (then they are durable).
 * Implementations: `memoryPersistence` (nothing survives the process; tests) and
 * `stateFilePersistence`, today's whole-file state (state.ts), which can hold registrations only.
 * The append-only journal (journal.ts) replaces the latter.
 */
import { StateWriter, loadState, removeStaleTempFiles, serializeState, type Registrations } from '../state';
import type { SandboxRecord } from './records';

export interface StatePersistence {
  /** Every record kept, in order (a snapshot followed by later changes, or any other sequence that rebuilds the state). */
  load(): Promise<SandboxRecord[]>;
  /** Resolves only when the records are durable; rejects when they could not be kept. */
  append(records: readonly SandboxRecord[]): Promise<void>;
  /** Flushes what is pending and releases the file; no append after it. */
  close(): Promise<void>;
}

/** Keeps the records in memory (`records`), e.g. to look at them in a test. */
export function memoryPersistence(initial: readonly SandboxRecord[] = []): StatePersistence & { readonly records: SandboxRecord[] } {
  const records = [...initial];
  return {
    records,
    load: () => Promise.resolve([...records]),
    append: (more) => {
      records.push(...more);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}

/**
 * Today's state file as a persistence: users and their newest token survive a restart; blocks,
 * blacklists, groups, messages and token/expire do not (the file has no place for them) until the
 * journal lands. `append` resolves after the file has been rewritten with the change.
 */
export async function stateFilePersistence(path: string, log: (line: string) => void): Promise<StatePersistence> {
  const registrations: Registrations = await loadState(path);
  await removeStaleTempFiles(path);
  const writer = new StateWriter(path, () => serializeState(registrations), log);
  return {
    load: () => Promise.resolve(recordsOf(registrations)),
    append: async (records) => {
      let changed = false;
      for (const r of records) changed = keep(registrations, r) || changed;
      if (!changed) return;
      writer.changed();
      await writer.flush();
    },
    close: () => writer.flush(),
  };
}

function recordsOf(registrations: Registrations): SandboxRecord[] {
  const out: SandboxRecord[] = [];
  for (const [app, users] of registrations) {
    for (const [userId, u] of users) {
      out.push({ t: 'user', app, userId, name: u.name, ...(u.portraitUri !== undefined ? { portraitUri: u.portraitUri } : {}), createdAt: u.issuedAt });
      out.push({ t: 'token', app, userId, token: u.token, issuedAt: u.issuedAt, expiresAt: u.expiresAt });
    }
  }
  return out;
}

/** Folds a record into the file's shape; false when the file cannot hold it. */
function keep(registrations: Registrations, r: SandboxRecord): boolean {
  if (r.t === 'reset') {
    registrations.clear();
    return true;
  }
  if (r.t !== 'user' && r.t !== 'profile' && r.t !== 'token') return false;
  let users = registrations.get(r.app);
  if (!users) registrations.set(r.app, (users = new Map()));
  const existing = users.get(r.userId);
  if (r.t === 'user') {
    // getToken appends the user and its token together: the token is filled in before the file is written.
    users.delete(r.userId); // a renewal moves to the end: the file stays in registration order
    users.set(r.userId, entry(existing?.token ?? '', r.name, r.portraitUri, existing?.issuedAt ?? r.createdAt, existing?.expiresAt ?? r.createdAt));
    return true;
  }
  if (r.t === 'token') {
    users.set(r.userId, entry(r.token, existing?.name ?? '', existing?.portraitUri, r.issuedAt, r.expiresAt));
    return true;
  }
  if (!existing) return false; // a user without a token yet: its token record follows
  const name = r.name ?? existing.name;
  const portraitUri = r.portraitUri ?? existing.portraitUri;
  users.set(r.userId, entry(existing.token, name, portraitUri, existing.issuedAt, existing.expiresAt));
  return true;
}

function entry(token: string, name: string, portraitUri: string | undefined, issuedAt: number, expiresAt: number) {
  return { token, name, ...(portraitUri !== undefined ? { portraitUri } : {}), issuedAt, expiresAt };
}
