/**
 * Validation of form parameters against the contract data. Returns findings, never throws; the
 * same rules serve the commands' input boxes, the playground, `.rong.http` diagnostics, the runner
 * and the sandbox. A finding carries the parameter's code (1005 user IDs, 1006 names, 1007 URIs,
 * 1003 the rest), the rule, and the limit where there is one.
 */
import {
  KNOWN_MESSAGE_TYPES,
  PARAMETER_ERROR_CODE,
  RESERVED_TYPE_PREFIX,
  type EndpointSpec,
  type ParamSpec,
} from './contract';
import { utf8ByteLength } from './bytes';
import { specOf } from './wire';
import { pick, type Locale, type Text } from './text';

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
  | 'duplicateParam'
  | 'jsonType'
  | 'notObject';

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
  /** Where in a JSON text the finding lies (`3:14`, line:column), shown before its words. */
  readonly at?: string;
}

// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Free text may hold line breaks and tabs; nothing else of C0/C1.
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INTEGER = /^-?(0|[1-9][0-9]*)$/;
const TIMESTAMP_MS = /^[1-9][0-9]{9,15}$/;

export type FindingData = Omit<Finding, 'message'>;

/** What a finding says, per rule; `{which}` is the field, or "value N of field" for one value of a repeated one. */
export const FINDING_TEXTS = {
  valueOf: { en: 'value {n} of {field}', zh: '{field} 的第 {n} 个值' },
  missing: { en: '{field} is required', zh: '缺少必填参数 {field}' },
  empty: { en: '{which} must not be empty', zh: '{which} 不能为空' },
  tooLong: { en: '{which} is {actual} bytes; the limit is {limit}', zh: '{which} 为 {actual} 字节，上限为 {limit} 字节' },
  tooManyChars: { en: '{which} is {actual} characters; the limit is {limit}', zh: '{which} 为 {actual} 个字符，上限为 {limit} 个' },
  whitespace: { en: '{which} must not contain whitespace', zh: '{which} 不能包含空白字符' },
  controlChars: { en: '{which} must not contain control characters', zh: '{which} 不能包含控制字符' },
  loneSurrogate: { en: '{which} holds a lone UTF-16 surrogate, which UTF-8 cannot encode', zh: '{which} 含有不成对的 UTF-16 代理项，无法编码为 UTF-8' },
  notHttpUri: { en: '{which} must be an absolute http:// or https:// URI', zh: '{which} 必须是以 http:// 或 https:// 开头的绝对 URI' },
  notInteger: { en: '{which} must be an integer from {min} to {limit}', zh: '{which} 必须是 {min}–{limit} 之间的整数' },
  outOfRange: { en: '{which} is {actual}; the range is {min}–{limit}', zh: '{which} 为 {actual}，范围为 {min}–{limit}' },
  notTimestamp: { en: '{which} must be a timestamp in milliseconds (e.g. 1408710653000)', zh: '{which} 必须是毫秒时间戳（如 1408710653000）' },
  notJson: { en: '{which} is not valid JSON: {detail}', zh: '{which} 不是有效的 JSON：{detail}' },
  notFlag: { en: '{which} must be {detail}', zh: '{which} 只能是 {detail}' },
  reservedType: {
    en: "{which}: types starting with {prefix} are Rong's own; a custom type must not start with {prefix}",
    zh: '{which}：以 {prefix} 开头的是融云内置类型，自定义类型不能以 {prefix} 开头',
  },
  tooFewValues: { en: '{field} needs at least {min} values; it has {actual}', zh: '{field} 需要至少 {min} 个值，现有 {actual} 个' },
  tooFewValuesOne: { en: '{field} needs at least {min} value; it has {actual}', zh: '{field} 需要至少 {min} 个值，现有 {actual} 个' },
  tooManyValues: { en: '{field} has {actual} values; the limit is {limit}', zh: '{field} 有 {actual} 个值，上限为 {limit} 个' },
  tooManyWith: { en: 'with {detail}, {field} takes at most {limit} values; it has {actual}', zh: '指定 {detail} 时，{field} 最多 {limit} 个值，现有 {actual} 个' },
  tooManyWithOne: { en: 'with {detail}, {field} takes at most {limit} value; it has {actual}', zh: '指定 {detail} 时，{field} 最多 {limit} 个值，现有 {actual} 个' },
  unknownParam: { en: 'unknown parameter {field}', zh: '未知参数 {field}' },
  duplicateParam: { en: 'parameter {field} is given more than once', zh: '参数 {field} 重复' },
  jsonType: { en: '{which} must be a JSON {detail}', zh: '{which} 必须是 JSON {detail}' },
  notObject: { en: 'the body must be a JSON object ({…}) of the endpoint\'s fields', zh: '请求体必须是由该接口字段组成的 JSON 对象（{…}）' },
} satisfies Record<string, Text>;

