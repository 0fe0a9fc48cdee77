/**
 * Validation of form parameters against the contract data. Returns findings, never throws; the
 * same rules serve the commands' input boxes, the playground, `.rong.http` diagnostics, the runner
 * and the sandbox. A finding carries the parameter's code (1005 user IDs, 1006 names, 1007 URIs,
 * 1003 the rest), the rule, and the limit where there is one.
 */
import {
  findParam,
  KNOWN_MESSAGE_TYPES,
  PARAMETER_ERROR_CODE,
  RESERVED_TYPE_PREFIX,
  type EndpointSpec,
  type ParamSpec,
} from './contract';
import { utf8ByteLength } from './bytes';
import type { Locale } from './text';

export type FindingRule =
  | 'missing'
  | 'empty'
  | 'tooLong'
  | 'tooManyChars'
  | 'whitespace'
  | 'controlChars'
  | 'loneSurrogate'
  | 'notHttpUri'
  | 'notInteger'
  | 'outOfRange'
  | 'notTimestamp'
  | 'notJson'
  | 'notFlag'
  | 'reservedType'
  | 'tooFewValues'
  | 'tooManyValues'
  | 'tooManyWith'
  | 'unknownParam'
  | 'duplicateParam';

export interface Finding {
  readonly field: string;
  /** The contract's error code for this problem. */
  readonly code: number;
  readonly rule: FindingRule;
  /** English text, e.g. "1005 · userId is 66 bytes; the limit is 64". */
  readonly message: string;
  readonly limit?: number;
  readonly actual?: number;
  /** Lower bound of a range (integers, value counts). */
  readonly min?: number;
  /** Which value of a repeated parameter (0-based), when the finding is about one value. */
  readonly index?: number;
  /** The other parameter of a rule between two (tooManyWith), or the values a flag takes. */
  readonly detail?: string;
}

// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Free text may hold line breaks and tabs; nothing else of C0/C1.
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const TIMESTAMP_MS = /^[1-9][0-9]{9,15}$/;

type FindingData = Omit<Finding, 'message'>;

export function formatFinding(f: FindingData, locale: Locale = 'en'): string {
  const zh = locale === 'zh-cn';
  const p = `${f.code} · `;
  const which = f.index !== undefined ? (zh ? `${f.field} 的第 ${f.index + 1} 个值` : `value ${f.index + 1} of ${f.field}`) : f.field;
  switch (f.rule) {
    case 'missing':
      return p + (zh ? `缺少必填参数 ${f.field}` : `${f.field} is required`);
    case 'empty':
      return p + (zh ? `${which} 不能为空` : `${which} must not be empty`);
    case 'tooLong':
      return p + (zh ? `${which} 为 ${f.actual} 字节，上限为 ${f.limit} 字节` : `${which} is ${f.actual} bytes; the limit is ${f.limit}`);
    case 'tooManyChars':
      return p + (zh ? `${which} 为 ${f.actual} 个字符，上限为 ${f.limit} 个` : `${which} is ${f.actual} characters; the limit is ${f.limit}`);
    case 'whitespace':
      return p + (zh ? `${which} 不能包含空白字符` : `${which} must not contain whitespace`);
    case 'controlChars':
      return p + (zh ? `${which} 不能包含控制字符` : `${which} must not contain control characters`);
    case 'loneSurrogate':
      return p + (zh ? `${which} 含有不成对的 UTF-16 代理项，无法编码为 UTF-8` : `${which} holds a lone UTF-16 surrogate, which UTF-8 cannot encode`);
    case 'notHttpUri':
      return p + (zh ? `${which} 必须是以 http:// 或 https:// 开头的绝对 URI` : `${which} must be an absolute http:// or https:// URI`);
    case 'notInteger':
      return p + (zh ? `${which} 必须是 ${f.min}–${f.limit} 之间的整数` : `${which} must be an integer from ${f.min} to ${f.limit}`);
    case 'outOfRange':
      return p + (zh ? `${which} 为 ${f.actual}，范围为 ${f.min}–${f.limit}` : `${which} is ${f.actual}; the range is ${f.min}–${f.limit}`);
    case 'notTimestamp':
      return p + (zh ? `${which} 必须是毫秒时间戳（如 1408710653000）` : `${which} must be a timestamp in milliseconds (e.g. 1408710653000)`);
    case 'notJson':
      return p + (zh ? `${which} 不是有效的 JSON：${f.detail ?? ''}` : `${which} is not valid JSON: ${f.detail ?? ''}`);
    case 'notFlag':
      return p + (zh ? `${which} 只能是 ${f.detail}` : `${which} must be ${f.detail}`);
    case 'reservedType':
      return p + (zh
        ? `${which}：以 ${RESERVED_TYPE_PREFIX} 开头的是融云内置类型，自定义类型不能以 ${RESERVED_TYPE_PREFIX} 开头`
        : `${which}: types starting with ${RESERVED_TYPE_PREFIX} are Rong's own; a custom type must not start with ${RESERVED_TYPE_PREFIX}`);
    case 'tooFewValues':
      return p + (zh ? `${f.field} 需要至少 ${f.min} 个值，现有 ${f.actual} 个` : `${f.field} needs at least ${f.min} value${f.min === 1 ? '' : 's'}; it has ${f.actual}`);
    case 'tooManyValues':
      return p + (zh ? `${f.field} 有 ${f.actual} 个值，上限为 ${f.limit} 个` : `${f.field} has ${f.actual} values; the limit is ${f.limit}`);
    case 'tooManyWith':
      return p + (zh ? `指定 ${f.detail} 时，${f.field} 最多 ${f.limit} 个值，现有 ${f.actual} 个` : `with ${f.detail}, ${f.field} takes at most ${f.limit} value${f.limit === 1 ? '' : 's'}; it has ${f.actual}`);
    case 'unknownParam':
      return p + (zh ? `未知参数 ${f.field}` : `unknown parameter ${f.field}`);
    case 'duplicateParam':
      return p + (zh ? `参数 ${f.field} 重复` : `parameter ${f.field} is given more than once`);
    default: {
      const never: never = f.rule;
      return String(never);
    }
  }
}

