import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncrementalDiagnoser, diagnose, parseDocument, snapshotDocument, type DiagnosticContext } from '../../src/core/rongHttp/index';

const ctx: DiagnosticContext = { secretFor: () => 'fixture-secret', profiles: ['dev'] };

function requests(n: number): string[] {
  const lines = ['@suffix = -x', ''];
  for (let i = 0; i < n; i++) {
    lines.push(`### user ${i}`, 'POST /user/getToken.json', '', i % 5 === 0 ? `userId=u${i}{{suffix}}&name=n${i}` : `userId=u${i}&name=n${i}`, '');
  }
  return lines;
}

function assertSameAsFull(result: { document: ReturnType<typeof parseDocument>; diagnostics: readonly unknown[] }, text: string): void {
  const full = parseDocument(text);
  assert.deepEqual(snapshotDocument(result.document), snapshotDocument(full));
  assert.deepEqual(result.diagnostics, diagnose(full, ctx));
}

test('the first update checks everything; the same text again reuses every block and every diagnostic', () => {
  const text = requests(20).join('\n');
  const inc = new IncrementalDiagnoser(ctx);
  assertSameAsFull(inc.update(text), text);
  assert.deepEqual(inc.stats, { reusedBlocks: 0, parsedBlocks: 21, diagnosedBlocks: 21 });
  const again = inc.update(text);
  assert.deepEqual(inc.stats, { reusedBlocks: 21, parsedBlocks: 0, diagnosedBlocks: 0 });
  assertSameAsFull(again, text);
});

test('an edit inside one request re-parses and re-checks only that block', () => {
  const lines = requests(20);
  const inc = new IncrementalDiagnoser(ctx);
  inc.update(lines.join('\n'));
  lines[2 + 5 * 7 + 3] = 'userId=has space&name=n7';
  const text = lines.join('\n');
  const result = inc.update(text);
  assert.deepEqual(inc.stats, { reusedBlocks: 20, parsedBlocks: 1, diagnosedBlocks: 1 });
  assertSameAsFull(result, text);
  assert.deepEqual(result.diagnostics.map((d) => [d.code, d.range.startLine]), [[1005, 40]]);
});

test('inserting lines moves the blocks below: they are reused and their diagnostics shifted', () => {
  const lines = requests(10);
  lines[2 + 5 * 8 + 3] = 'userId=u8'; // missing name, below the edit
  const inc = new IncrementalDiagnoser(ctx);
  inc.update(lines.join('\n'));
  lines.splice(2 + 5 * 3 + 2, 0, 'X-Added: 1', 'X-More: 2');
  const text = lines.join('\n');
  const result = inc.update(text);
  assert.deepEqual(inc.stats, { reusedBlocks: 10, parsedBlocks: 1, diagnosedBlocks: 1 });
  assertSameAsFull(result, text);
  assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.range.startLine]), [['missingParam', 2 + 5 * 8 + 1 + 2]]);
});

test('changing a file variable re-checks exactly the blocks that use it', () => {
  const lines = requests(20);
  const inc = new IncrementalDiagnoser(ctx);
  inc.update(lines.join('\n'));
  lines[0] = `@suffix = ${'y'.repeat(70)}`;
  const text = lines.join('\n');
  const result = inc.update(text);
  // Block 0 (the definition) and the 4 requests that reference it (0, 5, 10, 15).
  assert.deepEqual(inc.stats, { reusedBlocks: 20, parsedBlocks: 1, diagnosedBlocks: 5 });
  assertSameAsFull(result, text);
  assert.equal(result.diagnostics.filter((d) => d.code === 1005).length, 4);
});

test('applyChanges (VS Code change events) gives the same result as update with the whole text', () => {
  const base = requests(6).join('\n');
  const inc = new IncrementalDiagnoser(ctx);
  inc.update(base);
  const result = inc.applyChanges([
    { range: { startLine: 5, startCharacter: 7, endLine: 5, endCharacter: 9 }, text: 'changed' },
    { range: { startLine: 8, startCharacter: 0, endLine: 12, endCharacter: 0 }, text: '' },
    { range: { startLine: 3, startCharacter: 0, endLine: 3, endCharacter: 0 }, text: '# @profile unknown\n' },
  ]);
  const expected = base.split('\n');
  expected[5] = expected[5].slice(0, 7) + 'changed' + expected[5].slice(9);
  expected.splice(8, 4);
  expected.splice(3, 0, '# @profile unknown');
  assertSameAsFull(result, expected.join('\n'));
  assert.ok(result.diagnostics.some((d) => d.rule === 'unknownProfile'));
  const fromEmpty = new IncrementalDiagnoser(ctx).applyChanges([{ range: { startLine: 0, startCharacter: 0, endLine: 0, endCharacter: 0 }, text: base }]);
  assertSameAsFull(fromEmpty, base);
});

test('setContext re-checks with the new secrets and locale', () => {
  const text = 'POST /user/getToken.json\nNonce: 1\nTimestamp: 2\nSignature: nope\n\nuserId=a&name=b';
  const inc = new IncrementalDiagnoser({});
  assert.deepEqual(inc.update(text).diagnostics, []);
  inc.setContext({ secretFor: () => 'abc', locale: 'zh-cn' });
  const [d] = inc.update(text).diagnostics;
  assert.equal(d.rule, 'signatureMismatch');
  assert.ok(d.message.startsWith('Signature 与'));
  assert.equal(inc.current?.diagnostics.length, 1);
});

test('?? assertion lines: adding, breaking and removing one re-parses only its block, and matches a full parse', () => {
  const lines = requests(10);
  const inc = new IncrementalDiagnoser(ctx);
  inc.update(lines.join('\n'));
  const at = 2 + 5 * 4 + 2; // the line after request 4's request line
  lines.splice(at, 0, '?? body code == 200');
  let text = lines.join('\n');
  let result = inc.update(text);
  assertSameAsFull(result, text);
  assert.equal(result.document.blocks[5].assertions[0].text, 'body code == 200');
  assert.deepEqual(result.document.blocks[5].params.map((p) => p.name), ['userId', 'name']);
  lines[at] = '?? js response.body';
  text = lines.join('\n');
  result = inc.update(text);
  assert.equal(inc.stats.parsedBlocks, 1);
  assertSameAsFull(result, text);
  assert.deepEqual(result.diagnostics.map((d) => [d.rule, d.range.startLine]), [['malformedAssertion', at]]);
  lines.splice(at, 1);
  text = lines.join('\n');
  assertSameAsFull(inc.update(text), text);
  assert.equal(inc.update(text).document.blocks[5].assertions.length, 0);
});
