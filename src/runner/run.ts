/**
 * A run: the files loaded and checked (every request resolved before anything is sent), the
 * target started (the embedded sandbox, or --base-url with the app's credentials), then the
 * requests sent in file order — or, with --data, the one request once per row — and one report.
 */
import { SandboxServer } from '../sandbox/server';
import type { RunConfig } from './args';
import { runDataFile } from './dataRun';
import { expandPatterns, loadRequestFile, type RequestFile } from './files';
import { RongClient, type SendResult } from './http';
import { SecretRefusal, secretPlaceOf, send, type RunContext, type RunIo } from './context';
import { checkAssertions, judge, notSent } from './outcome';
import { prepareRequest, type PreparedRequest } from './prepare';
import type { CaseResult, RunReport } from './report';
import { summarize } from '../core/verdict';
import { at, UsageError } from './usage';
import { say } from './messages';
import type { Locale } from '../core/text';
import { readEnvFile, withVariables } from './variables';
import { exchangeOf } from './chain';
import { MemoryExchangeStore, expectedValueResolver, nameDiagnostics, planDependencies, type ExchangeStore, type RongHttpDocument } from '../core/rongHttp';

/** A file written for a local sandbox that also names a real host could register real users. */
function mixedHostWarnings(jobs: ReadonlyArray<{ file: RequestFile; baseUrl?: string; line: number }>, locale: Locale): string[] {
  const local = (base: string) => /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(base);
  const out: string[] = [];
  for (const file of new Set(jobs.map((j) => j.file))) {
    const mine = jobs.filter((j) => j.file === file && j.baseUrl !== undefined);
    if (!mine.some((j) => local(j.baseUrl as string))) continue;
    for (const j of mine) if (!local(j.baseUrl as string)) out.push(at(file.path, j.line, say('realHost', locale, { host: new URL(j.baseUrl as string).host })));
  }
  return out;
}

export async function run(config: RunConfig, io: RunIo): Promise<RunReport> {
  const startedAt = new Date();
  const t0 = performance.now();
  const paths = await expandPatterns(config.patterns, io.cwd, config.locale);
  const files: RequestFile[] = [];
  for (const p of paths) files.push(await loadRequestFile(p, io.cwd, config.locale));
  const envVars = config.envFile ? await readEnvFile(config.envFile) : [];
  const repeated = duplicateNameProblems(files, config.locale);
  if (repeated.length > 0) throw new UsageError(repeated.join('\n'));
  const sandbox = config.target.kind === 'sandbox' ? await SandboxServer.start() : undefined;
  const client = new RongClient({ timeoutMs: config.timeoutMs, retries: config.retries, locale: config.locale });
  try {
    const target = config.target;
    const ctx: RunContext = {
      config,
      io,
      client,
      credentials: sandbox ? sandbox.apps[0] : target.kind === 'remote' ? { appKey: target.appKey, appSecret: target.appSecret } : { appKey: '', appSecret: '' },
      baseUrl: sandbox ? sandbox.url : target.kind === 'remote' ? target.baseUrl : undefined,
      envVars,
      exchanges: new MemoryExchangeStore(),
      refusals: [],
    };
    const outcome = config.data ? await runDataFile(ctx, files, config.data) : { cases: await runFiles(ctx, files), data: undefined };
    // A data row the last guard refused: the rows run concurrently, so the refusal is reported once they end.
    const refusal = ctx.refusals[0];
    if (refusal) throw new UsageError(at(files[0].path, refusal.line, say('secretRefused', config.locale, { place: refusal.place })));
    const cases = outcome.cases;
    return {
      tool: 'rong-http',
      version: io.version,
      startedAt: startedAt.toISOString(),
      totalMs: Math.round(performance.now() - t0),
      target: sandbox ? `sandbox ${new URL(sandbox.url).host}` : (ctx.baseUrl ?? 'hosts named in the files'),
      files: files.map((f) => f.path),
      data: outcome.data,
      interrupted: io.signal.aborted,
      summary: summarize(cases),
      cases,
    };
  } finally {
    await client.close();
    await sandbox?.stop();
  }
}

/** Work done between two looks at the signal: a 100,000-request file still answers Ctrl+C at once. */
const YIELD_EVERY = 500;
const yieldToSignals = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A file whose requests share a `# @name` is refused before anything is sent, naming both lines. */
function duplicateNameProblems(files: readonly RequestFile[], locale: Locale): string[] {
  return files.flatMap((file) =>
    nameDiagnostics(file.doc, locale).map((d) => at(file.path, d.range.startLine + 1, d.message)),
  );
}

interface Job {
  readonly file: RequestFile;
  readonly doc: RongHttpDocument;
  readonly blockIndex: number;
  /** As first prepared: what a request that is never sent is reported as. */
  readonly request?: PreparedRequest;
}

