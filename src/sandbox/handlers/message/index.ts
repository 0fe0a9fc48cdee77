/** The sandbox's handlers of the message module (contract data: src/core/contract/message.ts). */
import type { EndpointHandler } from '../types';
import { broadcast, broadcastRecall, onlineBroadcast } from './broadcast';
import { chatroomBroadcast, chatroomPublish } from './chatroomPublish';
import { discussionPublish } from './discussionPublish';
import { expansionDelete, expansionQuery, expansionSet } from './expansion';
import { groupPublish } from './groupPublish';
import { history, historyDelete } from './historyLog';
import { chatroomHistoryQuery, groupHistoryQuery, privateHistoryQuery } from './historyQuery';
import { groupModify, privateModify } from './modify';
import { privatePublish } from './privatePublish';
import { recall } from './recall';
import { statusGroupPublish, statusPrivatePublish } from './statusPublish';
import { systemPublish } from './systemPublish';
import { privateTemplatePublish, systemTemplatePublish } from './template';

export const MESSAGE_HANDLERS: readonly EndpointHandler[] = [
  privatePublish,
  systemPublish,
  groupPublish,
  recall,
  broadcast,
  broadcastRecall,
  onlineBroadcast,
  history,
  historyDelete,
  statusPrivatePublish,
  statusGroupPublish,
  expansionSet,
  expansionDelete,
  expansionQuery,
  chatroomPublish,
  chatroomBroadcast,
  privateModify,
  groupModify,
  privateTemplatePublish,
  systemTemplatePublish,
  discussionPublish,
  privateHistoryQuery,
  groupHistoryQuery,
  chatroomHistoryQuery,
];
