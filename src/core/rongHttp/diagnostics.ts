/**
 * Diagnostics of `.rong.http` documents as plain records; the VS Code adapter maps them to
 * vscode.Diagnostic in one place. Contract findings reuse validation.ts (same rules and codes as
 * the command, the playground and the sandbox). Per-block results depend only on the block, the
 * values of the variables it references and the context, which is what incremental.ts caches on.
 */
import {
  FORM_CONTENT_TYPE,
  MAX_ACCEPTED_NONCE_LENGTH,
  MAX_NONCE_LENGTH,
  MAX_REQUEST_ID_LENGTH,
  PARAMETER_ERROR_CODE,
  ENDPOINTS,
  findEndpoint,
  type EndpointSpec,
  type ParamSpec,
} from '../contract';
import type { CatalogueSource, Locale } from '../contract/errorCatalogue';
import { checkNonce, checkTimestamp, computeSignature, nonceWarning } from '../signing';
import { formatFinding, validateParam, type Finding } from '../validation';
import type { BodyParam, Range, RequestBlock, RongHttpDocument, SyntaxProblemKind, VariableReference } from './model';
import { message, syntaxMessage } from './messages';
import { blockContent, blockMayReference, hasHttpScheme } from './parser';
import {
  MAX_VARIABLE_DEPTH,
  MAX_VARIABLE_LENGTH,
  SAMPLE_SYSTEM_VARIABLES,
  SYSTEM_VARIABLES,
  VariableResolver,
  checkSystemVariable,
  targetPath,
} from './variables';
import { decodeFormComponent } from '../form';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type DiagnosticRule =
  | SyntaxProblemKind
  | 'missingParam'
  | 'invalidParam'
  | 'unknownParam'
  | 'duplicateParam'
  | 'unknownEndpoint'
  | 'methodNotAllowed'
  | 'queryString'
  | 'unsupportedScheme'
  | 'undefinedVariable'
  | 'unresolvedVariable'
  | 'unknownSystemVariable'
  | 'badSystemVariableArgs'
  | 'variableCycle'
  | 'variableTooDeep'
  | 'variableTooLong'
  | 'duplicateVariable'
  | 'signatureMismatch'
  | 'signatureNotReproducible'
  | 'badNonce'
  | 'longNonce'
  | 'badTimestamp'
  | 'secretInFile'
  | 'unknownProfile'
  | 'contentTypeIgnored'
  | 'requestIdTooLong'
  | 'prefixedSigningHeader'
  | 'duplicateHeader'
  | 'response';

/** What a quick fix needs besides the record's range (no positions: records are shifted when reused). */
export type QuickFixData =
  | { readonly fix: 'addParam'; readonly param: string }
  | { readonly fix: 'removeParam'; readonly param: string }
  | { readonly fix: 'replaceSignature'; readonly expected: string }
  | { readonly fix: 'removeHeader'; readonly header: string }
  | { readonly fix: 'moveSecret'; readonly kind: 'header' | 'param' | 'variable'; readonly name: string }
  | { readonly fix: 'insertBlankLine' }
  | { readonly fix: 'prefixAmpersand' }
  | { readonly fix: 'setMethod'; readonly method: string }
  | { readonly fix: 'replaceEndpoint'; readonly path: string };

export interface DiagnosticRecord {
  readonly range: Range;
  readonly severity: Severity;
  /** The contract's code where there is one (1003, 1005, 1006, 1007; a response's code). */
  readonly code?: number;
  /** Which rule produced it: stable, for quick fixes and tests. */
  readonly rule: DiagnosticRule;
  readonly message: string;
  readonly source: 'rong';
  readonly data?: QuickFixData;
}

export interface DiagnosticContext {
  /** 'en' (default) or 'zh-cn'. */
  readonly locale?: Locale;
  /**
   * The stored App Secret of a profile (undefined profile = the active one); `appKey` is the
   * request's explicit App-Key when it has one. Undefined skips the signature check.
   */
  readonly secretFor?: (profile: string | undefined, appKey?: string) => string | undefined;
  /** Known profile names; when given, `@profile` names are checked against it. */
  readonly profiles?: readonly string[];
}

const SECRET_NAME = /secret/i;
const SECRET_VARIABLE_NAME = /secret|passw(?:or)?d|pwd/i;
/** Shorter stored secrets are not searched for in values (too many accidental matches). */
const MIN_SECRET_MATCH = 6;

