/** `??` assertions (httpyac's syntax): where the parser finds them, what it refuses, how they evaluate. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionsAt, diagnose, evaluateAssertions, parseDocument, printBlock, syntaxMessage, type AssertionInput } from '../../src/core/rongHttp/index';

const FILE = [
  'POST /user/getToken.json',
  '?? status == 200',
  'Content-Type: application/x-www-form-urlencoded',
  '?? header content-type includes json',
  '',
  'userId=u1&name=Ann',
  '?? body code == 200',
  '?? body $.data.token exists',
  '?? duration < 500',
].join('\n');

test('?? lines anywhere in the block are assertions, never headers or form parameters', () => {
  const block = parseDocument(FILE).blocks[0];
  assert.deepEqual(block.headers.map((h) => h.name), ['Content-Type']);
  assert.deepEqual(block.params.map((p) => p.name), ['userId', 'name']);
  assert.deepEqual(block.problems, []);
  assert.deepEqual(
    block.assertions.map((a) => [a.subject, a.path, a.operator, a.expected, a.range.startLine]),
    [
      ['status', undefined, '==', '200', 1],
      ['header', 'content-type', 'includes', 'json', 3],
      ['body', 'code', '==', '200', 6],
      ['body', 'data.token', 'exists', undefined, 7],
      ['duration', undefined, '<', '500', 8],
    ],
  );
  assert.equal(block.assertions[1].text, 'header content-type includes json');
  assert.deepEqual(block.assertions[0].range, { startLine: 1, startCharacter: 0, endLine: 1, endCharacter: 16 });
});

test('an assertion right after the request line does not end the headers', () => {
  const block = parseDocument('POST /a.json\n?? status == 200\nX-A: 1\n\nk=v\n').blocks[0];
  assert.deepEqual(block.headers.map((h) => h.name), ['X-A']);
  assert.deepEqual(block.problems, []);
  assert.equal(block.request?.target?.text, '/a.json');
});

test('malformed ?? lines are syntax problems naming httpyac\'s syntax, and are not assertions', () => {
  const cases: Array<[string, RegExp]> = [
    ['?? js response.parsedBody.x == 1', /never runs JavaScript/],
    ['?? stauts == 200', /Unknown assertion subject "stauts".*httpyac/],
    ['?? status === 200', /Unknown assertion operator "===".*includes/],
    ['?? status ==', /no expected value/],
    ['?? header exists', /needs the header's name/],
    ['?? body token exists now', /takes no expected value/],
    ['??', /Unknown assertion subject/],
  ];
  for (const [line, expected] of cases) {
    const block = parseDocument(`POST /a.json\n${line}\n`).blocks[0];
    assert.equal(block.assertions.length, 0, line);
    assert.equal(block.problems.length, 1, line);
    assert.equal(block.problems[0].kind, 'malformedAssertion');
    assert.equal(block.problems[0].range.startLine, 1);
    assert.match(syntaxMessage(block.problems[0], 'en'), expected, line);
    assert.ok(/[\u4e00-\u9fff]/.test(syntaxMessage(block.problems[0], 'zh-cn')), line);
  }
  const diags = diagnose(parseDocument('POST /user/getToken.json\n?? js 1\n\nuserId=u&name=n&portraitUri=p\n'), {});
  assert.ok(diags.some((d) => d.rule === 'malformedAssertion' && d.severity === 'error' && d.range.startLine === 1), JSON.stringify(diags));
});

test('`equals` is httpyac\'s synonym for ==; references in expected values are block references', () => {
  const block = parseDocument('POST /a.json\n?? body token equals {{register.response.body.token}}\n').blocks[0];
  assert.equal(block.assertions[0].operator, '==');
  assert.equal(block.assertions[0].expected, '{{register.response.body.token}}');
  assert.deepEqual(block.references.map((r) => r.name), ['register.response.body.token']);
});

test('printing keeps the assertions', () => {
  const block = parseDocument(FILE).blocks[0];
  const again = parseDocument(printBlock(block)).blocks[0];
  assert.deepEqual(again.assertions.map((a) => a.text), block.assertions.map((a) => a.text));
  assert.deepEqual(again.params.map((p) => p.name), ['userId', 'name']);
});

const INPUT: AssertionInput = {
  status: 200,
  headers: [['Content-Type', 'application/json; charset=utf-8']],
  body: '{"code":1004,"token":"t/1","ok":true,"none":null,"data":{"token":"x"},"items":[{"id":"i0"},{"id":7}],"name":"Ann Lee"}',
  durationMs: 42,
};

function check(line: string, input: AssertionInput = INPUT, resolve?: (t: string) => string | undefined) {
  const block = parseDocument(`POST /a.json\n${line}\n`).blocks[0];
  assert.equal(block.assertions.length, 1, `${line}: ${JSON.stringify(block.problems)}`);
  return evaluateAssertions(block.assertions, input, resolve)[0];
}

test('evaluation: status, duration, header, body paths, numbers numerically, strings exactly', () => {
  const pass = ['?? status == 200', '?? status < 300', '?? status >= 200', '?? status startsWith 20', '?? duration < 500',
    '?? header content-type includes json', '?? header CONTENT-TYPE startsWith application/json', '?? body code == 1004', '?? body code == 1004.0',
    '?? body code != 200', '?? body code > 999', '?? body token == t/1', '?? body $.data.token == x', '?? body data.token == x',
    '?? body items[0].id == i0', '?? body $.items[1].id == 7', '?? body items isArray', '?? body ok isTrue', '?? body none isFalse',
    '?? body code isNumber', '?? body ok isBoolean', '?? body token isString', '?? body name == Ann Lee', '?? body name == "Ann Lee"',
    '?? body token exists', '?? body missing isFalse', '?? body name matches ^Ann\\s', '?? body includes "code"', '?? body name endsWith Lee'];
  for (const line of pass) assert.equal(check(line).passed, true, `${line}: ${check(line).message.en}`);
  const fail = ['?? status == 201', '?? body code == 200', '?? body token == T/1', '?? body token == t/2', '?? body missing exists',
    '?? body none exists', '?? header x-nope exists', '?? body items[5].id exists', '?? duration > 42', '?? body name == ann lee', '?? body code isString'];
  for (const line of fail) assert.equal(check(line).passed, false, line);
});

test('results carry actual and expected values and a message with both', () => {
  const r = check('?? body code == 200');
  assert.equal(r.actual, '1004');
  assert.equal(r.expected, '200');
  assert.equal(r.message.en, 'body code == 200: expected == 200, got 1004');
  assert.match(r.message.zh, /期望 == 200，实际为 1004/);
  const missing = check('?? body nope == 1');
  assert.equal(missing.actual, undefined);
  assert.match(missing.message.en, /got nothing \(missing\)/);
  assert.equal(check('?? body data exists').actual, '{"token":"•"}', 'a token inside a shown object is masked');
});

test('tokens show only masked in results: the field, a whole body, a resolved expected value; durations rounded', () => {
  const token = 'CANARY-token-abcdefghijklmnop';
  const input = { ...INPUT, body: JSON.stringify({ code: 200, token }), durationMs: 111.69125599999995 };
  const all = [
    check('?? body token exists', input),
    check('?? body token == x', input),
    check('?? body includes "code"', input),
    check('?? body token == {{register.response.body.token}}', input, (t) => t.replace('{{register.response.body.token}}', token)),
  ];
  assert.equal(all[3].passed, true, 'the comparison uses the real token');
  for (const r of all) {
    assert.ok(!JSON.stringify(r).replace(/"assertion":\{[^}]*\}/, '').includes(token), `${r.assertion.text}: ${JSON.stringify(r)}`);
  }
  assert.equal(all[0].actual, 'CANARY…mnop');
  assert.equal(check('?? duration < 500', input).actual, '111.7');
});

test('a body that is not JSON: raw text without a path; with a path the failure says it is not JSON', () => {
  const text = { ...INPUT, body: 'plain OK' };
  assert.equal(check('?? body == plain OK', text).passed, true);
  assert.equal(check('?? body includes OK', text).actual, 'plain OK');
  const r = check('?? body code == 200', text);
  assert.equal(r.passed, false);
  assert.equal(r.actual, undefined);
  assert.match(r.message.en, /isn't JSON/);
});

test('expected values resolve references; an unresolvable one fails naming the reference', () => {
  const resolve = (t: string) => (t.includes('register') ? t.replace('{{register.response.body.token}}', 't/1') : undefined);
  assert.equal(check('?? body token == {{register.response.body.token}}', INPUT, resolve).passed, true);
  const r = check('?? body token == {{nope}}', INPUT, resolve);
  assert.equal(r.passed, false);
  assert.equal(r.expected, undefined);
  assert.match(r.message.en, /cannot resolve \{\{nope\}\}/);
});

test('a bad regular expression fails with a message, never throws', () => {
  const r = check('?? body name matches (');
  assert.equal(r.passed, false);
  assert.match(r.message.en, /not a regular expression/);
});

test('completion on ?? lines: subjects first, then operators; never header or parameter names', () => {
  const doc = parseDocument('POST /user/getToken.json\n?? \n?? bo\n?? status \n?? body code \n?? header content-type \n\nuserId=a&name=b\n');
  assert.deepEqual(completionsAt(doc, 1, 3).map((i) => i.label), ['status', 'body', 'header', 'duration']);
  const partial = completionsAt(doc, 2, 5);
  assert.ok(partial.some((i) => i.label === 'body'));
  assert.deepEqual(partial[0].range, { startLine: 2, startCharacter: 3, endLine: 2, endCharacter: 5 });
  for (const [line, ch] of [[3, 10], [4, 13], [5, 23]]) {
    const labels = completionsAt(doc, line, ch).map((i) => i.label);
    assert.ok(labels.includes('==') && labels.includes('exists') && labels.includes('includes'), `${line}: ${labels.join(' ')}`);
    assert.ok(!labels.includes('Nonce') && !labels.includes('userId'));
  }
});

test('includes on an array compares elements, never substrings of its JSON text; on a string, substrings', () => {
  const input = { ...INPUT, body: JSON.stringify({ users: ['incl-864421', 'ann'], ids: [1, 22], name: 'incl-864421' }) };
  assert.equal(check('?? body users includes inc', input).passed, false, 'a substring of an element is not an element');
  assert.equal(check('?? body users includes "incl-8', input).passed, false, 'nor a piece of the JSON text');
  assert.equal(check('?? body users includes incl-864421', input).passed, true);
  assert.equal(check('?? body users includes "ann"', input).passed, true, 'a quoted string is the same element');
  assert.equal(check('?? body users contains ann', input).passed, true);
  assert.equal(check('?? body ids includes 22', input).passed, true, 'numbers compare as numbers');
  assert.equal(check('?? body ids includes 2', input).passed, false);
  assert.equal(check('?? body name includes inc', input).passed, true, 'on a string, a substring');
});
