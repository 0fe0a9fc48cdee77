/**
 * Variables of `.rong.http` files: file variables (`@name = value`, file-wide, the last definition
 * wins, values may reference other variables) and system variables with an injectable clock and
 * random source. Substitution happens in the raw text, before form decoding, as REST Client sends
 * the substituted body text. Cycles, runaway nesting and runaway growth are reported, never thrown.
 */
import { findEndpoint, type EndpointSpec } from '../../contract';
import { generateRequestId } from '../../request';
import { decodeForm } from '../parser/decode';
import { cryptoRandom, generateNonce, systemClock, type Clock, type RandomSource } from '../../signing';
import type { Text } from '../../text';
import { isSecretVariableName } from '../../secrets';
import type { RequestBlock, Range, RongHttpDocument, VariableDefinition, VariableReference } from '../model';
import { hasHttpScheme, scanReferences } from '../parser';
import { datetimeFormat, formatDatetime } from '../datetime';
import { lazyRequestNames, parseRequestReference, readExchange, type ExchangeStore } from '../exchanges';

/**
 * What `{{name.response.body.x}}` reads: the document's named requests and, when sending, the
 * store of their latest exchanges. Without a store (checking), a reference to a named request
 * stands in as resolvable.
 */
export interface RequestVariables {
  /** The document's request names (a Set, or lazyRequestNames: looked up only for a chained reference). */
  readonly names: { has(name: string): boolean };
  readonly store?: ExchangeStore;
}
import { syntaxMessage } from '../messages';
import { hostFromHeader, hostFromVariable, type HostRead, type HostSource } from '../host';

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

export type VariableState = 'ok' | 'undefined' | 'cycle' | 'unresolved' | 'tooDeep' | 'tooLong';

export interface VariableValue {
  /** The resolved value; references that cannot be resolved stay as written. */
  readonly value: string;
  /** Depends on a system variable: a fresh value for each request. */
  readonly dynamic: boolean;
  /**
   * 'undefined': no definition; 'cycle': on a reference cycle; 'unresolved': uses a variable that
   * is undefined, cyclic or bad; 'tooDeep' / 'tooLong': nesting or size past the limits.
   */
  readonly state: VariableState;
  /** For 'cycle': the names around the cycle, first repeated at the end. */
  readonly cycle?: readonly string[];
}

export interface Substitution {
  readonly text: string;
  readonly dynamic: boolean;
  /** Every reference resolved. */
  readonly complete: boolean;
  /** File variables that could not be resolved, and system variables with problems. */
  readonly unresolved: readonly string[];
}

/** Nesting depth of variables within variables that is followed. */
export const MAX_VARIABLE_DEPTH = 64;
/** Size of a resolved value past which resolution stops (guards against exponential growth). */
export const MAX_VARIABLE_LENGTH = 1_000_000;

/**
 * Resolves file variables with memoisation: each variable is evaluated once per resolver, so one
 * request sees one value of `@nonce = {{$nonce}}` wherever it is used.
 */
export class VariableResolver {
  private readonly definitions = new Map<string, VariableDefinition>();
  private readonly memo = new Map<string, VariableValue>();
  private readonly stack: string[] = [];
  private readonly cycleOf = new Map<string, string[]>();
  /** Values read from an exchange by a path that names a token: shown only masked wherever they land. */
  readonly tokens = new Set<string>();

  constructor(
    definitions: readonly VariableDefinition[],
    private readonly system: SystemVariableSource,
    private readonly requests?: RequestVariables,
  ) {
    for (const d of definitions) this.definitions.set(d.name, d);
  }

  /** The definition in effect (the last one in the file). */
  definition(name: string): VariableDefinition | undefined {
    return this.definitions.get(name);
  }

  names(): string[] {
    return [...this.definitions.keys()];
  }

