/**
 * The messages between the playground's host (src/playground) and its webview (webview/), as
 * discriminated unions on `type`, and the validators the host runs on everything the webview sends.
 * Pure: imported by both sides, never imports 'vscode' or Node modules.
 */
import type { SnippetId } from '../../core/snippets';
import type { Locale } from '../../core/contract/errorCatalogue';

export const VIEW_TYPE = 'rongPlayground';

/** A form's values by parameter name; a repeated parameter's values are a list. */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

/** The form as the webview shows it. Never holds a secret: the App Secret stays in the host. */
export interface FormState {
  /** Profile name; '' when none is chosen. */
  readonly profile: string;
  readonly endpointId: string;
  /**
   * Values by parameter name: a string, or for a repeated parameter its values in order (sent as
   * a repeated key). '' for an empty field or row (an empty value is not sent).
   */
  readonly params: FormValues;
  readonly nonce: string;
  readonly timestamp: string;
  /** Keep the typed nonce and timestamp for the next sends (to reproduce a signature). */
  readonly locked: boolean;
}

export interface ProfileOption {
  readonly name: string;
  readonly appKey: string;
  /** host[:port] of the primary host, or '?' when the host cannot be resolved. */
  readonly host: string;
  readonly active: boolean;
}

export type HeaderList = ReadonlyArray<readonly [string, string]>;

/** A request as it goes on the wire: the signature, never the secret. */
export interface RequestView {
  readonly method: string;
  readonly url: string;
  readonly headers: HeaderList;
  readonly body: string;
}

export interface SnippetView {
  readonly id: SnippetId;
  readonly label: string;
  readonly code: string;
}

/** The host's answer to a `preview` request: signature and everything derived for the shown values. */
export interface Preview {
  readonly seq: number;
  readonly profile: string;
  readonly nonce: string;
  readonly timestamp: string;
  /** `••••••` + nonce + timestamp. */
  readonly signingString: string;
  /** SHA-1 hex, present when the profile has a secret and nonce and timestamp are valid. */
  readonly signature?: string;
  readonly nonceProblem?: string;
  /** A nonce longer than the documentation's 18 characters: a warning, never a refusal. */
  readonly nonceWarning?: string;
  readonly timestampProblem?: string;
  /** Why no signature could be made (no profile, no secret, bad host). */
  readonly problem?: string;
  readonly request?: RequestView;
  readonly curl?: string;
  readonly snippets: readonly SnippetView[];
}

export interface AttemptView {
  readonly host: string;
  readonly status?: number;
  readonly code?: number;
  /** Network error in plain words. */
  readonly error?: string;
  readonly ms: number;
  readonly waitedMs: number;
  readonly nonce: string;
  readonly timestamp: string;
}

export interface ResponseView {
  readonly outcome: string;
  readonly ok: boolean;
  readonly httpStatus?: number;
  readonly code?: number;
  readonly meaning?: string;
  /** What happened, and what to do next, in the UI language. */
  readonly summary: string;
  readonly nextStep?: string;
  readonly token?: string;
  readonly userId?: string;
  readonly expiresAt?: number;
  readonly responseHeaders: HeaderList;
  readonly bodyText?: string;
  readonly bodyTruncated?: boolean;
  readonly totalMs: number;
  readonly attempts: readonly AttemptView[];
  /** The nonce and timestamp actually sent (of the last attempt). */
  readonly nonce?: string;
  readonly timestamp?: string;
  readonly signature?: string;
  readonly request: RequestView;
}

/** One send of this session. */
export interface HistoryEntry {
  readonly id: number;
  /** Epoch ms when the send started. */
  readonly at: number;
  readonly host: string;
  /** The form as sent (nonce and timestamp: the ones used). */
  readonly form: FormState;
  readonly response?: ResponseView;
  /** Why nothing was sent, or why sending failed before an answer. */
  readonly error?: string;
}

/** Keys of the strings the webview shows; the host sends them translated. */
export const STRING_KEYS = [
  'title', 'profile', 'noProfiles', 'endpoint', 'parameters', 'required', 'optional', 'bytes',
  'signing', 'nonce', 'timestamp', 'regenerate', 'lock', 'lockedHint', 'freshHint', 'signingString',
  'signature', 'computing', 'send', 'sending', 'cancel', 'copyCurl', 'saveHttp', 'fixFirst', 'waitSigning',
  'ready', 'preview', 'request', 'copy', 'response', 'noResponse', 'httpStatus', 'code', 'token',
  'copyToken', 'expires', 'userId', 'responseHeaders', 'body', 'timing', 'attempts', 'attemptHost',
  'attemptResult', 'waited', 'history', 'noHistory', 'loadIntoForm', 'show', 'notSent', 'usedValues',
  'sentRequest', 'cancelled', 'pasteCurl', 'addValue', 'removeValue', 'valueCount', 'range', 'defaultValue',
  'flagUnset', 'chars', 'online', 'offline', 'noParams', 'jsonOk', 'valueLabel', 'empty', 'fillIn',
] as const;
export type StringKey = (typeof STRING_KEYS)[number];
export type Strings = Readonly<Record<StringKey, string>>;

