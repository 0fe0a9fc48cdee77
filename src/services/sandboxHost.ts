/**
 * The local sandbox inside the extension host: started on demand on 127.0.0.1 with a free port,
 * with a "sandbox" profile pointing at it. Its demo app is kept (secret in SecretStorage) and its
 * registrations persist in the extension's global storage, so tokens survive a restart.
 */
import * as vscode from 'vscode';
import type { SandboxServer } from '../sandbox/server';
import type { CredentialStore } from './credentials';
import { loadSandboxModule } from './bundles';
import type { RongLog } from './log';

export const SANDBOX_PROFILE = 'sandbox';

export class SandboxHost implements vscode.Disposable {
  private server: SandboxServer | undefined;
  private starting: Promise<SandboxServer> | undefined;
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

  /** Starts (or returns the running) sandbox and makes the sandbox profile active. */
  async start(): Promise<{ url: string; appKey: string }> {
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    const server = await this.starting;
    const app = server.apps[0];
    await this.credentials.save({ name: SANDBOX_PROFILE, appKey: app.appKey, baseUrl: server.url }, app.appSecret);
    return { url: server.url, appKey: app.appKey };
  }

  private async doStart(): Promise<SandboxServer> {
    if (this.server) return this.server;
    const { SandboxServer, generateDemoApp } = loadSandboxModule();
    const previous = this.credentials.get(SANDBOX_PROFILE);
    const previousSecret = previous ? await this.credentials.secret(SANDBOX_PROFILE) : undefined;
    const app = previous && previousSecret ? { appKey: previous.appKey, appSecret: previousSecret } : generateDemoApp();
    await vscode.workspace.fs.createDirectory(this.storageUri);
    this.server = await SandboxServer.start({
      host: '127.0.0.1',
      port: 0,
      apps: [app],
      behaviour: this.behaviour(),
      statePath: vscode.Uri.joinPath(this.storageUri, 'sandbox-state.json').fsPath,
      log: (line) => this.log.trace(`sandbox: ${line}`),
    });
    this.log.info(`sandbox listening on ${this.server.url} (app ${app.appKey}, behaviour ${this.server.behaviour}; rong.errorCatalogue applies at the next start)`);
    this.emitter.fire();
    return this.server;
  }

  async stop(): Promise<boolean> {
    const server = this.server ?? (await this.starting?.catch(() => undefined));
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
