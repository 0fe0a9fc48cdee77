/** The sensitive word endpoints of #18 at the limits their sources state (sensitiveword.ts notes say which source). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  SENSITIVEWORD_ADD,
  SENSITIVEWORD_BATCH_ADD,
  SENSITIVEWORD_BATCH_DELETE,
  SENSITIVEWORD_DELETE,
  SENSITIVEWORD_ENDPOINTS,
  SENSITIVEWORD_LIST,
  WORDFILTER_ADD,
  WORDFILTER_LIST,
} from '../../src/core/contract/sensitiveword';
import type { EndpointSpec } from '../../src/core/contract';
import { validateParams } from '../../src/core/validation';

type Pairs = Array<readonly [string, string]>;
const rules = (e: EndpointSpec, pairs: Pairs) => validateParams(e, pairs).map((f) => `${f.field}:${f.code}:${f.rule}`);
const many = (n: number, key: string): Pairs => Array.from({ length: n }, (_, i) => [key, `w${i}`] as const);

test('add: word and replaceWord at most 32 characters (counted by code point); word is required; type 0–1', () => {
  assert.deepEqual(rules(SENSITIVEWORD_ADD, [['word', '敏'.repeat(32)], ['replaceWord', '*'.repeat(32)], ['type', '0']]), []);
  assert.deepEqual(rules(SENSITIVEWORD_ADD, [['word', '敏'.repeat(33)]]), ['word:1003:tooManyChars']);
  assert.deepEqual(rules(SENSITIVEWORD_ADD, [['word', 'w'], ['replaceWord', '*'.repeat(33)]]), ['replaceWord:1003:tooManyChars']);
  assert.deepEqual(rules(SENSITIVEWORD_ADD, [['replaceWord', '*']]), ['word:1003:missing']);
  assert.deepEqual(rules(SENSITIVEWORD_ADD, [['word', 'w'], ['type', '2']]), ['type:1003:outOfRange']);
});

test('batch/delete: 1–50 words as a repeated key; delete.json and the legacy calls take one word of at most 64 characters', () => {
  assert.deepEqual(rules(SENSITIVEWORD_BATCH_DELETE, many(50, 'words')), []);
  assert.deepEqual(rules(SENSITIVEWORD_BATCH_DELETE, many(51, 'words')), ['words:1003:tooManyValues']);
  assert.deepEqual(rules(SENSITIVEWORD_BATCH_DELETE, []), ['words:1003:missing']);
  for (const e of [SENSITIVEWORD_DELETE, WORDFILTER_ADD]) {
    assert.deepEqual(rules(e, [['word', 'x'.repeat(64)]]), [], e.id);
    assert.deepEqual(rules(e, [['word', 'x'.repeat(65)]]), ['word:1003:tooManyChars'], e.id);
    assert.deepEqual(rules(e, [['word', 'a'], ['word', 'b']]), ['word:1003:duplicateParam'], e.id);
  }
});

test('batch/add is a JSON body whose words field must be JSON; list takes type 0–2 and answers a table of words', () => {
  assert.equal(SENSITIVEWORD_BATCH_ADD.body, 'json');
  assert.deepEqual(rules(SENSITIVEWORD_BATCH_ADD, [['words', '[{"word":"a","replaceWord":"*"}]']]), []);
  assert.deepEqual(rules(SENSITIVEWORD_BATCH_ADD, [['words', '[{"word":']]), ['words:1003:notJson']);
  assert.deepEqual(rules(SENSITIVEWORD_BATCH_ADD, []), ['words:1003:missing']);
  assert.deepEqual(rules(SENSITIVEWORD_LIST, []), []);
  assert.deepEqual(rules(SENSITIVEWORD_LIST, [['type', '2']]), []);
  assert.deepEqual(rules(SENSITIVEWORD_LIST, [['type', '3']]), ['type:1003:outOfRange']);
  assert.deepEqual(rules(WORDFILTER_LIST, [['type', '1']]), ['type:1003:unknownParam']);
  const table = SENSITIVEWORD_LIST.success[0];
  assert.ok(table?.kind === 'table' && table.columns.some((c) => c.keys.includes('word') && c.keys.includes('keyword')));
});

test('every sensitive word record: unique id in its module, each example passes, sdks name only parameters of the record', () => {
  const ids = new Set(SENSITIVEWORD_ENDPOINTS.map((e) => e.id));
  assert.equal(ids.size, 8);
  for (const e of SENSITIVEWORD_ENDPOINTS) {
    assert.equal(e.module, 'sensitiveword');
    const pairs = e.params.filter((p) => p.example !== undefined && (p.required || p.repeated)).map((p) => [p.name, p.example!] as const);
    assert.deepEqual(rules(e, pairs), [], e.id);
    const names = new Set(e.params.map((p) => p.name));
    for (const call of Object.values(e.sdks ?? {})) {
      for (const arg of call.match(/(?<=[(,:=]\s*)[a-zA-Z]+(?=\s*[,)}\]])/g) ?? []) assert.ok(names.has(arg), `${e.id}: ${call} names ${arg}`);
    }
  }
});
