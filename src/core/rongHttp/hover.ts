/**
 * Hover data for `.rong.http` files: the signing string with the secret masked (what Signature is
 * computed from), parameter descriptions with their byte counts, and variable values. Markdown
 * text; the VS Code adapter wraps it in a MarkdownString.
 */
import { findEndpoint } from '../contract';
import { utf8ByteLength } from '../bytes';
import type { Locale } from '../contract/errorCatalogue';
import { computeSignature, generateNonce, systemClock, cryptoRandom, type Clock, type RandomSource } from '../signing';
import { maskedSigningString } from '../secrets';
import { blockIndexAt, rangeContains, type Range, type RongHttpDocument, type VariableReference } from './model';
import { SAMPLE_SYSTEM_VARIABLES, SYSTEM_VARIABLES, VariableResolver, resolveRequest, targetPath } from './variables';

export interface SigningPreview {
  /** 'exact': Nonce and Timestamp are fixed, so this is what will be signed; 'preview': fresh ones are made when sending. */
  readonly mode: 'exact' | 'preview';
  readonly nonce: string;
  readonly timestamp: string;
  /** maskedSigningString(nonce, timestamp): the secret shown as ••••••. */
  readonly masked: string;
  /** SHA-1 of secret + nonce + timestamp, when a secret was given. */
  readonly signature?: string;
  /** The request's own Signature header, sent as written. */
  readonly explicitSignature?: string;
  readonly markdown: string;
}

export interface SigningHoverOptions {
  readonly locale?: Locale;
  /** The profile's stored secret; the signature is shown only when given. Never shown itself. */
  readonly secret?: string;
  readonly clock?: Clock;
  readonly random?: RandomSource;
}

/** The signing string of doc.blocks[requestIndex], secret masked. Undefined for a block without a request. */
export function signingHover(doc: RongHttpDocument, requestIndex: number, options: SigningHoverOptions = {}): SigningPreview | undefined {
  const resolved = resolveRequest(doc, requestIndex, { clock: options.clock, random: options.random });
  if (!resolved) return undefined;
  const header = (name: string) => resolved.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const nonce = resolved.fixedNonce ?? header('nonce') ?? generateNonce(options.random ?? cryptoRandom);
  const timestamp = resolved.fixedTimestamp ?? header('timestamp') ?? String((options.clock ?? systemClock).now());
  const masked = maskedSigningString(nonce, timestamp);
  const signature = options.secret === undefined ? undefined : computeSignature(options.secret, nonce, timestamp);
  const zh = options.locale === 'zh-cn';
  const lines = [
    zh ? '**签名字符串**（App Secret + Nonce + Timestamp，Secret 已隐藏）' : '**Signing string** (App Secret + Nonce + Timestamp, secret hidden)',
    '',
    `\`${masked}\``,
    '',
  ];
  if (resolved.signing === 'exact') {
    lines.push(zh ? 'Nonce 与 Timestamp 已固定：发送时即按此签名。' : 'Nonce and Timestamp are fixed: this is what is signed when it is sent.');
  } else {
    lines.push(zh ? '预览：发送时会生成新的 Nonce 与 Timestamp。' : 'Preview: a fresh Nonce and Timestamp are generated when it is sent.');
  }
  if (signature !== undefined) lines.push('', `Signature: \`${signature}\``);
  if (resolved.explicitSignature !== undefined) {
    lines.push('', zh ? `显式 Signature（原样发送）：\`${resolved.explicitSignature}\`` : `Explicit Signature (sent as written): \`${resolved.explicitSignature}\``);
  }
  return {
    mode: resolved.signing,
    nonce,
    timestamp,
    masked,
    signature,
    explicitSignature: resolved.explicitSignature,
    markdown: lines.join('\n'),
  };
}

export interface Hover {
  readonly range: Range;
  readonly markdown: string;
}

export interface HoverOptions extends Omit<SigningHoverOptions, 'secret'> {
  /** As in DiagnosticContext; the secret is used for the signature and never shown. */
  readonly secretFor?: (profile: string | undefined, appKey?: string) => string | undefined;
}

function referenceHover(doc: RongHttpDocument, r: VariableReference, zh: boolean): Hover {
  if (r.system) {
    const info = SYSTEM_VARIABLES.find((s) => s.name === r.name);
    return { range: r.range, markdown: info ? `\`${info.usage}\`: ${zh ? info.description.zh : info.description.en}` : `\`${r.name}\`` };
  }
  const v = new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES).variable(r.name);
  if (v.state === 'undefined') return { range: r.range, markdown: zh ? `变量 \`${r.name}\` 未定义` : `Variable \`${r.name}\` is not defined` };
  const value = v.value.length > 200 ? `${v.value.slice(0, 200)}…` : v.value;
  const note = v.dynamic ? (zh ? '（含系统变量，每次发送时不同）' : ' (uses a system variable: differs on every request)') : '';
  return { range: r.range, markdown: `\`${r.name}\` = \`${value}\`${note}` };
}

/** Hover text at a position, or undefined. Never throws. */
export function hoverAt(doc: RongHttpDocument, line: number, character: number, options: HoverOptions = {}): Hover | undefined {
  if (line < 0 || line >= doc.lines.length) return undefined;
  const zh = options.locale === 'zh-cn';
  const index = blockIndexAt(doc, line);
  const block = doc.blocks[index];
  for (const r of block.references) if (rangeContains(r.range, line, character)) return referenceHover(doc, r, zh);
  for (const v of block.variables) {
    for (const r of v.references) if (rangeContains(r.range, line, character)) return referenceHover(doc, r, zh);
  }
  const request = block.request;
  if (!request) return undefined;
  const secret = () => {
    const appKey = block.headers.find((h) => h.name.toLowerCase() === 'app-key')?.value;
    try {
      return options.secretFor?.(block.profile?.value, appKey);
    } catch {
      return undefined;
    }
  };
  for (const h of block.headers) {
    if (!rangeContains(h.range, line, character)) continue;
    const lower = h.name.toLowerCase();
    if (lower === 'nonce' || lower === 'timestamp' || lower === 'signature' || lower === 'app-key') {
      const preview = signingHover(doc, index, { ...options, secret: secret() });
      return preview ? { range: h.range, markdown: preview.markdown } : undefined;
    }
    return undefined;
  }
  const target = request.target;
  const endpoint = target ? findEndpoint(targetPath(new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES).substitute(target.text).text)) : undefined;
  for (const p of block.params) {
    if (!rangeContains(p.range, line, character)) continue;
    const spec = endpoint?.params.find((s) => s.name === p.name);
    if (!spec) return undefined;
    const value = p.value;
    const parts = [`**${spec.name}** · ${spec.required ? (zh ? '必填' : 'required') : zh ? '可选' : 'optional'}`, '', zh ? spec.description.zh : spec.description.en];
    if (value !== undefined) {
      const bytes = utf8ByteLength(value);
      parts.push('', zh ? `${bytes} / ${spec.maxBytes} 字节（UTF-8，解码后）` : `${bytes} / ${spec.maxBytes} bytes (UTF-8, decoded)`);
    }
    return { range: p.range, markdown: parts.join('\n') };
  }
  if (rangeContains(request.range, line, character)) {
    const preview = signingHover(doc, index, { ...options, secret: secret() });
    const title = endpoint ? `**${zh ? endpoint.title.zh : endpoint.title.en}** · \`${endpoint.method} ${endpoint.path}\`\n\n` : '';
    return { range: request.range, markdown: title + (preview?.markdown ?? '') };
  }
  return undefined;
}