  variable(name: string): VariableValue {
    const known = this.memo.get(name);
    if (known) return known;
    const def = this.definitions.get(name);
    if (!def) {
      const v: VariableValue = this.requestValue(name) ?? { value: '', dynamic: false, state: 'undefined' };
      this.memo.set(name, v);
      return v;
    }
    const onStack = this.stack.indexOf(name);
    if (onStack !== -1) {
      const cycle = [...this.stack.slice(onStack), name];
      for (const n of this.stack.slice(onStack)) if (!this.cycleOf.has(n)) this.cycleOf.set(n, cycle);
      return { value: `{{${name}}}`, dynamic: false, state: 'cycle', cycle };
    }
    if (this.stack.length >= MAX_VARIABLE_DEPTH) {
      return { value: `{{${name}}}`, dynamic: false, state: 'tooDeep' };
    }
    this.stack.push(name);
    const s = this.substituteTracked(def.value);
    this.stack.pop();
    const cycle = this.cycleOf.get(name);
    let v: VariableValue;
    if (cycle) v = { value: s.text, dynamic: s.dynamic, state: 'cycle', cycle };
    else if (s.text.length > MAX_VARIABLE_LENGTH) v = { value: s.text.slice(0, MAX_VARIABLE_LENGTH), dynamic: s.dynamic, state: 'tooLong' };
    else v = { value: s.text, dynamic: s.dynamic, state: s.complete ? 'ok' : s.deep ? 'tooDeep' : s.long ? 'tooLong' : 'unresolved' };
    this.memo.set(name, v);
    return v;
  }

  /** `{{register.response.body.token}}` from the latest exchange of the request named register. */
  private requestValue(name: string): VariableValue | undefined {
    const ref = this.requests ? parseRequestReference(name) : undefined;
    if (!ref || !this.requests?.names.has(ref.request)) return undefined;
    const store = this.requests.store;
    if (!store) return { value: 'value', dynamic: true, state: 'ok' };
    const exchange = store.get(ref.request);
    const value = exchange ? readExchange(exchange, ref) : undefined;
    if (value !== undefined && ref.path.some((p) => /token/i.test(p))) this.tokens.add(value);
    return value === undefined ? undefined : { value, dynamic: true, state: 'ok' };
  }

  /** The exchange store, for messages about a reference that could not be read. */
  exchangeOf(request: string): boolean | undefined {
    return this.requests?.store ? this.requests.store.get(request) !== undefined : undefined;
  }

  /** Substitutes every `{{…}}` in text. */
  substitute(text: string): Substitution {
    if (text.indexOf('{{') === -1) return { text, dynamic: false, complete: true, unresolved: [] };
    const s = this.substituteTracked(text);
    return { text: s.text, dynamic: s.dynamic, complete: s.complete, unresolved: s.unresolved };
  }

  private substituteTracked(text: string): Substitution & { deep: boolean; long: boolean } {
    if (text.indexOf('{{') === -1) return { text, dynamic: false, complete: true, unresolved: [], deep: false, long: false };
    const refs: VariableReference[] = [];
    scanReferences(text, 0, text.length, 0, (r) => refs.push(r), undefined);
    let out = '';
    let pos = 0;
    let dynamic = false;
    let deep = false;
    let long = false;
    const unresolved: string[] = [];
    for (const r of refs) {
      out += text.slice(pos, r.range.startCharacter);
      pos = r.range.endCharacter;
      const raw = text.slice(r.range.startCharacter, r.range.endCharacter);
      if (r.system) {
        const e = this.system.evaluate(r.name, r.args);
        if (e.ok) {
          out += e.value;
          dynamic = true;
        } else {
          out += raw;
          unresolved.push(r.name);
        }
      } else {
        const v = this.variable(r.name);
        if (v.state === 'ok') out += v.value;
        else {
          out += raw;
          unresolved.push(r.name);
          if (v.state === 'tooDeep') deep = true;
          if (v.state === 'tooLong') long = true;
        }
        dynamic = dynamic || v.dynamic;
      }
      if (out.length > MAX_VARIABLE_LENGTH) {
        return { text: out.slice(0, MAX_VARIABLE_LENGTH), dynamic, complete: false, unresolved, deep, long: true };
      }
    }
    out += text.slice(pos);
    if (out.length > MAX_VARIABLE_LENGTH) return { text: out.slice(0, MAX_VARIABLE_LENGTH), dynamic, complete: false, unresolved, deep, long: true };
    return { text: out, dynamic, complete: unresolved.length === 0, unresolved, deep, long };
  }
}

