/**
 * Every endpoint of the contract in `.rong.http` files: each rule at its boundaries, on the value it
 * is about, with its code and limit; completion of every path and parameter; hover with the rule.
 */
import * as assert from 'node:assert/strict';
import { sampleName } from '../../src/core/examples';
import { test } from 'node:test';
import { ENDPOINTS, MESSAGE_CONTENT_MAX_BYTES, MODULES, findEndpoint } from '../../src/core/contract';
import { encodeForm } from '../../src/core/form';
import { completionsAt, diagnose, hoverAt, parseDocument, printRequest, responseDiagnostic, type DiagnosticRecord } from '../../src/core/rongHttp/index';
import { describeRule } from '../../src/core/validation';

const BLOCK = 'POST /user/block.json\n\n';
const PRIVATE = 'POST /message/private/publish.json\n\n';

/** The diagnostics of the request's body line (line 2), with the text each one covers. */
function onBody(text: string): Array<{ rule: string; code?: number; covers: string; message: string; severity: string }> {
  const doc = parseDocument(text);
  return diagnose(doc).map((d: DiagnosticRecord) => ({
    rule: d.rule,
    code: d.code,
    covers: doc.lines[d.range.startLine].slice(d.range.startCharacter, d.range.endCharacter),
    message: d.message,
    severity: d.severity,
  }));
}

const userIds = (n: number) => Array.from({ length: n }, (_, i) => `userId=u${i + 1}`).join('&');

test('/user/block.json userId: 0 values is missing, 1 and 20 pass, 21 is 1005 with the limit on the 21st value', () => {
  const none = onBody(`${BLOCK}minute=10`);
  assert.deepEqual(none.map((d) => [d.rule, d.code, d.covers]), [['missingParam', 1003, 'POST /user/block.json']]);
  assert.deepEqual(onBody(`${BLOCK}${userIds(1)}&minute=10`), []);
  assert.deepEqual(onBody(`${BLOCK}${userIds(20)}&minute=10`), [], 'a repeated key is allowed for a repeated parameter');
  const over = onBody(`${BLOCK}${userIds(21)}&minute=10`);
  assert.deepEqual(over.map((d) => [d.rule, d.code, d.covers]), [['invalidParam', 1005, 'u21']]);
  assert.equal(over[0].message, '1005 · userId has 21 values; the limit is 20');
});

test('/user/block.json minute: 0 and 43201 are 1003 on the value with the range; 1 and 43200 pass', () => {
  const at = (minute: string) => onBody(`${BLOCK}userId=a&minute=${minute}`).map((d) => [d.rule, d.code, d.covers, d.message]);
  assert.deepEqual(at('0'), [['invalidParam', 1003, '0', '1003 · minute is 0; the range is 1–43200']]);
  assert.deepEqual(at('1'), []);
  assert.deepEqual(at('43200'), []);
  assert.deepEqual(at('43201'), [['invalidParam', 1003, '43201', '1003 · minute is 43201; the range is 1–43200']]);
  assert.deepEqual(at('ten').map((d) => d[1]), [1003], 'not an integer');
  assert.deepEqual(onBody(`${BLOCK}userId=a&minute=1&minute=2`).map((d) => [d.rule, d.covers]), [['duplicateParam', 'minute']], 'a single-valued key given twice');
});

test('a finding about one value of a repeated parameter lies on that value', () => {
  const ds = onBody(`${BLOCK}userId=a&userId=b%20c&userId=d&minute=5`);
  assert.deepEqual(ds.map((d) => [d.code, d.covers]), [[1005, 'b%20c']]);
  assert.match(ds[0].message, /value 2 of userId/);
  const long = onBody(`${BLOCK}userId=a&userId=${'x'.repeat(65)}&minute=5`);
  assert.deepEqual(long.map((d) => [d.code, d.covers.length]), [[1005, 65]]);
  assert.match(long[0].message, /65 bytes; the limit is 64/);
});

function privateMessage(content: string, objectName = 'RC:TxtMsg'): string {
  return PRIVATE + encodeForm([['fromUserId', 'a'], ['toUserId', 'b'], ['objectName', objectName], ['content', content]]);
}

/** A JSON text of exactly `bytes` UTF-8 bytes. */
function jsonOf(bytes: number): string {
  const head = '{"content":"';
  const tail = '"}';
  return head + 'x'.repeat(bytes - head.length - tail.length) + tail;
}

