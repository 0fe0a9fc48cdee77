/**
 * A quick pick of every endpoint, grouped by module under separators, in the UI language. It is
 * searchable by the same four fields as the playground's search (src/playground/endpointSearch.ts):
 * the title as label, the id as description, the path and the other language's title as detail,
 * so `block`, `封禁`, `/user/block` and `user.block` all find /user/block.json.
 */
import * as vscode from 'vscode';
import type { EndpointSpec } from '../core/contract';
import { inEveryLocale, inOtherLocales, pick, toLocale } from '../core/text';
import { loadContract } from '../services/bundles';

type Item = vscode.QuickPickItem & { readonly endpoint?: EndpointSpec };

/** The items: a separator per module (its name in both languages), then its endpoints. */
export function endpointItems(): Item[] {
  const locale = toLocale(vscode.env.language);
  const { ENDPOINTS, MODULES, MODULE_TITLES } = loadContract();
  return MODULES.flatMap((module): Item[] => [
    { label: inEveryLocale(MODULE_TITLES[module], locale), kind: vscode.QuickPickItemKind.Separator },
    ...ENDPOINTS.filter((e) => e.module === module).map((endpoint) => ({
      label: pick(endpoint.title, locale),
      description: endpoint.id,
      detail: `${endpoint.path} · ${inOtherLocales(endpoint.title, locale)}`,
      endpoint,
    })),
  ]);
}

export async function pickEndpoint(title: string): Promise<EndpointSpec | undefined> {
  const chosen = await vscode.window.showQuickPick(endpointItems(), {
    title,
    placeHolder: vscode.l10n.t('Endpoint (type a title in English or Chinese, a path or an id)'),
    matchOnDetail: true,
    matchOnDescription: true,
  });
  return chosen?.endpoint;
}
