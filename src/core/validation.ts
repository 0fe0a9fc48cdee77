/**
 * Validation of form parameters against the contract. Returns findings, never throws; the same
 * rules serve the command's input boxes, the playground, `.rong.http` diagnostics and the sandbox.
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec, type ParamSpec } from './contract';
import { utf8ByteLength } from './bytes';
import type { Locale } from './errorCatalogue';

export type FindingRule =
  | 'missing'
  | 'empty'
  | 'tooLong'
  | 'whitespace'
  | 'controlChars'
  | 'notHttpUri'
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
}

// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const WHITESPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;

export function formatFinding(f: Omit<Finding, 'message'>, locale: Locale = 'en'): string {
  const zh = locale === 'zh-cn';
  const p = `${f.code} · `;
  switch (f.rule) {
    case 'missing':
      return p + (zh ? `缺少必填参数 ${f.field}` : `${f.field} is required`);
    case 'empty':
      return p + (zh ? `${f.field} 不能为空` : `${f.field} must not be empty`);
    case 'tooLong':
      return p + (zh
        ? `${f.field} 为 ${f.actual} 字节，上限为 ${f.limit} 字节`
        : `${f.field} is ${f.actual} bytes; the limit is ${f.limit}`);
    case 'whitespace':
      return p + (zh ? `${f.field} 不能包含空白字符` : `${f.field} must not contain whitespace`);
    case 'controlChars':
      return p + (zh ? `${f.field} 不能包含控制字符` : `${f.field} must not contain control characters`);
    case 'notHttpUri':
      return p + (zh
        ? `${f.field} 必须是以 http:// 或 https:// 开头的绝对 URI`
        : `${f.field} must be an absolute http:// or https:// URI`);
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

function finding(field: string, code: number, rule: FindingRule, limit?: number, actual?: number): Finding {
  const base = { field, code, rule, limit, actual };
  return { ...base, message: formatFinding(base) };
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

/**
 * Validates one decoded value. `undefined` means the parameter is absent.
 * Returns the first problem, in the order a user would fix them.
 */
export function validateParam(spec: ParamSpec, value: string | undefined): Finding | undefined {
  if (value === undefined) {
    return spec.required ? finding(spec.name, PARAMETER_ERROR_CODE, 'missing') : undefined;
  }
  if (value.length === 0) {
    return spec.required ? finding(spec.name, spec.code, 'empty') : undefined;
  }
  const bytes = utf8ByteLength(value);
  if (bytes > spec.maxBytes) return finding(spec.name, spec.code, 'tooLong', spec.maxBytes, bytes);
  if (CONTROL.test(value)) return finding(spec.name, spec.code, 'controlChars');
  switch (spec.kind) {
    case 'userId':
      if (WHITESPACE.test(value)) return finding(spec.name, spec.code, 'whitespace');
      return undefined;
    case 'name':
      if (value.trim().length === 0) return finding(spec.name, spec.code, 'empty');
      return undefined;
    case 'httpUri':
      if (WHITESPACE.test(value) || !isHttpUri(value)) return finding(spec.name, spec.code, 'notHttpUri');
      return undefined;
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
}

/**
 * Validates a whole parameter list (pairs in order, as they appear in a form body).
 * Unknown and duplicated parameters are reported with 1003.
 */
export function validateParams(
  endpoint: EndpointSpec,
  params: ReadonlyArray<readonly [string, string]> | Readonly<Record<string, string | undefined>>,
): Finding[] {
  const pairs: Array<readonly [string, string]> = Array.isArray(params)
    ? (params as Array<readonly [string, string]>)
    : Object.entries(params as Record<string, string | undefined>).filter(
        (e): e is [string, string] => e[1] !== undefined,
      );
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const [name, value] of pairs) {
    if (!endpoint.params.some((p) => p.name === name)) {
      findings.push(finding(name, PARAMETER_ERROR_CODE, 'unknownParam'));
    } else if (seen.has(name)) {
      findings.push(finding(name, PARAMETER_ERROR_CODE, 'duplicateParam'));
      continue;
    }
    seen.set(name, value);
  }
  for (const spec of endpoint.params) {
    const f = validateParam(spec, seen.get(spec.name));
    if (f) findings.push(f);
  }
  return findings;
}