test('content: exactly 128 KB passes, one byte over is 1003 with the limit; not JSON is 1003', () => {
  assert.deepEqual(onBody(privateMessage(jsonOf(MESSAGE_CONTENT_MAX_BYTES))), []);
  const over = onBody(privateMessage(jsonOf(MESSAGE_CONTENT_MAX_BYTES + 1)));
  assert.deepEqual(over.map((d) => [d.rule, d.code]), [['invalidParam', 1003]]);
  assert.equal(over[0].message, `1003 · content is ${MESSAGE_CONTENT_MAX_BYTES + 1} bytes; the limit is ${MESSAGE_CONTENT_MAX_BYTES}`);
  assert.ok(over[0].covers.startsWith('%7B%22content%22'), 'on the content value');
  const notJson = onBody(privateMessage('{"content":'));
  assert.deepEqual(notJson.map((d) => d.code), [1003]);
  assert.match(notJson[0].message, /not valid JSON/);
});

test('objectName: RC:Foo (reserved prefix, not a known type) is an error; RC:TxtMsg and MyMsg pass', () => {
  const json = '{"content":"hi"}';
  const foo = onBody(privateMessage(json, 'RC:Foo'));
  assert.deepEqual(foo.map((d) => [d.rule, d.code, d.severity, d.covers]), [['invalidParam', 1003, 'error', 'RC%3AFoo']]);
  assert.match(foo[0].message, /RC:/);
  assert.deepEqual(onBody(privateMessage(json, 'RC:TxtMsg')), []);
  assert.deepEqual(onBody(privateMessage(json, 'MyMsg')), []);
  assert.match(onBody(privateMessage(json, 'M'.repeat(33)))[0].message, /33 characters; the limit is 32/);
});

test('cross rule: with toUserId, a group message takes one toGroupId; the finding is on the second', () => {
  const base = 'POST /message/group/publish.json\n\nfromUserId=a&objectName=MyMsg&content=%7B%7D';
  assert.deepEqual(onBody(`${base}&toGroupId=g1&toGroupId=g2`), [], 'two groups without toUserId');
  const ds = onBody(`${base}&toGroupId=g1&toGroupId=g2&toUserId=u`);
  assert.deepEqual(ds.map((d) => [d.rule, d.code, d.covers]), [['invalidParam', 1003, 'g2']]);
  assert.match(ds[0].message, /with toUserId, toGroupId takes at most 1 value; it has 2/);
  assert.deepEqual(onBody(`${base}&toGroupId=g1&toGroupId=g2&toGroupId=g3&toGroupId=g4`).map((d) => d.covers), ['g4'], '1–3 groups');
});

test('flags, timestamps and unknown parameters of the other endpoints', () => {
  const flag = onBody(`${PRIVATE}fromUserId=a&toUserId=b&objectName=MyMsg&content=%7B%7D&verifyBlacklist=2`);
  assert.deepEqual(flag.map((d) => [d.code, d.covers]), [[1003, '2']]);
  assert.match(flag[0].message, /must be 0 or 1/);
  const time = onBody('POST /user/token/expire.json\n\nuserId=a&time=yesterday');
  assert.deepEqual(time.map((d) => [d.code, d.covers]), [[1003, 'yesterday']]);
  const unknown = onBody('POST /user/checkOnline.json\n\nuserId=a&extra=1');
  assert.deepEqual(unknown.map((d) => [d.rule, d.code, d.covers]), [['unknownParam', 1003, 'extra']]);
});

test('every endpoint: its example values pass, and each required parameter left out is named', () => {
  for (const e of ENDPOINTS) {
    const pairs = e.params.filter((p) => p.required).map((p) => [sampleName(p), p.example ?? exampleOf(p.kind)] as const);
    // A form endpoint as a form body; a JSON or REST one as the printer writes it (path filled, JSON body).
    const wire = e.body === 'json' || e.path.includes('{') || e.params.some((p) => p.in === 'query');
    const request = (given: ReadonlyArray<readonly [string, string]>) =>
      wire ? printRequest({ method: e.method, target: e.path, headers: [], params: given, endpoint: e }) : `POST ${e.path}\n\n${encodeForm(given)}`;
    const text = request(pairs);
    assert.deepEqual(onBody(text), [], `${e.path}: ${text}`);
    // A path parameter cannot be left out of its path: only body and query parameters are.
    for (const [name] of pairs.filter(([n]) => e.params.find((p) => p.name === n)?.in !== 'path')) {
      const ds = onBody(request(pairs.filter(([n]) => n !== name))).filter((d) => d.rule === 'missingParam');
      // A keyed family (chatroom[<id>]) is missing under its family's name.
      const family = name.replace(/\[.*\]$/, '');
      assert.ok(ds.some((d) => d.message.includes(family)), `${e.path} without ${name}`);
    }
  }
});

