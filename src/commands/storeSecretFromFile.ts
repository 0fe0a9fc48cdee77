/**
 * rong.storeSecretFromFile (the "move the secret to the credential store" quick fix, not in the
 * palette): stores the literal first, then removes it from the file.
 */
import * as vscode from 'vscode';
import { cancelled, invalid, succeeded, type CommandResult } from '../core/commandResult';
import { decodeFormComponent } from '../core/form';
import type { Range } from '../core/rongHttp';
import { toRange } from '../language/convert';
import type { Profile } from '../services/credentials';
import type { Services } from '../services';

interface FixArgs {
  readonly uri: string;
  readonly version: number;
  readonly range: Range;
  readonly edits: ReadonlyArray<{ readonly range: Range; readonly newText: string }>;
}

function parseArgs(args: unknown): FixArgs {
  const a = args as Partial<FixArgs> | undefined;
  if (!a || typeof a.uri !== 'string' || typeof a.version !== 'number' || !a.range || !Array.isArray(a.edits)) {
    throw new TypeError('rong.storeSecretFromFile expects { uri, version, range, edits }');
  }
  return a as FixArgs;
}

/** The profile to keep the secret in: a stored one, or a new one asked for. */
async function chooseProfile(s: Services): Promise<Profile | undefined> {
  const newProfile = vscode.l10n.t('New profile…');
  const pick = await vscode.window.showQuickPick([...s.credentials.list().map((p) => ({ label: p.name, description: p.appKey })), { label: newProfile, description: '' }], {
    title: vscode.l10n.t('Keep this App Secret in the credential store of profile…'),
  });
  if (!pick) return undefined;
  const existing = s.credentials.get(pick.label);
  if (existing && pick.label !== newProfile) return existing;
  const appKey = await vscode.window.showInputBox({ title: vscode.l10n.t('App Key for this App Secret'), ignoreFocusOut: true });
  if (!appKey) return undefined;
  const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Profile name'), value: 'default', ignoreFocusOut: true });
  if (!name) return undefined;
  return { name: name.trim(), appKey: appKey.trim() };
}

export function registerStoreSecretFromFile(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.storeSecretFromFile', async (raw?: unknown): Promise<CommandResult<{ profile?: string }>> => {
    const a = parseArgs(raw);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(a.uri, true));
    if (document.version !== a.version) {
      const message = vscode.l10n.t('The file changed; run the quick fix again.');
      void vscode.window.showWarningMessage(message);
      return invalid([], message);
    }
    const written = document.getText(toRange(a.range)).trim();
    // Not form-encoded: keep it as written.
    const secret = decodeFormComponent(written) ?? written;
    if (!secret) return invalid([], vscode.l10n.t('There is no App Secret at this place.'));
    const profile = await chooseProfile(s);
    if (!profile) return cancelled();
    await s.credentials.save(profile, secret, false);
    const edit = new vscode.WorkspaceEdit();
    for (const e of a.edits) edit.replace(document.uri, toRange(e.range), e.newText);
    await vscode.workspace.applyEdit(edit);
    const message = vscode.l10n.t('The App Secret is now in the credential store of profile "{0}" and no longer in the file.', profile.name);
    void vscode.window.showInformationMessage(message);
    return succeeded(message, { profile: profile.name });
  });
}
