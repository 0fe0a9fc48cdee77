/** rong.stopSandbox: stops the local sandbox (its state file keeps the registrations). */
import * as vscode from 'vscode';
import { succeeded, type CommandResult } from '../core/commandResult';
import type { Services } from '../services';

export function registerStopSandbox(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.stopSandbox', async (): Promise<CommandResult<{ stopped: boolean }>> => {
    const shared = s.sandbox.endpoint?.shared === true;
    const stopped = await s.sandbox.stop();
    const message = !stopped
      ? vscode.l10n.t('The Rong sandbox is not running.')
      : shared
        ? vscode.l10n.t('This window no longer uses the Rong sandbox of another window; that window keeps it running.')
        : vscode.l10n.t('Rong sandbox stopped.');
    void vscode.window.showInformationMessage(message);
    return succeeded(message, { stopped });
  });
}
