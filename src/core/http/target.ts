/** Where an attempt goes: a base URL of the HostList, parsed, with the proxy it goes through. */
import { proxyFor, type ProxyConfig } from './proxy';

export interface Target {
  readonly origin: string;
  /** Path prefix of a custom base URL ('' for a bare host). */
  readonly basePath: string;
  /** host[:port], for messages. */
  readonly host: string;
  /** The proxy the request goes through (redacted), if any. */
  readonly proxy: string | undefined;
}

/** Parses a base URL; a problem is returned as a string. */
export function parseTarget(base: string, proxyConfig: ProxyConfig): Target | string {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    return `base URL "${clip(base)}" is not an absolute URL (expected e.g. https://api.rong-api.com)`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `base URL "${clip(base)}" must use http or https`;
  if (u.username || u.password) return 'base URL must not contain a user name or password';
  return { origin: u.origin, basePath: u.pathname.replace(/\/+$/, ''), host: u.host, proxy: proxyFor(proxyConfig, u) };
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}
