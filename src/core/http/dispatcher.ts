/** The undici Dispatcher the client sends through: direct, an explicit proxy, or the environment's. */
import type { Dispatcher } from 'undici';
import { Agent, EnvHttpProxyAgent, ProxyAgent } from './undici';
import type { ProxyConfig } from './proxy';

export type DispatcherSetup = { readonly dispatcher: Dispatcher; readonly problem?: undefined } | { readonly dispatcher?: undefined; readonly problem: string };

/** Every timeout (connect, TLS, headers, body) is `timeoutMs`. Never throws: a problem is returned. */
export function createDispatcher(config: ProxyConfig, timeoutMs: number): DispatcherSetup {
  const t = timeoutMs;
  const common = { connect: { timeout: t }, headersTimeout: t, bodyTimeout: t };
  // Plain http targets go to an http proxy in absolute form (as curl does); https targets tunnel.
  const proxied = { ...common, proxyTunnel: false, proxyTls: { timeout: t }, requestTls: { timeout: t } };
  try {
    switch (config.kind) {
      case 'invalid':
        return { problem: config.problem };
      case 'explicit':
        return { dispatcher: new ProxyAgent({ ...proxied, uri: config.url }) };
      case 'env':
        return { dispatcher: new EnvHttpProxyAgent({ ...proxied, httpProxy: config.httpProxy, httpsProxy: config.httpsProxy, noProxy: config.noProxy }) };
      case 'none':
        return { dispatcher: new Agent(common) };
      default: {
        const never: never = config;
        return { problem: `unknown proxy configuration ${String(never)}` };
      }
    }
  } catch (err) {
    // undici's message may quote the URL; it is not repeated (it may hold a password).
    return { problem: `the proxy could not be set up (${err instanceof Error && 'code' in err ? String(err.code) : 'invalid proxy URL'})` };
  }
}
