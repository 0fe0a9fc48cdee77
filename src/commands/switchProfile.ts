/** rong.switchProfile: picks the active profile (also offers to add one); with a name, switches to it. */
import * as vscode from 'vscode';
import { cancelled, refused, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import { hostLabel, hostsFor } from '../services/credentials';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';

type Switched = CommandEnding | CommandResult<{ profile: string }>;

async function switchTo(s: Services, name: string): Promise<Switched> {
  if (!s.credentials.get(name)) {
    return endCommand(s, 'automation', refused('noProfile', vscode.l10n.t('No profile named "{0}"', name)), { title: vscode.l10n.t('Rong: Switch Profile') });
  }
  await s.credentials.setActive(name);
  return succeeded(vscode.l10n.t('Profile "{0}" is active.', name), { profile: name });
}

async function pickProfile(s: Services): Promise<Switched> {
  const active = s.credentials.active()?.name;
  const add = { label: `$(add) ${vscode.l10n.t('Set Credentials…')}`, action: 'add' as const };
  const sandbox = { label: `$(server-process) ${vscode.l10n.t('Start Local Sandbox')}`, action: 'sandbox' as const };
  const items = s.credentials.list().map((p) => ({
    label: p.name,
    description: `${p.appKey} · ${hostLabel(hostsFor(p, s.settings.current))}`,
    detail: p.name === active ? vscode.l10n.t('active') : undefined,
    action: 'pick' as const,
  }));
  const pick = await vscode.window.showQuickPick([...items, add, sandbox], {
    title: vscode.l10n.t('Rong: Switch Profile'),
    placeHolder: vscode.l10n.t('Profile for Rong requests'),
  });
  if (!pick) return cancelled();
  if (pick.action === 'add') return (await vscode.commands.executeCommand<Switched>('rong.setCredentials')) ?? cancelled();
  if (pick.action === 'sandbox') return (await vscode.commands.executeCommand<Switched>('rong.startSandbox')) ?? cancelled();
  return switchTo(s, pick.label);
}

export function registerSwitchProfile(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.switchProfile', (name?: unknown): Promise<Switched> => {
    if (name === undefined || name instanceof vscode.Uri) return pickProfile(s);
    if (typeof name !== 'string') throw new TypeError('rong.switchProfile expects (profile?: string)');
    return switchTo(s, name);
  });
}
