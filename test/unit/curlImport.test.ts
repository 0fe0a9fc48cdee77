/** Import cURL: the provider docs' form, shell quoting and continuations, every data option, and clear problems. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS, type ParamSpec } from '../../src/core/contract';
import { sampleName, sampleValue } from '../../src/core/examples';
import { jsonTypeOf } from '../../src/core/wire';
import { parseCurl, shellWords, type ImportedCurl } from '../../src/core/curlImport';
import { buildRequest, toCurl } from '../../src/core/request';

function ok(text: string): ImportedCurl {
  const r = parseCurl(text);
  assert.ok(r.ok, r.ok ? '' : r.problem);
  return r.request;
}

function problem(text: string): string {
  const r = parseCurl(text);
  assert.ok(!r.ok, 'expected a problem');
  return r.problem;
}

test('the provider docs\' example, as written: endpoint, base URL, params and signing headers', () => {
  const r = ok(`curl -X POST "https://api.rong-api.com/user/getToken.json" -H "App-Key: uwd1c0sxdlx2" -H "Nonce: 14314" -H "Timestamp: 1408710653491" -H "Signature: 45beb7cc7307889a8e711219a47b7cf6a5b000e8" -H "Content-Type: application/x-www-form-urlencoded" -d "userId=jlk456j5&name=Ironman&portraitUri=http%3A%2F%2Fabc.com%2Fmyportrait.jpg"`);
  assert.equal(r.endpoint.id, 'user.getToken');
  assert.equal(r.baseUrl, 'https://api.rong-api.com');
  assert.deepEqual(r.params, [['userId', 'jlk456j5'], ['name', 'Ironman'], ['portraitUri', 'http://abc.com/myportrait.jpg']]);
  assert.equal(r.appKey, 'uwd1c0sxdlx2');
  assert.equal(r.nonce, '14314');
  assert.equal(r.timestamp, '1408710653491');
  assert.equal(r.signature, '45beb7cc7307889a8e711219a47b7cf6a5b000e8');
  assert.deepEqual(r.otherHeaders, []);
});

test('line continuations with \\, single quotes, --header, --url and repeated -d', () => {
  const r = ok(`curl -X POST \\\n  --url 'http://127.0.0.1:4000/user/block.json' \\\r\n  --header 'Nonce: 583942.3819271935' \\\n  -d 'userId=a' -d userId=b \\\n  --data minute=10`);
  assert.equal(r.endpoint.path, '/user/block.json');
  assert.equal(r.baseUrl, 'http://127.0.0.1:4000');
  assert.equal(r.nonce, '583942.3819271935', 'a nonce as the Java SDK sends it is kept');
  assert.deepEqual(r.params, [['userId', 'a'], ['userId', 'b'], ['minute', '10']]);
});

test('--data-raw and --data-urlencode (the value encoded, as curl does), -XPOST and --data=… attached', () => {
  const r = ok(`curl -XPOST https://api.rong-api.com/user/getToken.json --data-raw 'userId=u%201' --data-urlencode 'name=钢铁侠 & co' --data=portraitUri=http%3A%2F%2Fa.b%2Fc`);
  assert.deepEqual(r.params, [['userId', 'u 1'], ['name', '钢铁侠 & co'], ['portraitUri', 'http://a.b/c']]);
});

test('double quotes keep escaped quotes and dollars; a JSON content survives', () => {
  const r = ok(`curl "https://api.rong-api.com/message/private/publish.json" -d "fromUserId=a&toUserId=b&objectName=RC:TxtMsg" --data-urlencode "content={\\"content\\":\\"\\$5\\"}"`);
  assert.equal(r.endpoint.id, 'message.privatePublish');
  assert.deepEqual(r.params.find(([k]) => k === 'content'), ['content', '{"content":"$5"}']);
});

test('no -X with data means POST; harmless flags (-s, -i, --compressed) are allowed', () => {
  const r = ok(`curl -s -i --compressed https://api.rong-api.com/user/info.json -d userId=x`);
  assert.equal(r.endpoint.id, 'user.info');
});

test('a cURL command the product renders comes back as the same request, for every endpoint', () => {
  for (const endpoint of ENDPOINTS) {
    // Strings get quotes and spaces to survive the shell; typed JSON fields their example, so that the body still fits the endpoint.
    const text = (p: ParamSpec) => p.example ?? (jsonTypeOf(p) === 'string' || endpoint.body !== 'json' ? "it's" : sampleValue(p));
    const params = endpoint.params.flatMap((p) =>
      p.repeated && jsonTypeOf(p) === 'array' && !p.jsonType ? [[sampleName(p), 'a b'] as const, [sampleName(p), "o'c"] as const] : [[sampleName(p), text(p)] as const],
    );
    const build = (pairs: ReadonlyArray<readonly [string, string]>) => buildRequest({ endpoint, params: pairs, baseUrl: 'https://api.rong-api.com', credentials: { appKey: 'k', appSecret: 's' }, nonce: '1', timestamp: '2', requestId: 'r' });
    const request = build(params);
    const r = ok(toCurl(request));
    assert.equal(r.endpoint.id, endpoint.id);
    // The same request on the wire: method, URL (path and query) and body.
    const again = build(r.params);
    assert.equal(again.url, request.url, endpoint.id);
    assert.equal(again.body, request.body, endpoint.id);
    assert.equal(again.method, request.method, endpoint.id);
    assert.equal(r.signature, request.signing.signature);
    assert.deepEqual(r.otherHeaders, [['X-Request-ID', 'r']]);
  }
});

test('clear problems: not curl, unknown path, unsupported option, GET, unclosed quote, bad encoding, no URL', () => {
  assert.match(problem('wget https://api.rong-api.com/user/getToken.json'), /not a curl command/);
  assert.match(problem(''), /not a curl command/);
  assert.match(problem('curl -X POST https://api.rong-api.com/user/nope.json -d a=b'), /unknown endpoint path \/user\/nope\.json/);
  assert.match(problem('curl -F userId=a https://api.rong-api.com/user/getToken.json'), /the option -F is not supported/);
  assert.match(problem('curl --proxy http://p https://api.rong-api.com/user/getToken.json'), /the option --proxy is not supported/);
  assert.match(problem('curl https://api.rong-api.com/user/getToken.json'), /\/user\/getToken\.json takes POST, not GET/);
  assert.match(problem(`curl 'https://api.rong-api.com/user/getToken.json -d a=b`), /single quote is not closed/);
  assert.match(problem('curl https://api.rong-api.com/user/getToken.json -d userId=%zz'), /bad percent-encoding at character 1: userId=%zz/);
  assert.match(problem('curl -X POST'), /no URL/);
  assert.match(problem('curl -d @body.txt https://api.rong-api.com/user/getToken.json'), /@file reads a file/);
  assert.match(problem('curl -H NoColon https://api.rong-api.com/user/getToken.json -d a=b'), /has no name: value/);
  assert.match(problem('curl ftp://x/user/getToken.json -d a=b'), /http or https/);
});

test('shell words: backslash quoting outside quotes, empty quoted words, a leading $ prompt', () => {
  assert.deepEqual(shellWords(`a\\ b '' "x\\"y" c\\\nd`), ['a b', '', 'x"y', 'cd']);
  assert.equal(ok('$ curl https://api.rong-api.com/user/checkOnline.json -d userId=u').endpoint.id, 'user.checkOnline');
});
