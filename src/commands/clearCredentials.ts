/** rong.clearCredentials: removes a profile (and its secret and issued tokens) after confirmation. */
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerClearCredentials(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.clearCredentials', async (args?: { profile?: unknown; confirm?: unknown }) => {
    const profiles = s.credentials.list();
    if (profiles.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No Rong credentials are stored.'));
      return false;
    }
    let name = typeof args?.profile === 'string' ? args.profile : undefined;
    if (name === undefined) {
      const pick = await vscode.window.showQuickPick(
        profiles.map((p) => ({ label: p.name, description: p.appKey })),
        { title: vscode.l10n.t('Rong: Clear Credentials'), placeHolder: vscode.l10n.t('Profile to remove') },
      );
      if (!pick) return false;
      name = pick.label;
    }
    if (!s.credentials.get(name)) throw new Error(vscode.l10n.t('No profile named "{0}"', name));
    if (args?.confirm !== true) {
      const remove = vscode.l10n.t('Remove');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Remove profile "{0}", its App Secret and its issued tokens?', name),
        { modal: true },
        remove,
      );
      if (answer !== remove) return false;
    }
    await s.credentials.remove(name);
    await s.tokens.clear(name);
    return true;
  });
}
