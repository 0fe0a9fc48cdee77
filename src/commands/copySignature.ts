/** rong.copySignature (from a lens, not in the palette): copies a signature it is given. */
import * as vscode from 'vscode';
import { invalid, succeeded, type CommandResult } from '../core/commandResult';

export function registerCopySignature(): vscode.Disposable {
  return vscode.commands.registerCommand('rong.copySignature', async (signature?: unknown): Promise<CommandResult> => {
    if (typeof signature !== 'string') throw new TypeError('rong.copySignature expects (signature: string)');
    if (!/^[0-9a-f]{40}$/.test(signature)) return invalid([], vscode.l10n.t('Not a signature: expected 40 lowercase hex digits.'));
    await vscode.env.clipboard.writeText(signature);
    const message = vscode.l10n.t('Signature copied');
    void vscode.window.setStatusBarMessage(message, 3000);
    return succeeded(message, {});
  });
}
