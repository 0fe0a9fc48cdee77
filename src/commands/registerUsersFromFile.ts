/**
 * rong.registerUsersFromFile: what `rong-http run … --data users.csv` does, in VS Code. Every row of
 * a CSV or JSON file (columns userId, name, portraitUri) is read and validated first with the
 * runner's own data-file reader and the contract's rules; malformed rows are named before anything
 * is sent. Then the rows go through RequestService (the active profile, the one signing path) under
 * the rate cap with bounded concurrency (core/batch) and a cancellable progress notification, each
 * one journaled with the runner's journal, so that running it again offers Resume. It ends with a
 * Markdown report (never a token) and, for a person, "Save Tokens…" (a 0600 CSV).
 * With `{ data, profile?, skipInvalid?, resume?, rate?, concurrency?, tokens?, stopAfter? }` it asks nothing.
 */
import { unlink } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_BATCH_CONCURRENCY, MAX_RATE_PER_SECOND, runBatch } from '../core/batch';
import { cancelled, invalid, refused, type CommandEnding, type CommandOutcome } from '../core/commandResult';
import { GET_TOKEN } from '../core/contract';
import { toLocale, type Locale } from '../core/text';
import type { Finding } from '../core/validation';
import type { SendOutcome } from '../core/sendResult';
import { codeKey as answerKey, summarize, verdictOf, type CaseStatus, type Tallied } from '../core/verdict';
import type { DataRow, Journal, JournalAnswer, JournalLock, JournalState } from '../runner/bulk';
import type { Services } from '../services';
import { loadBulkModule } from '../services/bundles';
import type { Profile } from '../services/credentials';
import type { ServiceSendResult } from '../services/requests';
import { endCommand, type Caller } from '../views/commandEnding';

const COMMAND = 'rong.registerUsersFromFile';
const USAGE = `${COMMAND} expects { data: string | Uri, profile?: string, skipInvalid?: boolean, resume?: boolean, rate?: number, concurrency?: number, tokens?: string, stopAfter?: number }`;
/** How many malformed rows the question and the result list (the report lists them all). */
const LISTED_ROWS = 5;

export interface RegisterUsersArgs {
  readonly data: string | vscode.Uri;
  readonly profile?: string;
  /** Malformed rows are skipped instead of ending the command as 'invalid'. */
  readonly skipInvalid?: boolean;
  /** Continue the journal of an earlier run of this file (without it an existing journal is refused). */
  readonly resume?: boolean;
  readonly rate?: number;
  readonly concurrency?: number;
  /** Write `userId,token,expiresAt` here (0600), as `--tokens` does; otherwise tokens are not written. */
  readonly tokens?: string;
  /** Stop as Cancel does once this many rows are answered (a partial run to resume later). */
  readonly stopAfter?: number;
}

type RowStatus = 'registered' | 'earlierAttempt' | 'earlierRun' | 'failed' | 'unanswered' | 'notSent' | 'malformed';

interface RowEnding {
  readonly line: number;
  readonly userId: string;
  readonly status: RowStatus;
  readonly outcome?: SendOutcome;
  readonly code?: number;
  readonly httpStatus?: number;
  readonly message: string;
}

interface Job {
  readonly row: DataRow;
  readonly params: ReadonlyArray<readonly [string, string]>;
}

interface Token {
  readonly userId: string;
  readonly token: string;
  readonly expiresAt?: number;
}

export type RegisterUsersResult = CommandEnding & {
  readonly file?: string;
  readonly journal?: string;
  readonly total?: number;
  readonly counts?: Readonly<Record<RowStatus, number>>;
  /** Rows by answer: the code, else `HTTP <status>`, else the outcome. */
  readonly byCode?: Readonly<Record<string, number>>;
  readonly invalidRows?: ReadonlyArray<{ readonly line: number; readonly problem: string }>;
  /** The report document's URI. */
  readonly report?: string;
  readonly elapsedMs?: number;
};

