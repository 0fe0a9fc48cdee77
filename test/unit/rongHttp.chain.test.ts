/** `{{name.response.body.x}}` and friends read the latest exchange of a named request from an injected store. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { IncrementalDiagnoser, MemoryExchangeStore, diagnose, parseDocument, parseRequestReference, planDependencies, readExchange, resolveRequest, type Exchange } from '../../src/core/rongHttp/index';

const EXCHANGE: Exchange = {
  request: { headers: [['X-Request-ID', 'req-1']], params: [['userId', 'u-1'], ['name', 'A B']] },
  response: { status: 200, headers: [['x-request-id', 'resp-9'], ['content-type', 'application/json']], body: '{"code":200,"token":"tok/1","data":{"list":[{"id":"x"}]}}' },
};

test('references parse in REST Client syntax and JSONPath-like $.a.b', () => {
  assert.deepEqual(parseRequestReference('register.response.body.token'), { request: 'register', part: 'response', section: 'body', path: ['token'] });
  assert.deepEqual(parseRequestReference('register.response.body.$.data.list[0].id'), { request: 'register', part: 'response', section: 'body', path: ['data', 'list', '0', 'id'] });
  assert.deepEqual(parseRequestReference('register.request.body.userId')?.path, ['userId']);
  assert.equal(parseRequestReference('host'), undefined);
  assert.equal(parseRequestReference('register.reply.body.x'), undefined);
});

test('readExchange: JSON body fields, headers case-insensitively, request form params', () => {
  const read = (name: string) => readExchange(EXCHANGE, parseRequestReference(name)!);
  assert.equal(read('r.response.body.token'), 'tok/1');
  assert.equal(read('r.response.body.code'), '200');
  assert.equal(read('r.response.body.$.data.list[0].id'), 'x');
  assert.equal(read('r.response.body.data'), '{"list":[{"id":"x"}]}');
  assert.equal(read('r.response.body.nope'), undefined);
  assert.equal(read('r.response.headers.X-Request-ID'), 'resp-9');
  assert.equal(read('r.request.headers.x-request-id'), 'req-1');
  assert.equal(read('r.request.body.name'), 'A B');
  assert.equal(read('r.response.body.constructor'), undefined);
});

const FILE = '# @name register\nPOST /user/getToken.json\n\nuserId=u-1&name=A\n\n###\nPOST /user/refresh.json\n\nuserId={{register.response.body.token}}&name={{register.request.body.name}}\n';

test('resolveRequest substitutes from the store; before the request ran it says so (and is not sendable)', () => {
  const doc = parseDocument(FILE);
  const before = resolveRequest(doc, 1, { exchanges: new MemoryExchangeStore() })!;
  assert.equal(before.problems[0].message, '{{register.response.body.token}}: the request named register has not run yet');
  assert.notEqual(before.problems[0].sendable, true);
  const store = new MemoryExchangeStore();
  store.set('register', EXCHANGE);
  const after = resolveRequest(doc, 1, { exchanges: store })!;
  assert.deepEqual(after.problems, []);
  assert.deepEqual(after.params, [['userId', 'tok/1'], ['name', 'A B']]);
  store.set('register', { ...EXCHANGE, response: { ...EXCHANGE.response, body: '{"code":1004}' } });
  assert.match(resolveRequest(doc, 1, { exchanges: store })!.problems[0].message, /latest exchange of register has no response body token/);
});

test('diagnostics: a reference to a named request is not undefined; one to an unnamed request is', () => {
  assert.deepEqual(diagnose(parseDocument(FILE)).map((d) => d.rule), []);
  assert.deepEqual(diagnose(parseDocument(FILE.replace('# @name register', '# @name other'))).map((d) => d.rule), ['undefinedVariable', 'undefinedVariable']);
});

test('a duplicate # @name is an error diagnostic naming the first line, in diagnose and the incremental checker alike', () => {
  const text = ['# @name reg', 'POST /user/getToken.json', '', 'userId=a&name=A', '', '###', '// @name reg', 'POST /user/getToken.json', '', 'userId=b&name=B', '', '### reg', 'POST /user/getToken.json', '', 'userId=c&name=C', ''].join('\n');
  const full = diagnose(parseDocument(text)).filter((d) => d.rule === 'duplicateRequestName');
  const incremental = new IncrementalDiagnoser({}).update(text).diagnostics.filter((d) => d.rule === 'duplicateRequestName');
  for (const ds of [full, incremental]) {
    assert.equal(ds.length, 1, 'a ### title alone is not a # @name');
    assert.equal(ds[0].severity, 'error');
    assert.equal(ds[0].range.startLine, 6);
    assert.match(ds[0].message, /line 1 is named "reg" too/);
  }
  assert.match(diagnose(parseDocument(text), { locale: 'zh-cn' }).find((d) => d.rule === 'duplicateRequestName')!.message, /第 1 行的请求也叫“reg”/);
  assert.equal(diagnose(parseDocument(text.replace('// @name reg', '// @name reg2'))).filter((d) => d.rule === 'duplicateRequestName').length, 0);
});

test('planning is linear: the request names are read once per document, not once per request', () => {
  const n = 400;
  const text = Array.from({ length: n }, (_, i) => `###\n# @name r${i}\nPOST /user/getToken.json\n\nuserId=u${i}&name={{r${Math.max(0, i - 1)}.response.body.code}}\n`).join('\n');
  const parsed = parseDocument(text);
  let reads = 0;
  // Counts every read of a block's name: the runner asks for a plan once per request.
  const blocks = parsed.blocks.map((b) => new Proxy(b, { get: (t, k) => (k === 'name' && reads++, Reflect.get(t, k, t)) }));
  const doc = { ...parsed, blocks };
  const store = new MemoryExchangeStore();
  for (let i = 0; i < n; i++) {
    const plan = planDependencies(doc, i, store);
    assert.ok('order' in plan);
    store.set(`r${i}`, { request: { headers: [], params: [] }, response: { status: 200, headers: [], body: '{"code":200}' } });
  }
  assert.ok(reads <= 6 * n, `${reads} name reads for ${n} requests (the old planning read ${n} per request)`);
});
