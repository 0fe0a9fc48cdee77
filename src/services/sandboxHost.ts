/**
 * The local sandbox inside the extension host: started on demand on 127.0.0.1 with a free port,
 * with a "sandbox" profile pointing at it. Its demo app is kept beside the state file
 * (sandboxApp.ts) and its registrations persist in the extension's global storage, so tokens
 * survive a restart.
 *
 * One writer per state file: every window of this VS Code shares the state file, and the sandbox
 * locks it. When another window's sandbox holds it, this window uses that sandbox (the profile
 * points at its URL, the app is the one kept beside the state file) instead of starting a second
 * one. While it does, it checks every OWNER_CHECK_MS that the owner still serves; once the owner is
 * gone (its port refuses and its lock is released), it starts the sandbox itself on the same state
 * file and, when free, the same port, so a copied cURL command keeps working. Stop only forgets it.
 */
import * as vscode from 'vscode';
import type { SandboxServer, StateOwner } from '../sandbox/server';
import { checkCredentialField, type CredentialStore } from './credentials';
import { loadSandboxModule } from './bundles';
import type { RongLog } from './log';
import { loadDemoApp, type DemoApp } from './sandboxApp';
import type { SandboxCallbackUrls } from './settings';

export const SANDBOX_PROFILE = 'sandbox';

/** How often a window that uses another window's sandbox checks that it still serves. */
const OWNER_CHECK_MS = 1000;

/** Where the sandbox this window uses listens, and whether another window runs it. */
export interface SandboxEndpoint {
  readonly url: string;
  readonly appKey: string;
  /** True when another window (or process) runs it and holds the state file. */
  readonly shared: boolean;
}

/** A started sandbox, or the holder of the state file with its URL. */
type Listened = { readonly endpoint: SandboxEndpoint } | { readonly owner: StateOwner & { readonly url: string } };

