/**
 * Credential profiles. The App Secret lives only in SecretStorage; the profile's name, App Key and
 * host choice live in globalState (they appear in every request's headers anyway).
 */
import * as vscode from 'vscode';
import { isRegionId, resolveHosts, type HostList, type RegionId } from '../core/contract/regions';
import type { Credentials } from '../core/request';
import type { RongSettings } from './settings';
import { redactSecrets } from '../core/secrets';

export interface Profile {
  readonly name: string;
  readonly appKey: string;
  readonly region?: RegionId;
  readonly baseUrl?: string;
}

const PROFILES_KEY = 'rong.profiles';
const ACTIVE_KEY = 'rong.activeProfile';
const secretKey = (profile: string) => `rong.appSecret/${profile}`;

export const LIMITS = { profileName: 64, appKey: 128, appSecret: 256 } as const;

/** Checks a credential field; returns a problem in plain words, or undefined. */
export function checkCredentialField(field: 'profileName' | 'appKey' | 'appSecret', value: string): string | undefined {
  const label = field === 'profileName' ? 'Profile name' : field === 'appKey' ? 'App Key' : 'App Secret';
  const v = value.trim();
  if (v.length === 0) return vscode.l10n.t('{0} must not be empty', label);
  if (v.length > LIMITS[field]) return vscode.l10n.t('{0} is {1} characters; the limit is {2}', label, v.length, LIMITS[field]);
  if (/[\u0000-\u001f\u007f]/.test(v)) return vscode.l10n.t('{0} must not contain control characters', label);
  if (field !== 'profileName' && /\s/.test(v)) return vscode.l10n.t('{0} must not contain spaces', label);
  if (field === 'profileName' && /[/\\]/.test(v)) return vscode.l10n.t('{0} must not contain / or \\', label);
  return undefined;
}

function isProfile(value: unknown): value is Profile {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  return typeof p.name === 'string' && typeof p.appKey === 'string' &&
    (p.region === undefined || isRegionId(p.region)) && (p.baseUrl === undefined || typeof p.baseUrl === 'string');
}

export class CredentialStore implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  /** Secrets read so far, kept so that logs can redact them (never written anywhere). */
  private readonly knownSecrets = new Set<string>();

  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: vscode.SecretStorage,
  ) {}

  list(): Profile[] {
    const raw = this.state.get<unknown[]>(PROFILES_KEY, []);
    return Array.isArray(raw) ? raw.filter(isProfile) : [];
  }

  get(name: string): Profile | undefined {
    return this.list().find((p) => p.name === name);
  }

  active(): Profile | undefined {
    const name = this.state.get<string>(ACTIVE_KEY);
    return (name !== undefined ? this.get(name) : undefined) ?? this.list()[0];
  }

  async setActive(name: string): Promise<void> {
    if (!this.get(name)) throw new Error(vscode.l10n.t('No profile named "{0}"', name));
    await this.state.update(ACTIVE_KEY, name);
    this.emitter.fire();
  }

  async save(profile: Profile, appSecret: string, makeActive = true): Promise<void> {
    for (const [field, value] of [['profileName', profile.name], ['appKey', profile.appKey], ['appSecret', appSecret]] as const) {
      const problem = checkCredentialField(field, value);
      if (problem) throw new Error(problem);
    }
    if (profile.baseUrl) {
      const hosts = resolveHosts('china', profile.baseUrl);
      if ('error' in hosts) throw new Error(hosts.error);
    }
    const clean: Profile = {
      name: profile.name.trim(),
      appKey: profile.appKey.trim(),
      ...(profile.region ? { region: profile.region } : {}),
      ...(profile.baseUrl ? { baseUrl: profile.baseUrl.trim().replace(/\/+$/, '') } : {}),
    };
    // The secret first: a profile never exists without its secret.
    await this.secrets.store(secretKey(clean.name), appSecret.trim());
    this.knownSecrets.add(appSecret.trim());
    await this.state.update(PROFILES_KEY, [...this.list().filter((p) => p.name !== clean.name), clean]);
    if (makeActive) await this.state.update(ACTIVE_KEY, clean.name);
    this.emitter.fire();
  }

  async remove(name: string): Promise<void> {
    await this.state.update(PROFILES_KEY, this.list().filter((p) => p.name !== name));
    await this.secrets.delete(secretKey(name));
    if (this.state.get<string>(ACTIVE_KEY) === name) await this.state.update(ACTIVE_KEY, this.list()[0]?.name);
    this.emitter.fire();
  }

  async secret(name: string): Promise<string | undefined> {
    const s = await this.secrets.get(secretKey(name));
    if (s) this.knownSecrets.add(s);
    return s;
  }

  /** The profile's credentials, or undefined when its secret is missing. */
  async credentials(profile: Profile): Promise<Credentials | undefined> {
    const appSecret = await this.secret(profile.name);
    return appSecret ? { appKey: profile.appKey, appSecret } : undefined;
  }

  /** Replaces every secret this session has seen by a mask: a last guard for logs and messages. */
  redact(text: string): string {
    return redactSecrets(text, this.knownSecrets);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** The hosts a profile's requests go to: its base URL, else the settings' base URL, else the region. */
export function hostsFor(profile: Profile | undefined, settings: RongSettings): HostList | { error: string } {
  return resolveHosts(profile?.region ?? settings.region, profile?.baseUrl || settings.baseUrl || undefined);
}

export function hostLabel(hosts: HostList | { error: string }): string {
  if ('error' in hosts) return '?';
  try {
    return new URL(hosts.primary).host;
  } catch {
    return hosts.primary;
  }
}
