/**
 * The `http` bundle (dist/http.js): the client over undici, loaded on the first send. Elsewhere
 * import it for its types only; the UI's types and constants live in ../sendResult.ts.
 */
export { RongClient } from './client';
export type { Attempt, AttemptError, ClientOptions, SendInput, SendOutcome, SendResult } from '../sendResult';
