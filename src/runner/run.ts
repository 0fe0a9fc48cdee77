/**
 * A run: the files loaded and checked (every request resolved before anything is sent), the
 * target started (the embedded sandbox, or --base-url with the app's credentials), then the
 * requests sent in file order — or, with --data, the one request once per row — and one report.
 */
import { SandboxServer } from '../sandbox/server';
import type { RunConfig } from './args';
import { runDataFile } from './dataRun';
import { expandPatterns, loadRequestFile, type RequestFile } from './files';
import { RongClient } from './http';
import { send, type RunContext, type RunIo } from './context';
import { checkAssertions, judge, notSent } from './outcome';
import { prepareRequest } from './prepare';
import { summarize, type CaseResult, type RunReport } from './report';
import { at, UsageError } from './usage';
import { say } from './messages';
import type { Locale } from '../core/text';
import { readEnvFile, withVariables } from './variables';
import { exchangeOf, missingDependencies } from './chain';
import { MemoryExchangeStore, expectedValueResolver } from '../core/rongHttp';

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
    };
    const outcome = config.data ? await runDataFile(ctx, files, config.data) : { cases: await runFiles(ctx, files), data: undefined };
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

/** Every request of every file, in order; all resolved first, so that a file error sends nothing. */
async function runFiles(ctx: RunContext, files: readonly RequestFile[]): Promise<CaseResult[]> {
  const { config, io } = ctx;
  const problems: string[] = [];
  const jobs = files.flatMap((file) => {
    const doc = withVariables(file.doc, ctx.envVars, config.vars);
    return file.requests.map((blockIndex) => {
      const p = prepareRequest(doc, blockIndex, ctx.baseUrl, { dotenv: file.dotenv, env: ctx.io.env });
      if (!p.ok) problems.push(at(file.path, p.line, p.message));
      return { file, doc, blockIndex, baseUrl: p.ok ? p.request.baseUrl : undefined, line: p.ok ? p.request.line : 0 };
    });
  });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  for (const w of mixedHostWarnings(jobs, config.locale)) io.note(w);
  io.progress.start(jobs.length);
  const cases: CaseResult[] = [];
  const sent = new Set<string>();
  let stopped: string | undefined;
  const sendBlock = async (job: (typeof jobs)[number], blockIndex: number) => {
    const key = `${job.file.path}#${blockIndex}`;
    if (sent.has(key)) return;
    sent.add(key);
    // Resolved again at sending time: fresh $timestamp, $nonce, $guid, and the latest exchanges.
    const p = prepareRequest(job.doc, blockIndex, ctx.baseUrl, { dotenv: job.file.dotenv, env: ctx.io.env, exchanges: ctx.exchanges });
    if (!p.ok) throw new UsageError(at(job.file.path, p.line, p.message));
    const subject = { file: job.file.path, request: p.request };
    if (io.signal.aborted) stopped = 'interrupted';
    let c: CaseResult;
    if (stopped) c = notSent(subject, stopped);
    else {
      const result = await send(ctx, p.request, io.signal);
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
    for (const dep of missingDependencies(job.doc, job.blockIndex, ctx.exchanges)) await sendBlock(job, dep);
    await sendBlock(job, job.blockIndex);
  }
  io.progress.stop();
  return cases;
}