/** Arguments of the wrong type are a programming error: thrown; wrong values are an 'invalid' ending. */
function parseArgs(value: object): RegisterUsersArgs {
  const a = value as Record<string, unknown>;
  if (typeof a.data !== 'string' && !(a.data instanceof vscode.Uri)) throw new TypeError(`${USAGE}: data must be a path or a Uri`);
  for (const k of ['profile', 'tokens'] as const) if (a[k] !== undefined && typeof a[k] !== 'string') throw new TypeError(`${USAGE}: ${k} must be a string when given`);
  for (const k of ['skipInvalid', 'resume'] as const) if (a[k] !== undefined && typeof a[k] !== 'boolean') throw new TypeError(`${USAGE}: ${k} must be a boolean when given`);
  for (const k of ['rate', 'concurrency', 'stopAfter'] as const) if (a[k] !== undefined && typeof a[k] !== 'number') throw new TypeError(`${USAGE}: ${k} must be a number when given`);
  return a as unknown as RegisterUsersArgs;
}

/** The values' problems, each saying what, where and the limit; empty when the arguments can run. */
function argProblems(a: RegisterUsersArgs): string[] {
  const out: string[] = [];
  const whole = (k: 'rate' | 'concurrency' | 'stopAfter', v: number | undefined, min: number, max: number) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) out.push(vscode.l10n.t('{0} is {1}; it is a whole number from {2} to {3}', k, String(v), min, max));
  };
  whole('rate', a.rate, 1, MAX_RATE_PER_SECOND);
  whole('concurrency', a.concurrency, 1, 64);
  whole('stopAfter', a.stopAfter, 1, Number.MAX_SAFE_INTEGER);
  const path = dataPath(a.data);
  if (path === undefined) out.push(vscode.l10n.t('data is not a file on this machine: {0}', String(a.data)));
  else if (!['.csv', '.json'].includes(extname(path).toLowerCase())) out.push(vscode.l10n.t('{0}: a data file is .csv (with a header row) or .json (an array of objects)', path));
  return out;
}

function dataPath(data: string | vscode.Uri): string | undefined {
  if (typeof data === 'string') return data;
  return data.scheme === 'file' ? data.fsPath : undefined;
}

async function pickDataFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Rong: Register Users from File'),
    openLabel: vscode.l10n.t('Register Users'),
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('CSV or JSON')]: ['csv', 'json'] },
  });
  return picked?.[0];
}

/** A row's columns as getToken's parameters (an empty optional value is left out), or its problem. */
function paramsOf(row: DataRow): { params: Array<[string, string]>; problem?: string } {
  if (row.problem) return { params: [], problem: row.problem };
  const known = GET_TOKEN.params.map((p) => p.name);
  const unknown = row.values.find(([k]) => !known.includes(k));
  if (unknown) return { params: [], problem: vscode.l10n.t('column "{0}" is not a parameter of {1} (the columns are {2})', unknown[0], GET_TOKEN.path, known.join(', ')) };
  const params = row.values.filter(([k, v]) => v !== '' || GET_TOKEN.params.find((p) => p.name === k)?.required).map(([k, v]): [string, string] => [k, v]);
  return { params };
}

interface InvalidRow {
  readonly line: number;
  readonly userId: string;
  readonly problem: string;
  readonly findings: readonly Finding[];
}

/** The shared row check (bulk.checkDataRows: the contract's rules, one userId once) over getToken's columns. */
function checkRows(rows: readonly DataRow[], locale: Locale): { jobs: Job[]; invalid: InvalidRow[] } {
  const userIdOf = (row: DataRow) => row.values.find(([k]) => k === GET_TOKEN.labelParam)?.[1] ?? '';
  const { usable, malformed } = loadBulkModule().checkDataRows(rows, (row) => {
    const { params, problem } = paramsOf(row);
    return problem === undefined ? { endpoint: GET_TOKEN, params } : { problem };
  }, locale);
  return {
    jobs: usable.map(({ row, request }) => ({ row, params: request.params })),
    invalid: malformed.map((m) => ({ line: m.row.line, userId: userIdOf(m.row), problem: m.problem, findings: m.findings })),
  };
}

function listRows(file: string, rows: ReadonlyArray<{ line: number; problem: string }>): string {
  const listed = rows.slice(0, LISTED_ROWS).map((r) => `${basename(file)}:${r.line}: ${r.problem}`);
  if (rows.length > LISTED_ROWS) listed.push(vscode.l10n.t('… and {0} more', rows.length - LISTED_ROWS));
  return listed.join('\n');
}