export class SandboxHost implements vscode.Disposable {
  private server: SandboxServer | undefined;
  /** Another window's sandbox, used instead of starting one. */
  private sharedWith: SandboxEndpoint | undefined;
  private starting: Promise<SandboxEndpoint> | undefined;
  /** The demo app of the sandbox in use (kept beside the state file). */
  private app: DemoApp | undefined;
  /** While sharing: the periodic check that the owner still serves. */
  private ownerCheck: NodeJS.Timeout | undefined;
  private checking = false;
  private disposed = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly credentials: CredentialStore,
    private readonly storageUri: vscode.Uri,
    private readonly log: RongLog,
    /** rong.errorCatalogue: the sandbox behaves as the contract or as the live service; read at each start. */
    private readonly behaviour: () => 'contract' | 'realService' = () => 'contract',
    /** rong.sandbox.callbacks: applied at each start and on every change (the setting wins over a PUT /_sandbox/callbacks). */
    private readonly callbackUrls: () => SandboxCallbackUrls = () => ({}),
  ) {}

  /** The setting's callback URLs given to this window's sandbox (kept in its state); nothing when they are already its. */
  async applyCallbacks(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const appKey = server.apps[0].appKey;
    const current = server.callbacks.config(appKey);
    const urls = this.callbackUrls();
    if (current.routing === urls.routing && current.status === urls.status && current.audit === urls.audit) return;
    const config = server.callbacks.check({ ...urls, auditTimeoutMs: current.auditTimeoutMs, routeServerApi: current.routeServerApi });
    if (typeof config === 'string') throw new Error(config);
    await server.setCallbackConfig(appKey, config);
  }

  get running(): SandboxServer | undefined {
    return this.server;
  }

  /** The state file in global storage (shared by every window of this VS Code). */
  get statePath(): string {
    return vscode.Uri.joinPath(this.storageUri, 'sandbox-state.json').fsPath;
  }

  /** The demo app every window's sandbox uses, beside the state file. */
  get appPath(): string {
    return vscode.Uri.joinPath(this.storageUri, 'sandbox-app.json').fsPath;
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
    await this.saveProfile(endpoint, true);
    return endpoint;
  }

  /** The shared sandbox stopped answering (the view could not read it): check its owner now. */
  lostShared(reason: string): void {
    if (!this.sharedWith || this.server) return;
    this.log.warn(`the shared sandbox at ${this.sharedWith.url} no longer answers (${reason})`);
    void this.checkOwner();
  }

  private async doStart(): Promise<SandboxEndpoint> {
    const current = this.endpoint;
    if (current && !current.shared) return current;
    if (current && (await answers(current.url))) return current;
    this.forgetShared();
    await vscode.workspace.fs.createDirectory(this.storageUri);
    const app = await this.demoApp();
    this.app = app;
    // After a shared sandbox went: its port, so that a copied cURL command keeps working.
    const listened = await this.listen(app, current ? Number(new URL(current.url).port) : 0);
    if ('endpoint' in listened) return listened.endpoint;
    return this.share(listened.owner);
  }

  /** The app kept beside the state file; the first start keeps this window's earlier sandbox app, or a new one. */
  private async demoApp(): Promise<DemoApp> {
    const loaded = await loadDemoApp(this.appPath, () => this.earlierApp(), checkCredentialField);
    if ('app' in loaded) return loaded.app;
    throw new Error(vscode.l10n.t(
      'The sandbox demo app file {0} is not valid ({1}). Delete it to make a new demo app; users registered under the old one are then unknown to the sandbox.',
      this.appPath, loaded.problem,
    ));
  }

  /** The sandbox profile's app from before the app file existed (only if it pointed at a local sandbox), else a new one. */
  private async earlierApp(): Promise<DemoApp> {
    const previous = this.credentials.get(SANDBOX_PROFILE);
    const local = previous?.baseUrl !== undefined && /^http:\/\/127\.0\.0\.1:\d+$/.test(previous.baseUrl);
    const secret = previous && local ? await this.credentials.secret(SANDBOX_PROFILE) : undefined;
    return previous && secret ? { appKey: previous.appKey, appSecret: secret } : loadSandboxModule().generateDemoApp();
  }

  /** Starts a sandbox on the state file on `port` (0: a free one; a busy port falls back to one), or names its holder. */
  private async listen(app: DemoApp, port: number): Promise<Listened> {
    const { SandboxServer, StateInUseError } = loadSandboxModule();
    let server: SandboxServer;
    try {
      server = await SandboxServer.start({
        host: '127.0.0.1',
        port,
        apps: [app],
        behaviour: this.behaviour(),
        statePath: this.statePath,
        log: (line) => this.log.trace(`sandbox: ${line}`),
      });
    } catch (err) {
      if (err instanceof StateInUseError && err.owner?.url) return { owner: { ...err.owner, url: err.owner.url } };
      if (err instanceof StateInUseError || port === 0) throw err;
      this.log.info(`the sandbox could not listen on port ${port} (${String(err)}); it takes a free port`);
      return this.listen(app, 0);
    }
    this.forgetShared();
    this.server = server;
    await this.applyCallbacks().catch((err: unknown) => this.log.warn(`rong.sandbox.callbacks: ${String(err)}`));
    this.log.info(`sandbox listening on ${server.url} (app ${app.appKey}, behaviour ${server.behaviour}; rong.errorCatalogue applies at the next start)`);
    this.emitter.fire();
    return { endpoint: { url: server.url, appKey: app.appKey, shared: false } };
  }

  /** The state file is another sandbox's: use it, with the app kept beside the state file, and watch its owner. */
  private share(owner: StateOwner & { readonly url: string }): SandboxEndpoint {
    const app = this.app;
    if (!app) throw new Error('the sandbox demo app is not loaded');
    this.sharedWith = { url: owner.url, appKey: app.appKey, shared: true };
    this.log.info(`the sandbox state file is held by another sandbox (pid ${owner.pid} on ${owner.hostname}, since ${owner.startedAt}): using it at ${owner.url}`);
    this.ownerCheck ??= setInterval(() => void this.checkOwner(), OWNER_CHECK_MS);
    this.emitter.fire();
    return this.sharedWith;
  }

  /** While sharing: when the owner no longer serves, start the sandbox here on its port (or follow a new owner). */
  private async checkOwner(): Promise<void> {
    const shared = this.sharedWith;
    if (!shared || this.server || this.checking || this.starting || this.disposed) return;
    this.checking = true;
    try {
      if (await answers(shared.url)) return;
      this.starting = this.takeOver(shared).finally(() => (this.starting = undefined));
      await this.starting;
    } finally {
      this.checking = false;
    }
  }

  private async takeOver(shared: SandboxEndpoint): Promise<SandboxEndpoint> {
    if (this.sharedWith !== shared || !this.app) return this.endpoint ?? shared;
    let listened: Listened;
    try {
      listened = await this.listen(this.app, Number(new URL(shared.url).port));
    } catch (err) {
      // A holder still starting (no URL yet) or a failing start: keep using the shared URL, check again.
      this.log.trace(`the shared sandbox at ${shared.url} does not answer; this window could not start one: ${String(err)}`);
      return shared;
    }
    const endpoint = 'endpoint' in listened ? listened.endpoint : listened.owner.url === shared.url ? shared : this.share(listened.owner);
    if ('endpoint' in listened) this.log.info(`the sandbox at ${shared.url} went away: this window now runs it at ${endpoint.url} on the same state file`);
    await this.saveProfile(endpoint, false).catch((err: unknown) => this.log.error(`the sandbox profile was not updated: ${String(err)}`));
    return endpoint;
  }

  /** The sandbox profile points at `endpoint` with the kept app (the status bar follows the profile). */
  private async saveProfile(endpoint: SandboxEndpoint, makeActive: boolean): Promise<void> {
    if (this.app) await this.credentials.save({ name: SANDBOX_PROFILE, appKey: this.app.appKey, baseUrl: endpoint.url }, this.app.appSecret, makeActive);
  }

  private forgetShared(): void {
    this.sharedWith = undefined;
    if (this.ownerCheck) clearInterval(this.ownerCheck);
    this.ownerCheck = undefined;
  }

  /** Stops this window's sandbox; a shared one is only forgotten (its window keeps running it). */
  async stop(): Promise<boolean> {
    await this.starting?.catch(() => undefined);
    if (!this.server && this.sharedWith) {
      const url = this.sharedWith.url;
      this.forgetShared();
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
    this.disposed = true;
    this.forgetShared();
    void this.stop();
    this.emitter.dispose();
  }
}

/** Whether something serves HTTP at `url` (any answer counts: a refused or silent port is a gone owner). */
async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/_sandbox/state?app=-`, { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}
