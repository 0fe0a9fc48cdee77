/**
 * The error catalogue: what a body `code` means. The contract's table is the default; the real
 * service's meanings (api-notes.md) are kept as a separate source that users may opt into, and the
 * user's `rong.errorCodes` setting extends or overrides either. A catalogue is plain data, merged.
 */

export type CatalogueSource = 'contract' | 'realService' | 'user';

export interface ErrorMeaning {
  readonly code: number;
  readonly en: string;
  readonly zh: string;
  readonly source: CatalogueSource;
}

export type ErrorCatalogue = ReadonlyMap<number, ErrorMeaning>;

import type { Locale } from '../text';

export { toLocale, type Locale } from '../text';

const entries = (source: CatalogueSource, rows: ReadonlyArray<[number, string, string]>): ErrorCatalogue =>
  new Map(rows.map(([code, en, zh]) => [code, { code, en, zh, source }]));

/** The contract's table (register-user.zh.md, 错误码). */
export const CONTRACT_CATALOGUE: ErrorCatalogue = entries('contract', [
  [200, 'Success', '成功'],
  [1002, 'App Key does not exist', 'AppKey不存在'],
  [1003, 'Parameter error', '参数错误'],
  [1004, 'User ID already exists', '用户ID已存在'],
  [1005, 'User ID format error', '用户ID格式错误'],
  [1006, 'User name format error', '用户名称格式错误'],
  [1007, 'Portrait URI format error', '用户头像URI格式错误'],
]);

/** Meanings the real service gives some of the same numbers (api-notes.md, Error codes). */
export const REAL_SERVICE_CATALOGUE: ErrorCatalogue = entries('realService', [
  [1000, 'Internal error', '服务内部错误'],
  [1001, 'App Key and App Secret do not match', 'App Key 与 App Secret 不匹配'],
  [1002, 'Parameter error or required parameter missing', '参数错误，必传参数未传'],
  [1003, 'No POST data', '没有 POST 数据'],
  [1004, 'Signature error', '签名错误'],
  [1005, 'Length out of range', '参数长度超限'],
  [1008, 'Rate limit exceeded', '调用频率超限'],
  [1015, 'The keep-alive chatroom to delete does not exist', '要删除的保活聊天室不存在'],
  [1016, 'Too many keep-alive chatrooms', '设置保活聊天室个数超限'],
  [1050, 'Internal timeout', '内部服务超时'],
  [1508, 'Request body over 100 KB', '请求体超过 100 KB'],
  [2007, 'Over 100 users in a development environment', '开发环境下用户数超过 100 个'],
]);

export type CatalogueBase = 'contract' | 'realService';

/**
 * The base a user picks: the contract's table, or the real service's meanings over it (for the
 * numbers the real service uses differently; the contract's stay for the rest).
 */
export function baseCatalogue(base: CatalogueBase): ErrorCatalogue {
  return base === 'realService' ? new Map([...CONTRACT_CATALOGUE, ...REAL_SERVICE_CATALOGUE]) : CONTRACT_CATALOGUE;
}

/** A user override: a plain message (both languages) or a message per language. */
export type CatalogueOverride = string | { readonly en?: string; readonly zh?: string };

export interface MergeResult {
  readonly catalogue: ErrorCatalogue;
  /** Entries that were ignored, each with the reason (shown to the user, never thrown). */
  readonly problems: readonly string[];
}

const MAX_OVERRIDE_MESSAGE = 500;

/** Merges user entries (the `rong.errorCodes` setting) over a base catalogue. Never throws. */
export function mergeCatalogue(base: ErrorCatalogue, overrides: unknown): MergeResult {
  const merged = new Map(base);
  const problems: string[] = [];
  if (overrides === undefined || overrides === null) return { catalogue: merged, problems };
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    return { catalogue: merged, problems: ['rong.errorCodes must be an object of code → message'] };
  }
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    if (!/^-?\d{1,9}$/.test(key)) {
      problems.push(`rong.errorCodes: "${key}" is not an integer code`);
      continue;
    }
    const code = Number(key);
    const previous = merged.get(code);
    let en: string | undefined;
    let zh: string | undefined;
    if (typeof value === 'string') {
      en = zh = value;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      en = typeof v.en === 'string' ? v.en : undefined;
      zh = typeof v.zh === 'string' ? v.zh : undefined;
    }
    if (en === undefined && zh === undefined) {
      problems.push(`rong.errorCodes: the entry for ${code} must be a string or { "en": …, "zh": … }`);
      continue;
    }
    if ((en?.length ?? 0) > MAX_OVERRIDE_MESSAGE || (zh?.length ?? 0) > MAX_OVERRIDE_MESSAGE) {
      problems.push(`rong.errorCodes: the message for ${code} is longer than ${MAX_OVERRIDE_MESSAGE} characters`);
      continue;
    }
    merged.set(code, {
      code,
      en: en ?? previous?.en ?? zh ?? '',
      zh: zh ?? previous?.zh ?? en ?? '',
      source: 'user',
    });
  }
  return { catalogue: merged, problems };
}

/** The meaning of a code in a locale, or undefined when the catalogue does not know it. */
export function describeCode(catalogue: ErrorCatalogue, code: number, locale: Locale = 'en'): string | undefined {
  const m = catalogue.get(code);
  if (!m) return undefined;
  return locale === 'zh-cn' ? m.zh : m.en;
}

