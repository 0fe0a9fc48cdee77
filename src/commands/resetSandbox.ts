/** rong.resetSandbox: forgets every user, token, group and message of the sandbox, after a confirmation. */
import * as vscode from 'vscode';
import { cancelled, refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import type { Services } from '../services';
import { resetSandboxState } from '../views/sandboxState';
import type { SandboxTree } from '../views/sandboxTree';

type Reset = CommandEnding | CommandResult<{ url: string }>;

/** `{ confirm: true }` (automation) skips the question; nothing else is accepted. */
function parseConfirm(raw: unknown): boolean {
  if (raw === undefined) return false;
  const confirm = (raw as { confirm?: unknown } | null)?.confirm;
  if (typeof raw !== 'object' || raw === null || (confirm !== undefined && typeof confirm !== 'boolean')) throw new TypeError('rong.resetSandbox expects { confirm?: boolean }');
  return confirm === true;
}

export function registerResetSandbox(s: Services, tree: SandboxTree): vscode.Disposable {
  return vscode.commands.registerCommand('rong.resetSandbox', async (raw?: unknown): Promise<Reset> => {
    const confirmed = parseConfirm(raw);
    const endpoint = s.sandbox.endpoint;
    if (!endpoint) return refused('sandbox', vscode.l10n.t('The Rong sandbox is not running.'));
    const yes = vscode.l10n.t('Reset');
    if (!confirmed) {
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Reset the sandbox at {0}? Every user, token, group and message is forgotten.', endpoint.url),
        { modal: true },
        yes,
      );
      if (answer !== yes) return cancelled();
    }
    await resetSandboxState(endpoint.url);
    s.log.info(`sandbox at ${endpoint.url} reset`);
    await tree.refresh();
    const message = vscode.l10n.t('The Rong sandbox was reset.');
    void vscode.window.showInformationMessage(message);
    return succeeded(message, { url: endpoint.url });
  });
}
