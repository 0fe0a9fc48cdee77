/**
 * Chained requests in a run: each named request's latest exchange goes into the run's store, and a
 * request that reads one that has not run sends that one first, once (httpyac's @ref).
 */
import { parseRequestReference, requestNames, type Exchange, type ExchangeStore, type RongHttpDocument } from '../core/rongHttp';
import type { SendResult } from './http';
import type { PreparedRequest } from './prepare';

export function exchangeOf(request: PreparedRequest, result: SendResult): Exchange {
  return {
    request: { headers: result.request.headers, params: request.params },
    response: { status: result.httpStatus ?? 0, headers: Object.entries(result.responseHeaders ?? {}), body: result.body?.text ?? '' },
  };
}

/** Blocks a block reads from that have no exchange yet, dependencies first, each once. */
export function missingDependencies(doc: RongHttpDocument, blockIndex: number, store: ExchangeStore): number[] {
  const names = requestNames(doc);
  const order: number[] = [];
  const visiting = new Set<number>();
  const visit = (index: number) => {
    for (const r of doc.blocks[index].references) {
      const ref = r.system ? undefined : parseRequestReference(r.name);
      const dep = ref ? names.get(ref.request) : undefined;
      if (dep === undefined || dep === index || store.get(ref!.request) || visiting.has(dep) || order.includes(dep)) continue;
      visiting.add(dep);
      visit(dep);
      order.push(dep);
    }
  };
  visiting.add(blockIndex);
  visit(blockIndex);
  return order;
}