/** A person is asked (nothing is sent before the answer); automation skips only with skipInvalid. */
async function acceptInvalid(caller: Caller, args: RegisterUsersArgs, file: string, rows: ReadonlyArray<{ line: number; problem: string }>): Promise<boolean> {
  if (args.skipInvalid) return true;
  if (caller === 'automation') return false;
  const skip = vscode.l10n.t('Skip Invalid Rows and Continue');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} of {1} has malformed rows; nothing has been sent.', rows.length, basename(file)),
    { modal: true, detail: listRows(file, rows) },
    skip,
  );
  return choice === skip;
}

/** An earlier run's journal: a person chooses; automation resumes only with `resume: true`. */
async function resumeChoice(caller: Caller, args: RegisterUsersArgs, file: string, journalPath: string): Promise<'resume' | 'new' | 'cancel' | 'refuse'> {
  const exists = await vscode.workspace.fs.stat(vscode.Uri.file(journalPath)).then(() => true, () => false);
  if (!exists) return 'new';
  if (args.resume) return 'resume';
  if (caller === 'automation') return 'refuse';
  const resume = vscode.l10n.t('Resume');
  const over = vscode.l10n.t('Start Over');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} has a journal of an earlier run. Resume sends only the rows that got no answer; Start Over sends every row again.', basename(file)),
    { modal: true, detail: journalPath },
    resume,
    over,
  );
  if (choice === over) await unlink(journalPath);
  return choice === resume ? 'resume' : choice === over ? 'new' : 'cancel';
}

interface Run {
  readonly s: Services;
  readonly profile: Profile;
  readonly args: RegisterUsersArgs;
  readonly state: JournalState;
  readonly journal: Journal;
  readonly tokens: Token[];
}

function ending(row: DataRow, params: Job['params'], status: RowStatus, r: Partial<Pick<RowEnding, 'outcome' | 'code' | 'httpStatus'>>, message: string): RowEnding {
  return { line: row.line, userId: params.find(([k]) => k === 'userId')?.[1] ?? '', status, ...r, message };
}

async function sendRow(run: Run, job: Job, signal: AbortSignal): Promise<RowEnding> {
  const bulk = loadBulkModule();
  run.journal.markSent(job.row.index);
  const result: ServiceSendResult = await run.s.requests.send({ profile: run.profile, endpoint: GET_TOKEN, params: job.params, signal });
  // The runner's verdict: a 1004 for a row whose earlier attempt went unanswered is that attempt's success.
  const verdict = verdictOf({ answer: result, checks: [], sentBefore: run.state.unanswered.has(job.row.index) });
  const earlier = verdict.basis === 'earlierAttempt';
  const passed = verdict.passed;
  const fields = { outcome: result.outcome, code: result.code, httpStatus: result.httpStatus };
  if (!bulk.isAnswered(result)) return ending(job.row, job.params, 'unanswered', fields, result.message ?? result.outcome);
  const token = result.outcome === 'success' && result.token ? { userId: result.userId ?? '', token: result.token, expiresAt: result.expiresAt } : undefined;
  if (token) run.tokens.push(token);
  const line = token && run.journal.tokens ? bulk.TokenFile.line(token.userId, token.token, token.expiresAt) : undefined;
  await run.journal.answered({ row: job.row.index, outcome: result.outcome, passed, httpStatus: result.httpStatus, code: result.code, meaning: result.meaning, earlier, ms: Math.round(result.totalMs) }, line);
  const status: RowStatus = earlier ? 'earlierAttempt' : passed ? 'registered' : 'failed';
  return ending(job.row, job.params, status, fields, earlier ? vscode.l10n.t('registered by the earlier attempt') : result.message ?? result.outcome);
}

function fromJournal(job: Job, a: JournalAnswer): RowEnding {
  return ending(job.row, job.params, a.passed ? 'earlierRun' : 'failed', { outcome: a.outcome, code: a.code, httpStatus: a.httpStatus }, vscode.l10n.t('answered in an earlier run: {0}', a.meaning ?? a.outcome));
}

