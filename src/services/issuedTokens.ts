/** Tokens issued to users, kept in SecretStorage per profile with their expiry. */
import * as vscode from 'vscode';

export interface IssuedToken {
  readonly userId: string;
  readonly token: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

const key = (profile: string) => `rong.tokens/${profile}`;
/** Kept per profile, newest first; older ones are dropped. */
export const MAX_TOKENS_PER_PROFILE = 200;

function isIssuedToken(v: unknown): v is IssuedToken {
  if (!v || typeof v !== 'object') return false;
  const t = v as Record<string, unknown>;
  return typeof t.userId === 'string' && typeof t.token === 'string' && typeof t.issuedAt === 'number' && typeof t.expiresAt === 'number';
}

export class IssuedTokenStore {
  // Writes per profile are chained so that two registrations never drop each other's token.
  private readonly queue = new Map<string, Promise<unknown>>();

  constructor(private readonly secrets: vscode.SecretStorage) {}

  async list(profile: string): Promise<IssuedToken[]> {
    const raw = await this.secrets.get(key(profile));
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isIssuedToken) : [];
    } catch {
      return [];
    }
  }

  add(profile: string, token: IssuedToken): Promise<void> {
    const previous = this.queue.get(profile) ?? Promise.resolve();
    const next = previous.then(async () => {
      const rest = (await this.list(profile)).filter((t) => t.userId !== token.userId);
      await this.secrets.store(key(profile), JSON.stringify([token, ...rest].slice(0, MAX_TOKENS_PER_PROFILE)));
    });
    this.queue.set(profile, next.catch(() => undefined));
    return next;
  }

  async clear(profile: string): Promise<void> {
    await this.secrets.delete(key(profile));
  }
}
