/** The sandbox's handlers of the conversation module (contract data: src/core/contract/conversation.ts). */
import type { EndpointHandler } from '../types';
import { historyClean } from './historyClean';
import { notificationGet, notificationSet, typeNotificationGet, typeNotificationSet } from './notification';
import { attributeGet, tagConversationDel, tagConversationGet, tagConversationSet } from './tagConversations';
import { topSet } from './top';

export const CONVERSATION_HANDLERS: readonly EndpointHandler[] = [
  historyClean,
  notificationGet,
  notificationSet,
  topSet,
  typeNotificationGet,
  typeNotificationSet,
  tagConversationSet,
  tagConversationDel,
  tagConversationGet,
  attributeGet,
];
