/**
 * Which requests go before a request that reads from others (httpyac's @ref): its named
 * dependencies with no exchange yet, dependencies first, each once; a loop among them is named.
 * No 'vscode' here: the core comes in as a parameter, so node --test checks this file.
 */
import type { ExchangeStore, RongHttpDocument } from '../core/rongHttp';
import type * as RongHttpModule from '../core/rongHttp';

type Core = Pick<typeof RongHttpModule, 'requestNames' | 'parseRequestReference'>;

const REFERENCE_IN_TEXT = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The named blocks a block reads from (`{{name.response…}}` in the request or in an expected
 * value of its `??` lines), itself excluded, in first-use order.
 */
export function dependenciesOf(rongHttp: Core, doc: RongHttpDocument, blockIndex: number): number[] {
  const names = rongHttp.requestNames(doc);
  const block = doc.blocks[blockIndex];
  const used = (block?.references ?? []).filter((r) => !r.system).map((r) => r.name);
  for (const a of block?.assertions ?? []) for (const m of (a.expected ?? '').matchAll(REFERENCE_IN_TEXT)) used.push(m[1]);
  const out: number[] = [];
  for (const name of used) {
    const ref = rongHttp.parseRequestReference(name);
    const dep = ref ? names.get(ref.request) : undefined;
    if (dep !== undefined && dep !== blockIndex && !out.includes(dep)) out.push(dep);
  }
  return out;
}

export type DependencyPlan = { readonly order: readonly number[] } | { readonly cycle: readonly string[] };

/**
 * The blocks to send before `blockIndex`, dependencies first, each once: those it reads from
 * (directly or through others) that have no exchange yet. A loop among them is a cycle, named.
 */
export function planDependencies(rongHttp: Core, doc: RongHttpDocument, blockIndex: number, store: ExchangeStore): DependencyPlan {
  const order: number[] = [];
  const stack: number[] = [];
  const label = (i: number) => doc.blocks[i].name ?? `line ${doc.blocks[i].startLine + 1}`;
  const visit = (index: number): readonly string[] | undefined => {
    stack.push(index);
    for (const dep of dependenciesOf(rongHttp, doc, index)) {
      if (order.includes(dep) || store.get(doc.blocks[dep].name ?? '')) continue;
      const at = stack.indexOf(dep);
      if (at >= 0) return [...stack.slice(at), dep].map(label);
      const cycle = visit(dep);
      if (cycle) return cycle;
      order.push(dep);
    }
    stack.pop();
    return undefined;
  };
  const cycle = visit(blockIndex);
  return cycle ? { cycle } : { order };
}