function record(range: Range, severity: Severity, rule: DiagnosticRule, text: string, code?: number, data?: QuickFixData): DiagnosticRecord {
  const r: { -readonly [K in keyof DiagnosticRecord]: DiagnosticRecord[K] } = { range, severity, rule, message: text, source: 'rong' };
  if (code !== undefined) r.code = code;
  if (data !== undefined) r.data = data;
  return r;
}

/**
 * What block diagnostics depend on besides the block: the variables (resolved with stand-in
 * system values) and the context. One per document version.
 */
export class DiagnosticEnvironment {
  readonly locale: Locale;
  readonly resolver: VariableResolver;
  private readonly secrets = new Map<string, string | undefined>();

  constructor(
    readonly doc: RongHttpDocument,
    readonly context: DiagnosticContext,
  ) {
    this.locale = context.locale ?? 'en';
    this.resolver = new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES);
    // Document order, so results never depend on which block asks first.
    for (const d of doc.variables) this.resolver.variable(d.name);
  }

  secret(profile: string | undefined, appKey?: string): string | undefined {
    const secretFor = this.context.secretFor;
    if (!secretFor) return undefined;
    const key = profile === undefined && appKey === undefined ? '' : `${profile ?? ''}\u0000${appKey ?? ''}\u0000`;
    if (this.secrets.has(key)) return this.secrets.get(key);
    let s: string | undefined;
    try {
      s = secretFor(profile, appKey);
    } catch {
      s = undefined;
    }
    this.secrets.set(key, s);
    return s;
  }

  /** The part of the environment a block's diagnostics depend on ('' when it uses no variables). */
  keyFor(block: RequestBlock): string {
    if (!blockMayReference(block) || block.references.length === 0) return '';
    let key = '';
    for (const r of block.references) {
      if (r.system) continue;
      const v = this.resolver.variable(r.name);
      key += `${r.name}\u0001${v.state}\u0001${v.dynamic ? 1 : 0}\u0001${v.value}\u0002`;
    }
    return key;
  }
}

const SYNTAX_SEVERITY: Readonly<Record<SyntaxProblemKind, Severity>> = {
  malformedRequestLine: 'error',
  malformedTarget: 'error',
  missingMethod: 'error',
  malformedHeader: 'error',
  missingBlankLine: 'error',
  bodyLineWithoutAmpersand: 'error',
  misplacedVariable: 'error',
  malformedVariable: 'error',
  misplacedDirective: 'warning',
  malformedDirective: 'error',
  duplicateDirective: 'warning',
  emptyParamName: 'error',
  badPercentEncoding: 'error',
  unterminatedReference: 'warning',
  emptyReference: 'error',
};

function syntaxFix(kind: SyntaxProblemKind): QuickFixData | undefined {
  switch (kind) {
    case 'missingBlankLine':
      return { fix: 'insertBlankLine' };
    case 'bodyLineWithoutAmpersand':
      return { fix: 'prefixAmpersand' };
    case 'missingMethod':
      return { fix: 'setMethod', method: 'POST' };
    default:
      return undefined;
  }
}

function referenceDiagnostic(r: VariableReference, env: DiagnosticEnvironment): DiagnosticRecord | undefined {
  const locale = env.locale;
  if (r.system) {
    const problem = checkSystemVariable(r.name, r.args);
    if (problem === 'unknown') return record(r.range, 'error', 'unknownSystemVariable', message('unknownSystemVariable', locale, { name: r.name }));
    if (problem === 'badArgs') {
      const usage = SYSTEM_VARIABLES.find((s) => s.name === r.name)?.usage ?? r.name;
      return record(r.range, 'error', 'badSystemVariableArgs', message('badSystemVariableArgs', locale, { name: r.name, usage }));
    }
    return undefined;
  }
  const v = env.resolver.variable(r.name);
  switch (v.state) {
    case 'ok':
      return undefined;
    case 'undefined':
      return record(r.range, 'error', 'undefinedVariable', message('undefinedVariable', locale, { name: r.name }));
    case 'cycle':
      return record(r.range, 'error', 'variableCycle', message('variableCycle', locale, { cycle: (v.cycle ?? []).join(' → ') }));
    case 'tooDeep':
      return record(r.range, 'error', 'variableTooDeep', message('variableTooDeep', locale, { name: r.name, limit: String(MAX_VARIABLE_DEPTH) }));
    case 'tooLong':
      return record(r.range, 'error', 'variableTooLong', message('variableTooLong', locale, { name: r.name, limit: String(MAX_VARIABLE_LENGTH) }));
    default:
      return record(r.range, 'error', 'unresolvedVariable', message('unresolvedVariable', locale, { name: r.name }));
  }
}

