/**
 * REST Client / httpyac syntax that used to be misread: each is now read as those tools define it,
 * or refused with a message that names their behaviour and ours (docs/rong-http-syntax.md).
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { SYSTEM_VARIABLES, completionsAt, diagnose, liveSystemVariables, parseDocument, resolveRequest } from '../../src/core/rongHttp/index';

const rules = (text: string) => diagnose(parseDocument(text)).map((d) => `${d.rule}@${d.range.startLine}:${d.severity}`);
const clock = { now: () => Date.UTC(2026, 11, 1, 9, 5, 7, 42) };

test('a query continued on the lines after the request line is refused, not read as a body and headers as params', () => {
  const text = 'POST http://127.0.0.1:1/user/getToken.json\n    ?userId=a\n    &name=b\nNonce: 1\n\nuserId=a&name=b\n';
  const doc = parseDocument(text);
  assert.deepEqual(doc.blocks[0].headers.map((h) => h.name), ['Nonce']);
  assert.deepEqual(doc.blocks[0].params.map((p) => p.name), ['userId', 'name']);
  assert.deepEqual(rules(text), ['queryContinuation@1:error', 'queryContinuation@2:error']);
  assert.match(diagnose(doc)[0].message, /REST Client and httpyac append this line to the URL/);
  assert.match(diagnose(doc, { locale: 'zh-cn' })[0].message, /拼接到 URL/);
  assert.match(resolveRequest(doc, 0)!.problems[0].message, /sending is refused/);
});

test('a `< ./file` body is refused with both tools\' behaviour named, never sent as a parameter', () => {
  const doc = parseDocument('POST /user/getToken.json\n\n< ./users.txt\n');
  assert.deepEqual(doc.blocks[0].params, []);
  const [d] = diagnose(doc);
  assert.equal(d.rule, 'fileBody');
  assert.equal(d.severity, 'error');
  assert.match(d.message, /"< \.\/users\.txt": REST Client and httpyac send that file's content as the body/);
  assert.ok(resolveRequest(doc, 0)!.problems.some((p) => /sending is refused/.test(p.message)));
  // `<` that starts a value is not a file body.
  assert.deepEqual(rules('POST /user/getToken.json\n\nuserId=a&name=<b>\n'), []);
});

test('# @prompt is a known directive whose text says that we do not ask', () => {
  const items = completionsAt(parseDocument('# @\nPOST /user/getToken.json\n'), 0, 3);
  const prompt = items.find((i) => i.label === 'prompt');
  assert.ok(prompt, items.map((i) => i.label).join(','));
  assert.match(String(prompt.documentation), /does not ask: define @NAME = value/);
});

test('a lone % is a literal % (sent as %25, as REST Client does); a bad UTF-8 escape is still an error', () => {
  const doc = parseDocument('POST /user/getToken.json\n\nuserId=a&name=100%+sure%\n');
  assert.deepEqual(rules('POST /user/getToken.json\n\nuserId=a&name=100%+sure%\n'), []);
  assert.equal(doc.blocks[0].params[1].value, '100% sure%');
  assert.deepEqual(resolveRequest(doc, 0)!.params, [['userId', 'a'], ['name', '100% sure%']]);
  assert.deepEqual(rules('POST /user/getToken.json\n\nuserId=a&name=%FF\n'), ['badPercentEncoding@2:error']);
});

test('{{$randomInt 1 9}} inside the URL is not whitespace in the target; a real space still is', () => {
  assert.deepEqual(rules('POST http://127.0.0.1:1/user/getToken.json\n\nuserId=u{{$randomInt 1 9}}&name=n\n'), []);
  assert.ok(!rules('POST http://127.0.0.{{$randomInt 1 9}}:1/user/getToken.json\n\nuserId=u&name=n\n').some((r) => r.startsWith('malformedTarget')));
  assert.ok(rules('POST /user/get Token.json\n\nuserId=u&name=n\n').some((r) => r.startsWith('malformedTarget')));
});

test('$processEnv and $dotenv read the injected environment and .env; missing is an error that says so', () => {
  const live = liveSystemVariables({ env: { RONG_USER: 'envUser' }, dotenv: new Map([['NAME', 'dotName']]) });
  assert.deepEqual(live.evaluate('$processEnv', ['RONG_USER']), { ok: true, value: 'envUser' });
  assert.deepEqual(live.evaluate('$processEnv', ['NOPE']), { ok: false, problem: 'missing' });
  assert.deepEqual(live.evaluate('$dotenv', ['NAME']), { ok: true, value: 'dotName' });
  assert.deepEqual(live.evaluate('$dotenv', []), { ok: false, problem: 'badArgs' });
  assert.deepEqual(rules('POST /user/getToken.json\n\nuserId={{$processEnv RONG_USER}}&name={{$dotenv NAME}}\n'), []);
  const r = resolveRequest(parseDocument('POST /user/getToken.json\n\nuserId={{$dotenv USER_ID}}&name=n\n'), 0, { dotenv: new Map() })!;
  assert.match(r.problems[0].message, /\{\{\$dotenv NAME\}\}: NAME is not in a \.env file beside this file/);
});

test('$datetime and $localDatetime: iso8601, rfc1123, quoted formats, offsets', () => {
  const live = liveSystemVariables({ clock, utcOffsetMinutes: () => 480 });
  const value = (name: string, ...args: string[]) => {
    const e = live.evaluate(name, args);
    return e.ok ? e.value : e.problem;
  };
  assert.equal(value('$datetime', 'iso8601'), '2026-12-01T09:05:07.042Z');
  assert.equal(value('$datetime', 'rfc1123'), 'Tue, 01 Dec 2026 09:05:07 GMT');
  assert.equal(value('$datetime', '"YYYY-MM-DD', 'HH:mm:ss"'), '2026-12-01 09:05:07');
  assert.equal(value('$datetime', 'iso8601', '1', 'd'), '2026-12-02T09:05:07.042Z');
  assert.equal(value('$localDatetime', '"YYYY-MM-DD', 'HH:mm', 'ZZ"'), '2026-12-01 17:05 +0800');
  assert.equal(value('$localDatetime', 'iso8601'), '2026-12-01T17:05:07+08:00');
  assert.equal(value('$datetime', 'yesterday'), 'badArgs');
  assert.equal(value('$datetime', 'iso8601', '1'), 'badArgs');
  assert.deepEqual(rules('POST /user/getToken.json\n\nuserId=u&name={{$datetime "YYYY"}}\n'), []);
  assert.deepEqual(rules('POST /user/getToken.json\n\nuserId=u&name={{$datetime}}\n'), ['badSystemVariableArgs@2:error']);
});

test('{{$timestamp}} says where users look that it is milliseconds here and seconds in REST Client', () => {
  const ts = SYSTEM_VARIABLES.find((v) => v.name === '$timestamp')!;
  assert.match(ts.description.en, /Milliseconds.*REST Client's \{\{\$timestamp\}\} is seconds/);
  assert.match(ts.description.zh, /毫秒.*REST Client 的 \{\{\$timestamp\}\} 是秒/);
  assert.deepEqual(liveSystemVariables({ clock }).evaluate('$timestamp', []), { ok: true, value: String(clock.now()) });
});

test('an undefined variable may be sent as written after Send Anyway (REST Client); other problems may not', () => {
  const r = resolveRequest(parseDocument('@loop = {{loop}}\n\nPOST /user/getToken.json\n\nuserId={{who}}&name={{loop}}&portraitUri={{$bogus}}\n'), 0)!;
  assert.deepEqual(r.problems.map((p) => [p.message, p.sendable === true]), [
    ['{{who}} is not defined', true],
    [r.problems[1].message, false],
    ['{{$bogus}} is not a known system variable', false],
  ]);
  assert.match(r.problems[1].message, /cycle/);
  assert.deepEqual(r.params[0], ['userId', '{{who}}']);
  const [d] = diagnose(parseDocument('POST /user/getToken.json\n\nuserId={{who}}&name=n\n'));
  assert.equal(d.severity, 'error');
  assert.match(d.message, /Send Anyway sends \{\{who\}\} as written/);
});