function finding(data: FindingData): Finding {
  return { ...data, message: formatFinding(data) };
}

function isHttpUri(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function codePoints(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

function jsonProblem(value: string): string | undefined {
  try {
    JSON.parse(value);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message.slice(0, 120) : 'not JSON';
  }
}

/** The rule of the parameter's kind, after the checks every kind shares. */
function kindFinding(spec: ParamSpec, value: string, at: Pick<FindingData, 'field' | 'code' | 'index'>): Finding | undefined {
  const f = (rule: FindingRule, extra: Partial<FindingData> = {}) => finding({ ...at, rule, ...extra });
  switch (spec.kind) {
    case 'userId':
    case 'id':
      return WHITESPACE.test(value) ? f('whitespace') : undefined;
    case 'name':
      return value.trim().length === 0 ? f('empty') : undefined;
    case 'httpUri':
      return WHITESPACE.test(value) || !isHttpUri(value) ? f('notHttpUri') : undefined;
    case 'text':
    case 'json': {
      if (spec.kind === 'json') {
        const problem = jsonProblem(value);
        if (problem) return f('notJson', { detail: problem });
      }
      return undefined;
    }
    case 'integer': {
      const min = spec.min ?? Number.MIN_SAFE_INTEGER;
      const max = spec.max ?? Number.MAX_SAFE_INTEGER;
      if (!INTEGER.test(value) || value.length > 16) return f('notInteger', { min, limit: max });
      const n = Number(value);
      return n < min || n > max ? f('outOfRange', { min, limit: max, actual: n }) : undefined;
    }
    case 'timestampMs':
      return TIMESTAMP_MS.test(value) ? undefined : f('notTimestamp');
    case 'flag': {
      const values = spec.flagValues ?? ['0', '1'];
      return values.includes(value) ? undefined : f('notFlag', { detail: values.join(' or ') });
    }
    case 'messageType': {
      if (WHITESPACE.test(value)) return f('whitespace');
      const chars = codePoints(value);
      if (spec.maxChars !== undefined && chars > spec.maxChars) return f('tooManyChars', { limit: spec.maxChars, actual: chars });
      if (value.startsWith(RESERVED_TYPE_PREFIX) && !KNOWN_MESSAGE_TYPES.includes(value)) return f('reservedType');
      return undefined;
    }
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
}

/**
 * Validates one decoded value. `undefined` means the parameter is absent. `index` names the value
 * of a repeated parameter. Returns the first problem, in the order a user would fix them.
 */
export function validateParam(spec: ParamSpec, value: string | undefined, index?: number): Finding | undefined {
  const at = { field: spec.name, code: spec.code, ...(index !== undefined ? { index } : {}) };
  if (value === undefined) {
    return spec.required ? finding({ field: spec.name, code: PARAMETER_ERROR_CODE, rule: 'missing' }) : undefined;
  }
  if (value.length === 0) {
    return spec.required || spec.repeated ? finding({ ...at, rule: 'empty' }) : undefined;
  }
  if (LONE_SURROGATE.test(value)) return finding({ ...at, rule: 'loneSurrogate' });
  if (spec.maxBytes !== undefined) {
    const bytes = utf8ByteLength(value);
    if (bytes > spec.maxBytes) return finding({ ...at, rule: 'tooLong', limit: spec.maxBytes, actual: bytes });
  }
  if ((spec.kind === 'text' || spec.kind === 'json' ? TEXT_CONTROL : CONTROL).test(value)) return finding({ ...at, rule: 'controlChars' });
  return kindFinding(spec, value, at);
}

/** The values of a repeated parameter: their count against its range, then each value. */
export function validateValues(spec: ParamSpec, values: readonly string[]): Finding[] {
  if (values.length === 0) {
    const f = validateParam(spec, undefined);
    return f ? [f] : [];
  }
  if (!spec.repeated) {
    const f = validateParam(spec, values[0]);
    return f ? [f] : [];
  }
  const { min, max } = spec.repeated;
  if (values.length > max) return [finding({ field: spec.name, code: spec.code, rule: 'tooManyValues', limit: max, actual: values.length })];
  if (values.length < min) return [finding({ field: spec.name, code: spec.code, rule: 'tooFewValues', min, actual: values.length })];
  const out: Finding[] = [];
  values.forEach((v, i) => {
    const f = validateParam(spec, v, values.length > 1 ? i : undefined);
    if (f) out.push(f);
  });
  return out;
}

export type ParamInput = ReadonlyArray<readonly [string, string]> | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Pairs in order (a repeated key is several pairs) from either a pair list or a record. */
export function toPairs(params: ParamInput): Array<readonly [string, string]> {
  if (Array.isArray(params)) return params as Array<readonly [string, string]>;
  const pairs: Array<readonly [string, string]> = [];
  for (const [k, v] of Object.entries(params as Record<string, string | readonly string[] | undefined>)) {
    if (v === undefined) continue;
    if (typeof v === 'string') pairs.push([k, v]);
    else for (const one of v) pairs.push([k, one]);
  }
  return pairs;
}

/** The values of each known parameter, in order; unknown names and repeats of single parameters apart. */
export function groupParams(endpoint: EndpointSpec, params: ParamInput): {
  readonly values: ReadonlyMap<string, string[]>;
  readonly findings: Finding[];
} {
  const values = new Map<string, string[]>();
  const findings: Finding[] = [];
  for (const [name, value] of toPairs(params)) {
    const spec = findParam(endpoint, name);
    if (!spec) {
      findings.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'unknownParam' }));
      continue;
    }
    const list = values.get(name);
    if (!list) values.set(name, [value]);
    else if (spec.repeated) list.push(value);
    else findings.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'duplicateParam' }));
  }
  return { values, findings };
}