/** A value with its variables substituted (stand-ins for system variables). */
interface Checked {
  readonly text: string;
  /** Every reference resolved: the value can be checked. */
  readonly complete: boolean;
  /** Uses a system variable: differs on every request. */
  readonly dynamic: boolean;
}

function checkedValue(env: DiagnosticEnvironment, text: string): Checked {
  if (text.indexOf('{{') === -1) return literal(text);
  const s = env.resolver.substitute(text);
  return { text: s.text, complete: s.complete, dynamic: s.dynamic };
}

/** A value without references; one reusable object, as most values are literal. */
const LITERAL: { text: string; complete: boolean; dynamic: boolean } = { text: '', complete: true, dynamic: false };
function literal(text: string): Checked {
  LITERAL.text = text;
  return LITERAL;
}

function containsSecret(value: string, secret: string | undefined): boolean {
  return secret !== undefined && secret.length >= MIN_SECRET_MATCH && value.indexOf(secret) !== -1;
}

function finding(f: Finding, range: Range, rule: DiagnosticRule, locale: Locale, data?: QuickFixData): DiagnosticRecord {
  return record(range, 'error', rule, formatFinding(f, locale), f.code, data);
}

/** Levenshtein distance, for "did you mean" on endpoint paths (short strings only). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 200) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

function suggestEndpoint(path: string): EndpointSpec | undefined {
  const lower = path.toLowerCase();
  let best: EndpointSpec | undefined;
  let bestDistance = 4;
  for (const e of ENDPOINTS) {
    const d = e.path.toLowerCase() === lower ? 0 : distance(lower, e.path.toLowerCase());
    if (d < bestDistance) {
      best = e;
      bestDistance = d;
    }
  }
  return best;
}

interface SigningHeaderValue {
  readonly value: string;
  readonly fixed: boolean;
  readonly range: Range;
}

// A Map: header names are user text, and `constructor` must not find Object's.
const PREFIXED_SIGNING: ReadonlyMap<string, string> = new Map([
  ['rc-app-key', 'App-Key'],
  ['rc-nonce', 'Nonce'],
  ['rc-timestamp', 'Timestamp'],
  ['rc-signature', 'Signature'],
]);

/** Diagnostics of one block (syntax, references, endpoint, headers, signing, parameters). */
export function blockDiagnostics(block: RequestBlock, env: DiagnosticEnvironment): readonly DiagnosticRecord[] {
  const out = scratch;
  out.length = 0;
  collectBlockDiagnostics(blockContent(block), env, out);
  if (out.length === 0) return NONE;
  const result = out.slice();
  out.length = 0;
  return result;
}

/** Reused for every block: most blocks have no diagnostics, and an empty result is shared. */
const scratch: DiagnosticRecord[] = [];
const NONE: readonly DiagnosticRecord[] = Object.freeze([]);

function collectBlockDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  const locale = env.locale;
  for (const p of block.problems) {
    out.push(record(p.range, SYNTAX_SEVERITY[p.kind], p.kind, syntaxMessage(p, locale), undefined, syntaxFix(p.kind)));
  }
  for (const r of block.references) {
    const d = referenceDiagnostic(r, env);
    if (d) out.push(d);
  }
  const request = block.request;
  if (!request) return;

  // Endpoint and method.
  let endpoint: EndpointSpec | undefined;
  const target = request.target;
  if (target) {
    const t = checkedValue(env, target.text);
    if (t.complete) {
      const absolute = hasHttpScheme(t.text, 0);
      if (!absolute && !t.text.startsWith('/')) {
        // The parser reports a literal relative target; here only what variables produced.
        if (target.text.startsWith('{{')) out.push(record(target.range, 'error', 'unsupportedScheme', message('unsupportedScheme', locale)));
      } else {
        const path = targetPath(t.text);
        endpoint = findEndpoint(path);
        if (t.text.indexOf('?') !== -1) {
          const q = target.text.indexOf('?');
          const range = q === -1 ? target.range : { ...target.range, startCharacter: target.range.startCharacter + q };
          out.push(record(range, 'warning', 'queryString', message('queryString', locale)));
        }
        if (!endpoint) {
          const suggestion = suggestEndpoint(path);
          out.push(
            record(
              target.range,
              'warning',
              'unknownEndpoint',
              message('unknownEndpoint', locale, { path, suggestion: suggestion?.path ?? '' }),
              undefined,
              suggestion ? { fix: 'replaceEndpoint', path: suggestion.path } : undefined,
            ),
          );
        }
      }
    }
    if (endpoint && request.method && request.method.text.toUpperCase() !== endpoint.method) {
      out.push(
        record(
          request.method.range,
          'error',
          'methodNotAllowed',
          message('methodNotAllowed', locale, { path: endpoint.path, expected: endpoint.method, method: request.method.text }),
          undefined,
          { fix: 'setMethod', method: endpoint.method },
        ),
      );
    }
  }

  // Headers.
  const profile = block.profile?.value;
  let nonce: SigningHeaderValue | undefined;
  let timestamp: SigningHeaderValue | undefined;
  let signature: SigningHeaderValue | undefined;
  let appKey: string | undefined;
  const headers = block.headers;
  const seenHeaders = headers.length > 1 ? new Set<string>() : undefined;
  for (const h of headers) {
    const name = h.name;
    const lower = name.toLowerCase();
    if (seenHeaders) {
      if (seenHeaders.has(lower)) {
        out.push(record(h.nameRange, 'warning', 'duplicateHeader', message('duplicateHeader', locale, { name })));
      }
      seenHeaders.add(lower);
    }
    const rawValue = h.value;
    const v = checkedValue(env, rawValue);
    const fixed = v.complete && !v.dynamic;
    switch (lower) {
      case 'nonce': {
        nonce = { value: v.text, fixed, range: h.valueRange };
        const problem = fixed ? checkNonce(v.text) : undefined;
        if (problem) out.push(record(h.valueRange, 'error', 'badNonce', message('badNonce', locale, { problem, limit: String(MAX_ACCEPTED_NONCE_LENGTH) })));
        else if (fixed && nonceWarning(v.text)) out.push(record(h.valueRange, 'warning', 'longNonce', message('longNonce', locale, { length: String(v.text.length), limit: String(MAX_NONCE_LENGTH) })));
        break;
      }
      case 'timestamp': {
        timestamp = { value: v.text, fixed, range: h.valueRange };
        const problem = fixed ? checkTimestamp(v.text) : undefined;
        if (problem) out.push(record(h.valueRange, 'error', 'badTimestamp', message('badTimestamp', locale, { problem })));
        break;
      }
      case 'signature':
        signature = { value: v.text, fixed, range: h.valueRange };
        break;
      case 'app-key':
        if (v.complete) appKey = v.text;
        break;
      case 'content-type': {
        const semi = v.text.indexOf(';');
        const mime = v.text === FORM_CONTENT_TYPE ? v.text : (semi === -1 ? v.text : v.text.slice(0, semi)).trim().toLowerCase();
        if (v.complete && mime !== FORM_CONTENT_TYPE) {
          out.push(record(h.valueRange, 'warning', 'contentTypeIgnored', message('contentTypeIgnored', locale, { expected: FORM_CONTENT_TYPE })));
        }
        break;
      }
      case 'x-request-id':
        if (v.complete && v.text.length > MAX_REQUEST_ID_LENGTH) {
          out.push(
            record(h.valueRange, 'warning', 'requestIdTooLong', message('requestIdTooLong', locale, { actual: String(v.text.length), limit: String(MAX_REQUEST_ID_LENGTH) })),
          );
        }
        break;
      default: {
        const plain = PREFIXED_SIGNING.get(lower);
        if (plain) out.push(record(h.nameRange, 'warning', 'prefixedSigningHeader', message('prefixedSigningHeader', locale, { name, plain })));
        break;
      }
    }
    if ((SECRET_NAME.test(name) && rawValue.length > 0 && !isOnlyReferences(rawValue)) || containsSecret(v.text, env.secret(profile))) {
      out.push(secretRecord(rawValue.length === 0 ? h.range : h.valueRange, 'header', name, locale));
    }
  }

  // Signing: an explicit Signature is sent as written, so check it now.
  if (signature && signature.fixed) {
    if (!nonce?.fixed || !timestamp?.fixed) {
      out.push(record(signature.range, 'error', 'signatureNotReproducible', message('signatureNotReproducible', locale), undefined, { fix: 'removeHeader', header: 'Signature' }));
    } else if (!checkNonce(nonce.value) && !checkTimestamp(timestamp.value)) {
      const secret = env.secret(profile, appKey);
      if (secret !== undefined) {
        const expected = computeSignature(secret, nonce.value, timestamp.value);
        if (signature.value !== expected) {
          out.push(record(signature.range, 'error', 'signatureMismatch', message('signatureMismatch', locale, { expected }), undefined, { fix: 'replaceSignature', expected }));
        }
      }
    }
  }

  // Form parameters.
  paramDiagnostics(block, endpoint, env, profile, out);

  if (block.profile && env.context.profiles && !env.context.profiles.includes(block.profile.value)) {
    out.push(record(block.profile.valueRange, 'warning', 'unknownProfile', message('unknownProfile', locale, { name: block.profile.value })));
  }
}

