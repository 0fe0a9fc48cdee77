/** rong.openEndpoint ("Rong: Open Endpoint…"): picks any endpoint and opens it in the playground. */
import * as vscode from 'vscode';
import { cancelled, succeeded, type CommandEnding } from '../core/commandResult';
import type { Services } from '../services';
import { endCommand } from '../views/commandEnding';
import { pickEndpoint } from '../views/endpointPicker';
import { endpointFromArgs } from './endpointArgs';

export function registerOpenEndpoint(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('rong.openEndpoint', async (raw?: unknown): Promise<CommandEnding> => {
    const given = endpointFromArgs('rong.openEndpoint', raw);
    const caller = given === undefined ? 'person' : 'automation';
    if (given !== undefined && 'outcome' in given) return endCommand(s, caller, given, { title: vscode.l10n.t('Open Endpoint') });
    const endpoint = given ?? (await pickEndpoint(vscode.l10n.t('Rong: Open Endpoint')));
    if (!endpoint) return cancelled();
    const opened = await vscode.commands.executeCommand<CommandEnding | undefined>('rong.openPlayground', { endpointId: endpoint.id });
    return opened ?? succeeded(vscode.l10n.t('Opened {0} in the playground.', endpoint.path), { endpointId: endpoint.id });
  });
}