/** The path of a target (`/user/getToken.json`, `https://host/user/getToken.json?x`) without query or fragment. */
export function targetPath(target: string): string {
  let start = 0;
  if (hasHttpScheme(target, 0)) {
    const afterScheme = target.indexOf('//') + 2;
    const slash = target.indexOf('/', afterScheme);
    if (slash === -1) return '/';
    start = slash;
  }
  let end = target.length;
  const q = target.indexOf('?', start);
  if (q !== -1) end = q;
  const h = target.indexOf('#', start);
  if (h !== -1 && h < end) end = h;
  return target.slice(start, end);
}

export interface ResolveDeps extends LiveDeps {
  /** Base URL of the active profile (e.g. https://api.rong-api.com) for path-only targets. */
  readonly baseUrl?: string;
  /** Latest exchanges of named requests, for `{{name.response.body.x}}`; without it they are stand-ins. */
  readonly exchanges?: ExchangeStore;
}

export interface ResolveProblem {
  readonly message: string;
  readonly range?: Range;
  /**
   * An undefined file variable: REST Client sends `{{name}}` as written, so the editor may too
   * after "Send Anyway" (its diagnostic is an error); the runner refuses every problem.
   */
  readonly sendable?: boolean;
}

/** A request ready for request.ts's buildRequest: variables substituted, values decoded. */
export interface ResolvedRequest {
  readonly name?: string;
  /** From `# @profile NAME`; undefined means the active profile. */
  readonly profile?: string;
  /** Upper case; 'GET' when the line has no method (as REST Client does). */
  readonly method: string;
  /** The target with variables substituted. */
  readonly target: string;
  /** The target when it is a full URL, else the named host (or deps.baseUrl) + target. */
  readonly url?: string;
  /**
   * The host the request names, which replaces the profile's hosts when sending or signing: for a
   * full URL of a known endpoint, the URL before the endpoint's path (`https://host/prefix`); for a
   * relative target, its `Host:` header (REST Client) or the `@host` variable (httpyac).
   */
  readonly baseUrl?: string;
  /** Where baseUrl came from; undefined when the request names no host (the profile's host applies). */
  readonly hostFrom?: HostSource;
  /** The target's path without query: '/user/getToken.json'. */
  readonly path: string;
  readonly endpoint?: EndpointSpec;
  /** Every header as written (signing headers included), values substituted. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Decoded form parameters in order. */
  readonly params: ReadonlyArray<readonly [string, string]>;
  /** A Nonce header that does not depend on a system variable. */
  readonly fixedNonce?: string;
  readonly fixedTimestamp?: string;
  /** A Signature header: used as written. */
  readonly explicitSignature?: string;
  readonly explicitAppKey?: string;
  /** 'exact' when nonce and timestamp are fixed (the signature can be shown as it will be sent). */
  readonly signing: 'exact' | 'preview';
  /** References that could not be resolved, values that cannot be decoded (English). */
  readonly problems: readonly ResolveProblem[];
}

/** Substitution and decoding for one resolution, collecting what could not be resolved. */
class Resolution {
  readonly problems: ResolveProblem[] = [];
  constructor(private readonly resolver: VariableResolver) {}

  sub(text: string, range: Range): Substitution {
    const s = this.resolver.substitute(text);
    for (const name of s.unresolved) {
      const sendable = !name.startsWith('$') && !parseRequestReference(name) && this.resolver.variable(name).state === 'undefined';
      this.problems.push({ message: unresolvedMessage(this.resolver, name), range, ...(sendable ? { sendable } : {}) });
    }
    if (!s.complete && s.unresolved.length === 0) this.problems.push({ message: `the value grows past ${MAX_VARIABLE_LENGTH} characters`, range });
    return s;
  }

  decode(raw: string, range: Range): string {
    const decoded = decodeForm(raw);
    if (decoded !== undefined) return decoded;
    this.problems.push({ message: `"${clip(raw)}" is not valid percent-encoding`, range });
    return raw;
  }
}

type SigningHeaders = Pick<ResolvedRequest, 'headers' | 'fixedNonce' | 'fixedTimestamp' | 'explicitSignature' | 'explicitAppKey'>;

