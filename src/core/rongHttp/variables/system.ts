/**
 * System variables ({{$guid}}, {{$timestamp}}, {{$datetime …}}, {{$processEnv …}} …): their list,
 * argument checks, live values from an injectable clock and random source, and fixed sample values.
 */
import { generateRequestId } from '../../request';
import { cryptoRandom, generateNonce, systemClock, type Clock, type RandomSource } from '../../signing';
import type { Text } from '../../text';
import { isSecretVariableName } from '../../secrets';
import { datetimeFormat, formatDatetime } from '../datetime';

export interface SystemVariableInfo {
  readonly name: string;
  /** How to write it, e.g. `{{$randomInt 1 100}}`. */
  readonly usage: string;
  readonly description: Text;
}

export const SYSTEM_VARIABLES: readonly SystemVariableInfo[] = [
  {
    name: '$timestamp',
    usage: '{{$timestamp}}',
    description: {
      en: 'Milliseconds since the epoch, now: Rong signs milliseconds (REST Client\'s {{$timestamp}} is seconds). An offset is allowed: {{$timestamp -1 h}} (units ms s m h d w M y).',
      zh: '当前时间距纪元的毫秒数：融云签名使用毫秒（REST Client 的 {{$timestamp}} 是秒）。可加偏移：{{$timestamp -1 h}}（单位 ms s m h d w M y）。',
    },
  },
  {
    name: '$nonce',
    usage: '{{$nonce}}',
    description: {
      en: 'A fresh crypto-random decimal nonce (10 digits; {{$nonce 18}} for up to 18).',
      zh: '新的加密随机十进制 Nonce（10 位；{{$nonce 18}} 最多 18 位）。',
    },
  },
  {
    name: '$guid',
    usage: '{{$guid}}',
    description: { en: 'A random UUID v4 (36 characters).', zh: '随机 UUID v4（36 个字符）。' },
  },
  {
    name: '$randomInt',
    usage: '{{$randomInt 1 100}}',
    description: {
      en: 'A random integer from MIN (included) to MAX (excluded), as in REST Client.',
      zh: '介于 MIN（含）与 MAX（不含）之间的随机整数，与 REST Client 相同。',
    },
  },
  {
    name: '$datetime',
    usage: '{{$datetime iso8601}}',
    description: {
      en: 'Now in UTC, as in REST Client: iso8601, rfc1123 or a quoted format ("YYYY-MM-DD HH:mm:ss"), then an optional offset: {{$datetime iso8601 1 d}}.',
      zh: '当前 UTC 时间，与 REST Client 相同：iso8601、rfc1123 或带引号的格式（"YYYY-MM-DD HH:mm:ss"），可加偏移：{{$datetime iso8601 1 d}}。',
    },
  },
  {
    name: '$localDatetime',
    usage: '{{$localDatetime "YYYY-MM-DD HH:mm:ss"}}',
    description: {
      en: 'Like $datetime, in this machine\'s time zone (rfc1123 is always GMT).',
      zh: '与 $datetime 相同，但使用本机时区（rfc1123 始终为 GMT）。',
    },
  },
  {
    name: '$processEnv',
    usage: '{{$processEnv NAME}}',
    description: {
      en: 'The environment variable NAME of the process (VS Code, or the runner), as in REST Client; undefined is an error.',
      zh: '进程（VS Code 或命令行运行器）的环境变量 NAME，与 REST Client 相同；未定义时报错。',
    },
  },
  {
    name: '$dotenv',
    usage: '{{$dotenv NAME}}',
    description: {
      en: 'NAME from the .env file beside the .rong.http file, as in REST Client; missing is an error.',
      zh: '.rong.http 文件旁 .env 文件中的 NAME，与 REST Client 相同；缺失时报错。',
    },
  },
];

export type SystemVariableProblem = 'unknown' | 'badArgs' | 'missing';

export type SystemEvaluation =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly problem: SystemVariableProblem };

export interface SystemVariableSource {
  evaluate(name: string, args: readonly string[]): SystemEvaluation;
}

// A Map: units are user text, and `constructor` must not find Object's.
const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ['ms', 1],
  ['s', 1000],
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
  ['w', 604_800_000],
]);
const INTEGER = /^[+-]?\d{1,15}$/;

/** Checks a system variable's name and arguments; undefined when they are fine. */
export function checkSystemVariable(name: string, args: readonly string[]): SystemVariableProblem | undefined {
  switch (name) {
    case '$timestamp':
      if (args.length === 0) return undefined;
      return args.length === 2 && INTEGER.test(args[0]) && (UNIT_MS.has(args[1]) || args[1] === 'M' || args[1] === 'y')
        ? undefined
        : 'badArgs';
    case '$nonce':
      if (args.length === 0) return undefined;
      return args.length === 1 && /^\d{1,2}$/.test(args[0]) && Number(args[0]) >= 1 && Number(args[0]) <= 18 ? undefined : 'badArgs';
    case '$guid':
      return args.length === 0 ? undefined : 'badArgs';
    case '$randomInt':
      return args.length === 2 && INTEGER.test(args[0]) && INTEGER.test(args[1]) && Number(args[0]) < Number(args[1])
        ? undefined
        : 'badArgs';
    case '$processEnv':
    case '$dotenv':
      return args.length === 1 && /^%?[A-Za-z_][A-Za-z0-9_.-]*$/.test(args[0]) ? undefined : 'badArgs';
    case '$datetime':
    case '$localDatetime':
      return datetimeArgs(args) ? undefined : 'badArgs';
    default:
      return 'unknown';
  }
}