/** The finding's text: its rule's, in the singular where English needs it. */
function findingText(f: FindingData): Text {
  if (f.rule === 'tooFewValues' && f.min === 1) return FINDING_TEXTS.tooFewValuesOne;
  if (f.rule === 'tooManyWith' && f.limit === 1) return FINDING_TEXTS.tooManyWithOne;
  return FINDING_TEXTS[f.rule];
}

export function formatFinding(f: FindingData, locale: Locale = 'en'): string {
  const which = f.index !== undefined ? pick(FINDING_TEXTS.valueOf, locale, { field: f.field, n: f.index + 1 }) : f.field;
  const vars = stringsOf({ field: f.field, which, prefix: RESERVED_TYPE_PREFIX, detail: f.detail ?? '', actual: f.actual, limit: f.limit, min: f.min });
  return `${f.at ? `${f.at} ` : ''}${f.code} · ${pick(findingText(f), locale, vars)}`;
}

export function finding(data: FindingData): Finding {
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
      return undefined;
    case 'json': {
      const problem = jsonProblem(value);
      return problem ? f('notJson', { detail: problem }) : undefined;
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
 * A flag's value in the data's spelling when it is given in the other one (`true` for a 0/1 flag,
 * `0` for a false/true one): the SDKs spell flags both ways (Go's strconv.FormatBool and Itoa), and
 * the live service takes either, so the sandbox reads both. Anything else is left as it is.
 */
export function canonicalFlag(spec: ParamSpec, value: string): string {
  if (spec.kind !== 'flag') return value;
  const [off, on] = spec.flagValues ?? ['0', '1'];
  if (value === '0' || value === 'false') return off;
  if (value === '1' || value === 'true') return on;
  return value;
}

/** Whether a flag's value means on, in either spelling (`1`, `true`). */
export function isFlagOn(value: string | undefined): boolean {
  return value === '1' || value === 'true';
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
    return spec.required || (spec.repeated && !spec.emptyEntries) ? finding({ ...at, rule: 'empty' }) : undefined;
  }
  if (spec.alsoAccepted?.includes(value)) return undefined;
  if (LONE_SURROGATE.test(value)) return finding({ ...at, rule: 'loneSurrogate' });
  if (spec.maxBytes !== undefined) {
    const bytes = utf8ByteLength(value);
    if (bytes > spec.maxBytes) return finding({ ...at, rule: 'tooLong', limit: spec.maxBytes, actual: bytes });
  }
  if ((spec.kind === 'text' || spec.kind === 'json' ? TEXT_CONTROL : CONTROL).test(value)) return finding({ ...at, rule: 'controlChars' });
  if (spec.kind === 'messageType' && WHITESPACE.test(value)) return finding({ ...at, rule: 'whitespace' });
  // A limit in characters (message types, agent names, chatroom attributes) is counted by code point, whatever the kind.
  if (spec.maxChars !== undefined) {
    const chars = codePoints(value);
    if (chars > spec.maxChars) return finding({ ...at, rule: 'tooManyChars', limit: spec.maxChars, actual: chars });
  }
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
  const keys = new Set<string>();
  for (const [name, value] of toPairs(params)) {
    const spec = specOf(endpoint, name);
    if (!spec) {
      findings.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'unknownParam' }));
      continue;
    }
    if (spec.keyed) {
      // A keyed family (`chatroom[room-1]=Room`): the key is an ID, each key once; the values count against `repeated`.
      if (keys.has(name)) findings.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'duplicateParam' }));
      else {
        keys.add(name);
        const keyProblem = validateKey(spec, name);
        if (keyProblem) findings.push(keyProblem);
      }
    }
    const list = values.get(spec.name);
    if (!list) values.set(spec.name, [value]);
    else if (spec.repeated) list.push(value);
    else findings.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'duplicateParam' }));
  }
  return { values, findings };
}

