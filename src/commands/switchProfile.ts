/** rong.switchProfile: picks the active profile (also offers to add one). */
import * as vscode from 'vscode';
import { hostLabel, hostsFor } from '../services/credentials';
import type { Services } from '../services';

export function registerSwitchProfile(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.switchProfile', async (name?: unknown) => {
    if (typeof name === 'string') {
      await s.credentials.setActive(name);
      return true;
    }
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
    if (!pick) return false;
    if (pick.action === 'add') return vscode.commands.executeCommand('rong.setCredentials');
    if (pick.action === 'sandbox') return vscode.commands.executeCommand('rong.startSandbox');
    await s.credentials.setActive(pick.label);
    return true;
  });
}
