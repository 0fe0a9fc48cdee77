/**
 * The error catalogue: what a body `code` means. The contract's table is the default; the real
 * service's meanings (api-notes.md) are kept as a separate source that users may opt into, and the
 * user's `rong.errorCodes` setting extends or overrides either. A catalogue is plain data, merged.
 */

export type CatalogueSource = 'contract' | 'realService' | 'user';

/** A code's meaning: a text (one field per language) with its code and source. */
export interface ErrorMeaning extends Text {
  readonly code: number;
  readonly source: CatalogueSource;
}

export type ErrorCatalogue = ReadonlyMap<number, ErrorMeaning>;

import { LANGUAGES, pick, type Language, type Locale, type Text } from '../text';

export { toLocale, type Locale } from '../text';

const entries = (source: CatalogueSource, rows: ReadonlyArray<readonly [number, Text]>): ErrorCatalogue =>
  new Map(rows.map(([code, text]) => [code, { code, ...text, source }]));

/** The contract's table (register-user.zh.md, 错误码). */
export const CONTRACT_CATALOGUE: ErrorCatalogue = entries('contract', [
  [200, { en: 'Success', zh: '成功' }],
  [1002, { en: 'App Key does not exist', zh: 'AppKey不存在' }],
  [1003, { en: 'Parameter error', zh: '参数错误' }],
  [1004, { en: 'User ID already exists', zh: '用户ID已存在' }],
  [1005, { en: 'User ID format error', zh: '用户ID格式错误' }],
  [1006, { en: 'User name format error', zh: '用户名称格式错误' }],
  [1007, { en: 'Portrait URI format error', zh: '用户头像URI格式错误' }],
]);

/** Meanings the real service gives some of the same numbers (api-notes.md, Error codes). */
export const REAL_SERVICE_CATALOGUE: ErrorCatalogue = entries('realService', [
  [1000, { en: 'Internal error', zh: '服务内部错误' }],
  [1001, { en: 'App Key and App Secret do not match', zh: 'App Key 与 App Secret 不匹配' }],
  [1002, { en: 'Parameter error or required parameter missing', zh: '参数错误，必传参数未传' }],
  [1003, { en: 'No POST data', zh: '没有 POST 数据' }],
  [1004, { en: 'Signature error', zh: '签名错误' }],
  [1005, { en: 'Length out of range', zh: '参数长度超限' }],
  [1008, { en: 'Rate limit exceeded', zh: '调用频率超限' }],
  [1015, { en: 'The keep-alive chatroom to delete does not exist', zh: '要删除的保活聊天室不存在' }],
  [1016, { en: 'Too many keep-alive chatrooms', zh: '设置保活聊天室个数超限' }],
  [1050, { en: 'Internal timeout', zh: '内部服务超时' }],
  [1508, { en: 'Request body over 100 KB', zh: '请求体超过 100 KB' }],
  [2007, { en: 'Over 100 users in a development environment', zh: '开发环境下用户数超过 100 个' }],
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
export type CatalogueOverride = string | Partial<Text>;

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
    const given: Partial<Record<Language, string>> = {};
    if (typeof value === 'string') {
      for (const lang of LANGUAGES) given[lang] = value;
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      for (const lang of LANGUAGES) if (typeof v[lang] === 'string') given[lang] = v[lang];
    }
    const givenTexts = LANGUAGES.flatMap((lang) => given[lang] ?? []);
    if (givenTexts.length === 0) {
      problems.push(`rong.errorCodes: the entry for ${code} must be a string or { "en": …, "zh": … }`);
      continue;
    }
    if (givenTexts.some((t) => t.length > MAX_OVERRIDE_MESSAGE)) {
      problems.push(`rong.errorCodes: the message for ${code} is longer than ${MAX_OVERRIDE_MESSAGE} characters`);
      continue;
    }
    // A language the entry leaves out keeps the base's meaning, else takes the entry's other language.
    const text = Object.fromEntries(LANGUAGES.map((lang) => [lang, given[lang] ?? previous?.[lang] ?? givenTexts[0]])) as Record<Language, string>;
    merged.set(code, { code, ...text, source: 'user' });
  }
  return { catalogue: merged, problems };
}

/** The meaning of a code in a locale, or undefined when the catalogue does not know it. */
export function describeCode(catalogue: ErrorCatalogue, code: number, locale: Locale = 'en'): string | undefined {
  const m = catalogue.get(code);
  return m && pick(m, locale);
}

