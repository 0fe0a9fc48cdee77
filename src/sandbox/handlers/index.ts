/**
 * The register: one line per endpoint handler. Adding an endpoint is its contract data, one handler
 * file here, and one line below (test/unit/sandboxModel.test.ts checks every endpoint has one).
 */
import type { EndpointSpec } from '../../core/contract';
import { block } from './block';
import { blacklistAdd } from './blacklistAdd';
import { blacklistQuery } from './blacklistQuery';
import { blacklistRemove } from './blacklistRemove';
import { blockQuery } from './blockQuery';
import { checkOnline } from './checkOnline';
import { deactivate } from './deactivate';
import { deactivateQuery } from './deactivateQuery';
import { getToken } from './getToken';
import { groupCreate } from './groupCreate';
import { groupDismiss } from './groupDismiss';
import { groupJoin } from './groupJoin';
import { groupPublish } from './groupPublish';
import { groupQuit } from './groupQuit';
import { groupUsers } from './groupUsers';
import { info } from './info';
import { privatePublish } from './privatePublish';
import { reactivate } from './reactivate';
import { refresh } from './refresh';
import { remarksDel } from './remarksDel';
import { remarksGet } from './remarksGet';
import { remarksSet } from './remarksSet';
import { systemPublish } from './systemPublish';
import { tokenExpire } from './tokenExpire';
import type { EndpointHandler } from './types';
import { unblock } from './unblock';

export type { Behaviour, EndpointHandler, HandlerContext, HandlerResult, Params } from './types';
export { BEHAVIOURS } from './types';

export const HANDLERS: readonly EndpointHandler[] = [
  getToken,
  refresh,
  info,
  tokenExpire,
  block,
  unblock,
  blockQuery,
  checkOnline,
  blacklistAdd,
  blacklistRemove,
  blacklistQuery,
  privatePublish,
  systemPublish,
  groupPublish,
  groupCreate,
  groupJoin,
  groupQuit,
  groupDismiss,
  groupUsers,
  remarksSet,
  remarksGet,
  remarksDel,
  deactivate,
  reactivate,
  deactivateQuery,
];

const byEndpoint = new Map(HANDLERS.map((h) => [h.endpoint.id, h]));

export function handlerFor(endpoint: EndpointSpec): EndpointHandler | undefined {
  return byEndpoint.get(endpoint.id);
}
