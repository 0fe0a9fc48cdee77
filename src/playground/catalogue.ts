/**
 * What the host tells the webview about the endpoints: the catalogue (ids, modules, paths, titles:
 * all the picker and the search need) and the full records of only the endpoints it shows, so the
 * webview's bundle carries no endpoint records however many the contract holds (#18).
 */
import { ENDPOINTS, findEndpointById, MODULE_TITLES, MODULES, type EndpointSpec } from '../core/contract';
import type { Catalogue, FormState, HistoryEntry } from './protocol';

/** The endpoints by module, in the contract's order. */
export function playgroundCatalogue(): Catalogue {
  return {
    modules: MODULES.map((id) => ({ id, title: MODULE_TITLES[id] })),
    endpoints: ENDPOINTS.map((e) => ({ id: e.id, module: e.module, path: e.path, title: e.title })),
  };
}

/** The records of the form's endpoint and of the history entries' endpoints, each once. */
export function specsFor(form: FormState, history: readonly HistoryEntry[] = []): EndpointSpec[] {
  const ids = new Set([form.endpointId, ...history.map((e) => e.form.endpointId)]);
  return [...ids].flatMap((id) => findEndpointById(id) ?? []);
}
