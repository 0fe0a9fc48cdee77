/** What every request of a run shares, and the one way a prepared request is sent. */
import type { ExchangeStore } from '../core/rongHttp';
import type { Credentials } from '../core/request';
import { secretPlace } from '../core/secrets';
import type { Locale } from '../core/text';
import { say } from './messages';
import { UsageError } from './usage';
import type { RunConfig } from './args';
import type { RongClient, SendResult } from './http';
import type { PreparedRequest } from './prepare';
import type { Progress } from './progress';
import type { VariablePairs } from './variables';

export interface RunIo {
  readonly cwd: string;
  readonly version: string;
  readonly signal: AbortSignal;
  readonly progress: Progress;
  /** Progress notes and warnings for a person (stderr): never the report itself. */
  readonly note: (line: string) => void;
  /** For {{$processEnv NAME}}: the environment without RONG_APP_SECRET (never substituted into a request). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface RunContext {
  readonly config: RunConfig;
  readonly io: RunIo;
  readonly client: RongClient;
  readonly credentials: Credentials;
  /** For requests that name no host. */
  readonly baseUrl: string | undefined;
  readonly envVars: VariablePairs;
  /** The latest exchange of each named request in this run ({{name.response.body.x}}). */
  readonly exchanges: ExchangeStore;
  /** Requests the last guard refused (they held the App Secret): the run ends with exit 2. */
  readonly refusals: SecretRefusal[];
}

/** A request refused by the last guard: it would carry the App Secret. Names the place, never the value. */
export class SecretRefusal extends UsageError {
  constructor(
    readonly line: number,
    readonly place: string,
    locale: Locale,
  ) {
    super(`${line}: ${say('secretRefused', locale, { place })}`);
  }
}

/** Where a prepared request would carry the run's App Secret, however it got there; undefined when nowhere. */
export function secretPlaceOf(ctx: Pick<RunContext, 'credentials'>, r: PreparedRequest): string | undefined {
  const callback = r.callback ? ([['body', r.callback.body]] as const) : [];
  return secretPlace({ url: r.callback?.url ?? r.baseUrl + r.endpoint.path, headers: r.headers, params: [...r.params, ...callback] }, [ctx.credentials.appSecret]);
}

/** Sends, after the last guard: a request that would carry the App Secret throws a SecretRefusal (exit 2). */
export function send(ctx: RunContext, r: PreparedRequest, signal: AbortSignal): Promise<SendResult> {
  const place = secretPlaceOf(ctx, r);
  if (place) {
    const refusal = new SecretRefusal(r.line, place, ctx.config.locale);
    ctx.refusals.push(refusal);
    return Promise.reject(refusal);
  }
  return ctx.client.send({
    endpoint: r.endpoint,
    params: r.params,
    credentials: ctx.credentials,
    hosts: { primary: r.baseUrl },
    nonce: r.nonce,
    timestamp: r.timestamp,
    extraHeaders: r.headers,
    signal,
    ...(r.callback ? { callback: r.callback } : {}),
  });
}
