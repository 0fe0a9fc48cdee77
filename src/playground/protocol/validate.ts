/** The validators the host runs on everything the webview sends (and on restored webview state): exact keys, sizes and kinds, or an error naming what is wrong. */
import type { EndpointSpec } from '../../core/contract/types';
import type { SnippetId } from '../../core/snippets';
import type { FormState, FormValues } from './views';
import type { WebviewMessageType, WebviewToHost } from './webviewToHost';

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
  /** A docs page's address (the contract's are far shorter). */
  url: 2048,
} as const;

/** Every snippet a webview may ask for: the raw-HTTP ones, then the SDKs' (offered only where the endpoint has a call template). */
// Written out, not imported from core/snippets, so that the webview's bundle does not carry the snippet templates.
export const SNIPPET_IDS: readonly SnippetId[] = ['javascript', 'python', 'java', 'go-sdk', 'java-sdk', 'node-sdk', 'php-sdk', 'python-sdk'];

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

/** Finds an endpoint by id: the contract's lookup, given by the host (the validator itself holds no catalogue). */
export type EndpointLookup = (id: string) => Pick<EndpointSpec, 'id' | 'docs'> | undefined;

/** An openDocs message: the URL must be one of the endpoint's own docs pages, never an address the webview made up. */
function parseOpenDocs(raw: Record<string, unknown>, where: string, findEndpoint: EndpointLookup): Result<WebviewToHost> {
  const keys = checkKeys(raw, where, ['type', 'endpointId', 'url']);
  if (keys) return fail(keys);
  const endpointId = str(raw, 'endpointId', where, MESSAGE_LIMITS.name);
  if (isError(endpointId)) return endpointId;
  const url = str(raw, 'url', where, MESSAGE_LIMITS.url);
  if (isError(url)) return url;
  const docs = findEndpoint(endpointId)?.docs;
  if (!docs) return fail(`${where}.endpointId: no such endpoint with a docs page`);
  if (url !== docs.en && url !== docs.zh) return fail(`${where}.url: not one of that endpoint's docs pages in the contract`);
  return { type: 'openDocs', endpointId, url };
}

/**
 * Validates a message from the webview field by field. Anything unknown, malformed, oversized or
 * with extra properties is refused with a reason that names fields, never their content.
 * `findEndpoint` is the contract's lookup (openDocs checks its URL against the endpoint's data, pickEndpoint its id).
 */
export function parseWebviewMessage(raw: unknown, findEndpoint: EndpointLookup = () => undefined): WebviewToHost | { error: string } {
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
    case 'openDocs':
      return parseOpenDocs(raw, where, findEndpoint);
    case 'pickEndpoint': {
      const keys = checkKeys(raw, where, ['type', 'endpointId', 'form']);
      if (keys) return fail(keys);
      const endpointId = str(raw, 'endpointId', where, MESSAGE_LIMITS.name);
      if (isError(endpointId)) return endpointId;
      if (!findEndpoint(endpointId)) return fail(`${where}.endpointId: no such endpoint in the contract`);
      const form = parseFormState(raw.form, `${where}.form`);
      return isError(form) ? form : { type: known, endpointId, form };
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