/**
 * Validates a whole parameter list (pairs in order, as they appear in a form body, or a record
 * whose repeated parameters are arrays). Unknown parameters and repeats of a parameter that takes
 * one value are 1003.
 */
export function validateParams(endpoint: EndpointSpec, params: ParamInput): Finding[] {
  const { values, findings } = groupParams(endpoint, params);
  for (const spec of endpoint.params) findings.push(...validateValues(spec, values.get(spec.name) ?? []));
  for (const rule of endpoint.crossRules ?? []) {
    const count = values.get(rule.param)?.length ?? 0;
    if (values.has(rule.when) && count > rule.maxCount) {
      findings.push(finding({ field: rule.param, code: PARAMETER_ERROR_CODE, rule: 'tooManyWith', limit: rule.maxCount, actual: count, detail: rule.when }));
    }
  }
  return findings;
}

/** The rule of a parameter in a few words, for hints and hovers: "1–64 bytes, no whitespace". */
export function describeRule(spec: ParamSpec, locale: Locale = 'en'): string {
  const zh = locale === 'zh-cn';
  const parts: string[] = [];
  if (spec.repeated) parts.push(zh ? `${spec.repeated.min}–${spec.repeated.max} 个值` : `${spec.repeated.min}–${spec.repeated.max} values`);
  if (spec.maxBytes !== undefined) parts.push(zh ? `每个值最多 ${spec.maxBytes} 字节（UTF-8）` : `at most ${spec.maxBytes} bytes (UTF-8)${spec.repeated ? ' each' : ''}`);
  switch (spec.kind) {
    case 'userId':
    case 'id': parts.push(zh ? '不含空白和控制字符' : 'no whitespace or control characters'); break;
    case 'name': parts.push(zh ? '不能为空白，不含控制字符' : 'not blank, no control characters'); break;
    case 'httpUri': parts.push(zh ? 'http(s) 绝对 URI' : 'an absolute http(s) URI'); break;
    case 'text': break;
    case 'json': parts.push(zh ? 'JSON 文本' : 'a JSON text'); break;
    case 'integer': parts.push(zh ? `整数 ${spec.min}–${spec.max}` : `an integer ${spec.min}–${spec.max}`); break;
    case 'timestampMs': parts.push(zh ? '毫秒时间戳' : 'milliseconds since the epoch'); break;
    case 'flag': parts.push((spec.flagValues ?? ['0', '1']).join(zh ? ' 或 ' : ' or ')); break;
    case 'messageType': parts.push(zh ? `最多 ${spec.maxChars} 个字符，自定义类型不能以 RC: 开头` : `at most ${spec.maxChars} characters; custom types must not start with RC:`); break;
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
  return parts.join(zh ? '，' : ', ');
}
