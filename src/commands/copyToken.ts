/** rong.copyToken: picks an issued token of the active profile and copies it; expired ones are marked. */
import * as vscode from 'vscode';
import type { Services } from '../services';

export function registerCopyToken(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.copyToken', async (args?: { userId?: unknown }) => {
    const profile = s.credentials.active();
    if (!profile) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No Rong profile yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".'));
      return undefined;
    }
    const tokens = await s.tokens.list(profile.name);
    if (tokens.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Profile "{0}" has no issued tokens yet. Run "Rong: Register User".', profile.name));
      return undefined;
    }
    const now = Date.now();
    let chosen = typeof args?.userId === 'string' ? tokens.find((t) => t.userId === args.userId) : undefined;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        tokens.map((t) => ({
          label: t.userId,
          description: t.expiresAt <= now
            ? vscode.l10n.t('expired {0}', new Date(t.expiresAt).toLocaleString())
            : vscode.l10n.t('expires {0}', new Date(t.expiresAt).toLocaleString()),
          token: t,
        })),
        { title: vscode.l10n.t('Rong: Copy Issued Token ({0})', profile.name), placeHolder: vscode.l10n.t('User whose token to copy') },
      );
      if (!pick) return undefined;
      chosen = pick.token;
    }
    await vscode.env.clipboard.writeText(chosen.token);
    void vscode.window.showInformationMessage(
      chosen.expiresAt <= now
        ? vscode.l10n.t('Copied the token of {0}. It has expired: register the user again for a new one.', chosen.userId)
        : vscode.l10n.t('Copied the token of {0}.', chosen.userId),
    );
    return { userId: chosen.userId, expiresAt: chosen.expiresAt, expired: chosen.expiresAt <= now };
  });
}
