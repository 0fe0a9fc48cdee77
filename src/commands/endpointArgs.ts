/** `{ endpointId }`, the automation argument of the commands that pick an endpoint. */
import * as vscode from 'vscode';
import type { EndpointSpec } from '../core/contract';
import { invalid, type CommandEnding } from '../core/commandResult';
import { loadContract } from '../services/bundles';

/** undefined: no argument (a person picks); an ending: an unknown id; else the endpoint. */
export function endpointFromArgs(command: string, raw: unknown): EndpointSpec | CommandEnding | undefined {
  if (raw === undefined || raw === null || raw instanceof vscode.Uri) return undefined;
  const id = (raw as { endpointId?: unknown }).endpointId;
  if (typeof raw !== 'object' || Array.isArray(raw) || (id !== undefined && typeof id !== 'string')) {
    throw new TypeError(`${command} expects { endpointId?: string }`);
  }
  if (id === undefined) return undefined;
  const { findEndpointById, ENDPOINTS } = loadContract();
  return findEndpointById(id) ?? invalid([], vscode.l10n.t('Unknown endpoint "{0}". Known: {1}.', id.slice(0, 64), ENDPOINTS.map((e) => e.id).join(', ')));
}
