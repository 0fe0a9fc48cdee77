/** rong.copySandboxToken: copies a sandbox user's newest token (from the Rong Sandbox view); never logged. */
import * as vscode from 'vscode';
import { refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import { newestToken } from '../views/sandboxState';
import type { SandboxTree } from '../views/sandboxTree';

type Copied = CommandEnding | CommandResult<{ userId: string; status: 'valid' | 'expired' }>;

/** A user node of the view, or `{ userId }` (automation). */
function parseUserId(raw: unknown): string {
  const userId = (raw as { userId?: unknown } | null)?.userId;
  if (typeof raw !== 'object' || raw === null || typeof userId !== 'string') throw new TypeError('rong.copySandboxToken expects a user of the Rong Sandbox view or { userId: string }');
  return userId;
}

export function registerCopySandboxToken(tree: SandboxTree): vscode.Disposable {
  return vscode.commands.registerCommand('rong.copySandboxToken', async (raw?: unknown): Promise<Copied> => {
    const userId = parseUserId(raw);
    await tree.refresh();
    const token = tree.current ? newestToken(tree.current, userId) : undefined;
    if (!token) {
      const message = vscode.l10n.t('The sandbox has no token for {0}.', userId);
      void vscode.window.showWarningMessage(message);
      return refused('noToken', message);
    }
    await vscode.env.clipboard.writeText(token.token);
    const message = token.status === 'valid'
      ? vscode.l10n.t('Copied the newest token of {0}.', userId)
      : vscode.l10n.t('Copied the newest token of {0}. It has expired.', userId);
    void vscode.window.showInformationMessage(message);
    return succeeded(message, { userId, status: token.status });
  });
}
