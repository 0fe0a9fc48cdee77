/** What every request of a run shares, and the one way a prepared request is sent. */
import type { ExchangeStore } from '../core/rongHttp';
import type { Credentials } from '../core/request';
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
}

export function send(ctx: RunContext, r: PreparedRequest, signal: AbortSignal): Promise<SendResult> {
  return ctx.client.send({
    endpoint: r.endpoint,
    params: r.params,
    credentials: ctx.credentials,
    hosts: { primary: r.baseUrl },
    nonce: r.nonce,
    timestamp: r.timestamp,
    extraHeaders: r.headers,
    signal,
  });
}
