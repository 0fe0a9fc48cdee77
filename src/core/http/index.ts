/**
 * The `http` bundle (dist/http.js): the client over undici, loaded on the first send. Elsewhere
 * import it for its types only; the UI's types and constants live in ../sendResult.ts.
 */
export { RongClient } from './client';
/** A `# @callback` request signed in its query: Copy as cURL signs one without loading it at activation. */
export { buildCallbackRequest } from '../callbackRequest';
export type { Attempt, AttemptError, ClientOptions, SendInput, SendOutcome, SendResult } from '../sendResult';
