/**
 * Which proxy a request goes through: an explicit proxy URL wins; otherwise HTTPS_PROXY / HTTP_PROXY
 * / NO_PROXY (lowercase first), read the way undici's EnvHttpProxyAgent reads them, so the client
 * can name the proxy in its results. Pure: the client turns a ProxyConfig into undici agents.
 * Proxy credentials never leave this module except inside `url`, which is only given to undici.
 */

export type ProxyConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'explicit'; readonly url: string; readonly display: string }
  | {
      readonly kind: 'env';
      /** '' when unset (so undici does not fall back to process.env). */
      readonly httpProxy: string;
      readonly httpsProxy: string;
      readonly noProxy: string;
    }
  | { readonly kind: 'invalid'; readonly problem: string };

const PROXY_PROTOCOLS = new Set(['http:', 'https:', 'socks5:', 'socks:']);

/** The proxy URL with user name and password replaced by "***" (for messages and logs). */
export function redactProxyUrl(url: string): string {
  try {
    const u = new URL(url);
    const auth = u.username || u.password ? '***@' : '';
    return `${u.protocol}//${auth}${u.host}`;
  } catch {
    return '(an unreadable proxy URL)';
  }
}

/** "proxy:3128" is read as "http://proxy:3128", as curl does. Returns undefined when not a URL. */
function normaliseProxyUrl(value: string): URL | undefined {
  const v = value.trim();
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v);
  if (!hasScheme && v.includes('://')) return undefined;
  try {
    const u = new URL(hasScheme ? v : `http://${v}`);
    return PROXY_PROTOCOLS.has(u.protocol) && u.hostname ? u : undefined;
  } catch {
    return undefined;
  }
}

export function resolveProxyConfig(
  explicit: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): ProxyConfig {
  if (explicit !== undefined && explicit.trim() !== '') {
    const u = normaliseProxyUrl(explicit);
    // The value itself is not echoed: it may hold a password.
    if (!u) return { kind: 'invalid', problem: 'the proxy setting is not a valid http://, https:// or socks5:// URL' };
    return { kind: 'explicit', url: u.href, display: redactProxyUrl(u.href) };
  }
  const read = (name: string): { value: string; problem?: string } => {
    const raw = env[name.toLowerCase()] ?? env[name.toUpperCase()];
    if (raw === undefined || raw.trim() === '') return { value: '' };
    const u = normaliseProxyUrl(raw);
    return u ? { value: u.href } : { value: '', problem: `the environment variable ${name.toUpperCase()} is not a valid proxy URL` };
  };
  const http = read('http_proxy');
  const https = read('https_proxy');
  const problem = http.problem ?? https.problem;
  if (problem) return { kind: 'invalid', problem };
  if (!http.value && !https.value) return { kind: 'none' };
  return { kind: 'env', httpProxy: http.value, httpsProxy: https.value, noProxy: env.no_proxy ?? env.NO_PROXY ?? '' };
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 };

/** NO_PROXY as EnvHttpProxyAgent reads it: "*", host names (suffix match), optional ":port". */
export function bypassesProxy(noProxy: string, target: URL): boolean {
  const entries = noProxy.split(/[,\s]/).filter((e) => e.length > 0);
  if (entries.length === 0) return false;
  if (noProxy === '*') return true;
  const hostname = target.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number.parseInt(target.port, 10) || DEFAULT_PORTS[target.protocol] || 0;
  for (const entry of entries) {
    const m = /^(.+):(\d+)$/.exec(entry);
    const host = (m ? m[1] : entry).replace(/^\*?\./, '').toLowerCase();
    const entryPort = m ? Number.parseInt(m[2], 10) : 0;
    if (entryPort && entryPort !== port) continue;
    if (hostname === host || hostname.endsWith(`.${host}`)) return true;
  }
  return false;
}

/** The proxy (redacted) a request to `target` goes through, or undefined for a direct connection. */
export function proxyFor(config: ProxyConfig, target: URL): string | undefined {
  switch (config.kind) {
    case 'none':
    case 'invalid':
      return undefined;
    case 'explicit':
      return config.display;
    case 'env': {
      if (bypassesProxy(config.noProxy, target)) return undefined;
      const url = target.protocol === 'https:' ? config.httpsProxy || config.httpProxy : config.httpProxy;
      return url ? redactProxyUrl(url) : undefined;
    }
    default: {
      const never: never = config;
      return never;
    }
  }
}
