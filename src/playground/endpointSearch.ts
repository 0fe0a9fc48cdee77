/**
 * Finding an endpoint by what a person types: the English title, the Chinese title, the path, the
 * id or its module's title, case-insensitively and by substring (so `封禁` finds 封禁用户), every word of the query in one
 * entry. Pure and shared by the playground's picker and Rong: Open Endpoint…; the haystacks are
 * lower-cased once, so a search is one pass of `includes` over the entries, at 19 or 240 of them.
 */
import type { Text } from '../core/text';

export interface SearchableEndpoint {
  readonly id: string;
  readonly module: string;
  readonly path: string;
  readonly title: Text;
}

export interface SearchModule {
  readonly id: string;
  readonly title: Text;
}

export interface EndpointSearchIndex<E extends SearchableEndpoint> {
  readonly modules: readonly SearchModule[];
  /** Entries in module order, then data order, each with its lower-cased haystack. */
  readonly entries: readonly { readonly endpoint: E; readonly module: number; readonly haystack: string }[];
}

export interface EndpointMatchGroup<E extends SearchableEndpoint> {
  readonly module: SearchModule;
  readonly endpoints: readonly E[];
}

/**
 * What a search compares with: the four fields and the module's titles, lower-cased, one per line
 * (so no term spans two fields); `推送` finds the push module's endpoints whatever their own titles say.
 */
export function haystackOf(e: SearchableEndpoint, module?: SearchModule): string {
  return [e.title.en, e.title.zh, e.path, e.id, ...(module ? [module.title.en, module.title.zh] : [])].join('\n').toLowerCase();
}

/** Builds the index once per list of endpoints; endpoints of a module not in `modules` are left out. */
export function indexEndpoints<E extends SearchableEndpoint>(endpoints: readonly E[], modules: readonly SearchModule[]): EndpointSearchIndex<E> {
  const entries = modules.flatMap((m, module) => endpoints.filter((e) => e.module === m.id).map((endpoint) => ({ endpoint, module, haystack: haystackOf(endpoint, m) })));
  return { modules, entries };
}

/** The words of a query, lower-cased; an empty list matches everything. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter((t) => t !== '');
}

/** The endpoints every term of `query` is in, grouped by module (modules without a match left out), in data order. */
export function searchEndpoints<E extends SearchableEndpoint>(index: EndpointSearchIndex<E>, query: string): EndpointMatchGroup<E>[] {
  const terms = queryTerms(query);
  const groups: { module: SearchModule; endpoints: E[] }[] = [];
  let last = -1;
  for (const entry of index.entries) {
    if (!terms.every((t) => entry.haystack.includes(t))) continue;
    if (entry.module !== last) {
      groups.push({ module: index.modules[entry.module], endpoints: [] });
      last = entry.module;
    }
    groups[groups.length - 1].endpoints.push(entry.endpoint);
  }
  return groups;
}
