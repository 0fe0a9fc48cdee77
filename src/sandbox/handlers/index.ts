/**
 * The register: every endpoint's handler, one folder per module of the contract data (each folder's
 * index.ts lists its handlers). Adding an endpoint is its contract data, its handler in its module's
 * folder, and one line in that index (test/unit/sandboxModel.test.ts checks every endpoint has exactly one).
 */
import type { EndpointSpec } from '../../core/contract';
import { AGENT_HANDLERS } from './agent';
import { CHATROOM_HANDLERS } from './chatroom';
import { CONVERSATION_HANDLERS } from './conversation';
import { ENTRUST_HANDLERS } from './entrust';
import { FRIEND_HANDLERS } from './friend';
import { GROUP_HANDLERS } from './group';
import { MESSAGE_HANDLERS } from './message';
import { PUSH_HANDLERS } from './push';
import { SENSITIVEWORD_HANDLERS } from './sensitiveword';
import type { EndpointHandler } from './types';
import { ULTRAGROUP_HANDLERS } from './ultragroup';
import { ULTRAGROUP_REST_HANDLERS } from './ultragroupRest';
import { USER_HANDLERS } from './user';

export type { Behaviour, EndpointHandler, HandlerContext, HandlerResult, Params } from './types';
export { BEHAVIOURS } from './types';

export const HANDLERS: readonly EndpointHandler[] = [
  ...USER_HANDLERS,
  ...MESSAGE_HANDLERS,
  ...GROUP_HANDLERS,
  ...CHATROOM_HANDLERS,
  ...ULTRAGROUP_HANDLERS,
  ...ULTRAGROUP_REST_HANDLERS,
  ...CONVERSATION_HANDLERS,
  ...PUSH_HANDLERS,
  ...SENSITIVEWORD_HANDLERS,
  ...FRIEND_HANDLERS,
  ...ENTRUST_HANDLERS,
  ...AGENT_HANDLERS,
];

const byEndpoint = new Map(HANDLERS.map((h) => [h.endpoint.id, h]));

export function handlerFor(endpoint: EndpointSpec): EndpointHandler | undefined {
  return byEndpoint.get(endpoint.id);
}
