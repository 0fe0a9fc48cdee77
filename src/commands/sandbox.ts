/** rong.startSandbox / rong.stopSandbox: the local Rong-compatible server in the extension host. */
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerSandboxCommands(s: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('rong.startSandbox', async () => {
      const started = await s.sandbox.start();
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Rong sandbox running at {0} (App Key {1}); profile "sandbox" is active.', started.url, started.appKey),
      );
      return started;
    }),
    vscode.commands.registerCommand('rong.stopSandbox', async () => {
      const stopped = await s.sandbox.stop();
      void vscode.window.showInformationMessage(
        stopped ? vscode.l10n.t('Rong sandbox stopped.') : vscode.l10n.t('The Rong sandbox is not running.'),
      );
      return stopped;
    }),
  ];
}
