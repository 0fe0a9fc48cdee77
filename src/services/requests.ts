/**
 * Sends a request for a profile: resolves hosts and credentials, signs through the (lazily loaded)
 * client, logs the outcome, and keeps issued tokens. Shared by the command, the playground and
 * .rong.http files so that all three behave the same.
 */
import * as vscode from 'vscode';
import type { EndpointSpec, HostList } from '../core/contract';
import { toLocale } from '../core/contract/errorCatalogue';
import { buildRequest, type Credentials, type FormParams, type PreparedRequest } from '../core/request';
import type { CallbackRequest } from '../core/callbackRequest';
import type { RefusalReason } from '../core/commandResult';
import { encodeForm } from '../core/form';
import { secretPlace } from '../core/secrets';
import type { SendResult } from '../core/sendResult';
import type { RongClient } from '../core/http';
import { hostsFor, type CredentialStore, type Profile } from './credentials';
import type { IssuedTokenStore } from './issuedTokens';
import { loadClientModule } from './bundles';
import type { RongLog } from './log';
import type { Settings } from './settings';

export interface SendRequestInput {
  readonly profile: Profile;
  readonly endpoint: EndpointSpec;
  readonly params: FormParams;
  readonly nonce?: string;
  readonly timestamp?: string;
  readonly extraHeaders?: ReadonlyArray<readonly [string, string]>;
  /** A full URL from a .rong.http file: its origin replaces the profile's hosts. */
  readonly baseUrl?: string;
  readonly signal?: AbortSignal;
  /** `# @callback`: sent to the app's own server, signed in the query as Rong signs callbacks. */
  readonly callback?: CallbackRequest;
}

export type SignRequestInput = Omit<SendRequestInput, 'signal'> & {
  /** Sent as X-Request-ID; a fresh one when absent. */
  readonly requestId?: string;
};

/** A send's result; a refusal before the client (no secret, no usable host) names its reason. */
export type ServiceSendResult = SendResult & { readonly reason?: RefusalReason };

/** A signed request (never the secret: only the signature), or why there is none. */
export type Signed =
  | { readonly request: PreparedRequest; readonly problem?: undefined }
  | { readonly request?: undefined; readonly problem: string; readonly reason?: RefusalReason };

interface Target {
  readonly credentials: Credentials;
  readonly hosts: HostList;
}

interface Problem {
  readonly problem: string;
  readonly reason: RefusalReason;
}

export class RequestService implements vscode.Disposable {
  private client: RongClient | undefined;
  private readonly listener: vscode.Disposable;

  constructor(
    private readonly settings: Settings,
    private readonly credentials: CredentialStore,
    private readonly tokens: IssuedTokenStore,
    private readonly log: RongLog,
  ) {
    // Timeouts, retries, proxy and catalogue are fixed per client: a settings change makes a new one.
    this.listener = settings.onDidChange(() => this.resetClient());
  }

  /**
   * Signs without sending: what the playground's preview and the `.rong.http` lens show. The same
   * secret and hosts as send() would use; the secret is read, used for the signature and dropped.
   */
  async sign(input: SignRequestInput): Promise<Signed> {
    const target = await this.target(input);
    if ('problem' in target) return target;
    const callback = input.callback;
    // A callback is signed in its query (core/callbackRequest.ts, in the lazily loaded client bundle).
    const build = callback ? (i: Parameters<typeof buildRequest>[0]) => loadClientModule().buildCallbackRequest(i, callback) : buildRequest;
    const request = build({
      endpoint: input.endpoint,
      params: input.params,
      baseUrl: target.hosts.primary,
      credentials: target.credentials,
      nonce: input.nonce,
      timestamp: input.timestamp,
      extraHeaders: input.extraHeaders,
      requestId: input.requestId,
    });
    return { request };
  }

  /** The profile's secret and hosts (a .rong.http file's own URL wins), or why a request cannot go. */
  private async target(input: SignRequestInput): Promise<Target | Problem> {
    const credentials = await this.credentials.credentials(input.profile);
    if (!credentials) {
      return { problem: vscode.l10n.t('Profile "{0}" has no App Secret stored. Run "Rong: Set Credentials".', input.profile.name), reason: 'noSecret' };
    }
    const hosts = input.baseUrl ? { primary: input.baseUrl } : hostsFor(input.profile, this.settings.current);
    if ('error' in hosts) return { problem: hosts.error, reason: 'host' };
    return { credentials, hosts };
  }

  /**
   * Sends. Never rejects: a problem before sending (no secret, bad host) is a 'refused' result with
   * its reason and nothing signed in `request`.
   */
  async send(input: SendRequestInput): Promise<ServiceSendResult> {
    const target = await this.target(input);
    if ('problem' in target) {
      this.log.warn(`${input.endpoint.path}: not sent: ${target.problem}`);
      return {
        outcome: 'refused',
        reason: target.reason,
        message: target.problem,
        request: { method: input.endpoint.method, url: input.endpoint.path, headers: [], body: encodeForm(input.params) },
        attempts: [],
        totalMs: 0,
      };
    }
    // The last guard, for every editor send: a request that would carry the App Secret never leaves.
    const callbackBody = input.callback ? ([['body', input.callback.body]] as const) : [];
    const place = secretPlace({ url: input.callback?.url ?? `${target.hosts.primary}${input.endpoint.path}`, headers: input.extraHeaders ?? [], params: [...input.params, ...callbackBody] }, [target.credentials.appSecret]);
    if (place) {
      const problem = vscode.l10n.t('Not sent: {0} would carry the App Secret (a variable or .env value that holds it?). A request that holds the App Secret is never sent.', place);
      this.log.warn(`${input.endpoint.path}: ${problem}`);
      return { outcome: 'refused', reason: 'secretInRequest', message: problem, request: { method: input.endpoint.method, url: input.endpoint.path, headers: [], body: '' }, attempts: [], totalMs: 0 };
    }
    const client = this.getClient();
    const result = await client.send({
      endpoint: input.endpoint,
      params: input.params,
      credentials: target.credentials,
      hosts: target.hosts,
      nonce: input.nonce,
      timestamp: input.timestamp,
      extraHeaders: input.extraHeaders,
      signal: input.signal,
      callback: input.callback,
    });
    this.log.request(result);
    if (result.outcome === 'success' && result.token && result.userId && !result.sharedWithInFlight) {
      const issuedAt = Date.now();
      await this.tokens.add(input.profile.name, {
        userId: result.userId,
        token: result.token,
        issuedAt,
        expiresAt: result.expiresAt ?? issuedAt,
      });
    }
    return result;
  }

  private getClient(): RongClient {
    if (!this.client) {
      const s = this.settings.current;
      const { RongClient } = loadClientModule();
      this.client = new RongClient({
        timeoutMs: s.timeoutMs,
        retries: s.retries,
        proxy: s.proxy,
        catalogue: s.catalogue,
        locale: toLocale(vscode.env.language),
      });
    }
    return this.client;
  }

  private resetClient(): void {
    const old = this.client;
    this.client = undefined;
    void old?.close().catch(() => undefined);
  }

  dispose(): void {
    this.listener.dispose();
    this.resetClient();
  }
}
