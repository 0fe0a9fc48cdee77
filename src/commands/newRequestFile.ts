/** rong.newRequestFile: an untitled .rong.http file with the template of an endpoint (picked, or `{ endpointId }`). */
import * as vscode from 'vscode';
import { cancelled, succeeded, type CommandEnding, type CommandResult } from '../core/commandResult';
import { toLocale } from '../core/text';
import { LANGUAGE_ID } from '../language/convert';
import { loadRongHttp } from '../services/bundles';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';
import { pickEndpoint } from '../views/endpointPicker';
import { endpointFromArgs } from './endpointArgs';

export function registerNewRequestFile(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.newRequestFile', async (raw?: unknown): Promise<CommandEnding | CommandResult<{ uri: string; endpointId: string }>> => {
    const given = endpointFromArgs('rong.newRequestFile', raw);
    const caller = given === undefined ? 'person' : 'automation';
    if (given !== undefined && 'outcome' in given) return endCommand(s, caller, given, { title: vscode.l10n.t('New .rong.http File') });
    const endpoint = given ?? (await pickEndpoint(vscode.l10n.t('Rong: New .rong.http File')));
    if (!endpoint) return cancelled();
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: loadRongHttp().fileTemplate(endpoint, toLocale(vscode.env.language)) });
    await vscode.window.showTextDocument(doc);
    return succeeded(vscode.l10n.t('A new .rong.http file with a {0} request.', endpoint.path), { uri: doc.uri.toString(), endpointId: endpoint.id });
  });
}