/** The key of a keyed parameter follows an ID's rules, within the family's key limit. */
function validateKey(spec: ParamSpec, name: string): Finding | undefined {
  const key = name.slice(spec.name.length + 1, -1);
  const keySpec: ParamSpec = { name, kind: 'id', required: true, code: spec.code, maxBytes: spec.keyed?.keyMaxBytes, description: spec.description };
  return validateParam(keySpec, key);
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

/** The words of describeRule, per part of a parameter's rule. */
export const RULE_TEXTS = {
  valueCount: { en: '{min}–{max} values', zh: '{min}–{max} 个值' },
  valueCountOpen: { en: 'at least {min} values', zh: '至少 {min} 个值' },
  maxBytes: { en: 'at most {max} bytes (UTF-8)', zh: '每个值最多 {max} 字节（UTF-8）' },
  maxBytesEach: { en: 'at most {max} bytes (UTF-8) each', zh: '每个值最多 {max} 字节（UTF-8）' },
  userId: { en: 'no whitespace or control characters', zh: '不含空白和控制字符' },
  name: { en: 'not blank, no control characters', zh: '不能为空白，不含控制字符' },
  httpUri: { en: 'an absolute http(s) URI', zh: 'http(s) 绝对 URI' },
  text: { en: 'no control characters except line breaks', zh: '不含换行以外的控制字符' },
  json: { en: 'a JSON text', zh: 'JSON 文本' },
  integer: { en: 'an integer {min}–{max}', zh: '整数 {min}–{max}' },
  timestampMs: { en: 'milliseconds since the epoch', zh: '毫秒时间戳' },
  messageType: { en: 'at most {max} characters; custom types must not start with RC:', zh: '最多 {max} 个字符，自定义类型不能以 RC: 开头' },
  or: { en: ' or ', zh: ' 或 ' },
  separator: { en: ', ', zh: '，' },
} satisfies Record<string, Text>;

/** The rule of a parameter in a few words, for hints and hovers: "1–64 bytes, no whitespace". */
export function describeRule(spec: ParamSpec, locale: Locale = 'en'): string {
  const words = (text: Text, vars?: Record<string, string | number | undefined>) => pick(text, locale, vars && stringsOf(vars));
  const parts: string[] = [];
  if (spec.repeated) parts.push(spec.repeated.max >= Number.MAX_SAFE_INTEGER ? words(RULE_TEXTS.valueCountOpen, spec.repeated) : words(RULE_TEXTS.valueCount, spec.repeated));
  if (spec.maxBytes !== undefined) parts.push(words(spec.repeated ? RULE_TEXTS.maxBytesEach : RULE_TEXTS.maxBytes, { max: spec.maxBytes }));
  switch (spec.kind) {
    case 'userId':
    case 'id': parts.push(words(RULE_TEXTS.userId)); break;
    case 'name': parts.push(words(RULE_TEXTS.name)); break;
    case 'httpUri': parts.push(words(RULE_TEXTS.httpUri)); break;
    case 'text': parts.push(words(RULE_TEXTS.text)); break;
    case 'json': parts.push(words(RULE_TEXTS.json)); break;
    case 'integer': parts.push(words(RULE_TEXTS.integer, { min: spec.min, max: spec.max })); break;
    case 'timestampMs': parts.push(words(RULE_TEXTS.timestampMs)); break;
    case 'flag': parts.push((spec.flagValues ?? ['0', '1']).join(words(RULE_TEXTS.or))); break;
    case 'messageType': parts.push(words(RULE_TEXTS.messageType, { max: spec.maxChars })); break;
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
  return parts.join(words(RULE_TEXTS.separator));
}

/** Placeholder values as the template literals wrote them (an absent number reads "undefined"). */
function stringsOf(vars: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
}
