/**
 * The bodies the sandbox answers with, under either behaviour. Contract errors are
 * `{"code":N,"errorMessage":"<中文> (<English>): <detail>"}`; realService uses the live service's own
 * words where endpoints.md records them ("Errors seen on the live service").
 */
import { CONTRACT_CATALOGUE } from '../core/contract/errorCatalogue';
import type { Behaviour } from './handlers';

export interface Answer {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The HTTP status that comes with each body code of the contract. */
export const HTTP_STATUS_BY_CODE: Readonly<Record<number, number>> = {
  200: 200,
  1002: 401,
  1003: 400,
  1004: 400,
  1005: 400,
  1006: 400,
  1007: 400,
};

/** Body code of a signing failure under contract (the contract's catalogue has none; the HTTP status says it). */
export const SIGNATURE_ERROR_CODE = 401;
/** The live service's body code and message for a signing failure (endpoints.md). */
export const LIVE_SIGNATURE_CODE = 1004;
export const LIVE_SIGNATURE_MESSAGE = '签名错误，请检查。';
/** The live service's code for an unknown App-Key and for a missing parameter. */
export const LIVE_PARAMETER_CODE = 1002;
export const LIVE_UNKNOWN_APP_KEY_MESSAGE = 'invalid App-Key.';

export function contractError(code: number, detail: string, status = HTTP_STATUS_BY_CODE[code] ?? 400): Answer {
  const meaning = CONTRACT_CATALOGUE.get(code);
  const errorMessage = meaning ? `${meaning.zh} (${meaning.en}): ${detail}` : detail;
  return { status, body: { code, errorMessage } };
}

/** A signing failure; `mismatch` is a wrong signature (not a missing or malformed header). */
export function signingError(behaviour: Behaviour, detail: string, mismatch: boolean, extra: Record<string, string> = {}): Answer {
  if (behaviour === 'realService') {
    const errorMessage = mismatch ? LIVE_SIGNATURE_MESSAGE : `${LIVE_SIGNATURE_MESSAGE} (${detail})`;
    return { status: 401, body: { code: LIVE_SIGNATURE_CODE, errorMessage } };
  }
  return { status: 401, body: { code: SIGNATURE_ERROR_CODE, errorMessage: `签名错误 (Signature error): ${detail}`, ...extra } };
}

export function appKeyError(behaviour: Behaviour, detail: string): Answer {
  return behaviour === 'realService'
    ? { status: 401, body: { code: LIVE_PARAMETER_CODE, errorMessage: LIVE_UNKNOWN_APP_KEY_MESSAGE } }
    : contractError(1002, detail);
}

/** realService: a missing parameter is 1002 "<name> is required." as the live service says. */
export function missingParameter(name: string): Answer {
  return { status: 400, body: { code: LIVE_PARAMETER_CODE, errorMessage: `${name} is required.` } };
}

export function ok(body: Readonly<Record<string, unknown>>): Answer {
  return { status: 200, body: { code: 200, ...body } };
}
