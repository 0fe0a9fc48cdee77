/**
 * The journal of a data run: JSON lines beside the output (or beside the data file), so that
 * --resume continues where a run stopped. Before a row is sent its "sent" mark is written (a plain
 * write: a killed process loses nothing the kernel has); when its answer comes, the answer is
 * appended and fsynced — grouped, one fsync for every answer that arrived meanwhile — and only
 * then does the row count as answered. Tokens go to the tokens file first (fsynced too), never
 * into the journal, so that a crash between the two sends the row again (a 1004) rather than
 * losing its token. One run at a time holds a journal (journalLock.ts).
 */
import { fsyncSync, writeSync } from 'node:fs';
import { open, readFile, stat, truncate, type FileHandle } from 'node:fs/promises';
import type { SendOutcome, SendResult } from './http';
import type { Locale } from '../core/text';
import { lockJournal, type JournalLock } from './journalLock';
import type { TokenFile } from './tokens';
import { at, UsageError } from './usage';

export const JOURNAL_VERSION = 1;

/**
 * Whether a result is the row's answer (journaled, never sent again). An HTTP 5xx or 429 said the
 * server did not act: the row is not answered and --resume sends it again. Shared with the extension.
 */
export function isAnswered(result: Pick<SendResult, 'outcome' | 'httpStatus'>): boolean {
  switch (result.outcome) {
    case 'success':
    case 'apiError':
    case 'invalidResponse':
      return true;
    case 'httpError':
      return result.httpStatus !== undefined && result.httpStatus < 500 && result.httpStatus !== 429;
    case 'networkError':
    case 'cancelled':
    case 'refused':
      return false;
    default: {
      const never: never = result.outcome;
      throw new Error(String(never));
    }
  }
}

export interface JournalHeader {
  readonly request: string;
  readonly data: string;
  readonly sha1: string;
  readonly rows: number;
}

/** What the journal keeps of an answer: never a token, never a secret. */
export interface JournalAnswer {
  readonly row: number;
  readonly outcome: SendOutcome;
  readonly passed: boolean;
  readonly httpStatus?: number;
  readonly code?: number;
  readonly meaning?: string;
  readonly earlier?: boolean;
  readonly ms?: number;
}

export interface JournalState {
  readonly answered: ReadonlyMap<number, JournalAnswer>;
  /** Rows marked sent whose answer is not in the journal. */
  readonly unanswered: ReadonlySet<number>;
}

export class Journal {
  private readonly fd: number;
  private pending: Array<{ answer: JournalAnswer; token?: string; done: () => void; fail: (e: unknown) => void }> = [];
  private flushing: Promise<void> | undefined;

  /** Where tokens go, fsynced before the answers that carry them (set once it is open). */
  tokens: TokenFile | undefined;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    private readonly lock: JournalLock,
  ) {
    this.fd = handle.fd;
  }

  /**
   * A new journal (refusing to overwrite one), or the one to resume (checked against `header`).
   * Locked first (or with `options.lock`, taken earlier by the caller), so that a second run on the
   * same journal is refused before it reads or sends anything; close() releases the lock (a lock
   * the caller gave stays the caller's to release if open fails).
   */
  static async open(path: string, header: JournalHeader, resume: boolean, options: { lock?: JournalLock; locale?: Locale } = {}): Promise<{ journal: Journal; state: JournalState }> {
    const lock = options.lock ?? (await lockJournal(path, options.locale));
    try {
      const exists = await stat(path).then(() => true, () => false);
      if (exists && !resume) {
        throw new UsageError(at(path, undefined, 'a journal of an earlier run is here: add --resume to continue it, or delete it to start over (rows it holds would be sent again)'));
      }
      let state: JournalState = { answered: new Map(), unanswered: new Set() };
      if (exists) state = await readJournal(path, header);
      const handle = await open(path, 'a', 0o600);
      const journal = new Journal(path, handle, lock);
      if (!exists) {
        writeSync(handle.fd, `${JSON.stringify({ t: 'header', version: JOURNAL_VERSION, ...header })}\n`);
        fsyncSync(handle.fd);
      }
      return { journal, state };
    } catch (err) {
      if (!options.lock) await lock.release();
      throw err;
    }
  }

  /** Before a row goes out: a write the kernel keeps even when this process is killed. */
  markSent(row: number): void {
    // A lock taken over as stale means another run may be writing: this one sends no more.
    if (this.lock.lost) throw new Error(`the lock on ${this.path} was lost (${this.lock.lost.message}); --resume sends the rest`);
    writeSync(this.fd, `{"t":"sent","row":${row}}\n`);
  }

  /** Resolves once the answer (and its token) are durable. */
  answered(answer: JournalAnswer, token?: string): Promise<void> {
    return new Promise<void>((done, fail) => {
      this.pending.push({ answer, token, done, fail });
      this.flushing ??= this.flushLoop();
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      try {
        const tokenLines = group.flatMap((g) => (g.token === undefined ? [] : [g.token]));
        if (tokenLines.length > 0 && this.tokens) await this.tokens.append(tokenLines);
        await this.handle.write(group.map((g) => `${JSON.stringify({ t: 'answer', ...g.answer })}\n`).join(''));
        await this.handle.datasync();
        for (const g of group) g.done();
      } catch (err) {
        for (const g of group) g.fail(err);
      }
    }
    this.flushing = undefined;
  }

  async close(): Promise<void> {
    try {
      await this.flushing;
      await this.handle.close();
    } finally {
      await this.lock.release();
    }
  }
}

async function readJournal(path: string, header: JournalHeader): Promise<JournalState> {
  const text = await readFile(path, 'utf8');
  // A line cut short by a crash is dropped (and cut off, so that the next record starts clean).
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) await truncate(path, end);
  const lines = text.slice(0, end).split('\n').filter((l) => l !== '');
  const first = parseLine(lines[0]);
  if (!first || first.t !== 'header' || first.version !== JOURNAL_VERSION) throw new UsageError(at(path, 1, 'is not a rong-http journal'));
  if (first.sha1 !== header.sha1 || first.request !== header.request) {
    throw new UsageError(at(path, 1, `belongs to another run (${String(first.request)} with ${String(first.data)}); the data file or the request changed since`));
  }
  const answered = new Map<number, JournalAnswer>();
  const sent = new Set<number>();
  lines.slice(1).forEach((l, i) => {
    const r = parseLine(l);
    if (!r || typeof r.row !== 'number') throw new UsageError(at(path, i + 2, 'is not a journal record'));
    if (r.t === 'sent') sent.add(r.row);
    else if (r.t === 'answer') answered.set(r.row, r as unknown as JournalAnswer);
  });
  for (const row of answered.keys()) sent.delete(row);
  return { answered, unanswered: sent };
}

function parseLine(line: string | undefined): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(line ?? '');
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
