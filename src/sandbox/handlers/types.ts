/**
 * What an endpoint's handler is: given the decoded, validated parameters (validateParams has passed:
 * required ones are present, every value keeps its rule, a repeated key is an array), the model and
 * the clock, it returns the success body and the records of the change, or a business error. It
 * never changes the model itself: the server applies the records and answers once they are kept.
 */
import type { EndpointSpec } from '../../core/contract';
import type { Clock } from '../../core/signing';
import type { SandboxModel, SandboxRecord } from '../model';

/**
 * How the sandbox answers where the contract and the live service differ (issue 11, item 7):
 * `contract` (the default) as register-user.zh.md says; `realService` as the live service does.
 */
export type Behaviour = 'contract' | 'realService';

export const BEHAVIOURS: readonly Behaviour[] = ['contract', 'realService'];

/** Each known parameter's values in the order sent (one value unless the parameter is repeated). */
export type Params = ReadonlyMap<string, readonly string[]>;

export interface HandlerContext {
  readonly app: string;
  readonly model: SandboxModel;
  readonly clock: Clock;
  readonly behaviour: Behaviour;
  /** A fresh opaque token (43 base64url characters). */
  newToken(): string;
  /** A fresh message UID like the live service's, `XXXX-XXXX-XXXX-XXXX`. */
  newMessageUID(): string;
}

export type HandlerResult =
  /** 200: `body` follows `code` in the answer; `records` (maybe none) are the change. */
  | { readonly body: Readonly<Record<string, unknown>>; readonly records: readonly SandboxRecord[] }
  /** A business error: the body code and what is wrong (input in it clipped, see echo.ts). */
  | { readonly error: number; readonly detail: string };

export interface EndpointHandler {
  readonly endpoint: EndpointSpec;
  /**
   * What the sandbox keeps and answers for this endpoint, one or two English sentences, with every
   * choice made where no source says (docs/coverage.md's sandbox column is these, generated).
   */
  readonly keeps: string;
  handle(params: Params, ctx: HandlerContext): HandlerResult;
}
