/** rong.copyAsCurl: the request as a signed cURL command on the clipboard (never the secret). */
import * as vscode from 'vscode';
import { refused, succeeded, type CommandResult } from '../core/commandResult';
import { toCurl } from '../core/request';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';
import { callerOf, checkTargetArgs, isEnding, preparedAt, type LanguageServices } from './rongHttpTarget';

export function registerCopyAsCurl(s: Services, lang: LanguageServices): vscode.Disposable {
  return vscode.commands.registerCommand('rong.copyAsCurl', async (uriArg?: unknown, indexArg?: unknown, via?: unknown): Promise<CommandResult<{ curl?: string }>> => {
    checkTargetArgs('rong.copyAsCurl', uriArg, indexArg);
    const caller = callerOf(indexArg, via);
    const at = await preparedAt(s, lang, uriArg, indexArg);
    if (isEnding(at)) return endCommand(s, caller, at, { title: vscode.l10n.t('Copy as cURL') });
    const { prepared } = at;
    const context = { title: prepared.title, profile: prepared.profile.name, endpoint: prepared.endpoint };
    // The one signing path: the same secret and hosts as a send would use.
    const signed = await s.requests.sign(prepared);
    if (signed.problem !== undefined) return endCommand(s, caller, refused(signed.reason ?? 'noSecret', signed.problem), context);
    const curl = toCurl(signed.request);
    await vscode.env.clipboard.writeText(curl);
    const message = vscode.l10n.t('Copied the request as cURL (signed for its nonce and timestamp; the secret is not in it).');
    void vscode.window.showInformationMessage(message);
    return succeeded(message, { curl });
  });
}
