/**
 * The sandbox as a library, what the npm package rong-sandbox exports; scripts/build.mjs generates the
 * package's dist/index.d.ts from this file, so its exported types must not import other files:
 *   const sandbox = await startSandbox({ port: 0, apps: [{ appKey, appSecret }], state: 'state.journal' });
 *   … point the SDK at sandbox.url …
 *   await sandbox.close();
 * Thin on purpose: everything lives in SandboxServer.
 */
import { resolve } from 'node:path';
import { SandboxServer } from './server';

// Declared here, not imported from server.ts, so the generated d.ts stands alone; passing and returning apps below makes the compiler hold both shapes equal.
/** An app the sandbox knows: its App Key and App Secret. */
export interface SandboxApp {
  readonly appKey: string;
  readonly appSecret: string;
}

export interface StartSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The apps it knows; default one generated demo app (see `apps` of the result). */
  apps?: SandboxApp[];
  /** A state file that keeps the sandbox's state across restarts; default: in memory only. */
  state?: string;
  /** Messages kept per app (default 100,000); past it the oldest are dropped, with a log line. */
  maxMessages?: number;
  /** Host names accepted besides its own address (e.g. a compose service name); any other Host header is HTTP 421. */
  allowedHosts?: readonly string[];
  /** A JSON file of users, groups (with members), chatrooms and friends applied at start (the README shows the format). */
  seed?: string;
  /** 'live': the live service's documented rates per app and endpoint, 1008 with HTTP 429 over them; default 'off'. */
  rateLimits?: 'off' | 'live';
  /** The /_sandbox/ control; default on for a loopback host, off otherwise. */
  inspect?: boolean;
  /** One line per request and the sandbox's notices; default: nothing. */
  log?: (line: string) => void;
  /**
   * Rong's callbacks to your server, for one app (the first unless `app` names one): `routing` (every
   * message a simulated client sends), `status` (a simulated connect or leave), `audit` (asked before a
   * client's message is kept), each an http(s) URL; `auditTimeoutMs` (default 3000); `routeServerApi`
   * (default false, as on the live service). GET/PUT /_sandbox/callbacks changes them while it runs.
   */
  callbacks?: SandboxCallbackOptions;
}

export interface SandboxCallbackOptions {
  readonly app?: string;
  readonly routing?: string;
  readonly status?: string;
  readonly audit?: string;
  readonly auditTimeoutMs?: number;
  readonly routeServerApi?: boolean;
}

export interface RunningSandbox {
  /** E.g. http://127.0.0.1:5678: the API URL to give the SDK. */
  readonly url: string;
  readonly apps: readonly SandboxApp[];
  /** Stops listening, closes every connection and makes the state durable. */
  close(): Promise<void>;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const server = await SandboxServer.start({
    port: options.port,
    host: options.host,
    apps: options.apps,
    statePath: options.state === undefined ? undefined : resolve(options.state),
    log: options.log,
    maxMessages: options.maxMessages,
    allowedHosts: options.allowedHosts,
    seed: options.seed === undefined ? undefined : resolve(options.seed),
    rateLimits: options.rateLimits,
    inspect: options.inspect,
    callbacks: options.callbacks,
  });
  return { url: server.url, apps: server.apps, close: () => server.stop() };
}
