/** rong.copyToken: picks an issued token of the active profile and copies it; expired ones are marked. */
import * as vscode from 'vscode';
import { cancelled, refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import type { IssuedToken } from '../services/issuedTokens';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';

type Copied = CommandEnding | CommandResult<{ userId: string; expiresAt: number; expired: boolean }>;

function parseUserId(raw: unknown): string | undefined {
  if (raw === undefined || raw instanceof vscode.Uri) return undefined;
  const userId = (raw as { userId?: unknown } | null)?.userId;
  if (typeof raw !== 'object' || raw === null || (userId !== undefined && typeof userId !== 'string')) throw new TypeError('rong.copyToken expects { userId?: string }');
  return userId;
}

async function pickToken(tokens: readonly IssuedToken[], profileName: string, now: number): Promise<IssuedToken | undefined> {
  const pick = await vscode.window.showQuickPick(
    tokens.map((t) => ({
      label: t.userId,
      description: t.expiresAt <= now
        ? vscode.l10n.t('expired {0}', new Date(t.expiresAt).toLocaleString())
        : vscode.l10n.t('expires {0}', new Date(t.expiresAt).toLocaleString()),
      token: t,
    })),
    { title: vscode.l10n.t('Rong: Copy Issued Token ({0})', profileName), placeHolder: vscode.l10n.t('User whose token to copy') },
  );
  return pick?.token;
}

export function registerCopyToken(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.copyToken', async (raw?: unknown): Promise<Copied> => {
    const userId = parseUserId(raw);
    const caller = userId === undefined ? 'person' : 'automation';
    const context = { title: vscode.l10n.t('Rong: Copy Issued Token') };
    const profile = s.credentials.active();
    if (!profile) return endCommand(s, caller, refused('noProfile', vscode.l10n.t('No Rong profile yet. Run "Rong: Set Credentials" or "Rong: Start Local Sandbox".')), context);
    const tokens = await s.tokens.list(profile.name);
    const now = Date.now();
    if (userId !== undefined && !tokens.some((t) => t.userId === userId)) {
      return endCommand(s, caller, refused('noToken', vscode.l10n.t('Profile "{0}" has no issued token for {1}.', profile.name, userId)), context);
    }
    if (tokens.length === 0) return endCommand(s, caller, refused('noToken', vscode.l10n.t('Profile "{0}" has no issued tokens yet. Run "Rong: Register User".', profile.name)), context);
    const chosen = userId !== undefined ? tokens.find((t) => t.userId === userId) : await pickToken(tokens, profile.name, now);
    if (!chosen) return cancelled();
    await vscode.env.clipboard.writeText(chosen.token);
    const expired = chosen.expiresAt <= now;
    const message = expired
      ? vscode.l10n.t('Copied the token of {0}. It has expired: register the user again for a new one.', chosen.userId)
      : vscode.l10n.t('Copied the token of {0}.', chosen.userId);
    void vscode.window.showInformationMessage(message);
    return succeeded(message, { userId: chosen.userId, expiresAt: chosen.expiresAt, expired });
  });
}
