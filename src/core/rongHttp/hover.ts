/**
 * Hover data for `.rong.http` files: the signing string with the secret masked (what Signature is
 * computed from), parameters with their description, rule and byte count, and variable values.
 * Markdown text; the VS Code adapter wraps it in a MarkdownString.
 */
import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import type { EndpointSpec, ParamSpec } from '../contract';
import { specOf } from '../wire';
import { utf8ByteLength } from '../bytes';
import { generateNonce, systemClock, cryptoRandom, type Clock, type RandomSource, type SigningInputs } from '../signing';
import { maskedSigningString } from '../secrets';
import { pick, type Locale, type Text } from '../text';
import { describeRule } from '../validation';
import { blockIndexAt, jsonBodyOffset, jsonBodyRange, rangeContains, type JsonBodyText, type Range, type RequestBlock, type RongHttpDocument, type VariableReference } from './model';
import { matchTarget } from './requestParts';
import { SAMPLE_SYSTEM_VARIABLES, SYSTEM_VARIABLES, VariableResolver, resolveRequest, targetPath } from './variables';

export interface SigningPreview {
  /** 'exact': Nonce and Timestamp are fixed, so this is what will be signed; 'preview': fresh ones are made when sending. */
  readonly mode: 'exact' | 'preview';
  readonly nonce: string;
  readonly timestamp: string;
  /** maskedSigningString(nonce, timestamp): the secret shown as ••••••. */
  readonly masked: string;
  /** SHA-1 of secret + nonce + timestamp, when the request was signed. */
  readonly signature?: string;
  /** The request's own Signature header, sent as written. */
  readonly explicitSignature?: string;
  readonly markdown: string;
}

export interface SigningHoverOptions {
  readonly locale?: Locale;
  /**
   * The request signed by the host's one signing path (RequestService.sign), without its explicit
   * Signature header; absent when there is no stored secret. Its nonce and timestamp are shown.
   */
  readonly signing?: SigningInputs;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

export const HOVER_TEXTS = {
  signingString: { en: '**Signing string** (App Secret + Nonce + Timestamp, secret hidden)', zh: '**签名字符串**（App Secret + Nonce + Timestamp，Secret 已隐藏）' },
  exact: { en: 'Nonce and Timestamp are fixed: this is what is signed when it is sent.', zh: 'Nonce 与 Timestamp 已固定：发送时即按此签名。' },
  preview: { en: 'Preview: a fresh Nonce and Timestamp are generated when it is sent.', zh: '预览：发送时会生成新的 Nonce 与 Timestamp。' },
  explicit: { en: 'Explicit Signature (sent as written)', zh: '显式 Signature（原样发送）' },
  required: { en: 'required', zh: '必填' },
  optional: { en: 'optional', zh: '可选' },
  dynamic: { en: ' (uses a system variable: differs on every request)', zh: '（含系统变量，每次发送时不同）' },
  undefinedVariable: { en: 'Variable `{name}` is not defined', zh: '变量 `{name}` 未定义' },
  byteCount: { en: '{bytes} / {limit} bytes (UTF-8, decoded)', zh: '{bytes} / {limit} 字节（UTF-8，解码后）' },
  docs: { en: 'Docs ↗', zh: '文档 ↗' },
} satisfies Record<string, Text>;

/** A markdown link to the endpoint's page in the provider's docs, in the hover's language; '' when the contract has none. */
export function docsLink(endpoint: Pick<EndpointSpec, 'docs'>, locale: Locale): string {
  const url = endpoint.docs && pick(endpoint.docs, locale);
  // The contract's own address, with the characters that would end a markdown link percent-encoded.
  return url ? `[${pick(HOVER_TEXTS.docs, locale)}](${url.replace(/[()\s<>]/g, (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` : '';
}

/** The signing string of doc.blocks[requestIndex], secret masked. Undefined for a block without a request. */
export function signingHover(doc: RongHttpDocument, requestIndex: number, options: SigningHoverOptions = {}): SigningPreview | undefined {
  const resolved = resolveRequest(doc, requestIndex, { clock: options.clock, random: options.random });
  if (!resolved) return undefined;
  const locale = options.locale ?? 'en';
  const header = (name: string) => resolved.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const signing = options.signing;
  const nonce = signing?.nonce ?? resolved.fixedNonce ?? header('nonce') ?? generateNonce(options.random ?? cryptoRandom);
  const timestamp = signing?.timestamp ?? resolved.fixedTimestamp ?? header('timestamp') ?? String((options.clock ?? systemClock).now());
  const masked = maskedSigningString(nonce, timestamp);
  const lines = [pick(HOVER_TEXTS.signingString, locale), '', `\`${masked}\``, '', pick(resolved.signing === 'exact' ? HOVER_TEXTS.exact : HOVER_TEXTS.preview, locale)];
  if (signing) lines.push('', `Signature: \`${signing.signature}\``);
  if (resolved.explicitSignature !== undefined) lines.push('', `${pick(HOVER_TEXTS.explicit, locale)}: \`${resolved.explicitSignature}\``);
  return {
    mode: resolved.signing,
    nonce,
    timestamp,
    masked,
    signature: signing?.signature,
    explicitSignature: resolved.explicitSignature,
    markdown: lines.join('\n'),
  };
}

export interface Hover {
  readonly range: Range;
  readonly markdown: string;
  /** The block whose signing string it shows: a host that can sign passes `signing` and asks again. */
  readonly signingOf?: number;
}

export type HoverOptions = SigningHoverOptions;

function referenceHover(doc: RongHttpDocument, r: VariableReference, locale: Locale): Hover {
  if (r.system) {
    const info = SYSTEM_VARIABLES.find((s) => s.name === r.name);
    return { range: r.range, markdown: info ? `\`${info.usage}\`: ${pick(info.description, locale)}` : `\`${r.name}\`` };
  }
  const v = new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES).variable(r.name);
  if (v.state === 'undefined') return { range: r.range, markdown: pick(HOVER_TEXTS.undefinedVariable, locale, { name: r.name }) };
  const value = v.value.length > 200 ? `${v.value.slice(0, 200)}…` : v.value;
  return { range: r.range, markdown: `\`${r.name}\` = \`${value}\`${v.dynamic ? pick(HOVER_TEXTS.dynamic, locale) : ''}` };
}

