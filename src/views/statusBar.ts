/** The status bar item: active profile and host (never the secret); opens the profile switcher. */
import * as vscode from 'vscode';
import { hostLabel, hostsFor } from '../services/credentials';
import type { Services } from '../services';

export function createStatusBar(s: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('rong.profile', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Rong Profile';
  item.command = 'rong.switchProfile';
  const update = () => {
    const profile = s.credentials.active();
    if (profile) {
      const host = hostLabel(hostsFor(profile, s.settings.current));
      item.text = `$(key) ${profile.name} · ${host}`;
      item.tooltip = vscode.l10n.t('Rong profile "{0}" (App Key {1}) sends to {2}. Click to switch.', profile.name, profile.appKey, host);
    } else {
      item.text = `$(key) ${vscode.l10n.t('Rong: no profile')}`;
      item.tooltip = vscode.l10n.t('Set Rong credentials or start the local sandbox');
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, s.credentials.onDidChange(update), s.settings.onDidChange(update), s.sandbox.onDidChange(update));
}
