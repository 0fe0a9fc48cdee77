/**
 * `rong-http`: the headless runner's entry point (bundled as dist/rong-http.js and shipped as the
 * rong-http npm package). Parses the command line, runs (or checks), writes the report, exits 0, 1 or 2.
 * The App Secret is masked in everything written, as a last guard.
 */
import { isSecretVariableName, redactSecret } from '../core/secrets';
import { parseCommand, type CheckConfig } from './args';
import { check, checkExitCode, countsOf } from './check';
import { helpText } from './help';
import { localeFromEnv, say } from './messages';
import { progressFor } from './progress';
import { exitCodeOf } from './report';
import { ReportFile } from './reportFile';
import { render } from './reporters';
import { renderCheck } from './reporters/check';
import { run } from './run';
import { UsageError } from './usage';

declare const RONG_HTTP_VERSION: string | undefined;
const VERSION = typeof RONG_HTTP_VERSION === 'string' ? RONG_HTTP_VERSION : '0.0.0-dev';

export interface CliStreams {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, streams: CliStreams, signal: AbortSignal): Promise<number> {
  // RONG_APP_SECRET and every profile's RONG_APP_SECRET_<NAME> are masked in everything written.
  const secrets = Object.entries(env).filter(([k, v]) => isSecretVariableName(k) && v).map(([, v]) => v as string);
  const clean = (text: string) => secrets.reduce((t, s) => redactSecret(t, s), text);
  try {
    const command = parseCommand(argv, env);
    if (command.kind === 'help') {
      streams.stdout.write(helpText(localeFromEnv(env)));
      return 0;
    }
    if (command.kind === 'version') {
      streams.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command.kind === 'check') return await runCheck(command.config, env, streams, clean);
    const config = command.config;
    // Checked before anything is sent: a report that cannot be written would lose the run's answers.
    const output = config.output === undefined ? undefined : await ReportFile.check(config.output, config.locale);
    const progress = progressFor(streams.stderr, config.data !== undefined);
    const report = await run(config, { cwd: process.cwd(), version: VERSION, signal, progress, note: (line) => streams.stderr.write(`${clean(line)}\n`), env: withoutSecrets(env) });
    const color = config.output === undefined && streams.stdout.isTTY === true && !env.NO_COLOR;
    const text = clean(render(config.reporter, report, config.locale, color));
    if (output) await output.write(text);
    else streams.stdout.write(text);
    return exitCodeOf(report);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    streams.stderr.write(`rong-http: ${clean(message)}\n`);
    if (!(err instanceof UsageError)) streams.stderr.write('rong-http: (an unexpected error; exit 2)\n');
    return 2;
  }
}

/** `rong-http check`: the findings on standard output; nothing is sent. */
async function runCheck(config: CheckConfig, env: NodeJS.ProcessEnv, streams: CliStreams, clean: (text: string) => string): Promise<number> {
  const report = await check(config, process.cwd());
  const color = config.reporter === 'pretty' && streams.stdout.isTTY === true && !env.NO_COLOR;
  streams.stdout.write(clean(renderCheck(config.reporter, report, config.locale, color)));
  const { warnings } = countsOf(report);
  if (config.maxWarnings !== undefined && warnings > config.maxWarnings) {
    streams.stderr.write(`rong-http: ${say('tooManyWarnings', config.locale, { warnings, max: config.maxWarnings })}\n`);
  }
  return checkExitCode(report, config.maxWarnings);
}

/** The environment `{{$processEnv}}` may read: without any App Secret. */
function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!isSecretVariableName(k)) out[k] = v;
  return out;
}

if (require.main === module) {
  const abort = new AbortController();
  // SIGINT and SIGTERM stop sending and write the report; the exit code says which signal (128 + its number).
  let signalExit: number | undefined;
  const stop = (code: number) => () => {
    // The second signal does not wait for in-flight requests.
    if (abort.signal.aborted) process.exit(code);
    signalExit = code;
    abort.abort();
  };
  process.on('SIGINT', stop(130));
  process.on('SIGTERM', stop(143));
  void main(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr }, abort.signal).then((code) => {
    process.exitCode = signalExit ?? code;
  });
}