/** A parameter: description, rule with its limits, and the value's bytes where there is a byte limit. */
function paramHover(spec: ParamSpec, p: { readonly value: string | undefined; readonly range: Range }, locale: Locale): Hover {
  const parts = [`**${spec.name}** · ${pick(spec.required ? HOVER_TEXTS.required : HOVER_TEXTS.optional, locale)}`, '', pick(spec.description, locale), '', describeRule(spec, locale)];
  const value = p.value;
  if (value !== undefined && spec.maxBytes !== undefined) {
    parts.push('', pick(HOVER_TEXTS.byteCount, locale, { bytes: utf8ByteLength(value), limit: spec.maxBytes }));
  }
  return { range: p.range, markdown: parts.join('\n') };
}

/** A JSON body's key (or the value of a field): the field's hover, on the key; a string value's bytes counted as written. */
function jsonFieldHover(body: JsonBodyText, endpoint: EndpointSpec, line: number, character: number, locale: Locale): Hover | undefined {
  const offset = jsonBodyOffset(body, line, character);
  const root = offset === undefined ? undefined : parseTree(body.text);
  let node = root && offset !== undefined ? findNodeAtOffset(root, offset, true) : undefined;
  // Up to the property the position is in: its key names the field.
  while (node && node.type !== 'property') node = node.parent;
  const key = node?.children?.[0];
  if (!node || !key) return undefined;
  const path = getNodePath(key);
  if (path.some((p) => typeof p !== 'string')) return undefined;
  const spec = specOf(endpoint, path.join('.'));
  if (!spec || spec.in !== undefined) return undefined;
  const value = node.children?.[1];
  return paramHover(spec, { value: value?.type === 'string' ? String(value.value) : undefined, range: jsonBodyRange(body, key.offset, key.length) }, locale);
}

function referenceAt(block: RequestBlock, line: number, character: number): VariableReference | undefined {
  for (const r of block.references) if (rangeContains(r.range, line, character)) return r;
  for (const v of block.variables) {
    for (const r of v.references) if (rangeContains(r.range, line, character)) return r;
  }
  return undefined;
}

function endpointOf(doc: RongHttpDocument, block: RequestBlock): EndpointSpec | undefined {
  const target = block.request?.target;
  const path = target ? targetPath(new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES).substitute(target.text).text) : undefined;
  return path === undefined ? undefined : matchTarget(path, block.request?.method?.text ?? 'GET')?.endpoint;
}

const SIGNING_HEADERS = ['nonce', 'timestamp', 'signature', 'app-key'];

/** Hover text at a position, or undefined. Never throws. */
export function hoverAt(doc: RongHttpDocument, line: number, character: number, options: HoverOptions = {}): Hover | undefined {
  if (line < 0 || line >= doc.lines.length) return undefined;
  const locale = options.locale ?? 'en';
  const index = blockIndexAt(doc, line);
  const block = doc.blocks[index];
  const r = referenceAt(block, line, character);
  if (r) return referenceHover(doc, r, locale);
  const request = block.request;
  if (!request) return undefined;
  const h = block.headers.find((x) => rangeContains(x.range, line, character));
  if (h) {
    if (!SIGNING_HEADERS.includes(h.name.toLowerCase())) return undefined;
    const preview = signingHover(doc, index, options);
    return preview ? { range: h.range, markdown: preview.markdown, signingOf: index } : undefined;
  }
  const endpoint = endpointOf(doc, block);
  if (block.jsonBody && endpoint && line > request.range.startLine) return jsonFieldHover(block.jsonBody, endpoint, line, character, locale);
  const p = block.params.find((x) => rangeContains(x.range, line, character));
  if (p) {
    const spec = endpoint?.params.find((s) => s.name === p.name);
    return spec ? paramHover(spec, p, locale) : undefined;
  }
  if (!rangeContains(request.range, line, character)) return undefined;
  const preview = signingHover(doc, index, options);
  const link = endpoint ? docsLink(endpoint, locale) : '';
  const title = endpoint ? `**${pick(endpoint.title, locale)}** · \`${endpoint.method} ${endpoint.path}\`${link ? ` · ${link}` : ''}\n\n` : '';
  return { range: request.range, markdown: title + (preview?.markdown ?? ''), signingOf: preview ? index : undefined };
}
