/** The sandbox's handlers of the sensitiveword module (contract data: src/core/contract/sensitiveword.ts). */
import type { EndpointHandler } from '../types';
import { add, batchAdd, batchDelete, list, remove, wordfilterAdd, wordfilterDelete, wordfilterList } from './words';

export const SENSITIVEWORD_HANDLERS: readonly EndpointHandler[] = [
  add,
  batchAdd,
  batchDelete,
  remove,
  list,
  wordfilterAdd,
  wordfilterDelete,
  wordfilterList,
];
