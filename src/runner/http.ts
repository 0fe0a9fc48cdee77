/**
 * The runner's one door to the core's HTTP client: when the client moves (src/core/http/), only
 * this line changes.
 */
export { RongClient } from '../core/client';
export type { SendInput, SendOutcome, SendResult } from '../core/client';
