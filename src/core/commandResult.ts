/**
 * The one result shape of every command called with automation arguments (and of the headless
 * runner to come): how it ended (`outcome`), the Rong code, the local findings, and — when a request
 * went out — everything the client's SendResult carries. A command throws only for a programming
 * error (arguments of the wrong type). Plain TypeScript: no 'vscode', so the runner can share it.
 */
import type { SendOutcome, SendResult } from './sendResult';
import type { Finding } from './validation';

/**
 * The client's outcomes, plus 'invalid': the input broke a rule before anything was sent
 * (`findings` say which, `code` is the first finding's code, e.g. 1005 for a 65-byte userId);
 * and 'assertionFailed': the request was answered, but a `??` line of it did not hold (core/verdict).
 * 'refused' keeps the client's meaning, "well-formed but not sent", and names its `reason`.
 */
export type CommandOutcome = SendOutcome | 'invalid' | 'assertionFailed';

/** Why a well-formed request or action did not happen (with outcome 'refused'). */
export type RefusalReason =
  /** No profile (none stored, or none of the given name). */
  | 'noProfile'
  /** The profile has no App Secret in the secret store. */
  | 'noSecret'
  /** The profile's or the settings' host is not usable. */
  | 'host'
  /** No issued token matches. */
  | 'noToken'
  /** The local sandbox could not start. */
  | 'sandbox'
  /** The HTTP client refused (closed, a proxy refused, …): see `message`. */
  | 'client'
  /** The request would carry the App Secret (a variable or .env value holding it): never sent. */
  | 'secretInRequest';

export interface CommandEnding {
  readonly outcome: CommandOutcome;
  /** The server's body code, or the first finding's code for a local refusal. */
  readonly code?: number;
  /** What local validation found; empty when it found nothing or did not apply. */
  readonly findings: readonly Finding[];
  /** One plain sentence saying what happened (for people; the other fields are for code). */
  readonly message: string;
  readonly reason?: RefusalReason;
}

/** An ending with what a command returns besides (a cURL, a profile name, a sandbox URL …). */
export type CommandResult<T extends object = object> = CommandEnding & T;

/** The result of a command that sends: the SendResult's fields are there when something was sent. */
export type SendCommandResult = CommandEnding & Partial<Omit<SendResult, keyof CommandEnding>>;

export function succeeded<T extends object>(message: string, data: T): CommandResult<T> {
  return { outcome: 'success', findings: [], message, ...data };
}

/** A local validation failure: nothing was sent. */
export function invalid(findings: readonly Finding[], message: string): CommandEnding {
  return { outcome: 'invalid', code: findings[0]?.code, findings, message };
}

export function refused(reason: RefusalReason, message: string): CommandEnding {
  return { outcome: 'refused', reason, findings: [], message };
}

export function cancelled(message = 'cancelled'): CommandEnding {
  return { outcome: 'cancelled', findings: [], message };
}

/** A send's result as a command result; a refusal without a reason is the client's own. */
export function fromSend(result: SendResult & { readonly reason?: RefusalReason }, findings: readonly Finding[] = []): SendCommandResult {
  return { ...result, findings, ...(result.outcome === 'refused' ? { reason: result.reason ?? 'client' } : {}) };
}

export function isSuccess(result: CommandEnding | undefined): boolean {
  return result?.outcome === 'success';
}