/** Every request prepared (nothing sent): file errors, secrets, cycles and the --base-url check, all at once. */
async function prepareJobs(ctx: RunContext, files: readonly RequestFile[]): Promise<Job[] | undefined> {
  const { config, io } = ctx;
  const problems: string[] = [];
  const jobs: Job[] = [];
  for (const file of files) {
    const doc = withVariables(file.doc, ctx.envVars, config.vars);
    for (const blockIndex of file.requests) {
      if (jobs.length % YIELD_EVERY === 0) await yieldToSignals();
      if (io.signal.aborted) return undefined;
      const p = prepareRequest(doc, blockIndex, ctx.baseUrl, { dotenv: file.dotenv, env: io.env });
      if (!p.ok) problems.push(at(file.path, p.line, p.message));
      const place = p.ok ? secretPlaceOf(ctx, p.request) : undefined;
      if (p.ok && place) problems.push(at(file.path, p.request.line, say('secretRefused', config.locale, { place })));
      const plan = planDependencies(doc, blockIndex, EMPTY_STORE);
      if ('cycle' in plan) problems.push(at(file.path, p.ok ? p.request.line : p.line, say('requestCycle', config.locale, { cycle: plan.cycle.join(' → ') })));
      jobs.push({ file, doc, blockIndex, request: p.ok ? p.request : undefined });
    }
  }
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return jobs;
}

const EMPTY_STORE: ExchangeStore = { get: () => undefined, set: () => undefined };

/** Every request of every file, in order; all resolved first, so that a file error sends nothing. */
async function runFiles(ctx: RunContext, files: readonly RequestFile[]): Promise<CaseResult[]> {
  const { config, io } = ctx;
  const jobs = await prepareJobs(ctx, files);
  if (!jobs) return [];
  for (const w of mixedHostWarnings(jobs.map((j) => ({ file: j.file, baseUrl: j.request?.baseUrl, line: j.request?.line ?? 0 })), config.locale)) io.note(w);
  io.progress.start(jobs.length);
  const cases: CaseResult[] = [];
  const sent = new Set<string>();
  let stopped: string | undefined;
  const sendBlock = async (job: Job, blockIndex: number) => {
    const key = `${job.file.path}#${blockIndex}`;
    if (sent.has(key)) return;
    sent.add(key);
    if (io.signal.aborted) stopped = 'interrupted';
    // What is never sent is reported as first prepared: stopping a long run costs no resolving.
    if (stopped && blockIndex === job.blockIndex && job.request) {
      const c = notSent({ file: job.file.path, request: job.request }, stopped);
      cases.push(c);
      io.progress.done(c);
      return;
    }
    // Resolved again at sending time: fresh $timestamp, $nonce, $guid, and the latest exchanges.
    const p = prepareRequest(job.doc, blockIndex, ctx.baseUrl, { dotenv: job.file.dotenv, env: ctx.io.env, exchanges: ctx.exchanges });
    if (!p.ok) throw new UsageError(at(job.file.path, p.line, p.message));
    const subject = { file: job.file.path, request: p.request };
    let c: CaseResult;
    if (stopped) c = notSent(subject, stopped);
    else {
      const result = await sendGuarded(ctx, job.file, p.request);
      const block = job.doc.blocks[blockIndex];
      if (block.name) ctx.exchanges.set(block.name, exchangeOf(p.request, result));
      // Expected values may read this very exchange ({{me.response…}}), so they resolve after it is stored.
      const resolve = expectedValueResolver(job.doc, { dotenv: job.file.dotenv, env: ctx.io.env, exchanges: ctx.exchanges });
      c = judge(subject, result, checkAssertions(block.assertions, result, resolve, config.locale));
    }
    cases.push(c);
    io.progress.done(c);
    if (config.bail && c.status === 'failed') stopped ??= '--bail: an earlier request failed';
  };
  for (const job of jobs) {
    if (!stopped && !io.signal.aborted) {
      const plan = planDependencies(job.doc, job.blockIndex, ctx.exchanges);
      if ('cycle' in plan) throw new UsageError(at(job.file.path, job.request?.line, say('requestCycle', config.locale, { cycle: plan.cycle.join(' → ') })));
      for (const dep of plan.order) await sendBlock(job, dep);
    }
    await sendBlock(job, job.blockIndex);
  }
  io.progress.stop();
  return cases;
}

/** The last guard's refusal, named by file and line: the run ends with exit 2. */
async function sendGuarded(ctx: RunContext, file: RequestFile, request: PreparedRequest): Promise<SendResult> {
  try {
    return await send(ctx, request, ctx.io.signal);
  } catch (err) {
    if (err instanceof SecretRefusal) throw new UsageError(at(file.path, err.line, say('secretRefused', ctx.config.locale, { place: err.place })));
    throw err;
  }
}
