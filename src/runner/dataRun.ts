/**
 * --data: the file's one request once per row, the row's columns as variables. Every row is
 * resolved and validated (validateParams against the request's endpoint) before anything is sent;
 * malformed rows stop the run with their lines (exit 2) unless --skip-invalid. Rows go out with
 * bounded concurrency under the rate cap (core/batch), each journaled (journal.ts) so that
 * --resume sends only what never got its answer.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { runBatch } from '../core/batch';
import type { DataOptions } from './args';
import { checkDataRows, readDataFile, type DataRow } from './data';
import type { SendResult } from './http';
import { isAnswered, Journal, type JournalAnswer, type JournalHeader, type JournalState } from './journal';
import { lockJournal } from './journalLock';
import { say } from './messages';
import { checkAssertions, judge, subjectFields } from './outcome';
import { prepareRequest, type PreparedRequest } from './prepare';
import { actualOf, type AssertionCheck, type CaseResult, type RunReport } from './report';
import { send, type RunContext } from './context';
import type { RequestFile } from './files';
import { TokenFile } from './tokens';
import { at, UsageError } from './usage';
import { withVariables } from './variables';
import { expectedValueResolver } from '../core/rongHttp';
import type { Locale } from '../core/text';

/** How many malformed rows the error lists before "… and N more". */
const LISTED_ROWS = 20;

interface RowJob {
  readonly row: DataRow;
  readonly request: PreparedRequest;
}

export async function runDataFile(ctx: RunContext, files: readonly RequestFile[], options: DataOptions): Promise<{ cases: CaseResult[]; data: RunReport['data'] }> {
  const file = theRequestFile(files);
  const blockIndex = file.requests[0];
  const data = await readDataFile(options.file, ctx.config.locale);
  const docOf = (row: DataRow) => withVariables(file.doc, ctx.envVars, [...row.values, ...ctx.config.vars]);
  const { jobs, invalid } = checkRows(ctx, file, data.rows, (row) => prepareRequest(docOf(row), blockIndex, ctx.baseUrl, { dotenv: file.dotenv, env: ctx.io.env }));
  if (invalid.length > 0 && !options.skipInvalid) {
    const listed = invalid.slice(0, LISTED_ROWS).map((i) => at(data.path, i.row.line, i.message));
    if (invalid.length > LISTED_ROWS) listed.push(`… and ${invalid.length - LISTED_ROWS} more`);
    throw new UsageError([...listed, say('invalidRows', ctx.config.locale, { count: invalid.length })].join('\n'));
  }
  const journalPath = options.journal ?? `${ctx.config.output ?? data.path}.journal`;
  ctx.io.note(say('journalAt', ctx.config.locale, { path: journalPath }));
  const header = { request: `${basename(file.path)}:${jobs[0]?.request.line ?? 0}`, data: basename(data.path), sha1: data.sha1, rows: data.rows.length };
  const { journal, state } = await openJournal(journalPath, header, options, ctx.config.locale);
  try {
    if (options.tokens) journal.tokens = await TokenFile.open(options.tokens, options.resume);
    const before = jobs.filter((j) => state.answered.has(j.row.index));
    const pending = jobs.filter((j) => !state.answered.has(j.row.index));
    if (options.resume) ctx.io.note(say('resumed', ctx.config.locale, { answered: before.length, pending: pending.length }));
    // A row's `??` assertions see the row's variables in their expected values.
    const assess: Assess = (row, result) =>
      checkAssertions(file.doc.blocks[blockIndex].assertions, result, expectedValueResolver(docOf(row), { dotenv: file.dotenv, env: ctx.io.env, exchanges: ctx.exchanges }), ctx.config.locale);
    const sent = await sendRows(ctx, file, pending, state, journal, options, (row) => prepareRequest(docOf(row), blockIndex, ctx.baseUrl, { dotenv: file.dotenv, env: ctx.io.env }), assess);
    const cases = [
      ...before.map((j) => fromJournal(file.path, j, state.answered.get(j.row.index) as JournalAnswer)),
      ...sent,
      ...invalid.map((i): CaseResult => ({ ...i.fields, actual: 'malformed', status: 'skipped', message: i.message })),
    ].sort((a, b) => (a.row?.index ?? 0) - (b.row?.index ?? 0));
    return {
      cases,
      data: { file: data.path, rows: data.rows.length, journal: journalPath, answeredBefore: before.length, skippedInvalid: invalid.length },
    };
  } finally {
    await journal.close();
    await journal.tokens?.close();
  }
}

