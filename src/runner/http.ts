/**
 * The runner's one door to the core's HTTP client: when the client moves (src/core/http/), only
 * this line changes.
 */
export { RongClient } from '../core/http';
export type { SendInput, SendOutcome, SendResult } from '../core/http';
