/**
 * `rong-http run …` and `rong-http check …` on the command line: node:util parseArgs, then every
 * value checked, so that a bad flag is a UsageError (exit 2) naming the flag and what it takes.
 * The App Secret comes from RONG_APP_SECRET only.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_CONCURRENCY, MAX_RATE_PER_SECOND } from '../core/batch';
import { toLocale, type Locale } from '../core/text';
import { localeFromEnv, say } from './messages';
import { REPORTERS, type ReporterName } from './reporters';
import { CHECK_REPORTERS, type CheckReporterName } from './reporters/checkNames';
import { UsageError } from './usage';
import { profileTarget } from './profiles';

export type RunTarget =
  | { readonly kind: 'sandbox' }
  | { readonly kind: 'remote'; readonly baseUrl?: string; readonly appKey: string; readonly appSecret: string };

export interface DataOptions {
  readonly file: string;
  /** Requests a second at most; 0 switches the cap off. */
  readonly rate: number;
  readonly concurrency: number;
  readonly resume: boolean;
  readonly journal?: string;
  readonly tokens?: string;
  readonly skipInvalid: boolean;
}

export interface RunConfig {
  readonly patterns: readonly string[];
  readonly target: RunTarget;
  readonly envFile?: string;
  readonly vars: ReadonlyArray<readonly [string, string]>;
  readonly bail: boolean;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly reporter: ReporterName;
  readonly output?: string;
  readonly data?: DataOptions;
  readonly locale: Locale;
}

/** `rong-http check`: the editor's diagnostics of the files, nothing sent, no credentials. */
export interface CheckConfig {
  readonly patterns: readonly string[];
  readonly envFile?: string;
  readonly vars: ReadonlyArray<readonly [string, string]>;
  readonly reporter: CheckReporterName;
  /** More warnings than this fail the check (eslint's --max-warnings); undefined: warnings never fail. */
  readonly maxWarnings?: number;
  readonly locale: Locale;
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly config: RunConfig }
  | { readonly kind: 'check'; readonly config: CheckConfig };