function isOnlyReferences(value: string): boolean {
  return value.startsWith('{{') && value.endsWith('}}') && value.indexOf('}}') === value.length - 2;
}

function secretRecord(range: Range, kind: 'header' | 'param' | 'variable', name: string, locale: Locale): DiagnosticRecord {
  return record(range, 'warning', 'secretInFile', message('secretInFile', locale), undefined, { fix: 'moveSecret', kind, name });
}

interface ParamUse {
  readonly name: string;
  readonly param: BodyParam;
  /** Decoded, variables substituted; undefined when it cannot be checked. */
  readonly value: string | undefined;
}

function findUse(uses: readonly ParamUse[], name: string): ParamUse | undefined {
  for (let i = 0; i < uses.length; i++) if (uses[i].name === name) return uses[i];
  return undefined;
}

function paramDiagnostics(
  block: RequestBlock,
  endpoint: EndpointSpec | undefined,
  env: DiagnosticEnvironment,
  profile: string | undefined,
  out: DiagnosticRecord[],
): void {
  const locale = env.locale;
  // Accepted parameters: at most one per name of the endpoint, so a short list.
  const uses: ParamUse[] = [];
  const secret = env.secret(profile);
  for (const p of block.params) {
    let name: string;
    let value: string | undefined;
    if (p.hasReferences) {
      const n = checkedValue(env, p.rawName);
      const nameComplete = n.complete;
      name = nameComplete ? (tryDecode(n.text) ?? n.text) : n.text;
      const v = checkedValue(env, p.rawValue);
      value = undefined;
      if (v.complete) {
        value = tryDecode(v.text);
        if (value === undefined) out.push(record(p.valueRange, 'error', 'badPercentEncoding', message('badPercentAfterSubstitution', locale)));
      }
      if (!nameComplete) continue;
    } else {
      name = p.name;
      value = p.value;
    }
    if (name.length === 0) continue;
    if ((SECRET_NAME.test(name) && p.hasEquals && p.rawValue.length > 0 && !isOnlyReferences(p.rawValue)) || (value !== undefined && containsSecret(value, secret))) {
      out.push(secretRecord(p.valueRange, 'param', name, locale));
    }
    if (!endpoint) continue;
    let spec: ParamSpec | undefined;
    for (const s of endpoint.params) {
      if (s.name === name) {
        spec = s;
        break;
      }
    }
    if (!spec) {
      out.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'unknownParam', message: '' }, p.nameRange, 'unknownParam', locale, { fix: 'removeParam', param: name }));
    } else if (findUse(uses, name)) {
      out.push(finding({ field: name, code: PARAMETER_ERROR_CODE, rule: 'duplicateParam', message: '' }, p.nameRange, 'duplicateParam', locale, { fix: 'removeParam', param: name }));
    } else {
      uses.push({ name, param: p, value });
    }
  }
  if (!endpoint) return;
  const requestRange = block.request?.range;
  for (const spec of endpoint.params) {
    const use = findUse(uses, spec.name);
    if (!use) {
      const f = validateParam(spec, undefined);
      if (f && requestRange) out.push(finding(f, requestRange, 'missingParam', locale, { fix: 'addParam', param: spec.name }));
      continue;
    }
    if (use.value === undefined) continue;
    const f = validateParam(spec, use.value);
    if (f) {
      const p = use.param;
      out.push(finding(f, p.rawValue.length === 0 ? p.range : p.valueRange, 'invalidParam', locale));
    }
  }
}

const tryDecode = decodeFormComponent;

