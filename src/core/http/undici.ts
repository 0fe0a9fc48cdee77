/**
 * The parts of undici the client uses, loaded without undici's index (which also loads fetch,
 * WebSocket, EventSource, caches and mocks: ~260 KB of the http bundle, most of the VSIX).
 */
import type * as Undici from 'undici';

/* eslint-disable @typescript-eslint/no-require-imports -- undici's own files, without its index */
// What undici's index does first: request, connect… on every dispatcher (ProxyAgent's tunnel calls connect).
Object.assign(require('undici/lib/dispatcher/dispatcher').prototype, require('undici/lib/api'));
export const Agent: typeof Undici.Agent = require('undici/lib/dispatcher/agent');
export const ProxyAgent: typeof Undici.ProxyAgent = require('undici/lib/dispatcher/proxy-agent');
export const EnvHttpProxyAgent: typeof Undici.EnvHttpProxyAgent = require('undici/lib/dispatcher/env-http-proxy-agent');
/* eslint-enable @typescript-eslint/no-require-imports */
