/** Finding an endpoint by a title in either language, a path fragment or the id: the pure search of the playground's picker and Open Endpoint…. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS, MODULE_TITLES, MODULES } from '../../src/core/contract';
import { indexEndpoints, queryTerms, searchEndpoints, type SearchableEndpoint } from '../../src/playground/endpointSearch';

const contractIndex = () => indexEndpoints(ENDPOINTS, MODULES.map((id) => ({ id, title: MODULE_TITLES[id] })));
const ids = (groups: ReturnType<typeof searchEndpoints>) => groups.flatMap((g) => g.endpoints.map((e) => e.id));

test('`block` finds the block endpoints and only them, grouped under User and Chatroom', () => {
  const groups = searchEndpoints(contractIndex(), 'block');
  assert.deepEqual(groups.map((g) => g.module.title), [{ en: 'User', zh: '用户' }, { en: 'Chatroom', zh: '聊天室' }]);
  assert.deepEqual(ids(groups), ['user.block', 'user.unblock', 'user.blockQuery', 'user.blockPushPeriodSet', 'user.blockPushPeriodGet', 'user.blockPushPeriodDelete', 'chatroom.blockAdd', 'chatroom.blockRollback', 'chatroom.blockList']);
});

test('the Chinese title matches by substring; a path fragment and the id match too; case does not matter', () => {
  const index = contractIndex();
  assert.deepEqual(ids(searchEndpoints(index, '封禁')), ['user.block', 'user.unblock', 'user.blockQuery', 'chatroom.blockAdd', 'chatroom.blockRollback', 'chatroom.blockList']);
  assert.deepEqual(ids(searchEndpoints(index, '/user/block')), ['user.block', 'user.blockQuery', 'user.blockPushPeriodSet', 'user.blockPushPeriodGet', 'user.blockPushPeriodDelete', 'chatroom.blockAdd', 'chatroom.blockRollback', 'chatroom.blockList']);
  assert.deepEqual(ids(searchEndpoints(index, 'USER.BLOCKQUERY')), ['user.blockQuery']);
  assert.deepEqual(ids(searchEndpoints(index, 'Block  QUERY')), ['user.blockQuery'], 'every word, in any field, in one entry');
});

test('an empty query lists everything in module order; a query nothing matches lists nothing', () => {
  const index = contractIndex();
  const all = searchEndpoints(index, '   ');
  assert.deepEqual(all.map((g) => g.module.id), [...MODULES]);
  assert.equal(ids(all).length, ENDPOINTS.length);
  assert.deepEqual(searchEndpoints(index, 'no-such-endpoint'), []);
  assert.deepEqual(queryTerms('  Block\t封禁 '), ['block', '封禁']);
});

test('a word never matches across two fields (the title ends where the path begins)', () => {
  const index = indexEndpoints([{ id: 'x.a', module: 'x', path: '/b.json', title: { en: 'a', zh: '甲' } }], [{ id: 'x', title: { en: 'X', zh: '某' } }]);
  assert.deepEqual(ids(searchEndpoints(index, 'a甲')), []);
  assert.deepEqual(ids(searchEndpoints(index, '甲')), ['x.a']);
});

test('240 entries in 12 modules: grouped in module order, and a search reads only the precomputed haystacks', () => {
  const modules = Array.from({ length: 12 }, (_, m) => ({ id: `m${m}`, title: { en: `Module ${m}`, zh: `模块${m}` } }));
  let titleReads = 0;
  const endpoints: SearchableEndpoint[] = Array.from({ length: 240 }, (_, i) => {
    const title = { en: `Operation ${i} ${i % 10 === 7 ? 'Recall' : 'Send'}`, zh: `操作${i}${i % 10 === 7 ? '撤回' : '发送'}` };
    return {
      // Listed out of module order, so the grouping is the index's work.
      module: `m${(i * 7) % 12}`,
      id: `m${(i * 7) % 12}.op${i}`,
      path: `/m${(i * 7) % 12}/op${i}.json`,
      get title() {
        titleReads++;
        return title;
      },
    };
  });
  const index = indexEndpoints(endpoints, modules);
  assert.equal(index.entries.length, 240);
  const afterIndex = titleReads;
  const recall = searchEndpoints(index, 'recall');
  assert.equal(titleReads, afterIndex, 'searching does not lower-case the titles again');
  assert.equal(ids(recall).length, 24);
  assert.deepEqual(ids(searchEndpoints(index, '撤回')), ids(recall));
  const order = recall.map((g) => Number(g.module.id.slice(1)));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'modules in the given order, each once');
  assert.equal(new Set(order).size, order.length);
  for (const g of recall) for (const e of g.endpoints) assert.equal(e.module, g.module.id);
  assert.deepEqual(ids(searchEndpoints(index, '/m3/op')).length, 20);
  assert.deepEqual(ids(searchEndpoints(index, 'm5.op47')), ['m5.op47']);
});

test('a module title finds its endpoints (推送 finds /push.json, whose own title does not say 推送); recall and 撤回 find the recall', () => {
  const index = indexEndpoints(ENDPOINTS, MODULES.map((id) => ({ id, title: MODULE_TITLES[id] })));
  const ids = (q: string) => searchEndpoints(index, q).flatMap((g) => g.endpoints.map((e) => e.id));
  const push = ENDPOINTS.find((e) => e.path === '/push.json');
  assert.ok(push && !push.title.zh.includes('推送'));
  assert.ok(ids('推送').includes(push.id));
  for (const q of ['recall', '撤回']) assert.ok(ids(q).some((id) => ENDPOINTS.find((e) => e.id === id)?.path === '/message/recall.json'), q);
});
