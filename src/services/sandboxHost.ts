/**
 * The local sandbox inside the extension host: started on demand on 127.0.0.1 with a free port,
 * with a "sandbox" profile pointing at it. Its demo app is kept (secret in SecretStorage) and its
 * registrations persist in the extension's global storage, so tokens survive a restart.
 *
 * One writer per state file: every window of this VS Code shares the state file, and the sandbox
 * locks it. When another window's sandbox holds it, this window uses that sandbox (the profile
 * points at its URL) instead of starting a second one; Stop then only forgets it, and when that
 * sandbox goes away the next Start starts one here.
 */
import * as vscode from 'vscode';
import type { SandboxServer, StateOwner } from '../sandbox/server';
import type { CredentialStore } from './credentials';
import { loadSandboxModule } from './bundles';
import type { RongLog } from './log';

export const SANDBOX_PROFILE = 'sandbox';

/** Where the sandbox this window uses listens, and whether another window runs it. */
export interface SandboxEndpoint {
  readonly url: string;
  readonly appKey: string;
  /** True when another window (or process) runs it and holds the state file. */
  readonly shared: boolean;
}

export class SandboxHost implements vscode.Disposable {
  private server: SandboxServer | undefined;
  /** Another window's sandbox, used instead of starting one. */
  private sharedWith: SandboxEndpoint | undefined;
  private starting: Promise<SandboxEndpoint> | undefined;
  /** The demo app of the sandbox in use (kept in the sandbox profile). */
  private app: { readonly appKey: string; readonly appSecret: string } | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly credentials: CredentialStore,
    private readonly storageUri: vscode.Uri,
    private readonly log: RongLog,
    /** rong.errorCatalogue: the sandbox behaves as the contract or as the live service; read at each start. */
    private readonly behaviour: () => 'contract' | 'realService' = () => 'contract',
  ) {}

  get running(): SandboxServer | undefined {
    return this.server;
  }

  /** The state file in global storage (shared by every window of this VS Code). */
  get statePath(): string {
    return vscode.Uri.joinPath(this.storageUri, 'sandbox-state.json').fsPath;
  }

  /** The sandbox this window uses (its own or a shared one), if any. */
  get endpoint(): SandboxEndpoint | undefined {
    if (this.server) return { url: this.server.url, appKey: this.server.apps[0].appKey, shared: false };
    return this.sharedWith;
  }

  /** Starts (or returns the running or shared) sandbox and makes the sandbox profile point at it. */
  async start(): Promise<SandboxEndpoint> {
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    const endpoint = await this.starting;
    // Saved at every start: the profile becomes active, and a window that used another window's
    // sandbox points back at its own once it runs one.
    if (this.app) await this.credentials.save({ name: SANDBOX_PROFILE, appKey: this.app.appKey, baseUrl: endpoint.url }, this.app.appSecret);
    return endpoint;
  }

  /** The shared sandbox stopped answering (its window closed): forget it, so that Start starts one here. */
  lostShared(reason: string): void {
    if (!this.sharedWith || this.server) return;
    this.log.warn(`the shared sandbox at ${this.sharedWith.url} no longer answers (${reason}); Start Local Sandbox starts one in this window`);
    this.sharedWith = undefined;
    this.emitter.fire();
  }

  private async doStart(): Promise<SandboxEndpoint> {
    const current = this.endpoint;
    if (current && !current.shared) return current;
    if (current && (await answers(current.url))) return current;
    this.sharedWith = undefined;
    const { SandboxServer, StateInUseError, generateDemoApp } = loadSandboxModule();
    const previous = this.credentials.get(SANDBOX_PROFILE);
    const previousSecret = previous ? await this.credentials.secret(SANDBOX_PROFILE) : undefined;
    const app = previous && previousSecret ? { appKey: previous.appKey, appSecret: previousSecret } : generateDemoApp();
    await vscode.workspace.fs.createDirectory(this.storageUri);
    let server: SandboxServer;
    try {
      server = await SandboxServer.start({
        host: '127.0.0.1',
        port: 0,
        apps: [app],
        behaviour: this.behaviour(),
        statePath: this.statePath,
        log: (line) => this.log.trace(`sandbox: ${line}`),
      });
    } catch (err) {
      if (!(err instanceof StateInUseError) || !err.owner?.url) throw err;
      return this.share(err.owner, app);
    }
    this.server = server;
    this.app = app;
    this.log.info(`sandbox listening on ${server.url} (app ${app.appKey}, behaviour ${server.behaviour}; rong.errorCatalogue applies at the next start)`);
    this.emitter.fire();
    return { url: server.url, appKey: app.appKey, shared: false };
  }

  /** The state file is another sandbox's: use it. Its app is ours (the profile's secret is shared by the windows). */
  private share(owner: StateOwner, app: { appKey: string; appSecret: string }): SandboxEndpoint {
    const url = owner.url ?? '';
    this.app = app;
    this.sharedWith = { url, appKey: app.appKey, shared: true };
    this.log.info(`the sandbox state file is held by another sandbox (pid ${owner.pid} on ${owner.hostname}, since ${owner.startedAt}): using it at ${url}`);
    this.emitter.fire();
    return this.sharedWith;
  }

  /** Stops this window's sandbox; a shared one is only forgotten (its window keeps running it). */
  async stop(): Promise<boolean> {
    await this.starting?.catch(() => undefined);
    if (!this.server && this.sharedWith) {
      const url = this.sharedWith.url;
      this.sharedWith = undefined;
      this.log.info(`stopped using the shared sandbox at ${url}; it keeps running in its own window`);
      this.emitter.fire();
      return true;
    }
    const server = this.server;
    if (!server) return false;
    this.server = undefined;
    await server.stop();
    this.log.info('sandbox stopped');
    this.emitter.fire();
    return true;
  }

  dispose(): void {
    void this.stop();
    this.emitter.dispose();
  }
}

/** Whether a sandbox answers at `url` (its control's state route). */
async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_sandbox/state?app=-`, { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.status === 404 || res.ok;
  } catch {
    return false;
  }
}