async function sendAll(run: Run, jobs: readonly Job[], abort: AbortController, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<RowEnding[]> {
  const started = performance.now();
  let answered = 0;
  const results = await runBatch(jobs, async (job) => {
    const e = await sendRow(run, job, abort.signal);
    if (e.status !== 'unanswered' && ++answered >= (run.args.stopAfter ?? Infinity)) abort.abort();
    return e;
  }, {
    concurrency: run.args.concurrency ?? DEFAULT_BATCH_CONCURRENCY,
    ratePerSecond: run.args.rate ?? MAX_RATE_PER_SECOND,
    signal: abort.signal,
    onProgress: (done, total) => {
      const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
      progress.report({ increment: 100 / total, message: vscode.l10n.t('{0}/{1} rows · {2}/s', done, total, rate.toFixed(0)) });
    },
  });
  return results.map((r, i) => r.result ?? ending(jobs[i].row, jobs[i].params, 'notSent', {}, r.skipped ? vscode.l10n.t('not sent: cancelled') : vscode.l10n.t('not sent: {0}', r.error instanceof Error ? r.error.message : String(r.error))));
}

function countsOf(rows: readonly RowEnding[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { registered: 0, earlierAttempt: 0, earlierRun: 0, failed: 0, unanswered: 0, notSent: 0, malformed: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** A row as the one summary (core/verdict) counts it: registered rows passed, malformed ones skipped. */
function tallied(r: RowEnding): Tallied {
  const status: CaseStatus = r.status === 'notSent' ? 'notSent' : r.status === 'malformed' ? 'skipped' : r.status === 'failed' || r.status === 'unanswered' ? 'failed' : 'passed';
  return { status, outcome: r.outcome, code: r.code, httpStatus: r.httpStatus };
}

const codeKey = (r: RowEnding): string | undefined => answerKey(tallied(r));

const byCodeOf = (rows: readonly RowEnding[]): Readonly<Record<string, number>> => summarize(rows.map(tallied)).byCode;

/** A table cell from untrusted text (a server's message, a row's value). */
function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[|\\`<>]/g, (c) => `\\${c}`).slice(0, 300);
}

interface ReportInput {
  readonly file: string;
  readonly profile: string;
  readonly journal: string;
  readonly rows: readonly RowEnding[];
  readonly elapsedMs: number;
  readonly stopped: boolean;
}

function reportText(r: ReportInput): string {
  const counts = countsOf(r.rows);
  const sent = r.rows.filter((x) => x.status !== 'earlierRun' && x.status !== 'malformed' && x.status !== 'notSent').length;
  const label: Record<RowStatus, string> = {
    registered: vscode.l10n.t('Registered'),
    earlierAttempt: vscode.l10n.t('Registered by the earlier attempt (1004)'),
    earlierRun: vscode.l10n.t('Answered in an earlier run (not sent again)'),
    failed: vscode.l10n.t('Failed'),
    unanswered: vscode.l10n.t('No answer (Resume sends them again)'),
    notSent: vscode.l10n.t('Not sent'),
    malformed: vscode.l10n.t('Malformed (skipped)'),
  };
  const problems = r.rows.filter((x) => x.status === 'failed' || x.status === 'unanswered' || x.status === 'malformed' || x.status === 'notSent');
  return [
    `# ${vscode.l10n.t('Register Users from File: {0}', cell(basename(r.file)))}`,
    '',
    `- ${vscode.l10n.t('Data file: {0} ({1} rows)', cell(r.file), r.rows.length)}`,
    `- ${vscode.l10n.t('Profile: {0}', cell(r.profile))}`,
    `- ${vscode.l10n.t('Journal: {0}', cell(r.journal))}`,
    `- ${vscode.l10n.t('Sent: {0} in {1} s', sent, (r.elapsedMs / 1000).toFixed(1))}`,
    `- ${r.stopped ? vscode.l10n.t('Stopped before the end: run the command on this file again and choose Resume.') : vscode.l10n.t('Every row was handled.')}`,
    `- ${vscode.l10n.t('Tokens are not in this report.')}`,
    '',
    `## ${vscode.l10n.t('Counts')}`,
    '',
    `| ${vscode.l10n.t('Rows')} | ${vscode.l10n.t('Count')} |`,
    '| --- | ---: |',
    ...(Object.keys(counts) as RowStatus[]).map((k) => `| ${label[k]} | ${counts[k]} |`),
    '',
    `## ${vscode.l10n.t('Summary by code')}`,
    '',
    `| ${vscode.l10n.t('Code')} | ${vscode.l10n.t('Rows')} |`,
    '| --- | ---: |',
    ...Object.entries(byCodeOf(r.rows)).map(([k, n]) => `| ${cell(k)} | ${n} |`),
    '',
    `## ${vscode.l10n.t('Rows not registered')}`,
    '',
    ...(problems.length === 0 ? [vscode.l10n.t('None.')] : [
      `| ${vscode.l10n.t('Line')} | userId | ${vscode.l10n.t('Status')} | ${vscode.l10n.t('Code')} | ${vscode.l10n.t('Message')} |`,
      '| ---: | --- | --- | --- | --- |',
      ...problems.map((x) => `| ${x.line} | ${cell(x.userId)} | ${label[x.status]} | ${cell(codeKey(x) ?? '')} | ${cell(x.message)} |`),
    ]),
    '',
  ].join('\n');
}

async function openReport(s: Services, text: string): Promise<vscode.Uri> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: s.credentials.redact(text) });
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc.uri;
}