const OPTIONS = {
  sandbox: { type: 'boolean' },
  'base-url': { type: 'string' },
  'app-key': { type: 'string' },
  profile: { type: 'string' },
  profiles: { type: 'string' },
  'env-file': { type: 'string' },
  var: { type: 'string', multiple: true },
  bail: { type: 'boolean' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  reporter: { type: 'string' },
  output: { type: 'string', short: 'o' },
  data: { type: 'string' },
  rate: { type: 'string' },
  concurrency: { type: 'string' },
  resume: { type: 'boolean' },
  journal: { type: 'string' },
  tokens: { type: 'string' },
  'skip-invalid': { type: 'boolean' },
  locale: { type: 'string' },
  'max-warnings': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof OPTIONS;
/** What check takes: it sends nothing, so no target, timeout, data or output options. */
const CHECK_OPTIONS: ReadonlySet<OptionName> = new Set<OptionName>(['env-file', 'var', 'reporter', 'max-warnings', 'locale', 'help', 'version']);

/** Parses argv (without node and the script); throws UsageError. */
export function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string = process.cwd()): Command {
  // Refused before parseArgs, whose message would quote the argument (and so the secret).
  if (argv.some((a) => /^--(app-?)?secret/i.test(a))) throw new UsageError(say('secretArgument', localeFromEnv(env)));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values: v, positionals, tokens } = parsed;
  if (v.version) return { kind: 'version' };
  if (v.help || positionals.length === 0) return { kind: 'help' };
  const locale = v.locale ? toLocale(v.locale) : localeFromEnv(env);
  const given = tokens.flatMap((t) => (t.kind === 'option' ? [t.name as OptionName] : []));
  if (positionals[0] === 'check') return { kind: 'check', config: checkConfigOf(v, given, positionals.slice(1), locale) };
  if (positionals[0] !== 'run') throw new UsageError(say('unknownCommand', locale, { command: positionals[0] }));
  const patterns = positionals.slice(1);
  if (patterns.length === 0) throw new UsageError(say('noFiles', locale));
  if (v['max-warnings'] !== undefined) throw new UsageError(say('checkOnlyOption', locale, { option: '--max-warnings' }));
  const reporter = v.reporter ?? 'pretty';
  if (!(REPORTERS as readonly string[]).includes(reporter)) throw new UsageError(`--reporter takes ${REPORTERS.join(', ')}, not "${reporter}"`);
  const config: RunConfig = {
    patterns,
    target: targetOf(v, env, locale, cwd),
    envFile: v['env-file'],
    vars: (v.var ?? []).map(parseVar),
    bail: v.bail ?? false,
    timeoutMs: integer('--timeout', v.timeout, 10_000, 1, 600_000),
    retries: integer('--retries', v.retries, 2, 0, 10),
    reporter: reporter as ReporterName,
    output: v.output,
    data: dataOf(v, locale),
    locale,
  };
  return { kind: 'run', config };
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function checkConfigOf(v: Values, given: readonly OptionName[], patterns: readonly string[], locale: Locale): CheckConfig {
  const foreign = given.find((name) => !CHECK_OPTIONS.has(name));
  if (foreign !== undefined) throw new UsageError(say('notCheckOption', locale, { option: `--${foreign}` }));
  if (patterns.length === 0) throw new UsageError(say('noCheckFiles', locale));
  const reporter = v.reporter ?? 'pretty';
  if (!(CHECK_REPORTERS as readonly string[]).includes(reporter)) throw new UsageError(`--reporter takes ${CHECK_REPORTERS.join(', ')}, not "${reporter}"`);
  return {
    patterns,
    envFile: v['env-file'],
    vars: (v.var ?? []).map(parseVar),
    reporter: reporter as CheckReporterName,
    maxWarnings: v['max-warnings'] === undefined ? undefined : integer('--max-warnings', v['max-warnings'], 0, 0, 1_000_000),
    locale,
  };
}

function targetOf(v: Values, env: Readonly<Record<string, string | undefined>>, locale: Locale, cwd: string): RunTarget {
  if (v.sandbox) {
    if (v['base-url'] !== undefined || v['app-key'] !== undefined || v.profile !== undefined) throw new UsageError(say('sandboxAndBase', locale));
    return { kind: 'sandbox' };
  }
  if (v.profiles !== undefined && v.profile === undefined) throw new UsageError('--profiles FILE goes with --profile NAME');
  if (v.profile !== undefined) {
    if (v['app-key'] !== undefined) throw new UsageError('--profile NAME gives the App Key: leave out --app-key');
    const p = profileTarget(v.profile, v.profiles, cwd, env);
    const base = v['base-url'] !== undefined ? checkBaseUrl(v['base-url']) : p.baseUrl;
    return { kind: 'remote', baseUrl: base.replace(/\/+$/, ''), appKey: p.appKey, appSecret: p.appSecret };
  }
  const appKey = v['app-key'];
  if (!appKey) throw new UsageError(say('needTarget', locale));
  const appSecret = env.RONG_APP_SECRET;
  if (!appSecret) throw new UsageError(say('noSecret', locale));
  const baseUrl = v['base-url'] === undefined ? undefined : checkBaseUrl(v['base-url']);
  return { kind: 'remote', baseUrl: baseUrl?.replace(/\/+$/, ''), appKey, appSecret };
}

function checkBaseUrl(baseUrl: string): string {
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/i.test(baseUrl)) {
    throw new UsageError(`--base-url takes an http(s) URL such as http://127.0.0.1:8080, not "${baseUrl}"`);
  }
  return baseUrl;
}

function dataOf(v: Values, locale: Locale): DataOptions | undefined {
  if (!v.data) {
    if (v.resume || v.tokens || v['skip-invalid'] || v.journal || v.rate || v.concurrency) throw new UsageError(say('resumeNeedsData', locale));
    return undefined;
  }
  return {
    file: v.data,
    rate: integer('--rate', v.rate, MAX_RATE_PER_SECOND, 0, MAX_RATE_PER_SECOND),
    concurrency: integer('--concurrency', v.concurrency, DEFAULT_BATCH_CONCURRENCY, 1, 64),
    resume: v.resume ?? false,
    journal: v.journal,
    tokens: v.tokens,
    skipInvalid: v['skip-invalid'] ?? false,
  };
}

function parseVar(text: string): readonly [string, string] {
  const eq = text.indexOf('=');
  const name = eq > 0 ? text.slice(0, eq).trim() : '';
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new UsageError(`--var takes name=value (a name of letters, digits, _ . -), not "${text.slice(0, 40)}"`);
  return [name, text.slice(eq + 1)];
}

function integer(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`${flag} takes a whole number ${min}–${max}, not "${text}"`);
  return n;
}
