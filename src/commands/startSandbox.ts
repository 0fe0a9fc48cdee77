/** rong.startSandbox: the local Rong-compatible server in the extension host, and its profile made active. */
import * as vscode from 'vscode';
import { refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';

type Started = CommandEnding | CommandResult<{ url: string; appKey: string; shared: boolean }>;

export function registerStartSandbox(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.startSandbox', async (raw?: unknown): Promise<Started> => {
    if (raw !== undefined && !(raw instanceof vscode.Uri) && (typeof raw !== 'object' || raw === null || Object.keys(raw).length > 0)) {
      throw new TypeError('rong.startSandbox takes no arguments');
    }
    const caller = raw === undefined || raw instanceof vscode.Uri ? 'person' : 'automation';
    try {
      const started = await s.sandbox.start();
      const message = started.shared
        ? vscode.l10n.t('Using the Rong sandbox another window runs at {0} (App Key {1}); profile "sandbox" is active.', started.url, started.appKey)
        : vscode.l10n.t('Rong sandbox running at {0} (App Key {1}); profile "sandbox" is active.', started.url, started.appKey);
      void vscode.window.showInformationMessage(message);
      return succeeded(message, started);
    } catch (err) {
      s.log.error(`sandbox did not start: ${String(err)}`);
      const message = vscode.l10n.t('The Rong sandbox did not start: {0}', err instanceof Error ? err.message : String(err));
      return endCommand(s, caller, refused('sandbox', message), { title: vscode.l10n.t('Rong: Start Local Sandbox') });
    }
  });
}
