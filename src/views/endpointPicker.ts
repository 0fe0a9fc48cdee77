/** A quick pick of every endpoint, grouped by module under separators, in the UI language. */
import * as vscode from 'vscode';
import type { EndpointSpec } from '../core/contract';
import { pick, toLocale } from '../core/text';
import { loadContract } from '../services/bundles';

type Item = vscode.QuickPickItem & { readonly endpoint?: EndpointSpec };

/** The items: a separator per module, then its endpoints (title as label, path as detail). */
export function endpointItems(): Item[] {
  const locale = toLocale(vscode.env.language);
  const { ENDPOINTS, MODULES, MODULE_TITLES } = loadContract();
  return MODULES.flatMap((module): Item[] => [
    { label: pick(MODULE_TITLES[module], locale), kind: vscode.QuickPickItemKind.Separator },
    ...ENDPOINTS.filter((e) => e.module === module).map((endpoint) => ({
      label: pick(endpoint.title, locale),
      description: endpoint.id,
      detail: endpoint.path,
      endpoint,
    })),
  ]);
}

export async function pickEndpoint(title: string): Promise<EndpointSpec | undefined> {
  const chosen = await vscode.window.showQuickPick(endpointItems(), {
    title,
    placeHolder: vscode.l10n.t('Endpoint (type a title or a path)'),
    matchOnDetail: true,
    matchOnDescription: true,
  });
  return chosen?.endpoint;
}
