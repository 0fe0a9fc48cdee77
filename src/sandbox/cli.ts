/**
 * The sandbox on the command line: `npm run -s sandbox -- --port 0 --app KEY:SECRET …`.
 * A thin wrapper over SandboxServer: parse flags, start, print one JSON line, log to stderr, stop on
 * SIGINT/SIGTERM. Everything else lives in server.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clip } from './echo';
import { BEHAVIOURS, type Behaviour } from './handlers';
import { parseCallbackFlag, type CallbackOptions } from './callbacks';
import { RATE_LIMIT_MODES, type RateLimitMode } from './rateLimits';
import { SandboxServer, type SandboxApp, type SandboxFaults, type SandboxOptions } from './server';

// The command the user ran: `npm run -s sandbox` only inside this repository, else the package's bin.
const RUN_AS = process.env.npm_lifecycle_event === 'sandbox' && process.env.npm_package_name === 'rong-playground' ? 'npm run -s sandbox --' : 'rong-sandbox';

const HELP = `Rong Playground sandbox: a local Rong-compatible server (the user, message and group endpoints).

Usage: ${RUN_AS} [options]

Options:
  --port N             port to listen on; 0 (the default) picks a free one
  --host H             address to listen on (default 127.0.0.1)
  --app KEY:SECRET     an app the sandbox knows (repeatable); without it one demo app is made
  --state FILE         keep the apps' state (users, tokens, blocks, blacklists, groups, messages) in
                       this journal across restarts: an answer is sent only once its change is on
                       disk; one sandbox per file; a corrupt file stops the start and is left untouched
  --max-messages N     messages kept per app (default 100000); past it the oldest are dropped,
                       with a log line, in memory and in the --state file
  --max-skew SECONDS   refuse timestamps further than this from the clock (HTTP 401); off by default
  --behaviour B        contract (the default: register-user.zh.md, a second getToken is 1004) or
                       realService (as the live service: getToken again succeeds, a bad signature is
                       HTTP 401 with 1004, an unknown App-Key or a missing parameter is 1002)
  --inspect            turn on the /_sandbox/ control (state, verify, online, clock, reset,
                       requests, faults, export, import) on a non-loopback --host; on a loopback
                       address it is on anyway; on any other address it is OFF unless this is given
  --allowed-hosts H,…  host names accepted in the Host header besides the sandbox's own address
                       (e.g. a container's or compose service's name; repeatable); any other is 421
  --seed FILE          users, groups (with members), chatrooms and friends from this JSON file,
                       applied at every start (the package README shows the format)
  --rate-limits MODE   off (the default) or live: the live service's documented rates per app and
                       endpoint; over them the answer is 1008 with HTTP 429
  --callback KIND=URL  POST Rong's callbacks to your server (repeatable): KIND is routing (every
                       message a simulated client sends, as a form), status (a simulated connect or
                       leave, as JSON) or audit (asked before a client's message is kept: pass,
                       block or replace); signed as Rong signs (nonce, signTimestamp, signature)
  --callback-app KEY   the app the --callback URLs are for (default: the first --app)
  --audit-timeout MS   how long a message waits for the audit's answer (default 3000, 100–30000)
  --route-server-api   route messages sent through the Server API too (off by default, as on
                       the live service); GET/PUT /_sandbox/callbacks changes all of these
  --fault-delay MS     every request waits MS milliseconds before it is handled
  --fault-5xx N        the first N requests are answered with HTTP 503
  --fault-reset N      the first N requests: the connection is closed without an answer
                       (per-path faults with a probability or a count: PUT /_sandbox/faults)
  -h, --help           this text

The first line on stdout is one JSON object: {"url":"http://127.0.0.1:PORT","apps":[{"appKey":…,"appSecret":…}]}.
One line per request goes to stderr: method, path, HTTP status, body code, milliseconds.
Every answer carries the header X-Rong-Sandbox: <version>.
The control (JSON, loopback only by default): GET /_sandbox/state, /_sandbox/requests[?path=P][&limit=N],
/_sandbox/export; GET, PUT, DELETE /_sandbox/faults; GET, PUT /_sandbox/callbacks,
GET /_sandbox/callbacks/deliveries, POST /_sandbox/callbacks/redeliver; POST /_sandbox/import, /_sandbox/reset, … (README).
SIGINT or SIGTERM stops the sandbox (exit 0); bad options exit 2.
`;

class UsageError extends Error {}

export interface CliConfig {
  readonly help: boolean;
  readonly options: SandboxOptions;
  readonly faults: SandboxFaults;
}

/** Parses the command line; throws UsageError naming the flag and what it expects. */
export function parseCli(argv: readonly string[]): CliConfig {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        app: { type: 'string', multiple: true },
        state: { type: 'string' },
        'max-skew': { type: 'string' },
        'max-messages': { type: 'string' },
        behaviour: { type: 'string' },
        inspect: { type: 'boolean' },
        'allowed-hosts': { type: 'string', multiple: true },
        seed: { type: 'string' },
        'rate-limits': { type: 'string' },
        callback: { type: 'string', multiple: true },
        'callback-app': { type: 'string' },
        'audit-timeout': { type: 'string' },
        'route-server-api': { type: 'boolean' },
        'fault-delay': { type: 'string' },
        'fault-5xx': { type: 'string' },
        'fault-reset': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const options: SandboxOptions = {};
  if (values.port !== undefined) options.port = integer('--port', values.port, 0, 65535, 'a port number 0–65535');
  if (values.host !== undefined) {
    if (values.host.trim() === '') throw new UsageError('--host expects an address, e.g. 127.0.0.1');
    options.host = values.host;
  }
  if (values.app !== undefined) {
    const apps: SandboxApp[] = [];
    for (const spec of values.app) {
      const colon = spec.indexOf(':');
      // The value may hold a secret: say what is wrong without echoing it.
      if (colon < 0) throw new UsageError('--app expects KEY:SECRET; this value has no ":"');
      if (colon === 0) throw new UsageError('--app expects KEY:SECRET; the KEY before ":" is empty');
      if (colon === spec.length - 1) throw new UsageError(`--app expects KEY:SECRET; the SECRET of "${clip(spec.slice(0, colon))}" is empty`);
      const appKey = spec.slice(0, colon);
      if (apps.some((a) => a.appKey === appKey)) throw new UsageError(`--app "${clip(appKey)}" is given twice`);
      apps.push({ appKey, appSecret: spec.slice(colon + 1) });
    }
    options.apps = apps;
  }
  if (values.state !== undefined) {
    if (values.state.trim() === '') throw new UsageError('--state expects a file path');
    options.statePath = resolve(callerDir(), values.state);
  }
  if (values['max-skew'] !== undefined) {
    const v = values['max-skew'];
    if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError(`--max-skew expects a number of seconds ≥ 0, not "${clip(v)}"`);
    options.maxSkewSeconds = Number(v);
  }
  if (values['max-messages'] !== undefined) {
    options.maxMessages = integer('--max-messages', values['max-messages'], 1, Number.MAX_SAFE_INTEGER, 'a number of messages ≥ 1');
  }
  if (values.behaviour !== undefined) {
    const b = values.behaviour;
    if (!(BEHAVIOURS as readonly string[]).includes(b)) throw new UsageError(`--behaviour expects ${BEHAVIOURS.join(' or ')}, not "${clip(b)}"`);
    options.behaviour = b as Behaviour;
  }
  if (values.inspect === true) options.inspect = true;
  if (values['allowed-hosts'] !== undefined) {
    const hosts = values['allowed-hosts'].flatMap((v) => v.split(',')).map((h) => h.trim()).filter((h) => h !== '');
    const bad = hosts.find((h) => !/^[a-z0-9.-]+$/i.test(h));
    if (hosts.length === 0 || bad !== undefined) throw new UsageError(`--allowed-hosts expects host names without a port, separated by commas (e.g. sandbox,rong-sandbox), not "${clip(bad ?? '')}"`);
    options.allowedHosts = hosts;
  }
  if (values.seed !== undefined) {
    if (values.seed.trim() === '') throw new UsageError('--seed expects a JSON file path');
    options.seed = resolve(callerDir(), values.seed);
  }
  if (values['rate-limits'] !== undefined) {
    const m = values['rate-limits'];
    if (!(RATE_LIMIT_MODES as readonly string[]).includes(m)) throw new UsageError(`--rate-limits expects ${RATE_LIMIT_MODES.join(' or ')}, not "${clip(m)}"`);
    options.rateLimits = m as RateLimitMode;
  }
  const callbacks: { -readonly [K in keyof CallbackOptions]: CallbackOptions[K] } = {};
  for (const spec of values.callback ?? []) {
    const parsed = parseCallbackFlag(spec);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    if (callbacks[parsed.kind] !== undefined) throw new UsageError(`--callback ${parsed.kind}= is given twice`);
    callbacks[parsed.kind] = parsed.url;
  }
  if (values['callback-app'] !== undefined) {
    if (values['callback-app'] === '') throw new UsageError('--callback-app expects the App Key of an --app');
    callbacks.app = values['callback-app'];
  }
  if (values['audit-timeout'] !== undefined) callbacks.auditTimeoutMs = integer('--audit-timeout', values['audit-timeout'], 100, 30_000, 'milliseconds from 100 to 30000');
  if (values['route-server-api'] === true) callbacks.routeServerApi = true;
  if (Object.keys(callbacks).length > 0) options.callbacks = callbacks;
  const faults: SandboxFaults = {};
  const max = 2 ** 31 - 1;
  if (values['fault-delay'] !== undefined) faults.delayMs = integer('--fault-delay', values['fault-delay'], 0, max, 'milliseconds ≥ 0');
  if (values['fault-5xx'] !== undefined) {
    faults.status = { code: 503, count: integer('--fault-5xx', values['fault-5xx'], 0, max, 'a number of requests ≥ 0') };
  }
  if (values['fault-reset'] !== undefined) faults.reset = integer('--fault-reset', values['fault-reset'], 0, max, 'a number of requests ≥ 0');
  return { help: values.help === true, options, faults };
}

/** `npm run` starts scripts in the package folder; a relative path means the caller's folder. */
function callerDir(): string {
  return process.env.npm_lifecycle_event === 'sandbox' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
}

function integer(flag: string, value: string, min: number, max: number, what: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`${flag} expects ${what}, not "${clip(value)}"`);
  return n;
}

async function main(): Promise<void> {
  let config: CliConfig;
  try {
    config = parseCli(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`sandbox: ${err.message}\nRun with --help for the options.\n`);
    process.exit(2);
  }
  if (config.help) {
    process.stdout.write(HELP);
    return;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let server: SandboxServer;
  try {
    server = await SandboxServer.start({ ...config.options, log });
  } catch (err) {
    process.stderr.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  server.injectFaults(config.faults);
  process.stdout.write(`${JSON.stringify({ url: server.url, apps: server.apps, behaviour: server.behaviour, inspect: server.inspect })}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    // A stop that cannot finish (a stuck disk) must not keep the process forever.
    setTimeout(() => {
      log('stop took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000).unref();
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`stop failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`sandbox: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
