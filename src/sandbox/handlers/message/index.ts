/** The sandbox's handlers of the message module (contract data: src/core/contract/message.ts). */
import type { EndpointHandler } from '../types';
import { groupPublish } from './groupPublish';
import { privatePublish } from './privatePublish';
import { systemPublish } from './systemPublish';

export const MESSAGE_HANDLERS: readonly EndpointHandler[] = [
  groupPublish,
  privatePublish,
  systemPublish,
];