function resolveHeaders(block: RequestBlock, r: Resolution): SigningHeaders {
  const headers: Array<readonly [string, string]> = [];
  let fixedNonce: string | undefined;
  let fixedTimestamp: string | undefined;
  let explicitSignature: string | undefined;
  let explicitAppKey: string | undefined;
  for (const h of block.headers) {
    const s = r.sub(h.value, h.valueRange);
    headers.push([h.name, s.text]);
    const fixed = !s.dynamic && s.complete;
    switch (h.name.toLowerCase()) {
      case 'nonce':
        fixedNonce = fixed ? s.text : undefined;
        break;
      case 'timestamp':
        fixedTimestamp = fixed ? s.text : undefined;
        break;
      case 'signature':
        explicitSignature = s.text;
        break;
      case 'app-key':
        explicitAppKey = s.text;
        break;
      default:
        break;
    }
  }
  return { headers, fixedNonce, fixedTimestamp, explicitSignature, explicitAppKey };
}

function resolveParams(block: RequestBlock, r: Resolution): Array<readonly [string, string]> {
  const params: Array<readonly [string, string]> = [];
  for (const p of block.params) {
    if (!p.hasReferences) {
      params.push([p.name, p.value ?? r.decode(p.rawValue, p.valueRange)]);
      continue;
    }
    const n = r.sub(p.rawName, p.nameRange);
    const v = r.sub(p.rawValue, p.valueRange);
    params.push([r.decode(n.text, p.nameRange), r.decode(v.text, p.valueRange)]);
  }
  return params;
}

/** A full-URL target's URL without the endpoint's path: where to send instead of the profile's hosts. */
function baseUrlOf(url: string, endpoint: EndpointSpec | undefined): string | undefined {
  if (!endpoint) return undefined;
  try {
    const u = new URL(url);
    if (!u.pathname.endsWith(endpoint.path)) return undefined;
    return u.origin + u.pathname.slice(0, u.pathname.length - endpoint.path.length);
  } catch {
    return undefined;
  }
}

/**
 * Resolves the request of doc.blocks[requestIndex] with fresh system variables. Undefined when the
 * block has no request line or no target. Syntax problems are the diagnostics' business.
 */
export function resolveRequest(doc: RongHttpDocument, requestIndex: number, deps: ResolveDeps = {}): ResolvedRequest | undefined {
  const block: RequestBlock | undefined = doc.blocks[requestIndex];
  const target = block?.request?.target;
  if (!block || !block.request || !target) return undefined;
  const r = new Resolution(new VariableResolver(doc.variables, liveSystemVariables(deps), { names: lazyRequestNames(doc), store: deps.exchanges }));
  const resolvedTarget = r.sub(target.text, target.range).text;
  const path = targetPath(resolvedTarget);
  const endpoint = findEndpoint(path);
  const full = hasHttpScheme(resolvedTarget, 0);
  let url: string | undefined;
  if (full) url = resolvedTarget;
  else if (deps.baseUrl && resolvedTarget.startsWith('/')) url = deps.baseUrl.replace(/\/+$/, '') + resolvedTarget;
  // The send path builds the URL from the endpoint's path: a query would be dropped, so it is refused.
  const query = queryOf(resolvedTarget);
  if (query) r.problems.push({ message: `the query string "${clip(query)}" is not sent: Rong reads parameters from the form body; move them into the body`, range: target.range });
  // What REST Client/httpyac would send but this one cannot: refused, never sent half-read.
  for (const p of block.problems) if (p.kind === 'queryContinuation' || p.kind === 'fileBody') r.problems.push({ message: syntaxMessage(p, 'en'), range: p.range });
  const headers = resolveHeaders(block, r);
  const named = full ? undefined : namedHost(doc, headers.headers, r);
  if (named) url = named.baseUrl + resolvedTarget;
  const fullBase = full ? baseUrlOf(resolvedTarget, endpoint) : undefined;
  return {
    name: block.name,
    profile: block.profile?.value,
    method: block.request.method ? block.request.method.text.toUpperCase() : 'GET',
    target: resolvedTarget,
    url,
    baseUrl: fullBase ?? named?.baseUrl,
    hostFrom: fullBase ? 'url' : named?.from,
    path,
    endpoint,
    ...headers,
    params: resolveParams(block, r),
    signing: headers.fixedNonce !== undefined && headers.fixedTimestamp !== undefined ? 'exact' : 'preview',
    problems: r.problems,
  };
}