function exampleOf(kind: string): string {
  switch (kind) {
    case 'json': return '{}';
    case 'messageType': return 'MyMsg';
    case 'integer': return '1';
    case 'timestampMs': return '1408710653000';
    case 'httpUri': return 'https://example.com/a.png';
    default: return 'x1';
  }
}

test('completion lists every path with its title, by module; parameters with description and rule', () => {
  const items = completionsAt(parseDocument('POST '), 0, 5);
  assert.equal(items.length, ENDPOINTS.length);
  assert.deepEqual(new Set(items.map((i) => i.label)), new Set(ENDPOINTS.map((e) => e.path)));
  // Two endpoints may share a REST path (GET and DELETE): each path is offered with each endpoint's title.
  assert.deepEqual(new Set(items.map((i) => `${i.label} ${i.detail}`)), new Set(ENDPOINTS.map((e) => `${e.path} ${e.title.en}`)));
  const bySort = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => findEndpoint(i.label)!.module);
  assert.deepEqual(bySort, [...bySort].sort((a, b) => MODULES.indexOf(a) - MODULES.indexOf(b)), 'user, then message, then group');
  const zh = completionsAt(parseDocument('POST '), 0, 5, { locale: 'zh-cn' });
  assert.equal(zh.find((i) => i.label === '/user/block.json')!.detail, '封禁用户');

  const block = findEndpoint('/user/block.json')!;
  const params = completionsAt(parseDocument(`${BLOCK}userId=a&`), 2, 9);
  assert.deepEqual(params.map((p) => p.label), ['userId', 'minute'], 'a repeated parameter is offered again');
  const userId = params[0];
  assert.ok(userId.documentation!.includes(block.params[0].description.en));
  assert.ok(userId.documentation!.includes(describeRule(block.params[0], 'en')));
  assert.deepEqual(completionsAt(parseDocument(`${BLOCK}${userIds(20)}&`), 2, 9999).map((p) => p.label), ['minute'], 'not past its 20 values');
  assert.ok(completionsAt(parseDocument(`${BLOCK}`), 2, 0, { locale: 'zh-cn' })[0].documentation!.includes(describeRule(block.params[0], 'zh-cn')));
});

test('hover: a parameter shows its description, rule and limit; bytes only where there is a byte limit', () => {
  const doc = parseDocument(`${BLOCK}userId=alice&minute=0`);
  const minute = hoverAt(doc, 2, 15)!;
  assert.ok(minute.markdown.includes('an integer 1–43200'), minute.markdown);
  assert.ok(!minute.markdown.includes('bytes (UTF-8, decoded)'));
  const userId = hoverAt(doc, 2, 3)!;
  assert.ok(userId.markdown.includes('5 / 64 bytes (UTF-8, decoded)'), userId.markdown);
  assert.ok(userId.markdown.includes('1–20 values'));
  assert.ok(hoverAt(doc, 2, 3, { locale: 'zh-cn' })!.markdown.includes('1–20 个值'));
});

test('nonce: up to 18 fine, 19 to 64 a warning, past 64 or not printable ASCII an error', () => {
  const nonce = (n: string) => onBody(`POST /user/checkOnline.json\nNonce: ${n}\nTimestamp: 1408710653000\n\nuserId=a`).map((d) => [d.rule, d.severity]);
  assert.deepEqual(nonce('1'.repeat(18)), []);
  assert.deepEqual(nonce('583942.3819271935'), []);
  assert.deepEqual(nonce('1'.repeat(19)), [['longNonce', 'warning']]);
  assert.deepEqual(nonce('1'.repeat(64)), [['longNonce', 'warning']]);
  assert.deepEqual(nonce('1'.repeat(65)), [['badNonce', 'error']]);
  assert.deepEqual(nonce('12é4'), [['badNonce', 'error']]);
});

test('a response code lands on the parameter with that code', () => {
  const doc = parseDocument(`${BLOCK}userId=alice&minute=10`);
  const d = responseDiagnostic(doc, 0, 1005, 'bad user')!;
  assert.equal(doc.lines[2].slice(d.range.startCharacter, d.range.endCharacter), 'alice');
  const group = parseDocument('POST /group/create.json\n\nuserId=a&groupId=g&groupName=G');
  const g = responseDiagnostic(group, 0, 1006, 'bad name')!;
  assert.equal(group.lines[2].slice(g.range.startCharacter, g.range.endCharacter), 'G');
});
