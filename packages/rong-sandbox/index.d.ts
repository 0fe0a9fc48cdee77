/** rong-sandbox: a local Rong IM Server API. test/unit/sandboxPackage.test.ts keeps this in step with src/sandbox/api.ts. */

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
  /** One line per request and the sandbox's notices; default: nothing. */
  log?: (line: string) => void;
}

export interface RunningSandbox {
  /** E.g. http://127.0.0.1:5678: the API URL to give the SDK. */
  readonly url: string;
  readonly apps: readonly SandboxApp[];
  /** Stops listening, closes every connection and makes the state durable. */
  close(): Promise<void>;
}

/** Starts a sandbox; rejects with an Error that says what is wrong (a port in use, a state file in use by another sandbox …). */
export function startSandbox(options?: StartSandboxOptions): Promise<RunningSandbox>;