// ---- host → webview -------------------------------------------------------------------------

export type HostToWebview =
  | {
      readonly type: 'init';
      readonly locale: Locale;
      readonly strings: Strings;
      readonly profiles: readonly ProfileOption[];
      readonly form: FormState;
      readonly history: readonly HistoryEntry[];
      /** Id of the send in flight, if any. */
      readonly sending?: number;
    }
  | { readonly type: 'profiles'; readonly profiles: readonly ProfileOption[] }
  /** Replaces the form (pre-fill from a command, fresh values after a send). */
  | { readonly type: 'form'; readonly form: FormState }
  /** Signing values to show: regenerated ones, or after an unlocked send the ones it used. */
  | { readonly type: 'fresh'; readonly nonce: string; readonly timestamp: string }
  | { readonly type: 'preview'; readonly preview: Preview }
  | { readonly type: 'sending'; readonly id: number }
  | { readonly type: 'result'; readonly entry: HistoryEntry }
  | { readonly type: 'notice'; readonly level: 'info' | 'error'; readonly text: string };

// ---- webview → host -------------------------------------------------------------------------

export type WebviewToHost =
  | { readonly type: 'ready' }
  /** The form changed: store it, and answer with a Preview for the same seq. */
  | { readonly type: 'preview'; readonly seq: number; readonly form: FormState }
  | { readonly type: 'regenerate' }
  | { readonly type: 'send'; readonly form: FormState }
  | { readonly type: 'cancel' }
  | { readonly type: 'copyCurl'; readonly form: FormState }
  | { readonly type: 'copySnippet'; readonly snippet: SnippetId; readonly form: FormState }
  | { readonly type: 'copyToken'; readonly entryId: number }
  | { readonly type: 'saveHttp'; readonly form: FormState }
  /** "Paste cURL": the host reads the clipboard (or asks) and imports the command into the form. */
  | { readonly type: 'importCurl' };

export type WebviewMessageType = WebviewToHost['type'];

// ---- validation -------------------------------------------------------------------------------

/** Caps on what the webview may send; anything larger is refused whole. */
export const MESSAGE_LIMITS = {
  /** Profile names, endpoint ids. */
  name: 128,
  /** Nonce and timestamp as typed (the host then checks them against the contract). */
  signingValue: 128,
  /** Number of parameters in a form (the largest endpoint has 16). */
  params: 32,
  paramName: 64,
  /** Values of one repeated parameter (the contract's largest count is toUserId's 1000), with room to show "1001 / 1000". */
  values: 1100,
  /**
   * Characters of one value: above the contract's largest limit (content, 128 KB), so that a value
   * just over it reaches the host and gets its finding rather than a refusal of the whole message.
   */
  paramValue: 140_000,
  /** Characters of all values of a form together. */
  formChars: 1_000_000,
} as const;

export const SNIPPET_IDS: readonly SnippetId[] = ['javascript', 'python', 'java'];

type Result<T> = T | { error: string };
const fail = (error: string): { error: string } => ({ error });
const isError = (v: unknown): v is { error: string } =>
  typeof v === 'object' && v !== null && 'error' in v && typeof (v as { error: unknown }).error === 'string';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A key safe to name in a log line (no echo of long or odd content). */
function safeKey(k: string): string {
  return /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(k) ? k : '(unprintable key)';
}

/** Checks that `o` has exactly the keys `allowed` (all of `required` present). */
function checkKeys(o: Record<string, unknown>, where: string, required: readonly string[], optional: readonly string[] = []): string | undefined {
  for (const k of Object.keys(o)) {
    if (!required.includes(k) && !optional.includes(k)) return `${where}: unexpected property ${safeKey(k)}`;
  }
  for (const k of required) if (!(k in o)) return `${where}: missing property ${k}`;
  return undefined;
}

function str(o: Record<string, unknown>, key: string, where: string, max: number): Result<string> {
  const v = o[key];
  if (typeof v !== 'string') return fail(`${where}.${key}: expected a string, got ${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}`);
  if (v.length > max) return fail(`${where}.${key}: ${v.length} characters; the limit is ${max}`);
  return v;
}

function int(o: Record<string, unknown>, key: string, where: string, min: number): Result<number> {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) return fail(`${where}.${key}: expected an integer ≥ ${min}`);
  return v;
}

const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function parseValue(v: unknown, where: string): Result<string | string[]> {
  if (typeof v === 'string') {
    return v.length > MESSAGE_LIMITS.paramValue ? fail(`${where}: ${v.length} characters; the limit is ${MESSAGE_LIMITS.paramValue}`) : v;
  }
  if (!Array.isArray(v)) return fail(`${where}: expected a string or a list of strings`);
  if (v.length > MESSAGE_LIMITS.values) return fail(`${where}: ${v.length} values; the limit is ${MESSAGE_LIMITS.values}`);
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const one = v[i] as unknown;
    if (typeof one !== 'string') return fail(`${where}[${i}]: expected a string`);
    if (one.length > MESSAGE_LIMITS.paramValue) return fail(`${where}[${i}]: ${one.length} characters; the limit is ${MESSAGE_LIMITS.paramValue}`);
    out.push(one);
  }
  return out;
}

