/** The JSON body's editor: its height follows its text within bounds, and which key presses it takes for indenting. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS } from '../../src/core/contract';
import { jsonSkeleton } from '../../src/playground/formModel';
import { webviewStrings } from '../../src/playground/strings';
import { EDITOR_ROWS, editorRows, isIndentKey } from '../../webview/views/jsonEditor';

test('the editor is as tall as its text: at least 8 lines, at most 24, and the tallest skeleton of the data shows whole', () => {
  assert.deepEqual(EDITOR_ROWS, { min: 8, max: 24 });
  assert.equal(editorRows(''), 8);
  assert.equal(editorRows('{}'), 8);
  assert.equal(editorRows('\n'.repeat(8)), 9);
  assert.equal(editorRows('\n'.repeat(23)), 24);
  assert.equal(editorRows('\n'.repeat(400)), 24);
  const skeletons = ENDPOINTS.filter((e) => e.body === 'json').map((e) => jsonSkeleton(e));
  const tallest = skeletons.reduce((a, b) => (b.split('\n').length > a.split('\n').length ? b : a));
  assert.ok(tallest.split('\n').length > 8, 'some skeleton is taller than the minimum');
  assert.ok(tallest.split('\n').length <= 24, 'and none is taller than the maximum');
  assert.equal(editorRows(tallest), tallest.split('\n').length);
});

test('a plain Tab indents; Shift+Tab, a chord and a Tab while composing (an IME) keep their usual meaning', () => {
  const key = (over: Partial<KeyboardEvent> = {}) => ({ key: 'Tab', shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, isComposing: false, ...over });
  assert.equal(isIndentKey(key()), true);
  assert.equal(isIndentKey(key({ shiftKey: true })), false);
  assert.equal(isIndentKey(key({ ctrlKey: true })), false);
  assert.equal(isIndentKey(key({ altKey: true })), false);
  assert.equal(isIndentKey(key({ metaKey: true })), false);
  assert.equal(isIndentKey(key({ isComposing: true })), false);
  assert.equal(isIndentKey(key({ key: 'a' })), false);
});

test('the editor\'s key hint and a keyed row\'s label exist in both languages and say the same keys', () => {
  const en = webviewStrings('en');
  const zh = webviewStrings('zh-cn');
  for (const s of [en, zh]) {
    assert.match(s.jsonKeys, /Tab/);
    assert.match(s.jsonKeys, /Esc/);
    assert.match(s.keyedValueLabel, /key=value/);
  }
  assert.notEqual(en.jsonKeys, zh.jsonKeys);
});
