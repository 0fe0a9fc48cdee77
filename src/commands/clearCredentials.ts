/** rong.clearCredentials: removes a profile (and its secret and issued tokens) after confirmation. */
import * as vscode from 'vscode';
import { cancelled, refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';

interface ClearArgs {
  readonly profile?: string;
  readonly confirm?: boolean;
}

function parseArgs(value: unknown): ClearArgs {
  if (value === undefined || value instanceof vscode.Uri) return {};
  const a = value as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || (a.profile !== undefined && typeof a.profile !== 'string') || (a.confirm !== undefined && typeof a.confirm !== 'boolean')) {
    throw new TypeError('rong.clearCredentials expects { profile?: string, confirm?: boolean }');
  }
  return a as ClearArgs;
}

async function confirmed(name: string): Promise<boolean> {
  const remove = vscode.l10n.t('Remove');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('Remove profile "{0}", its App Secret and its issued tokens?', name),
    { modal: true },
    remove,
  );
  return answer === remove;
}

export function registerClearCredentials(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.clearCredentials', async (raw?: unknown): Promise<CommandEnding | CommandResult<{ profile: string }>> => {
    const args = parseArgs(raw);
    const caller = args.profile !== undefined ? 'automation' : 'person';
    const title = vscode.l10n.t('Rong: Clear Credentials');
    const profiles = s.credentials.list();
    if (profiles.length === 0) return endCommand(s, caller, refused('noProfile', vscode.l10n.t('No Rong credentials are stored.')), { title });
    let name = args.profile;
    if (name === undefined) {
      const pick = await vscode.window.showQuickPick(profiles.map((p) => ({ label: p.name, description: p.appKey })), { title, placeHolder: vscode.l10n.t('Profile to remove') });
      if (!pick) return cancelled();
      name = pick.label;
    }
    if (!s.credentials.get(name)) return endCommand(s, caller, refused('noProfile', vscode.l10n.t('No profile named "{0}"', name)), { title });
    if (args.confirm !== true && !(await confirmed(name))) return cancelled();
    await s.credentials.remove(name);
    await s.tokens.clear(name);
    return succeeded(vscode.l10n.t('Removed profile "{0}".', name), { profile: name });
  });
}
