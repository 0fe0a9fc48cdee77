/**
 * rong.setCredentials: App Key, then App Secret (password input), then the profile name. With
 * `{ profile?, appKey, appSecret, baseUrl?, region? }` it stores without asking.
 */
import * as vscode from 'vscode';
import { cancelled, invalid, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import { isRegionId, resolveHosts, type RegionId } from '../core/contract/regions';
import { checkCredentialField, type Profile } from '../services/credentials';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';

export interface SetCredentialsArgs {
  readonly profile?: string;
  readonly appKey: string;
  readonly appSecret: string;
  readonly baseUrl?: string;
  readonly region?: string;
}

type Stored = CommandResult<{ profile?: string }>;

/** Arguments of the wrong type are a programming error: thrown, never a result. */
function parseArgs(value: unknown): SetCredentialsArgs {
  const a = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const ok = typeof a.appKey === 'string' && typeof a.appSecret === 'string' &&
    ['profile', 'baseUrl', 'region'].every((k) => a[k] === undefined || typeof a[k] === 'string');
  if (!value || typeof value !== 'object' || !ok) throw new TypeError(vscode.l10n.t('rong.setCredentials expects {0}', '{ profile?, appKey, appSecret, baseUrl?, region? }'));
  return a as unknown as SetCredentialsArgs;
}

/** What is wrong with well-typed arguments, in words that name the field and the limit. */
function problemOf(args: SetCredentialsArgs): string | undefined {
  for (const [field, value] of [['profileName', args.profile ?? 'default'], ['appKey', args.appKey], ['appSecret', args.appSecret]] as const) {
    const problem = checkCredentialField(field, value);
    if (problem) return problem;
  }
  if (args.region !== undefined && !isRegionId(args.region)) return vscode.l10n.t('Unknown region "{0}"', args.region);
  if (args.baseUrl) {
    const hosts = resolveHosts('china', args.baseUrl);
    if ('error' in hosts) return hosts.error;
  }
  return undefined;
}

async function storeGiven(s: Services, args: SetCredentialsArgs): Promise<Stored | CommandEnding> {
  const problem = problemOf(args);
  if (problem) return endCommand(s, 'automation', invalid([], problem), { title: vscode.l10n.t('Rong: Set Credentials') });
  const profile: Profile = { name: (args.profile ?? 'default').trim(), appKey: args.appKey, baseUrl: args.baseUrl, region: args.region as RegionId | undefined };
  await s.credentials.save(profile, args.appSecret);
  return succeeded(vscode.l10n.t('Saved profile "{0}" (App Key {1}). The App Secret is in VS Code\'s secret storage.', profile.name, args.appKey.trim()), { profile: profile.name });
}

async function askAndStore(s: Services): Promise<Stored | CommandEnding> {
  const appKey = await vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Set Credentials (1/3)'),
    prompt: vscode.l10n.t('App Key of your Rong app (from the developer console)'),
    ignoreFocusOut: true,
    validateInput: (v) => checkCredentialField('appKey', v),
  });
  if (appKey === undefined) return cancelled();
  const appSecret = await vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Set Credentials (2/3)'),
    prompt: vscode.l10n.t('App Secret: kept only in VS Code\'s secret storage'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => checkCredentialField('appSecret', v),
  });
  if (appSecret === undefined) return cancelled();
  const current = s.credentials.active()?.name;
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Rong: Set Credentials (3/3)'),
    prompt: vscode.l10n.t('Profile name'),
    value: current && current !== 'sandbox' ? current : 'default',
    ignoreFocusOut: true,
    validateInput: (v) => checkCredentialField('profileName', v),
  });
  if (name === undefined) return cancelled();
  await s.credentials.save({ name: name.trim(), appKey }, appSecret);
  const message = vscode.l10n.t('Saved profile "{0}" (App Key {1}). The App Secret is in VS Code\'s secret storage.', name.trim(), appKey.trim());
  void vscode.window.showInformationMessage(message);
  return succeeded(message, { profile: name.trim() });
}

export function registerSetCredentials(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.setCredentials', (args?: unknown): Promise<Stored | CommandEnding> =>
    args !== undefined && !(args instanceof vscode.Uri) ? storeGiven(s, parseArgs(args)) : askAndStore(s));
}
