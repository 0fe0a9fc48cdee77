/**
 * Where a request goes. A full URL names its host; a relative target (`/user/getToken.json`)
 * resolves against a `Host:` header (REST Client) and then an `@host` file variable (httpyac), and
 * only a request that names none goes to the profile's host (or the runner's --base-url/--sandbox),
 * so a file written for the sandbox never reaches production because of the active profile.
 */
import { REGIONS, type Region } from '../contract/regions';

/** Which part of the request named the host. */
export type HostSource = 'url' | 'header' | 'variable';

export interface NamedHost {
  /** Origin plus any path prefix, without a trailing slash: http://127.0.0.1:1234. */
  readonly baseUrl: string;
  readonly from: HostSource;
}

export type HostRead = { readonly host: NamedHost } | { readonly problem: string } | undefined;

/** A `Host:` header value as REST Client reads it: https for port 443, http otherwise. */
export function hostFromHeader(value: string): HostRead {
  const v = value.trim();
  if (v === '') return undefined;
  const baseUrl = `${/:443$/.test(v) ? 'https' : 'http'}://${v}`;
  return parsed(baseUrl, 'header') ?? { problem: `the Host header "${v}" is not a host (expected e.g. 127.0.0.1:1234)` };
}

/** An `@host` value as httpyac reads it: a URL, or a bare host taken as http. */
export function hostFromVariable(value: string): HostRead {
  const v = value.trim().replace(/\/+$/, '');
  if (v === '') return undefined;
  const baseUrl = /^https?:\/\//i.test(v) ? v : `http://${v}`;
  return parsed(baseUrl, 'variable') ?? { problem: `@host = "${v}" is not a host or URL (expected e.g. http://127.0.0.1:1234)` };
}

function parsed(baseUrl: string, from: HostSource): { host: NamedHost } | undefined {
  try {
    const u = new URL(baseUrl);
    if (u.username || u.password || u.search || u.hash) return undefined;
    return { host: { baseUrl: u.origin + u.pathname.replace(/\/+$/, ''), from } };
  } catch {
    return undefined;
  }
}

export type HostKind = 'local' | 'rong' | 'other';

const LOCAL_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** What kind of host a base URL points at: this machine, a real Rong data centre, or something else. */
export function hostKind(baseUrl: string): HostKind {
  return describeHost(baseUrl)?.kind ?? 'other';
}

export interface HostDescription {
  /** host[:port] as the lens shows it: 127.0.0.1:1234, api.rong-api.com. */
  readonly host: string;
  readonly kind: HostKind;
  /** For a Rong host: its data centre. */
  readonly region?: Region;
}

export function describeHost(baseUrl: string): HostDescription | undefined {
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    return undefined;
  }
  const hostname = u.hostname.toLowerCase();
  if (LOCAL_HOSTNAMES.has(hostname) || hostname.endsWith('.localhost')) return { host: u.host, kind: 'local' };
  for (const region of Object.values(REGIONS)) {
    for (const h of [region.primary, region.backup]) {
      if (new URL(h).hostname === hostname) return { host: u.host, kind: 'rong', region };
    }
  }
  return { host: u.host, kind: 'other' };
}
