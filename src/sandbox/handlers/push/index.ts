/** The sandbox's handlers of the push module (contract data: src/core/contract/push.ts). */
import type { EndpointHandler } from '../types';
import { push, pushCustom, pushUser } from './push';

export const PUSH_HANDLERS: readonly EndpointHandler[] = [push, pushUser, pushCustom];
