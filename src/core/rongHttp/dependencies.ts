/**
 * Which requests go before a request that reads from others (httpyac's @ref): its named
 * dependencies with no exchange yet, dependencies first, each once; a loop among them is named.
 * The editor's send path and the runner both plan with this.
 */
import { parseRequestReference, requestNames, type ExchangeStore } from './exchanges';
import type { RongHttpDocument } from './model';

const REFERENCE_IN_TEXT = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * The named blocks a block reads from (`{{name.response…}}` in the request or in an expected
 * value of its `??` lines), itself excluded, in first-use order.
 */
export function dependenciesOf(doc: RongHttpDocument, blockIndex: number): number[] {
  const block = doc.blocks[blockIndex];
  const used = (block?.references ?? []).filter((r) => !r.system).map((r) => r.name);
  for (const a of block?.assertions ?? []) if (a.expected?.includes('{{')) for (const m of a.expected.matchAll(REFERENCE_IN_TEXT)) used.push(m[1]);
  const out: number[] = [];
  if (used.length === 0) return out;
  const names = requestNames(doc);
  for (const name of used) {
    const ref = parseRequestReference(name);
    const dep = ref ? names.get(ref.request) : undefined;
    if (dep !== undefined && dep !== blockIndex && !out.includes(dep)) out.push(dep);
  }
  return out;
}

export type DependencyPlan = { readonly order: readonly number[] } | { readonly cycle: readonly string[] };

/**
 * The blocks to send before `blockIndex`, dependencies first, each once: those it reads from
 * (directly or through others) that have no exchange yet. A loop among them is a cycle, named
 * `a → b → a`.
 */
export function planDependencies(doc: RongHttpDocument, blockIndex: number, store: ExchangeStore): DependencyPlan {
  const order: number[] = [];
  const stack: number[] = [];
  const label = (i: number) => doc.blocks[i].name ?? `line ${doc.blocks[i].startLine + 1}`;
  const visit = (index: number): readonly string[] | undefined => {
    stack.push(index);
    for (const dep of dependenciesOf(doc, index)) {
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
