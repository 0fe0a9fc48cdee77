/** The sandbox's handlers of the chatroom module (contract data: src/core/contract/chatroom.ts); state in ./tables.ts. */
import type { EndpointHandler } from '../types';
import { chatroomEntryBatchSet, chatroomEntryQuery, chatroomEntryRemove, chatroomEntrySet } from './entries';
import { MEMBER_HANDLERS } from './members';
import { ROOM_FLAG_HANDLERS } from './roomFlags';
import { chatroomCreate, chatroomCreateNew, chatroomDestroy, chatroomDestroySet, chatroomGet, chatroomQuery } from './rooms';
import { SET_HANDLERS } from './sets';
import { TIMED_HANDLERS } from './timed';

export const CHATROOM_HANDLERS: readonly EndpointHandler[] = [
  chatroomCreate,
  chatroomCreateNew,
  chatroomDestroy,
  chatroomDestroySet,
  chatroomGet,
  chatroomQuery,
  ...MEMBER_HANDLERS,
  ...TIMED_HANDLERS,
  ...SET_HANDLERS,
  ...ROOM_FLAG_HANDLERS,
  chatroomEntrySet,
  chatroomEntryBatchSet,
  chatroomEntryRemove,
  chatroomEntryQuery,
];