/** The journal, locked before anything else is looked at, so that a second run is refused by name. */
async function openJournal(path: string, header: JournalHeader, options: DataOptions, locale: Locale): Promise<{ journal: Journal; state: JournalState }> {
  const lock = await lockJournal(path, locale);
  try {
    if (options.tokens && !options.resume && (await exists(options.tokens))) {
      throw new UsageError(at(options.tokens, undefined, 'exists already: tokens are never overwritten (move it away, or --resume the run that wrote it)'));
    }
    return await Journal.open(path, header, options.resume, { lock });
  } catch (err) {
    await lock.release();
    throw err;
  }
}

function theRequestFile(files: readonly RequestFile[]): RequestFile {
  const count = files.reduce((n, f) => n + f.requests.length, 0);
  if (files.length !== 1 || count !== 1) {
    throw new UsageError(`--data runs one request once per row; ${files.map((f) => `${f.path} has ${f.requests.length}`).join(', ')}`);
  }
  return files[0];
}

type Prepare = (row: DataRow) => ReturnType<typeof prepareRequest>;
type Assess = (row: DataRow, result: SendResult) => AssertionCheck[];

interface InvalidRow {
  readonly row: DataRow;
  readonly message: string;
  readonly fields: Omit<CaseResult, 'actual' | 'status' | 'message'>;
}

/** The shared row check (data.ts); a row that fails to resolve is named with the request's line. */
function checkRows(ctx: RunContext, file: RequestFile, rows: readonly DataRow[], prepare: Prepare): { jobs: RowJob[]; invalid: InvalidRow[] } {
  const line = file.doc.blocks[file.requests[0]].request?.range.startLine ?? 0;
  const bare = { file: file.path, line: line + 1, title: file.doc.blocks[file.requests[0]].name ?? `line ${line + 1}`, endpoint: '', expected: 'code 200' };
  const { usable, malformed } = checkDataRows<PreparedRequest>(rows, (row) => {
    const p = prepare(row);
    return p.ok ? p.request : { problem: `${p.message} (${file.path}:${p.line})` };
  }, ctx.config.locale);
  return {
    jobs: usable,
    invalid: malformed.map((m) => {
      const where = { index: m.row.index, line: m.row.line };
      return { row: m.row, message: m.problem, fields: m.request ? subjectFields({ file: file.path, request: m.request, row: where }) : { ...bare, row: where } };
    }),
  };
}

async function sendRows(
  ctx: RunContext,
  file: RequestFile,
  jobs: readonly RowJob[],
  state: JournalState,
  journal: Journal,
  options: DataOptions,
  prepare: Prepare,
  assess: Assess,
): Promise<CaseResult[]> {
  ctx.io.progress.start(jobs.length);
  const results = await runBatch(jobs, async (job) => {
    // Resolved again at sending time: fresh system variables for each row.
    const p = prepare(job.row);
    const request = p.ok ? p.request : job.request;
    const subject = { file: file.path, request, row: { index: job.row.index, line: job.row.line }, sentBefore: state.unanswered.has(job.row.index) };
    journal.markSent(job.row.index);
    const result = await send(ctx, request, ctx.io.signal);
    const c = judge(subject, result, assess(job.row, result));
    if (isAnswered(result)) {
      const token = journal.tokens && result.outcome === 'success' && result.token ? TokenFile.line(result.userId ?? c.label ?? '', result.token, result.expiresAt) : undefined;
      await journal.answered(toAnswer(job.row.index, c), token);
    }
    ctx.io.progress.done(c);
    return c;
  }, {
    concurrency: options.concurrency,
    ratePerSecond: options.rate === 0 ? undefined : options.rate,
    unlimited: options.rate === 0,
    signal: ctx.io.signal,
  });
  ctx.io.progress.stop();
  return results.map((r, i) => r.result ?? {
    ...subjectFields({ file: file.path, request: jobs[i].request, row: { index: jobs[i].row.index, line: jobs[i].row.line } }),
    actual: 'not sent',
    status: 'notSent',
    message: r.skipped ? 'interrupted' : `not sent: ${r.error instanceof Error ? r.error.message : String(r.error)}`,
  });
}

function toAnswer(row: number, c: CaseResult): JournalAnswer {
  return { row, outcome: c.outcome ?? 'refused', passed: c.status === 'passed', httpStatus: c.httpStatus, code: c.code, meaning: c.meaning, earlier: c.note === 'earlierAttempt', ms: c.ms };
}

function fromJournal(path: string, job: RowJob, a: JournalAnswer): CaseResult {
  return {
    ...subjectFields({ file: path, request: job.request, row: { index: job.row.index, line: job.row.line } }),
    actual: actualOf(a),
    status: a.passed ? 'passed' : 'failed',
    outcome: a.outcome,
    httpStatus: a.httpStatus,
    code: a.code,
    meaning: a.meaning,
    message: a.passed ? 'answered in an earlier run' : `answered in an earlier run: ${a.meaning ?? a.outcome}`,
    ms: a.ms,
    note: a.earlier ? 'earlierAttempt' : 'earlierRun',
  };
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