async function saveTokens(tokens: readonly Token[], file: string): Promise<void> {
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Save Tokens'),
    defaultUri: vscode.Uri.file(`${file}.tokens.csv`),
    filters: { CSV: ['csv'] },
  });
  if (!target) return;
  const { TokenFile } = loadBulkModule();
  try {
    const out = await TokenFile.open(target.fsPath, false);
    await out.append(tokens.map((t) => TokenFile.line(t.userId, t.token, t.expiresAt)));
    await out.close();
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0} tokens to {1} (readable by you only).', tokens.length, target.fsPath));
  } catch (err) {
    void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
  }
}

/** How the run ended: cancelled, the first failure's outcome and code, or success. */
function outcomeOf(rows: readonly RowEnding[], stopped: boolean): { outcome: CommandOutcome; code?: number } {
  if (stopped) return { outcome: 'cancelled' };
  const failure = rows.find((r) => r.status === 'failed' || r.status === 'unanswered');
  return failure ? { outcome: failure.outcome ?? 'refused', code: failure.code } : { outcome: 'success' };
}

const failedContext = () => ({ title: vscode.l10n.t('Registering users from a file failed'), endpoint: GET_TOKEN });

/** The data file's and the journal's problems (unreadable, another run's journal …) are an 'invalid' ending. */
async function registerFile(s: Services, caller: Caller, args: RegisterUsersArgs): Promise<RegisterUsersResult> {
  const problems = argProblems(args);
  if (problems.length > 0) return endCommand(s, caller, invalid([], problems.join('; ')), failedContext());
  const profile = args.profile ? s.credentials.get(args.profile) : s.credentials.active();
  if (!profile) {
    return endCommand(s, caller, refused('noProfile', args.profile
      ? vscode.l10n.t('No profile named "{0}"', args.profile)
      : vscode.l10n.t('No Rong credentials yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".')), failedContext());
  }
  if (!(await s.credentials.credentials(profile))) {
    return endCommand(s, caller, refused('noSecret', vscode.l10n.t('Profile "{0}" has no App Secret stored. Run "Rong: Set Credentials".', profile.name)), { ...failedContext(), profile: profile.name });
  }
  const { UsageError } = loadBulkModule();
  try {
    return await registerRows(s, caller, args, profile, dataPath(args.data) as string);
  } catch (err) {
    if (err instanceof UsageError) return endCommand(s, caller, invalid([], err.message), { ...failedContext(), profile: profile.name });
    throw err;
  }
}

async function registerRows(s: Services, caller: Caller, args: RegisterUsersArgs, profile: Profile, file: string): Promise<RegisterUsersResult> {
  const bulk = loadBulkModule();
  const locale = toLocale(vscode.env.language);
  const data = await bulk.readDataFile(file, locale);
  const checked = checkRows(data.rows, locale);
  const invalidRows = checked.invalid.map(({ line, problem }) => ({ line, problem }));
  if (invalidRows.length > 0 && !(await acceptInvalid(caller, args, file, invalidRows))) {
    if (caller === 'person') return cancelled();
    const message = `${vscode.l10n.t('{0} malformed rows; nothing was sent.', invalidRows.length)}\n${listRows(file, invalidRows)}`;
    return { ...invalid(checked.invalid.flatMap((r) => r.findings), message), file, total: data.rows.length, invalidRows: invalidRows.slice(0, LISTED_ROWS) };
  }
  const journalPath = `${file}.register.journal`;
  // Locked before the question: Start Over must not delete a journal another run is writing.
  const lock = await bulk.lockJournal(journalPath, locale);
  try {
    return await registerLocked(s, caller, args, profile, file, { data, checked, invalidRows, journalPath, lock });
  } finally {
    await lock.release();
  }
}

