/**
 * The one send path of a .rong.http document in the editor (Send Request, Send All, the Test
 * Explorer): a request's not-yet-sent dependencies go first, each once per chain; every answer is
 * stored as its request's latest exchange and marked on the file, and judged by the one verdict
 * (core/verdict) that the runner gives too.
 */
import * as vscode from 'vscode';
import { invalid, type CommandEnding } from '../core/commandResult';
import type { AssertionResult, Exchange, RongHttpDocument } from '../core/rongHttp';
import { toLocale } from '../core/text';
import { answerOf, checksOf, verdictOf, type AssertionCheck, type Verdict } from '../core/verdict';
import { planDependencies, type DependencyPlan } from '../language/dependencies';
import { loadRongHttp } from '../services/bundles';
import type { Services } from '../services';
import type { ServiceSendResult } from '../services/requests';
import { isEnding, prepare, sendInput, type LanguageServices, type Prepared } from './rongHttpTarget';

/** A block sent, with its result and, when it has `??` lines and got an answer, their results. */
export interface SentBlock {
  readonly blockIndex: number;
  readonly prepared: Prepared;
  readonly result: ServiceSendResult;
  readonly assertions?: readonly AssertionResult[];
  /** The `??` lines as checks in the UI's language (empty when none were judged). */
  readonly checks: readonly AssertionCheck[];
  /** The one verdict (core/verdict), as the runner gives it. */
  readonly verdict: Verdict;
  readonly ending?: undefined;
}

/** One block of a chain: sent, or why not. */
export type BlockSend =
  | SentBlock
  | { readonly blockIndex: number; readonly ending: CommandEnding; readonly prepared?: undefined; readonly result?: undefined };

/** The answer came (any status): a dependent can read from it. */
export function answered(b: BlockSend): boolean {
  return b.result?.httpStatus !== undefined;
}

function exchangeOf(prepared: Prepared, result: ServiceSendResult): Exchange {
  return {
    request: { headers: result.request.headers, params: prepared.params },
    response: { status: result.httpStatus ?? 0, headers: Object.entries(result.responseHeaders ?? {}), body: result.body?.text ?? '' },
  };
}

export class SendChain {
  /** Each block goes out at most once per chain, however many requests wait for it. */
  private readonly sends = new Map<number, Promise<BlockSend>>();

  constructor(
    private readonly s: Services,
    private readonly lang: LanguageServices,
    readonly document: vscode.TextDocument,
  ) {}

  /** Dependencies first, then the block itself (once). */
  send(blockIndex: number, signal: AbortSignal): Promise<BlockSend> {
    let sending = this.sends.get(blockIndex);
    if (!sending) {
      sending = this.sendOnce(blockIndex, signal);
      this.sends.set(blockIndex, sending);
    }
    return sending;
  }

  /** Sends what the block reads from and has not run yet; the ending says why the block cannot go. */
  async sendDependencies(blockIndex: number, signal: AbortSignal): Promise<CommandEnding | undefined> {
    const doc = this.lang.documents.get(this.document).document;
    const plan = this.plan(blockIndex);
    if ('cycle' in plan) {
      return invalid([], vscode.l10n.t('These requests read from each other in a cycle, so none of them can be sent first: {0}.', plan.cycle.join(' → ')));
    }
    for (const dep of plan.order) {
      const sent = await this.send(dep, signal);
      if (!answered(sent)) {
        const name = doc.blocks[dep]?.name ?? String(dep);
        const why = sent.ending?.message ?? sent.result?.message ?? '';
        return invalid([], vscode.l10n.t('Not sent: it reads from the request "{0}", which got no answer: {1}', name, why));
      }
    }
    return undefined;
  }

  /** What goes before the block: its dependencies with no exchange yet, or the cycle among them. */
  plan(blockIndex: number): DependencyPlan {
    const doc = this.lang.documents.get(this.document).document;
    return planDependencies(loadRongHttp(), doc, blockIndex, this.lang.exchanges.storeFor(this.document.uri));
  }

  /** Sends a prepared request and records its answer: the latest exchange of its name, the marks on its lines. */
  async sendPrepared(prepared: Prepared, signal: AbortSignal): Promise<SentBlock> {
    const result = await this.s.requests.send(sendInput(prepared, signal));
    const blockIndex = prepared.blockIndex;
    const doc = this.lang.documents.get(this.document).document;
    const asserted = (doc.blocks[blockIndex]?.assertions.length ?? 0) > 0;
    const decided = (assertions?: readonly AssertionResult[]): SentBlock => {
      const checks = checksOf(assertions ?? [], toLocale(vscode.env.language));
      return { blockIndex, prepared, result, assertions, checks, verdict: verdictOf({ answer: result, checks, asserted }) };
    };
    if (result.reason !== undefined || result.outcome === 'cancelled') return decided();
    const name = doc.blocks[blockIndex]?.name;
    if (name && result.httpStatus !== undefined) this.lang.exchanges.record(this.document.uri, name, exchangeOf(prepared, result));
    const assertions = this.judge(doc, blockIndex, result);
    this.lang.diagnostics.markResponse(this.document, blockIndex, result.code, result.meaning, assertions);
    if (assertions) this.lang.assertions.show(this.document, blockIndex, assertions);
    return decided(assertions);
  }

  /** The `??` lines of a block against its answer ({{…}} in expected values read the latest exchanges); undefined when it has none or got no answer. */
  private judge(doc: RongHttpDocument, blockIndex: number, result: ServiceSendResult): readonly AssertionResult[] | undefined {
    const assertions = doc.blocks[blockIndex]?.assertions ?? [];
    if (assertions.length === 0 || result.httpStatus === undefined || result.outcome === 'networkError') return undefined;
    const rongHttp = loadRongHttp();
    // The runner's resolver: variables, system variables and the document's latest exchanges.
    const resolve = rongHttp.expectedValueResolver(doc, { exchanges: this.lang.exchanges.storeFor(this.document.uri) });
    return rongHttp.evaluateAssertions(assertions, answerOf(result), resolve);
  }

  private async sendOnce(blockIndex: number, signal: AbortSignal): Promise<BlockSend> {
    const blocked = await this.sendDependencies(blockIndex, signal);
    if (blocked) return { blockIndex, ending: blocked };
    const prepared = prepare(this.s, this.lang, { document: this.document, blockIndex });
    if (isEnding(prepared)) return { blockIndex, ending: prepared };
    return this.sendPrepared(prepared, signal);
  }
}