/** A relative target's host: its Host header, else @host; a bad one is a problem, never the profile's host. */
function namedHost(doc: RongHttpDocument, headers: ReadonlyArray<readonly [string, string]>, r: Resolution): { baseUrl: string; from: HostSource } | undefined {
  const header = headers.find(([k]) => k.toLowerCase() === 'host');
  let read: HostRead = header ? hostFromHeader(header[1]) : undefined;
  if (!read && !header) {
    let def: VariableDefinition | undefined;
    for (const d of doc.variables) if (d.name === 'host') def = d;
    if (def) {
      const v = r.sub(def.value, def.valueRange);
      read = v.complete ? hostFromVariable(v.text) : { problem: '@host cannot be resolved, so the request has no host' };
    }
  }
  if (!read) return undefined;
  if ('problem' in read) {
    r.problems.push({ message: read.problem });
    return undefined;
  }
  return read.host;
}

function unresolvedMessage(resolver: VariableResolver, name: string): string {
  if (name === '$processEnv') return '{{$processEnv NAME}}: NAME is not set in the environment (or %NAME, which is not supported; an App Secret such as RONG_APP_SECRET is never read)';
  if (name === '$dotenv') return '{{$dotenv NAME}}: NAME is not in a .env file beside this file (rong-http run reads that file; the editor does not yet), or %NAME, which is not supported; an App Secret such as RONG_APP_SECRET is never read';
  const ref = parseRequestReference(name);
  if (ref && resolver.exchangeOf(ref.request) === false) return `{{${name}}}: the request named ${ref.request} has not run yet`;
  if (ref && resolver.exchangeOf(ref.request) === true) return `{{${name}}}: the latest exchange of ${ref.request} has no ${ref.part} ${ref.section} ${ref.path.join('.')}`.trimEnd();
  if (name.startsWith('$')) {
    return checkSystemVariable(name, []) === 'unknown'
      ? `{{${name}}} is not a known system variable`
      : `{{${name}}} has bad arguments`;
  }
  const v = resolver.variable(name);
  switch (v.state) {
    case 'undefined':
      return `{{${name}}} is not defined`;
    case 'cycle':
      return `{{${name}}} is part of a cycle: ${(v.cycle ?? []).join(' → ')}`;
    case 'tooDeep':
      return `{{${name}}} nests variables deeper than ${MAX_VARIABLE_DEPTH}`;
    case 'tooLong':
      return `{{${name}}} grows past ${MAX_VARIABLE_LENGTH} characters`;
    default:
      return `{{${name}}} uses a variable that cannot be resolved`;
  }
}

/** The query of a target ('?a=1'), or '' (a fragment is never sent, by HTTP clients either). */
function queryOf(target: string): string {
  const q = target.indexOf('?');
  if (q === -1) return '';
  const h = target.indexOf('#', q);
  return target.slice(q, h === -1 ? undefined : h);
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * What `evaluateAssertions` needs to expand {{…}} in expected values: the document's variables,
 * system variables and chained references (`{{register.response.body.token}}`) read from
 * `deps.exchanges`; undefined when something in the text cannot be resolved.
 */
export function expectedValueResolver(doc: RongHttpDocument, deps: ResolveDeps = {}): ExpectedValueResolver {
  const resolver = new VariableResolver(doc.variables, liveSystemVariables(deps), { names: lazyRequestNames(doc), store: deps.exchanges });
  const resolve = (text: string) => {
    const s = resolver.substitute(text);
    return s.complete ? s.text : undefined;
  };
  return Object.assign(resolve, { tokens: resolver.tokens });
}

/** Expands {{…}} in an expected value; `tokens`: the token values it read, which results show masked. */
export type ExpectedValueResolver = ((text: string) => string | undefined) & { readonly tokens?: ReadonlySet<string> };
