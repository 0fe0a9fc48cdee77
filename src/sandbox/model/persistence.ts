/**
 * Where the model's records are kept. The server loads them at start, appends the records of every
 * change and answers a request only after `append` has resolved (then they are durable).
 * Implementations: `memoryPersistence` (nothing survives the process; tests) and
 * `journalPersistence`, the append-only journal on disk (journal.ts).
 */
import { MAX_CLOCK_MS, MAX_TIME_MS } from '../clock';
import { openJournal, type Journal } from '../journal';
import type { Registrations } from '../legacyState';
import { RECORD_TYPES, type SandboxRecord } from './records';

export interface StatePersistence {
  /** Every record kept, in order (a snapshot followed by later changes, or any other sequence that rebuilds the state). */
  load(): Promise<SandboxRecord[]>;
  /** Resolves only when the records are durable, in the order appended; rejects when they could not be kept. */
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
 * The journal at `path` as the model's persistence: records are validated as they are read (a file
 * line is untrusted input), the file is compacted to `snapshot()` on start, and a state file of the
 * old whole-file format is converted once.
 */
export async function journalPersistence(
  path: string,
  log: (line: string) => void,
  snapshot: () => SandboxRecord[],
): Promise<StatePersistence & Pick<Journal, 'compact' | 'setOwnerUrl'>> {
  const journal = await openJournal(path, { log, snapshot, fromLegacy: recordsOf });
  return {
    load: async () => {
      const clamped = new TimeClamps();
      const records = (await journal.load()).map((r, i) => clamped.record(checkedRecord(r, i, journal.path), i));
      clamped.report(journal.path, log);
      return records;
    },
    append: (records) => journal.append([...records]),
    close: () => journal.close(),
    compact: (records) => journal.compact(records),
    setOwnerUrl: (url) => journal.setOwnerUrl(url),
  };
}

function checkedRecord(value: unknown, index: number, path: string): SandboxRecord {
  const t = (value as { t?: unknown } | null)?.t;
  if (typeof value !== 'object' || value === null || typeof t !== 'string' || !RECORD_TYPES.includes(t as SandboxRecord['t'])) {
    throw new Error(`Sandbox state file "${path}": record ${index + 1} is not a sandbox record (type ${JSON.stringify(String(t)).slice(0, 40)})`);
  }
  const r = value as Record<string, unknown>;
  if ((t === 'put' || t === 'del' || t === 'drop') && !['app', 'table', 'scope', ...(t === 'drop' ? [] : ['key'])].every((f) => typeof r[f] === 'string')) {
    throw new Error(`Sandbox state file "${path}": record ${index + 1} (${t}) needs string app, table, scope${t === 'drop' ? '' : ' and key'}`);
  }
  return value as SandboxRecord;
}

/** The time fields of each record type, and the latest valid value of each. */
const TIME_FIELDS: Partial<Record<SandboxRecord['t'], ReadonlyArray<readonly [string, number]>>> = {
  user: [['createdAt', MAX_TIME_MS]],
  token: [['issuedAt', MAX_TIME_MS], ['expiresAt', MAX_TIME_MS]],
  expire: [['time', MAX_TIME_MS]],
  block: [['until', MAX_TIME_MS]],
  message: [['sentAt', MAX_TIME_MS]],
  clock: [['offsetMs', MAX_CLOCK_MS]],
};

/**
 * Times outside 1970-01-01…9999-12-31 in a file (written before the clock was bounded, or edited)
 * are clamped to the nearest valid one with one log line: refusing them would stop every start,
 * keeping them made every answer that shows them fail.
 */
class TimeClamps {
  private count = 0;
  private first = '';

  record(record: SandboxRecord, index: number): SandboxRecord {
    const fields = TIME_FIELDS[record.t];
    if (!fields) return record;
    let fixed: Record<string, unknown> | undefined;
    for (const [field, max] of fields) {
      const value = (record as unknown as Record<string, unknown>)[field];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`Sandbox state file: record ${index + 1} (${record.t}) has ${field} ${JSON.stringify(value)?.slice(0, 40) ?? 'missing'}, not a time in milliseconds`);
      }
      const valid = Math.min(Math.max(Math.trunc(value), 0), max);
      if (valid === value) continue;
      fixed ??= { ...record };
      fixed[field] = valid;
      if (this.count === 0) this.first = `record ${index + 1} (${record.t}) had ${field} ${value}`;
      this.count++;
    }
    return (fixed ?? record) as SandboxRecord;
  }

  report(path: string, log: (line: string) => void): void {
    if (this.count === 0) return;
    log(`state file "${path}": ${this.count} time(s) outside 1970-01-01…9999-12-31 were clamped to the nearest valid time (the first: ${this.first}); the sandbox clock stays before ${new Date(MAX_CLOCK_MS).toISOString()}`);
  }
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
