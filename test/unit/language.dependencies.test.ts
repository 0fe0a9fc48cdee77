/** The editor sends a request's not-yet-run dependencies first, each once; a loop among them is named. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import * as core from '../../src/core/rongHttp/index';
import { MemoryExchangeStore, parseDocument, type Exchange } from '../../src/core/rongHttp/index';
import { dependenciesOf, planDependencies } from '../../src/language/dependencies';

const FILE = [
  '# @name register', 'POST /user/getToken.json', '', 'userId=u1&name=A', '',
  '###', '# @name refresh', 'POST /user/refresh.json', '', 'userId={{register.request.body.userId}}&name=B', '',
  '###', '# @name block', 'POST /user/block.json', '', 'userId={{register.request.body.userId}}&minute=10&x={{refresh.response.body.code}}', '',
  '###', 'POST /user/block/query.json', '', 'page={{block.response.body.code}}&userId={{register.request.body.userId}}', '',
].join('\n');

const EXCHANGE: Exchange = { request: { headers: [], params: [] }, response: { status: 200, headers: [], body: '{"code":200}' } };

test('dependencies come first, transitively, each once, in the order they are read', () => {
  const doc = parseDocument(FILE);
  assert.deepEqual(dependenciesOf(core, doc, 3), [2, 0]);
  assert.deepEqual(planDependencies(core, doc, 3, new MemoryExchangeStore()), { order: [0, 1, 2] });
  assert.deepEqual(planDependencies(core, doc, 0, new MemoryExchangeStore()), { order: [] });
});

test('a dependency that already has an exchange is not sent again', () => {
  const doc = parseDocument(FILE);
  const store = new MemoryExchangeStore();
  store.set('register', EXCHANGE);
  assert.deepEqual(planDependencies(core, doc, 3, store), { order: [1, 2] });
  store.set('block', EXCHANGE);
  assert.deepEqual(planDependencies(core, doc, 3, store), { order: [] });
});

test('a cycle is named from the request that closes it; a request reading its own name is not one', () => {
  const cyclic = parseDocument(FILE.replace('name=A', 'name={{block.response.body.code}}'));
  assert.deepEqual(planDependencies(core, cyclic, 3, new MemoryExchangeStore()), { cycle: ['block', 'register', 'block'] });
  const self = parseDocument(FILE.replace('name=A', 'name={{register.response.body.code}}'));
  assert.deepEqual(planDependencies(core, self, 0, new MemoryExchangeStore()), { order: [] });
});

test('a reference in the expected value of a ?? line is a dependency too', () => {
  const doc = parseDocument(FILE.replace('page={{block.response.body.code}}&userId={{register.request.body.userId}}', 'page=1\n\n?? body users contains {{block.request.body.userId}}'));
  assert.deepEqual(dependenciesOf(core, doc, 3), [2]);
  assert.deepEqual(planDependencies(core, doc, 3, new MemoryExchangeStore()), { order: [0, 1, 2] });
});