/** Diagnostics that look across blocks: variable definitions (duplicates, cycles, secrets). */
export function variableDiagnostics(doc: RongHttpDocument, env: DiagnosticEnvironment): DiagnosticRecord[] {
  const out: DiagnosticRecord[] = [];
  if (doc.variables.length === 0) return out;
  const locale = env.locale;
  const secrets: string[] = [];
  if (env.context.secretFor) {
    // The active profile's secret and those of the known profiles (reading every block's
    // @profile would parse every block).
    for (const p of [undefined, ...(env.context.profiles ?? [])]) {
      const s = env.secret(p);
      if (s !== undefined && s.length >= MIN_SECRET_MATCH) secrets.push(s);
    }
  }
  for (const def of doc.variables) {
    const effective = env.resolver.definition(def.name) === def;
    if (!effective) {
      out.push(record(def.nameRange, 'warning', 'duplicateVariable', message('duplicateVariable', locale, { name: def.name })));
    } else {
      const v = env.resolver.variable(def.name);
      if (v.state === 'cycle') {
        out.push(record(def.nameRange, 'error', 'variableCycle', message('variableCycle', locale, { cycle: (v.cycle ?? []).join(' → ') })));
      } else if (v.state === 'tooDeep') {
        out.push(record(def.nameRange, 'error', 'variableTooDeep', message('variableTooDeep', locale, { name: def.name, limit: String(MAX_VARIABLE_DEPTH) })));
      } else if (v.state === 'tooLong') {
        out.push(record(def.nameRange, 'error', 'variableTooLong', message('variableTooLong', locale, { name: def.name, limit: String(MAX_VARIABLE_LENGTH) })));
      }
    }
    for (const r of def.references) {
      if (!r.system && env.resolver.variable(r.name).state !== 'undefined') continue;
      const d = referenceDiagnostic(r, env);
      if (d) out.push(d);
    }
    const literal = def.value.length > 0 && !isOnlyReferences(def.value);
    const namedLikeSecret = SECRET_VARIABLE_NAME.test(def.name) && literal && def.value.indexOf('{{') === -1 && def.value.length >= MIN_SECRET_MATCH;
    if (namedLikeSecret || secrets.some((s) => def.value.indexOf(s) !== -1)) {
      out.push(secretRecord(def.valueRange, 'variable', def.name, locale));
    }
  }
  return out;
}

/** Parse-independent entry point: every diagnostic of a parsed document. */
export function diagnose(doc: RongHttpDocument, context: DiagnosticContext = {}): DiagnosticRecord[] {
  const env = new DiagnosticEnvironment(doc, context);
  const out: DiagnosticRecord[] = [];
  for (const block of doc.blocks) {
    const ds = blockDiagnostics(block, env);
    for (let i = 0; i < ds.length; i++) out.push(ds[i]);
  }
  const vs = variableDiagnostics(doc, env);
  for (let i = 0; i < vs.length; i++) out.push(vs[i]);
  return out;
}

export interface ResponseDiagnosticOptions {
  /** Which catalogue gave `meaning`: the real service uses other numbers (1004 = signature error). */
  readonly source?: CatalogueSource;
}

/**
 * After a response: a record for its body `code`, placed on the token it is about (contract:
 * 1004/1005 → userId value, 1006 → name value, 1007 → portraitUri value, 1002 → App-Key header or
 * the request line, anything else → the request line). Info for 200, error otherwise.
 */
export function responseDiagnostic(
  doc: RongHttpDocument,
  requestIndex: number,
  code: number,
  meaning: string,
  options: ResponseDiagnosticOptions = {},
): DiagnosticRecord | undefined {
  const block = doc.blocks[requestIndex];
  if (!block?.request) return undefined;
  let range: Range | undefined;
  const paramValue = (name: string): Range | undefined => {
    const p = block.params.find((x) => x.name === name);
    if (!p) return undefined;
    return p.valueRange.startCharacter === p.valueRange.endCharacter ? p.range : p.valueRange;
  };
  const headerValue = (name: string): Range | undefined => {
    const h = block.headers.find((x) => x.name.toLowerCase() === name);
    if (!h) return undefined;
    return h.valueRange.startCharacter === h.valueRange.endCharacter ? h.range : h.valueRange;
  };
  if (options.source === 'realService') {
    if (code === 1001) range = headerValue('app-key');
    else if (code === 1004) range = headerValue('signature');
  } else {
    switch (code) {
      case 1004:
      case 1005:
        range = paramValue('userId');
        break;
      case 1006:
        range = paramValue('name');
        break;
      case 1007:
        range = paramValue('portraitUri');
        break;
      case 1002:
        range = headerValue('app-key');
        break;
      default:
        break;
    }
  }
  const severity: Severity = code === 200 ? 'info' : 'error';
  // `meaning` comes from the catalogue in the user's language already.
  return record(range ?? block.request.range, severity, 'response', `${code} · ${meaning}`, code);
}
