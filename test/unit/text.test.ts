import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import * as contract from '../../src/core/contract';
import { CONTRACT_CATALOGUE, REAL_SERVICE_CATALOGUE } from '../../src/core/contract/errorCatalogue';
import { fill, fillText, LANGUAGES, localeTag, LOCALES, mapText, pick, toLocale, type Text } from '../../src/core/text';
import { ASSERTION_TEXTS } from '../../src/core/rongHttp/assertions/evaluate';
import { NOT_A_REGEX } from '../../src/core/rongHttp/assertions/text';
import { FIX_TITLES } from '../../src/core/rongHttp/fixes';
import { HOVER_TEXTS } from '../../src/core/rongHttp/hover';
import { RONG_HTTP_MESSAGES } from '../../src/core/rongHttp/messages';
import { FINDING_TEXTS, RULE_TEXTS } from '../../src/core/validation';
import { PLAYGROUND_STRINGS } from '../../src/playground/strings';
import { RUNNER_MESSAGES } from '../../src/runner/messages';

const root = join(__dirname, '../..');
const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort().join(',');

/** Every Text reachable from `value` (objects with an `en` string), with the path that leads to it. */
function texts(value: unknown, path: string, seen = new Set<unknown>()): Array<[string, Record<string, unknown>]> {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const record = value as Record<string, unknown>;
  const found: Array<[string, Record<string, unknown>]> = typeof record.en === 'string' ? [[path, record]] : [];
  const children = value instanceof Map ? [...value.entries()] : Object.entries(record);
  for (const [key, child] of children) found.push(...texts(child, `${path}.${String(key)}`, seen));
  return found;
}

// English is the signing check's own sentence ({problem}); Chinese words the same rule itself.
const OWN_WORDS = new Set(['RONG_HTTP_MESSAGES.badNonce', 'RONG_HTTP_MESSAGES.badTimestamp']);

/** What is wrong with the texts under `value`: a language missing or empty, a numbered placeholder, or placeholders that differ from English. */
function problems(value: unknown, path: string): string[] {
  const out: string[] = [];
  for (const [at, text] of texts(value, path)) {
    for (const lang of LANGUAGES) {
      const s = text[lang];
      if (typeof s !== 'string' || s.trim() === '') out.push(`${at} has no "${lang}" text`);
      else if (/\{\d+\}/.test(s)) out.push(`${at}.${lang} numbers its placeholders; name them ({name})`);
      else if (!OWN_WORDS.has(at) && placeholders(s) !== placeholders(text.en as string)) out.push(`${at}.${lang} fills ${placeholders(s) || 'nothing'}, English ${placeholders(text.en as string) || 'nothing'}`);
    }
  }
  return out;
}

const TABLES: Record<string, unknown> = {
  contract,
  CONTRACT_CATALOGUE,
  REAL_SERVICE_CATALOGUE,
  FINDING_TEXTS,
  RULE_TEXTS,
  RUNNER_MESSAGES,
  PLAYGROUND_STRINGS,
  RONG_HTTP_MESSAGES,
  FIX_TITLES,
  HOVER_TEXTS,
  ASSERTION_TEXTS,
  NOT_A_REGEX,
};

test('every text of the contract, the error catalogue, validation, .rong.http diagnostics, fixes, hovers and assertions, the runner and the playground holds every language with the same named placeholders', () => {
  const counts = Object.entries(TABLES).map(([name, table]) => [name, texts(table, name).length] as const);
  for (const [name, count] of counts) assert.ok(count > 0, `${name} holds no text: the walk would prove nothing`);
  assert.deepEqual(Object.entries(TABLES).flatMap(([name, table]) => problems(table, name)), []);
});

test('the check names a text that lacks a language, numbers its placeholders or fills other ones than English', () => {
  const broken = { ok: { en: 'a {x}', zh: '甲 {x}' }, missing: { en: 'b' }, blank: { en: 'c', zh: ' ' }, other: { en: '{n} rows', zh: '{count} 行' }, numbered: { en: '{0} rows', zh: '{0} 行' } };
  assert.deepEqual(problems(broken, 'T'), [
    'T.missing has no "zh" text',
    'T.blank has no "zh" text',
    'T.other.zh fills {count}, English {n}',
    'T.numbered.en numbers its placeholders; name them ({name})',
    'T.numbered.zh numbers its placeholders; name them ({name})',
  ]);
});

test('pick: the locale\'s field, filled by name; English only when the data lacks the locale\'s language', () => {
  const t: Text = { en: '{n} of {total} failed', zh: '{total} 个中有 {n} 个未通过' };
  assert.equal(pick(t, 'en'), '{n} of {total} failed');
  assert.equal(pick(t, 'zh-cn', { n: 1, total: 3 }), '3 个中有 1 个未通过');
  assert.equal(pick({ en: 'only English' } as unknown as Text, 'zh-cn'), 'only English');
  assert.equal(pick({ en: 'E', zh: '' }, 'zh-cn'), '', 'an empty text is data, not missing (the table test refuses it)');
});

test('fill: a name without a value stays as written; values are not filled again; nothing is read from the prototype', () => {
  assert.equal(fill('{a} and {b}', { a: '{b}' }), '{b} and {b}');
  assert.equal(fill('{constructor} {toString}', {}), '{constructor} {toString}');
  assert.equal(fill('$& {x}', { x: '$1 $&' }), '$& $1 $&');
});

test('fillText fills every language, a Text value in its own language; mapText maps every language', () => {
  const outcome: Text = { en: 'not a regular expression ({reason})', zh: '不是合法的正则表达式（{reason}）' };
  const filled = fillText({ en: '{label}: {outcome}', zh: '{label}：{outcome}' }, { label: '?? body a matches (', outcome: fillText(outcome, { reason: 'x' }) });
  assert.deepEqual(filled, { en: '?? body a matches (: not a regular expression (x)', zh: '?? body a matches (：不是合法的正则表达式（x）' });
  assert.deepEqual(mapText(filled, (s, lang) => `${lang}|${s.length}`), { en: `en|${filled.en.length}`, zh: `zh|${filled.zh.length}` });
});

test('one locale list: every locale has a language, VS Code\'s and LANG\'s spellings map onto it, English is the fallback', () => {
  assert.deepEqual([...LANGUAGES], ['en', 'zh']);
  assert.equal(LOCALES[0], 'en');
  for (const [given, locale] of [['zh-cn', 'zh-cn'], ['zh-tw', 'zh-cn'], ['zh', 'zh-cn'], ['ZH_CN.UTF-8', 'zh-cn'], ['en-us', 'en'], ['C.UTF-8', 'en'], ['fr', 'en'], ['', 'en'], [undefined, 'en']] as const) {
    assert.equal(toLocale(given), locale, String(given));
  }
  assert.equal(localeTag('zh-cn'), 'zh-CN');
  assert.equal(localeTag('en'), 'en');
});

/** Source files under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

test('nothing in src/ or webview/ picks a language by hand: texts go through pick(), host UI strings through vscode.l10n', () => {
  const byHand = /\bzh\s*\?|===?\s*['"]zh|['"]zh(-cn)?['"]\s*===?|\b(locale|language)\s*[!=]==?\s*['"]|\.zh\s*:/;
  const found: string[] = [];
  for (const file of [...sources(join(root, 'src')), ...sources(join(root, 'webview'))]) {
    if (file === join(root, 'src/core/text.ts')) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (byHand.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