/**
 * Validates a form's values: names as the contract writes them, a string or a list of strings
 * each, within MESSAGE_LIMITS. Shared by messages, restored state and rong.openPlayground's args.
 */
export function parseFormValues(raw: unknown, where = 'params'): Result<FormValues> {
  if (!isPlainObject(raw)) return fail(`${where}: expected an object`);
  const entries = Object.entries(raw);
  if (entries.length > MESSAGE_LIMITS.params) return fail(`${where}: ${entries.length} parameters; the limit is ${MESSAGE_LIMITS.params}`);
  const params: Record<string, string | string[]> = {};
  let chars = 0;
  for (const [k, v] of entries) {
    if (k.length > MESSAGE_LIMITS.paramName || !PARAM_NAME.test(k)) return fail(`${where}: invalid parameter name ${safeKey(k)}`);
    const value = parseValue(v, `${where}.${k}`);
    if (isError(value)) return value;
    chars += typeof value === 'string' ? value.length : value.reduce((n, x) => n + x.length, 0);
    if (chars > MESSAGE_LIMITS.formChars) return fail(`${where}: ${chars}+ characters in all; the limit is ${MESSAGE_LIMITS.formChars}`);
    params[k] = value;
  }
  return params;
}

/** Validates a form (from a message or from restored webview state). */
export function parseFormState(raw: unknown, where = 'form'): Result<FormState> {
  if (!isPlainObject(raw)) return fail(`${where}: expected an object`);
  const keys = checkKeys(raw, where, ['profile', 'endpointId', 'params', 'nonce', 'timestamp', 'locked']);
  if (keys) return fail(keys);
  const profile = str(raw, 'profile', where, MESSAGE_LIMITS.name);
  if (isError(profile)) return profile;
  const endpointId = str(raw, 'endpointId', where, MESSAGE_LIMITS.name);
  if (isError(endpointId)) return endpointId;
  const nonce = str(raw, 'nonce', where, MESSAGE_LIMITS.signingValue);
  if (isError(nonce)) return nonce;
  const timestamp = str(raw, 'timestamp', where, MESSAGE_LIMITS.signingValue);
  if (isError(timestamp)) return timestamp;
  if (typeof raw.locked !== 'boolean') return fail(`${where}.locked: expected a boolean`);
  const params = parseFormValues(raw.params, `${where}.params`);
  if (isError(params)) return params;
  return { profile, endpointId, params, nonce, timestamp, locked: raw.locked };
}

/**
 * Validates a message from the webview field by field. Anything unknown, malformed, oversized or
 * with extra properties is refused with a reason that names fields, never their content.
 */
export function parseWebviewMessage(raw: unknown): WebviewToHost | { error: string } {
  if (!isPlainObject(raw)) return fail('message: expected an object');
  const type = raw.type;
  if (typeof type !== 'string') return fail('message.type: expected a string');
  const known = type as WebviewMessageType;
  const where = /^[A-Za-z]{1,20}$/.test(type) ? type : 'message';
  switch (known) {
    case 'ready':
    case 'regenerate':
    case 'cancel':
    case 'importCurl': {
      const keys = checkKeys(raw, where, ['type']);
      return keys ? fail(keys) : { type: known };
    }
    case 'preview': {
      const keys = checkKeys(raw, where, ['type', 'seq', 'form']);
      if (keys) return fail(keys);
      const seq = int(raw, 'seq', where, 0);
      if (isError(seq)) return seq;
      const form = parseFormState(raw.form, `${where}.form`);
      return isError(form) ? form : { type: known, seq, form };
    }
    case 'send':
    case 'copyCurl':
    case 'saveHttp': {
      const keys = checkKeys(raw, where, ['type', 'form']);
      if (keys) return fail(keys);
      const form = parseFormState(raw.form, `${where}.form`);
      return isError(form) ? form : { type: known, form };
    }
    case 'copySnippet': {
      const keys = checkKeys(raw, where, ['type', 'snippet', 'form']);
      if (keys) return fail(keys);
      const snippet = raw.snippet;
      if (typeof snippet !== 'string' || !(SNIPPET_IDS as readonly string[]).includes(snippet)) return fail(`${where}.snippet: unknown snippet`);
      const form = parseFormState(raw.form, `${where}.form`);
      return isError(form) ? form : { type: known, snippet: snippet as SnippetId, form };
    }
    case 'copyToken': {
      const keys = checkKeys(raw, where, ['type', 'entryId']);
      if (keys) return fail(keys);
      const entryId = int(raw, 'entryId', where, 1);
      return isError(entryId) ? entryId : { type: known, entryId };
    }
    default: {
      const never: never = known;
      return fail(`message.type: unknown type ${/^[A-Za-z]{1,40}$/.test(never) ? never : '(unprintable)'}`);
    }
  }
}

export function isParseError(v: unknown): v is { error: string } {
  return isError(v);
}
