/**
 * rong.sendAllRequests: every request of a file with bounded concurrency (≤ 200/s), each after the
 * requests it reads from (sent once), then a summary by code. Each request is judged by the one
 * verdict (core/verdict: `??` lines when it has them, as rong-http run judges it); the outcome is
 * the first failed request's (in file order), and its failed `??` lines are named as file:line.
 */
import * as vscode from 'vscode';
import { DEFAULT_BATCH_CONCURRENCY, runBatch } from '../core/batch';
import { invalid, type CommandEnding, type CommandResult, type CommandOutcome } from '../core/commandResult';
import type { SendResult } from '../core/sendResult';
import { failedLineText, summarize as summarizeCases, type AssertionCheck, type Verdict } from '../core/verdict';
import { loadRongHttp } from '../services/bundles';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';
import { withCancellableProgress } from '../views/progress';
import { isEnding, targetOf, type LanguageServices, type Target } from './rongHttpTarget';
import { SendChain } from './sendChain';

type Row =
  | { readonly blockIndex: number; readonly title: string; readonly result: SendResult; readonly verdict: Verdict; readonly checks: readonly AssertionCheck[] }
  | { readonly blockIndex: number; readonly ending: CommandEnding };

export interface BatchSummary {
  readonly sent: number;
  readonly succeeded: number;
  readonly failed: number;
  /** Every request that went out, keyed as the runner's report (core/verdict codeKey). */
  readonly byCode: Readonly<Record<string, number>>;
  /** Each `??` line that did not hold, as the runner names it: "file:line: expected …, got …". */
  readonly failedAssertions: readonly string[];
  readonly totalMs: number;
  readonly requests: ReadonlyArray<Record<string, unknown>>;
}

/** How many failed `??` lines the notification names. */
const SHOWN_FAILED_LINES = 3;

function sendEach(s: Services, lang: LanguageServices, target: Target, indexes: readonly number[], concurrency: number): Promise<Row[]> {
  return withCancellableProgress(vscode.l10n.t('Sending {0} requests…', indexes.length), async (signal, report) => {
    // One chain for the batch: a request that others read from goes out once, before them.
    const chain = new SendChain(s, lang, target.document);
    const outcomes = await runBatch(indexes, async (blockIndex): Promise<Row> => {
      const sent = await chain.send(blockIndex, signal);
      if (sent.ending) return { blockIndex, ending: sent.ending };
      return { blockIndex, title: sent.prepared.title, result: sent.result, verdict: sent.verdict, checks: sent.checks };
    }, { concurrency, signal, onProgress: report });
    return outcomes.map((o) => o.result ?? { blockIndex: indexes[o.index], ending: { outcome: 'cancelled', findings: [], message: o.skipped ? 'cancelled' : String(o.error) } });
  });
}

function summarize(lang: LanguageServices, target: Target, rows: readonly Row[], started: number): BatchSummary & { outcome: CommandOutcome; code?: number } {
  const { document: doc } = lang.documents.get(target.document);
  const file = target.document.uri.path.split('/').pop() ?? target.document.uri.path;
  const counts = summarizeCases(rows.map((r) => ('result' in r ? { ...r.result, status: r.verdict.passed ? 'passed' : 'failed' } : { status: 'notSent' })));
  const firstFailure = rows.find((r) => !('result' in r) || !r.verdict.passed);
  const failure = firstFailure && ('result' in firstFailure ? firstFailure.result : firstFailure.ending);
  // A request the server answered as asked for but whose `??` lines failed ended in its assertions, not in success.
  const outcome: CommandOutcome | undefined = failure?.outcome === 'success' ? 'assertionFailed' : failure?.outcome;
  return {
    outcome: outcome ?? 'success',
    code: failure?.code,
    sent: rows.length,
    succeeded: counts.passed,
    failed: rows.length - counts.passed,
    byCode: counts.byCode,
    failedAssertions: rows.flatMap((r) => ('result' in r ? r.verdict.failed.map((c) => failedLineText(file, c)) : [])),
    totalMs: Math.round(performance.now() - started),
    requests: rows.map((r) => {
      const line = doc.blocks[r.blockIndex].startLine + 1;
      if (!('result' in r)) return { line, notSent: r.ending.message };
      const x = r.result;
      const checks = r.checks.length > 0 ? { assertions: r.checks.map(({ line: at, text, passed, expected, actual }) => ({ line: at, text, passed, expected, actual })) } : {};
      return { line, request: r.title, passed: r.verdict.passed, outcome: x.outcome, httpStatus: x.httpStatus, code: x.code, meaning: x.meaning, userId: x.userId, ms: Math.round(x.totalMs), ...checks };
    }),
  };
}

function parseOptions(options: unknown): number {
  if (options === undefined || options === null) return DEFAULT_BATCH_CONCURRENCY;
  const c = (options as { concurrency?: unknown }).concurrency;
  if (typeof options !== 'object' || (c !== undefined && (typeof c !== 'number' || !Number.isInteger(c) || c < 1))) {
    throw new TypeError('rong.sendAllRequests expects (uri?, { concurrency?: positive integer })');
  }
  return typeof c === 'number' ? c : DEFAULT_BATCH_CONCURRENCY;
}

/** The body of rong.sendAllRequests, in the lazily loaded `commands` bundle (extension.ts registers it). */
export async function runSendAllRequests(s: Services, lang: LanguageServices, uriArg?: unknown, options?: unknown): Promise<CommandResult<Partial<BatchSummary>>> {
  // Menus pass (uri, context): only a plain options object is ours.
  const concurrency = options instanceof vscode.Uri ? DEFAULT_BATCH_CONCURRENCY : parseOptions(options);
  // Code that wants no notifications passes options; menus and the palette never do.
  const caller = typeof options === 'object' && options !== null && 'concurrency' in options ? 'automation' : 'person';
  const context = { title: vscode.l10n.t('Send All Requests') };
  const target = await targetOf(uriArg, undefined);
  if (isEnding(target)) return endCommand(s, caller, target, context);
  const indexes = loadRongHttp().requestBlockIndexes(lang.documents.get(target.document).document);
  if (indexes.length === 0) return endCommand(s, caller, invalid([], vscode.l10n.t('This file has no requests.')), context);
  const started = performance.now();
  const summary = summarize(lang, target, await sendEach(s, lang, target, indexes, concurrency), started);
  await lang.responses.show({ ...summary, outcome: undefined, code: undefined }, `${target.document.uri.path.split('/').pop()}-summary`);
  const byCode = Object.entries(summary.byCode).map(([k, n]) => `${k} ×${n}`).join(', ');
  const counted = vscode.l10n.t('Sent {0} requests: {1} succeeded, {2} failed{3}.', summary.sent, summary.succeeded, summary.failed, byCode ? ` (${byCode})` : '');
  const message = [counted, ...summary.failedAssertions].join('\n');
  // A notification is one line: the first failed `??` lines, the rest in the summary document.
  const shown = summary.failedAssertions.slice(0, SHOWN_FAILED_LINES).join('; ');
  const more = summary.failedAssertions.length > SHOWN_FAILED_LINES ? ' …' : '';
  const text = shown ? `${counted} ${shown}${more}` : counted;
  void (summary.failed > 0 ? vscode.window.showWarningMessage(text) : vscode.window.showInformationMessage(text));
  return { ...summary, findings: [], message };
}
