/**
 * rong.sendRequest: the request at the cursor, or the one `(uri, blockIndex)` names. A person is
 * warned about error diagnostics first (and may send anyway); code gets 'invalid' with the findings.
 */
import * as vscode from 'vscode';
import { fromSend, invalid, type SendCommandResult } from '../core/commandResult';
import type { SendResult } from '../core/sendResult';
import { validateParams } from '../core/validation';
import type { Services } from '../services';
import { endCommand, type Caller } from '../views/commandEnding';
import { findingsText } from '../views/outcomeText';
import { withCancellableProgress } from '../views/progress';
import { SendChain } from './sendChain';
import { blockIndexOf, callerOf, checkTargetArgs, errorsIn, isEnding, playgroundArgs, prepare, targetOf, type LanguageServices, type Prepared, type Target } from './rongHttpTarget';

/** A person decides whether a request with problems goes out; code never sends one. */
async function checkBeforeSending(lang: LanguageServices, caller: Caller, target: Target, prepared: Prepared): Promise<SendCommandResult | 'send' | undefined> {
  if (caller === 'automation') {
    const findings = validateParams(prepared.endpoint, prepared.params);
    return findings.length > 0 ? invalid(findings, findingsText(findings)) : 'send';
  }
  const errors = errorsIn(lang, target, prepared.blockIndex);
  if (errors.length === 0) return 'send';
  const anyway = vscode.l10n.t('Send Anyway');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('This request has {0} problem(s): {1}', errors.length, errors.slice(0, 3).join('; ')),
    anyway,
  );
  return choice === anyway ? 'send' : undefined;
}

async function showResponse(s: Services, lang: LanguageServices, prepared: Prepared, result: SendResult): Promise<void> {
  if (s.settings.current.responseView === 'playground') {
    await vscode.commands.executeCommand('rong.playground.showResult', playgroundArgs(prepared), result);
  } else {
    await lang.responses.show(result, prepared.title);
  }
}

export function registerSendRequest(s: Services, lang: LanguageServices): vscode.Disposable {
  return vscode.commands.registerCommand('rong.sendRequest', async (uriArg?: unknown, indexArg?: unknown, via?: unknown): Promise<SendCommandResult> => {
    checkTargetArgs('rong.sendRequest', uriArg, indexArg);
    const caller = callerOf(indexArg, via);
    const title = { title: vscode.l10n.t('Send Request') };
    const target = await targetOf(uriArg, indexArg);
    if (isEnding(target)) return endCommand(s, caller, target, title);
    const chain = new SendChain(s, lang, target.document);
    const blockIndex = blockIndexOf(lang, target);
    // What the request reads from and has not run yet goes first (each once), then the request is prepared with it.
    const plan = chain.plan(blockIndex);
    if ('cycle' in plan || plan.order.length > 0) {
      const blocked = await withCancellableProgress(vscode.l10n.t('Sending the requests it reads from first…'), (signal) => chain.sendDependencies(blockIndex, signal));
      if (blocked) return endCommand(s, caller, blocked, title);
    }
    const prepared = prepare(s, lang, { document: target.document, blockIndex });
    if (isEnding(prepared)) return endCommand(s, caller, prepared, title);
    const context = { title: prepared.title, profile: prepared.profile.name, endpoint: prepared.endpoint };
    const check = await checkBeforeSending(lang, caller, target, prepared);
    if (check === undefined) return { outcome: 'cancelled', findings: [], message: 'not sent: the person chose not to send a request with problems' };
    if (check !== 'send') return endCommand(s, caller, check, context);
    const { result: sent } = await withCancellableProgress(
      vscode.l10n.t('Sending {0}…', prepared.title),
      (signal) => chain.sendPrepared(prepared, signal),
    );
    // A refusal before the client (no secret, no host) has no response to show.
    if (sent.reason === undefined) await showResponse(s, lang, prepared, sent);
    return endCommand(s, caller, fromSend(sent), context);
  });
}
