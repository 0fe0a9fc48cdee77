/**
 * `# @callback routing|status|audit` above a request to the user's own server: the request is sent
 * as Rong sends a callback (core/callbackSignature.ts: the nonce, signTimestamp and signature query
 * parameters, no App-Key/Nonce/Timestamp/Signature headers), with its body as written. Content types
 * from ../shared/spec/callbacks.md: routing is a form POST (docs …/message/sync), online status is
 * JSON (docs …/user/onlinestatus); the audit callback's is not documented: JSON is our choice.
 */
import type { EndpointSpec } from '../contract';
import { FORM_CONTENT_TYPE } from '../contract';
import { pick, type Locale, type Text } from '../text';
import { JSON_CONTENT_TYPE } from '../wire';
import type { Directive, RequestBlock } from './model';

export const CALLBACK_KINDS = ['routing', 'status', 'audit'] as const;
export type CallbackKind = (typeof CALLBACK_KINDS)[number];

export const CALLBACK_DIRECTIVE = 'callback';

export const CALLBACK_KIND_TEXTS: Readonly<Record<CallbackKind, Text>> = {
  routing: { en: 'Message routing (全量消息路由): a form POST per message', zh: '全量消息路由：每条消息一个表单 POST' },
  status: { en: 'User online status: a JSON POST of status events', zh: '用户在线状态订阅：JSON POST 状态事件' },
  audit: { en: 'Message audit callback (消息回调服务): a JSON POST before delivery', zh: '消息回调服务：投递前的 JSON POST' },
};

export const CALLBACK_DIRECTIVE_TEXT: Text = {
  en: 'Send the request below as a Rong callback to your own server (routing, status or audit): signed with the nonce, signTimestamp and signature query parameters, not the API headers',
  zh: '把下方请求作为融云回调发送到你自己的服务器（routing、status 或 audit）：以 nonce、signTimestamp、signature 查询参数签名，而非接口请求头',
};

/** The content type a callback of this kind carries when the request names none. */
export function callbackContentType(kind: CallbackKind): string {
  return kind === 'routing' ? FORM_CONTENT_TYPE : JSON_CONTENT_TYPE;
}

export function isCallbackKind(value: string): value is CallbackKind {
  return (CALLBACK_KINDS as readonly string[]).includes(value);
}

/** The block's last `@callback` directive, if any (its kind may be unknown: the diagnostics say so). */
export function callbackDirective(block: Pick<RequestBlock, 'directives'>): Directive | undefined {
  let found: Directive | undefined;
  for (const d of block.directives) if (d.name === CALLBACK_DIRECTIVE) found = d;
  return found;
}

/** The kind of the block's `@callback`, when it is one of the three. */
export function callbackKindOf(block: Pick<RequestBlock, 'directives'>): CallbackKind | undefined {
  const value = callbackDirective(block)?.value.trim();
  return value !== undefined && isCallbackKind(value) ? value : undefined;
}

const UNKNOWN_KIND: Text = { en: '@callback takes {kinds}, not "{value}"', zh: '@callback 只接受 {kinds}，而不是“{value}”' };
const ON_API_PATH: Text = {
  en: '@callback sends to your own server; {path} is a Rong Server API path, which takes the App-Key, Nonce, Timestamp and Signature headers instead',
  zh: '@callback 发往你自己的服务器；{path} 是融云 Server API 的路径，它需要 App-Key、Nonce、Timestamp、Signature 请求头',
};
const DUPLICATE: Text = { en: 'a request has one @callback; the last one applies', zh: '一个请求只有一个 @callback；以最后一个为准' };

export function unknownCallbackKindMessage(value: string, locale: Locale): string {
  return pick(UNKNOWN_KIND, locale, { kinds: CALLBACK_KINDS.join(', '), value: value.slice(0, 40) });
}

export function callbackOnApiPathMessage(path: string, locale: Locale): string {
  return pick(ON_API_PATH, locale, { path });
}

export function duplicateCallbackMessage(locale: Locale): string {
  return pick(DUPLICATE, locale);
}

/**
 * What the HTTP client takes for a callback's request: an endpoint-shaped record with no parameters
 * (nothing of the contract applies), so that retries, timeouts and reports work as for any request.
 */
export function callbackEndpoint(kind: CallbackKind, path: string): EndpointSpec {
  const title: Text = { en: `callback ${kind}`, zh: `回调 ${kind}` };
  return {
    id: `callback.${kind}`,
    module: 'callback' as EndpointSpec['module'],
    method: 'POST',
    path,
    title,
    description: CALLBACK_KIND_TEXTS[kind],
    source: '../shared/spec/callbacks.md',
    params: [],
    success: [],
    issuesToken: false,
  };
}
