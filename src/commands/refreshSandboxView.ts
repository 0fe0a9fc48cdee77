/** rong.refreshSandboxView: re-reads the sandbox state into the Rong Sandbox view now. */
import * as vscode from 'vscode';
import { succeeded, type CommandResult } from '../core/commandResult';
import type { SandboxTree } from '../views/sandboxTree';

export function registerRefreshSandboxView(tree: SandboxTree): vscode.Disposable {
  return vscode.commands.registerCommand('rong.refreshSandboxView', async (): Promise<CommandResult<{ users: number }>> => {
    await tree.refresh();
    return succeeded(vscode.l10n.t('Rong Sandbox view refreshed.'), { users: tree.current?.users.length ?? 0 });
  });
}
