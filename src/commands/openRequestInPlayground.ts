/** rong.openRequestInPlayground: the request at the cursor (or `(uri, blockIndex)`) in the playground's form. */
import * as vscode from 'vscode';
import { succeeded, type CommandEnding } from '../core/commandResult';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';
import { callerOf, checkTargetArgs, isEnding, playgroundArgs, preparedAt, type LanguageServices } from './rongHttpTarget';

export function registerOpenRequestInPlayground(s: Services, lang: LanguageServices): vscode.Disposable {
  return vscode.commands.registerCommand('rong.openRequestInPlayground', async (uriArg?: unknown, indexArg?: unknown, via?: unknown): Promise<CommandEnding> => {
    checkTargetArgs('rong.openRequestInPlayground', uriArg, indexArg);
    const caller = callerOf(indexArg, via);
    const at = await preparedAt(s, lang, uriArg, indexArg);
    if (isEnding(at)) return endCommand(s, caller, at, { title: vscode.l10n.t('Open Request in Playground') });
    const opened = await vscode.commands.executeCommand<CommandEnding | undefined>('rong.openPlayground', playgroundArgs(at.prepared));
    return opened ?? succeeded(vscode.l10n.t('Opened {0} in the playground.', at.prepared.title), {});
  });
}
