/**
 * Which requests go before a request that reads from others: the core's plan (the runner's too),
 * over the lazily loaded core given as a parameter, so node --test checks this file.
 */
import type { DependencyPlan, ExchangeStore, RongHttpDocument } from '../core/rongHttp';
import type * as RongHttpModule from '../core/rongHttp';

export type { DependencyPlan } from '../core/rongHttp';

type Core = Pick<typeof RongHttpModule, 'dependenciesOf' | 'planDependencies'>;

/** The named blocks a block reads from, itself excluded, in first-use order. */
export function dependenciesOf(rongHttp: Core, doc: RongHttpDocument, blockIndex: number): number[] {
  return rongHttp.dependenciesOf(doc, blockIndex);
}

/** The blocks to send before `blockIndex`, dependencies first, each once; or the cycle among them. */
export function planDependencies(rongHttp: Core, doc: RongHttpDocument, blockIndex: number, store: ExchangeStore): DependencyPlan {
  return rongHttp.planDependencies(doc, blockIndex, store);
}