/** `"YYYY-MM-DD HH:mm"` may hold spaces, so the quoted format is rejoined from the split arguments. */
function datetimeArgs(args: readonly string[]): { format: string; offset?: readonly [number, string] } | undefined {
  let n = 1;
  if (/^["']/.test(args[0] ?? '')) {
    const quote = args[0][0];
    while (n <= args.length && !(args[n - 1].length > (n === 1 ? 1 : 0) && args[n - 1].endsWith(quote))) n++;
    if (n > args.length) return undefined;
  }
  const format = datetimeFormat(args.slice(0, n).join(' '));
  const rest = args.slice(n);
  if (!format) return undefined;
  if (rest.length === 0) return { format };
  if (rest.length !== 2 || !INTEGER.test(rest[0]) || !(UNIT_MS.has(rest[1]) || rest[1] === 'M' || rest[1] === 'y')) return undefined;
  return { format, offset: [Number(rest[0]), rest[1]] };
}

function offsetTime(now: number, amount: number, unit: string): number {
  if (unit === 'M' || unit === 'y') {
    const d = new Date(now);
    if (unit === 'M') d.setUTCMonth(d.getUTCMonth() + amount);
    else d.setUTCFullYear(d.getUTCFullYear() + amount);
    return d.getTime();
  }
  return now + amount * (UNIT_MS.get(unit) ?? 0);
}

export interface LiveDeps {
  readonly clock?: Clock;
  readonly random?: RandomSource;
  /** For $processEnv: the process's environment (process.env when not given). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** For $dotenv: the .env file beside the .rong.http file, read by the host. */
  readonly dotenv?: ReadonlyMap<string, string>;
  /** For $localDatetime: the local zone's offset from UTC in minutes at a time (this machine's when not given). */
  readonly utcOffsetMinutes?: (ms: number) => number;
}

const localOffset = (ms: number) => -new Date(ms).getTimezoneOffset();

/** System variables as they are when a request is sent: the clock and random source given. */
export function liveSystemVariables(deps: LiveDeps = {}): SystemVariableSource {
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? cryptoRandom;
  return {
    evaluate(name, args) {
      const problem = checkSystemVariable(name, args);
      if (problem) return { ok: false, problem };
      switch (name) {
        case '$timestamp': {
          const now = clock.now();
          const t = args.length === 2 ? offsetTime(now, Number(args[0]), args[1]) : now;
          return Number.isFinite(t) ? { ok: true, value: String(Math.trunc(t)) } : { ok: false, problem: 'badArgs' };
        }
        case '$nonce':
          return { ok: true, value: generateNonce(random, args.length === 1 ? Number(args[0]) : undefined) };
        case '$guid':
          return { ok: true, value: generateRequestId(random) };
        case '$processEnv':
        case '$dotenv':
          // An App Secret is never substituted, whichever source holds it.
          if (isSecretVariableName(args[0])) return { ok: false, problem: 'missing' };
          return lookup(name === '$dotenv' ? deps.dotenv : processEnv(deps), args[0]);
        case '$datetime':
        case '$localDatetime': {
          const a = datetimeArgs(args)!;
          const now = clock.now();
          const t = a.offset ? offsetTime(now, a.offset[0], a.offset[1]) : now;
          if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) return { ok: false, problem: 'badArgs' };
          return { ok: true, value: formatDatetime(t, a.format, name === '$datetime' ? 0 : (deps.utcOffsetMinutes ?? localOffset)(t)) };
        }
        default: {
          // $randomInt: 48 random bits scaled into [min, max).
          const min = Number(args[0]);
          const max = Number(args[1]);
          const b = random.bytes(6);
          let u = 0;
          for (let i = 0; i < 6; i++) u = u * 256 + (b[i] ?? 0);
          return { ok: true, value: String(min + Math.floor((u / 2 ** 48) * (max - min))) };
        }
      }
    },
  };
}

function processEnv(deps: LiveDeps): ReadonlyMap<string, string> {
  const env = deps.env ?? (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
  return new Map(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** REST Client's `%NAME`: NAME names a file variable whose value is the real name; not supported here, so refused as missing. */
function lookup(source: ReadonlyMap<string, string> | undefined, name: string): SystemEvaluation {
  const value = name.startsWith('%') ? undefined : source?.get(name);
  return value === undefined ? { ok: false, problem: 'missing' } : { ok: true, value };
}

/**
 * Stand-in values for checking without sending: as long as the real ones can be, so byte limits
 * are checked against the worst case.
 */
export const SAMPLE_SYSTEM_VARIABLES: SystemVariableSource = {
  evaluate(name, args) {
    const problem = checkSystemVariable(name, args);
    if (problem) return { ok: false, problem };
    switch (name) {
      case '$timestamp':
        return { ok: true, value: '1700000000000' };
      case '$nonce':
        return { ok: true, value: '9'.repeat(args.length === 1 ? Number(args[0]) : 10) };
      case '$guid':
        return { ok: true, value: '00000000-0000-4000-8000-000000000000' };
      case '$processEnv':
      case '$dotenv':
        return { ok: true, value: 'value' };
      case '$datetime':
      case '$localDatetime':
        return { ok: true, value: formatDatetime(1_700_000_000_000, datetimeArgs(args)!.format, 0) };
      default: {
        const min = Number(args[0]);
        const max = Number(args[1]) - 1;
        return { ok: true, value: String(String(min).length > String(max).length ? min : max) };
      }
    }
  },
};

