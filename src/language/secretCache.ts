/**
 * The stored secrets, read ahead from SecretStorage, because diagnostics, lenses and hovers need
 * them synchronously (to check an explicit Signature and preview one). Memory only, never written.
 */
import * as vscode from 'vscode';
import type { CredentialStore, Profile } from '../services/credentials';

export class SecretCache implements vscode.Disposable {
  private secrets = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly listener: vscode.Disposable;
  private loading: Promise<void> | undefined;

  constructor(private readonly credentials: CredentialStore) {
    this.listener = credentials.onDidChange(() => void this.reload());
  }

  /** Loads once; later calls return the same promise until credentials change. */
  ready(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  private async reload(): Promise<void> {
    const next = new Map<string, string>();
    for (const p of this.credentials.list()) {
      const s = await this.credentials.secret(p.name);
      if (s) next.set(p.name, s);
    }
    this.secrets = next;
    this.loading = Promise.resolve();
    this.emitter.fire();
  }

  /**
   * The profile a request signs with: its `# @profile`, else the one with its explicit App-Key,
   * else the active one; undefined when the named profile does not hold that App-Key.
   */
  profileFor(profile: string | undefined, appKey?: string): Profile | undefined {
    const profiles = this.credentials.list();
    const p = profile !== undefined
      ? profiles.find((x) => x.name === profile)
      : appKey !== undefined
        ? profiles.find((x) => x.appKey === appKey) ?? this.credentials.active()
        : this.credentials.active();
    return !p || (appKey !== undefined && p.appKey !== appKey) ? undefined : p;
  }

  /** The secret of profileFor(profile, appKey), synchronously (the diagnostics check an explicit Signature with it). */
  secretFor = (profile: string | undefined, appKey?: string): string | undefined => {
    const p = this.profileFor(profile, appKey);
    return p ? this.secrets.get(p.name) : undefined;
  };

  profileNames(): string[] {
    return this.credentials.list().map((p) => p.name);
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
