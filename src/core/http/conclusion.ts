/**
 * What a send's last answer comes to: the outcome (success, apiError, httpError, invalidResponse)
 * and one plain sentence, from the HTTP status, the body's code and what the attempts before it did.
 */
import { STATUS_CODES } from 'node:http';
import { TOKEN_VALIDITY_MS, USER_EXISTS_CODE } from '../contract';
import type { Attempt, SendInput, SendOutcome, SendResult } from '../sendResult';
import type { Clock } from '../signing';
import { countSuffix, formatSeconds } from './failure';
import { paramValues } from './label';
import { describeBody, isSuccess, type Reading } from './response';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** What a finished send says, before the request, attempts and time are added. */
export type Conclusion = Omit<Mutable<SendResult>, 'request' | 'attempts' | 'totalMs'>;

/** What the conclusion needs to know about the send. */
export interface SendSoFar {
  readonly input: SendInput;
  readonly attempts: readonly Attempt[];
  /** The first attempt that may have reached the server without its answer reaching us. */
  readonly ambiguous: Attempt | undefined;
  readonly clock: Clock;
}

const TOKEN_VALIDITY_DAYS = Math.round(TOKEN_VALIDITY_MS / 86_400_000);

export function conclude(run: SendSoFar, status: number, reading: Reading): Conclusion {
  const { code, parsed } = reading;
  if (isSuccess(status, parsed)) return success(run, status, reading);
  // A receiver of a callback answers what it likes: Rong reads only the HTTP status (callbacks.md).
  if (run.input.callback && status >= 200 && status < 300) return answer(status, reading, 'success', `HTTP ${status} from the callback receiver`);
  if (parsed.kind === 'tooLarge') return answer(status, reading, 'invalidResponse', `HTTP ${status} with ${describeBody(parsed)}`);
  // Refused credentials and rate limits are HTTP-level answers whatever code the body carries.
  const httpLevel = status === 401 || status === 403 || status === 407 || status === 429;
  if (code !== undefined && code !== status && code !== 200 && status < 500 && !httpLevel) return apiError(run, status, reading, code);
  if (status >= 200 && status < 300) {
    const expected = parsed.kind === 'json' && code === undefined ? '' : '; expected JSON with an integer "code"';
    return answer(status, reading, 'invalidResponse', `HTTP ${status} with ${describeBody(parsed)}${expected}`);
  }
  return httpError(run, status, reading);
}

/** HTTP 429 asking for a longer wait than the client allows. */
export function retryAfterTooLong(run: SendSoFar, status: number, reading: Reading, waitMs: number, maxMs: number): Conclusion {
  const message =
    `HTTP 429 Too Many Requests: the server asks to wait ${formatSeconds(waitMs)} before retrying, ` +
    `longer than the ${formatSeconds(maxMs)} this client waits; try again later${countSuffix(run.attempts)}`;
  return answer(status, reading, 'httpError', message);
}

function success(run: SendSoFar, status: number, reading: Reading): Conclusion {
  const result = answer(status, reading, 'success', `200 ${reading.meaning ?? 'Success'}`);
  const { endpoint, params } = run.input;
  if (!endpoint.issuesToken || reading.parsed.kind !== 'json') return result;
  // The user the token is for: the answer says; else the parameter that labels the request.
  const userId = reading.parsed.userId ?? paramValues(params, endpoint.labelParam)[0];
  const token = reading.parsed.token;
  if (userId !== undefined) result.userId = userId;
  if (token !== undefined) {
    result.token = token;
    result.expiresAt = run.clock.now() + TOKEN_VALIDITY_MS;
    result.message += `: token issued for ${endpoint.labelParam ?? 'user'} "${userId ?? '?'}", valid for ${TOKEN_VALIDITY_DAYS} days`;
  }
  return result;
}

function apiError(run: SendSoFar, status: number, reading: Reading, code: number): Conclusion {
  const serverSays = serverSaid(reading);
  const detail = status !== 200 ? (serverSays ? `HTTP ${status}; ${serverSays}` : `HTTP ${status}`) : serverSays;
  const result = answer(status, reading, 'apiError', `${code} ${reading.meaning ?? '(a code that is not in the error catalogue)'}${detail ? ` (${detail})` : ''}`);
  if (code === USER_EXISTS_CODE && run.input.endpoint.issuesToken && run.ambiguous) {
    result.likelyRegisteredEarlier = true;
    result.message += `: the earlier attempt that failed (${run.ambiguous.error?.message ?? 'no answer'}) most likely registered the user, but its answer with the token was lost`;
  }
  return result;
}

function httpError(run: SendSoFar, status: number, reading: Reading): Conclusion {
  const { code, meaning, parsed } = reading;
  const serverSays = serverSaid(reading);
  let detail: string;
  if (code !== undefined) detail = `body code ${code}${meaning ? ` (${meaning})` : ''}${serverSays ? `, ${serverSays}` : ''}`;
  else if (parsed.kind === 'json' && serverSays) detail = serverSays;
  else detail = describeBody(parsed);
  const reason = STATUS_CODES[status];
  return answer(status, reading, 'httpError', `HTTP ${status}${reason ? ` ${reason}` : ''}: ${detail}${httpHint(status)}${countSuffix(run.attempts)}`);
}

/** The server's own errorMessage, when it adds something to the catalogue's meaning. */
function serverSaid({ parsed, meaning }: Reading): string {
  return parsed.kind === 'json' && parsed.errorMessage && parsed.errorMessage !== meaning ? `server says "${clip(parsed.errorMessage)}"` : '';
}

function answer(status: number, reading: Reading, outcome: SendOutcome, message: string): Conclusion {
  const result: Conclusion = { outcome, message, httpStatus: status, body: reading.body, responseHeaders: reading.headers };
  if (reading.code !== undefined) result.code = reading.code;
  if (reading.meaning !== undefined) result.meaning = reading.meaning;
  if (reading.meaningSource !== undefined) result.meaningSource = reading.meaningSource;
  return result;
}

function httpHint(status: number): string {
  switch (status) {
    case 401:
      return ' — the server rejected the App Key or the signature; check the App Key, the App Secret and the clock';
    case 403:
      return ' — the App Key may not call this endpoint';
    case 404:
      return ' — check the base URL and the endpoint path';
    case 429:
      return ' — rate limit: wait before sending again';
    default:
      return '';
  }
}

function clip(s: string, max = 200): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