interface Checked {
  readonly data: Awaited<ReturnType<ReturnType<typeof loadBulkModule>['readDataFile']>>;
  readonly checked: ReturnType<typeof checkRows>;
  readonly invalidRows: ReadonlyArray<{ line: number; problem: string }>;
  readonly journalPath: string;
  readonly lock: JournalLock;
}

async function registerLocked(s: Services, caller: Caller, args: RegisterUsersArgs, profile: Profile, file: string, c: Checked): Promise<RegisterUsersResult> {
  const bulk = loadBulkModule();
  const { data, checked, invalidRows, journalPath } = c;
  const choice = await resumeChoice(caller, args, file, journalPath);
  if (choice === 'cancel') return cancelled();
  if (choice === 'refuse') {
    return invalid([], vscode.l10n.t('{0}: a journal of an earlier run is here: pass resume: true to continue it, or delete it to start over (rows it holds would be sent again)', journalPath));
  }
  const header = { request: `${COMMAND} ${GET_TOKEN.method} ${GET_TOKEN.path}`, data: basename(file), sha1: data.sha1, rows: data.rows.length };
  const { journal, state } = await bulk.Journal.open(journalPath, header, choice === 'resume', { lock: c.lock });
  const run: Run = { s, profile, args, state, journal, tokens: [] };
  const started = performance.now();
  const abort = new AbortController();
  let rows: RowEnding[];
  try {
    if (args.tokens) journal.tokens = await bulk.TokenFile.open(args.tokens, choice === 'resume');
    const before = checked.jobs.filter((j) => state.answered.has(j.row.index));
    const pending = checked.jobs.filter((j) => !state.answered.has(j.row.index));
    const sent = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Registering users from {0}', basename(file)), cancellable: true },
      (progress, token) => {
        const listener = token.onCancellationRequested(() => abort.abort());
        return sendAll(run, pending, abort, progress).finally(() => listener.dispose());
      },
    );
    rows = [
      ...before.map((j) => fromJournal(j, state.answered.get(j.row.index) as JournalAnswer)),
      ...sent,
      ...checked.invalid.map((i): RowEnding => ({ line: i.line, userId: i.userId, status: 'malformed', message: i.problem })),
    ].sort((a, b) => a.line - b.line);
  } finally {
    await journal.close();
    await journal.tokens?.close();
  }
  const elapsedMs = Math.round(performance.now() - started);
  const stopped = abort.signal.aborted && rows.some((r) => r.status === 'notSent' || r.status === 'unanswered');
  const report = await openReport(s, reportText({ file, profile: profile.name, journal: journalPath, rows, elapsedMs, stopped }));
  const counts = countsOf(rows);
  const summary = vscode.l10n.t('{0}: {1} of {2} rows registered ({3} by an earlier run or attempt), {4} failed, {5} not answered, {6} malformed.',
    basename(file), counts.registered, rows.length, counts.earlierRun + counts.earlierAttempt, counts.failed, counts.unanswered + counts.notSent, counts.malformed);
  s.log.info(summary);
  if (caller === 'person') void presentEnd(summary, run.tokens, file);
  return {
    ...outcomeOf(rows, stopped), findings: [], message: summary,
    file, journal: journalPath, total: rows.length, counts, byCode: byCodeOf(rows), invalidRows: invalidRows.slice(0, LISTED_ROWS), report: report.toString(), elapsedMs,
  };
}

async function presentEnd(summary: string, tokens: readonly Token[], file: string): Promise<void> {
  const save = vscode.l10n.t('Save Tokens…');
  const choice = await vscode.window.showInformationMessage(summary, ...(tokens.length > 0 ? [save] : []));
  if (choice === save) await saveTokens(tokens, file);
}

/** The command's body; registered in extension.ts, loaded from the `commands` bundle on its first run. */
export async function runRegisterUsersFromFile(s: Services, raw?: unknown): Promise<RegisterUsersResult> {
  if (raw instanceof vscode.Uri) return registerFile(s, 'person', { data: raw });
  if (raw !== undefined && raw !== null) {
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError(USAGE);
    return registerFile(s, 'automation', parseArgs(raw));
  }
  const picked = await pickDataFile();
  return picked ? registerFile(s, 'person', { data: picked }) : cancelled();
}
