/**
 * Where a `.rong.http` request goes: a relative target resolves against its Host header (REST
 * Client), then @host (httpyac), and only then the profile's host; a file written for a local
 * sandbox that names a real Rong host gets a warning; the incremental checker agrees.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncrementalDiagnoser, describeHost, diagnose, hostKind, parseDocument, resolveRequest } from '../../src/core/rongHttp/index';

const BODY = '\n\nuserId=u1&name=A\n';

test('a relative target with a Host header goes to that host (https only for port 443)', () => {
  const r = resolveRequest(parseDocument(`POST /user/getToken.json\nHost: 127.0.0.1:1234${BODY}`), 0)!;
  assert.equal(r.baseUrl, 'http://127.0.0.1:1234');
  assert.equal(r.hostFrom, 'header');
  assert.equal(r.url, 'http://127.0.0.1:1234/user/getToken.json');
  const tls = resolveRequest(parseDocument(`POST /user/getToken.json\nHost: api.example.com:443${BODY}`), 0)!;
  assert.equal(tls.baseUrl, 'https://api.example.com');
});

test('@host applies to relative targets (with or without scheme, path prefix kept); Host wins over @host', () => {
  const doc = parseDocument(`@host = http://127.0.0.1:1234/\n\nPOST /user/getToken.json${BODY}`);
  const r = resolveRequest(doc, 0)!;
  assert.equal(r.baseUrl, 'http://127.0.0.1:1234');
  assert.equal(r.hostFrom, 'variable');
  const bare = resolveRequest(parseDocument(`@host = localhost:9000/api\n\nPOST /user/getToken.json${BODY}`), 0)!;
  assert.equal(bare.baseUrl, 'http://localhost:9000/api');
  assert.equal(bare.url, 'http://localhost:9000/api/user/getToken.json');
  const both = resolveRequest(parseDocument(`@host = http://127.0.0.1:1234\n\nPOST /user/getToken.json\nHost: 127.0.0.1:5555${BODY}`), 0)!;
  assert.equal(both.baseUrl, 'http://127.0.0.1:5555');
  assert.equal(both.hostFrom, 'header');
});

test('a full URL names its own host; a request that names none leaves the host to the profile', () => {
  const full = resolveRequest(parseDocument(`@host = http://127.0.0.1:1234\n\nPOST https://api.rong-api.com/user/getToken.json${BODY}`), 0)!;
  assert.equal(full.baseUrl, 'https://api.rong-api.com');
  assert.equal(full.hostFrom, 'url');
  const none = resolveRequest(parseDocument(`POST /user/getToken.json${BODY}`), 0)!;
  assert.equal(none.baseUrl, undefined);
  assert.equal(none.hostFrom, undefined);
  assert.deepEqual(none.problems, []);
});

test('a broken @host is a problem, never a silent fall-back to the profile (production)', () => {
  const r = resolveRequest(parseDocument(`@host = {{nowhere}}\n\nPOST /user/getToken.json${BODY}`), 0)!;
  assert.equal(r.baseUrl, undefined);
  assert.ok(r.problems.some((p) => /@host cannot be resolved/.test(p.message)), JSON.stringify(r.problems));
  const bad = resolveRequest(parseDocument(`@host = http://a b\n\nPOST /user/getToken.json${BODY}`), 0)!;
  assert.ok(bad.problems.some((p) => /is not a host or URL/.test(p.message)), JSON.stringify(bad.problems));
});

test('host kinds: local, a real Rong data centre, anything else', () => {
  assert.equal(hostKind('http://127.0.0.1:1234'), 'local');
  assert.equal(hostKind('http://[::1]:8080'), 'local');
  assert.equal(hostKind('http://localhost'), 'local');
  assert.equal(hostKind('https://api-b.sg-light-api.com'), 'rong');
  assert.equal(describeHost('https://api.rong-api.com')?.region?.id, 'china');
  assert.equal(hostKind('https://api.example.com'), 'other');
});

const MIXED = `@host = http://127.0.0.1:1234\n\nPOST /user/getToken.json${BODY}\n###\nPOST https://api.rong-api.com/user/getToken.json${BODY}`;

test('a request to a real Rong host in a file whose other requests go to a local one is warned about, in both languages', () => {
  const found = diagnose(parseDocument(MIXED)).filter((d) => d.rule === 'realHostInLocalFile');
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'warning');
  assert.equal(found[0].range.startLine, 7);
  assert.match(found[0].message, /api\.rong-api\.com, a real Rong host \(China \(Beijing\)\)/);
  const zh = diagnose(parseDocument(MIXED), { locale: 'zh-cn' }).find((d) => d.rule === 'realHostInLocalFile');
  assert.match(zh!.message, /融云真实主机 api\.rong-api\.com（中国（北京））/);
  // All real, or all local: nothing to warn about.
  assert.equal(diagnose(parseDocument(MIXED.replace('http://127.0.0.1:1234', 'https://api-b.rong-api.com'))).filter((d) => d.rule === 'realHostInLocalFile').length, 0);
  assert.equal(diagnose(parseDocument(MIXED.replace('https://api.rong-api.com', 'http://localhost:1'))).filter((d) => d.rule === 'realHostInLocalFile').length, 0);
});

test('the incremental checker gives the same host warning', () => {
  const checker = new IncrementalDiagnoser();
  const result = checker.update(MIXED);
  assert.deepEqual(
    result.diagnostics.filter((d) => d.rule === 'realHostInLocalFile').map((d) => d.range.startLine),
    [7],
  );
});
