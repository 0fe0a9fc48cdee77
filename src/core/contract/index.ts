/**
 * The API contract as data: every endpoint with its parameters, rules and success body; limits;
 * regions and hosts; the error catalogue. Sources: shared/spec/register-user.zh.md (the contract),
 * api-notes.md and endpoints.md. Adding an endpoint is adding its record to a module's file here
 * (and one sandbox handler); every surface reads it from this list.
 */
import { AGENT_ENDPOINTS } from './agent';
import { CHATROOM_ENDPOINTS } from './chatroom';
import { CONVERSATION_ENDPOINTS } from './conversation';
import { ENTRUST_ENDPOINTS } from './entrust';
import { FRIEND_ENDPOINTS } from './friend';
import { GROUP_ENDPOINTS } from './group';
import { MESSAGE_ENDPOINTS } from './message';
import { PUSH_ENDPOINTS } from './push';
import { SENSITIVEWORD_ENDPOINTS } from './sensitiveword';
import { ULTRAGROUP_ENDPOINTS } from './ultragroup';
import { ULTRAGROUP_REST_ENDPOINTS } from './ultragroupRest';
import type { Text } from '../text';
import type { EndpointSpec, ModuleId, ParamSpec } from './types';
import { USER_ENDPOINTS } from './user';

export * from './types';
export * from './limits';
export * from './regions';
export { GET_TOKEN } from './user';

/** Every endpoint the product knows, grouped by module in this order. Pure, so that a bundle using only this file's helpers leaves the records out (activation). */
export const ENDPOINTS: readonly EndpointSpec[] = /* @__PURE__ */ (() => [
  ...USER_ENDPOINTS,
  ...MESSAGE_ENDPOINTS,
  ...GROUP_ENDPOINTS,
  ...CHATROOM_ENDPOINTS,
  ...ULTRAGROUP_ENDPOINTS,
  ...ULTRAGROUP_REST_ENDPOINTS,
  ...CONVERSATION_ENDPOINTS,
  ...PUSH_ENDPOINTS,
  ...SENSITIVEWORD_ENDPOINTS,
  ...FRIEND_ENDPOINTS,
  ...ENTRUST_ENDPOINTS,
  ...AGENT_ENDPOINTS,
])();

/** The modules in the pickers' order (issue 18's list). */
export const MODULES: readonly ModuleId[] = ['user', 'message', 'group', 'chatroom', 'ultragroup', 'conversation', 'push', 'sensitiveword', 'friend', 'entrust', 'agent'];

export const MODULE_TITLES = {
  user: { en: 'User', zh: '用户' },
  message: { en: 'Message', zh: '消息' },
  group: { en: 'Group', zh: '群组' },
  chatroom: { en: 'Chatroom', zh: '聊天室' },
  ultragroup: { en: 'Ultragroup', zh: '超级群' },
  conversation: { en: 'Conversation', zh: '会话' },
  push: { en: 'Push', zh: '推送' },
  sensitiveword: { en: 'Sensitive words', zh: '敏感词' },
  friend: { en: 'Friend', zh: '好友' },
  entrust: { en: 'Group information hosting', zh: '群组信息托管' },
  agent: { en: 'AI agents', zh: '智能体' },
} as const satisfies Record<ModuleId, Text>;

let byPath: Map<string, EndpointSpec> | undefined;
let byId: Map<string, EndpointSpec> | undefined;

export function findEndpoint(path: string): EndpointSpec | undefined {
  return (byPath ??= new Map(ENDPOINTS.map((e) => [e.path, e]))).get(path);
}

export function findEndpointById(id: string): EndpointSpec | undefined {
  return (byId ??= new Map(ENDPOINTS.map((e) => [e.id, e]))).get(id);
}

export function findParam(endpoint: EndpointSpec, name: string): ParamSpec | undefined {
  return endpoint.params.find((p) => p.name === name);
}
