/**
 * Sends a request for a profile: resolves hosts and credentials, signs through the (lazily loaded)
 * client, logs the outcome, and keeps issued tokens. Shared by the command, the playground and
 * .rong.http files so that all three behave the same.
 */
import * as vscode from 'vscode';
import type { EndpointSpec } from '../core/contract';
import { toLocale } from '../core/contract/errorCatalogue';
import type { FormParams } from '../core/request';
import type { SendResult } from '../core/sendResult';
import type { RongClient } from '../core/client';
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

  /** Sends; a problem before sending (no secret, bad host) is an Error with a clear message. */
  async send(input: SendRequestInput): Promise<SendResult> {
    const creds = await this.credentials.credentials(input.profile);
    if (!creds) {
      throw new Error(vscode.l10n.t('Profile "{0}" has no App Secret stored. Run "Rong: Set Credentials".', input.profile.name));
    }
    const hosts = input.baseUrl ? { primary: input.baseUrl } : hostsFor(input.profile, this.settings.current);
    if ('error' in hosts) throw new Error(hosts.error);
    const client = this.getClient();
    const result = await client.send({
      endpoint: input.endpoint,
      params: input.params,
      credentials: creds,
      hosts,
      nonce: input.nonce,
      timestamp: input.timestamp,
      extraHeaders: input.extraHeaders,
      signal: input.signal,
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
