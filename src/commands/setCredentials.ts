/** rong.setCredentials: App Key, then App Secret (password input), then the profile name. */
import * as vscode from 'vscode';
import { checkCredentialField } from '../services/credentials';
import { isRegionId } from '../core/contract';
import type { Services } from '../services';

export interface SetCredentialsArgs {
  readonly profile?: string;
  readonly appKey: string;
  readonly appSecret: string;
  readonly baseUrl?: string;
  readonly region?: string;
}

function isArgs(value: unknown): value is SetCredentialsArgs {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  return typeof a.appKey === 'string' && typeof a.appSecret === 'string' &&
    (a.profile === undefined || typeof a.profile === 'string') &&
    (a.baseUrl === undefined || typeof a.baseUrl === 'string') &&
    (a.region === undefined || typeof a.region === 'string');
}

export function registerSetCredentials(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.setCredentials', async (args?: unknown): Promise<boolean> => {
    if (args !== undefined && !(args instanceof vscode.Uri)) {
      // Automation: store without asking. Bad input is an error that names the field.
      if (!isArgs(args)) throw new Error(vscode.l10n.t('rong.setCredentials expects {0}', '{ profile?, appKey, appSecret, baseUrl?, region? }'));
      if (args.region !== undefined && !isRegionId(args.region)) throw new Error(vscode.l10n.t('Unknown region "{0}"', args.region));
      await s.credentials.save(
        { name: (args.profile ?? 'default').trim(), appKey: args.appKey, baseUrl: args.baseUrl, region: args.region as never },
        args.appSecret,
      );
      return true;
    }
    const appKey = await vscode.window.showInputBox({
      title: vscode.l10n.t('Rong: Set Credentials (1/3)'),
      prompt: vscode.l10n.t('App Key of your Rong app (from the developer console)'),
      ignoreFocusOut: true,
      validateInput: (v) => checkCredentialField('appKey', v),
    });
    if (appKey === undefined) return false;
    const appSecret = await vscode.window.showInputBox({
      title: vscode.l10n.t('Rong: Set Credentials (2/3)'),
      prompt: vscode.l10n.t('App Secret: kept only in VS Code\'s secret storage'),
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => checkCredentialField('appSecret', v),
    });
    if (appSecret === undefined) return false;
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Rong: Set Credentials (3/3)'),
      prompt: vscode.l10n.t('Profile name'),
      value: s.credentials.active()?.name && s.credentials.active()?.name !== 'sandbox' ? s.credentials.active()?.name : 'default',
      ignoreFocusOut: true,
      validateInput: (v) => checkCredentialField('profileName', v),
    });
    if (name === undefined) return false;
    await s.credentials.save({ name: name.trim(), appKey }, appSecret);
    void vscode.window.showInformationMessage(vscode.l10n.t('Saved profile "{0}" (App Key {1}). The App Secret is in VS Code\'s secret storage.', name.trim(), appKey.trim()));
    return true;
  });
}
