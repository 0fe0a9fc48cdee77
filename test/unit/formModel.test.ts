/** The playground's form model, built from the contract data for several endpoints: controls, rows, counts, findings, labels. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS, findEndpointById, MODULE_TITLES, MODULES, type EndpointSpec } from '../../src/core/contract';
import {
  JSON_BODY_FIELD,
  addRow,
  buildFormModel,
  endpointGroups,
  fieldControl,
  fieldHint,
  formAfterSend,
  historyLabel,
  isTouched,
  keepKnown,
  paramPairs,
  removeRow,
  setValue,
  shownProblems,
  type FieldModel,
} from '../../src/playground/formModel';
import type { FormState, HistoryEntry, ResponseView } from '../../src/playground/protocol';
import { playgroundCatalogue } from '../../src/playground/catalogue';
import { webviewStrings } from '../../src/playground/strings';
import { successParts } from '../../src/playground/successModel';
import { dateTimeText, serviceDateTimeText, timeText, zoneName } from '../../src/playground/timeText';

const endpoint = (id: string): EndpointSpec => {
  const e = findEndpointById(id);
  assert.ok(e, id);
  return e;
};
const field = (fields: readonly FieldModel[], name: string): FieldModel => {
  const f = fields.find((x) => x.name === name);
  assert.ok(f, name);
  return f;
};

test('every endpoint gets one field per parameter, in the contract order, each with a control from its kind (a JSON body one editor after its path and query fields)', () => {
  for (const e of ENDPOINTS) {
    const model = buildFormModel(e, {}, 'en');
    const expected = e.body === 'json' ? [...e.params.filter((p) => p.in !== undefined).map((p) => p.name), ...(e.params.some((p) => p.in === undefined) ? [JSON_BODY_FIELD] : [])] : e.params.map((p) => p.name);
    assert.deepEqual(model.fields.map((f) => f.name), expected, e.id);
    for (const f of model.fields) assert.equal(f.control, fieldControl(f.spec));
  }
  const controls = (id: string) => Object.fromEntries(buildFormModel(endpoint(id), {}, 'en').fields.map((f) => [f.name, f.control]));
  assert.deepEqual(controls('user.getToken'), { userId: 'text', name: 'text', portraitUri: 'text' });
  assert.deepEqual(controls('user.block'), { userId: 'list', minute: 'number' });
  const msg = controls('message.privatePublish');
  assert.equal(msg.toUserId, 'list');
  assert.equal(msg.content, 'json');
  assert.equal(msg.isPersisted, 'flag');
  assert.equal(msg.count, 'number');
});

test('getToken: byte counters at the limit, the finding at its field, Send blocked with the reason', () => {
  const e = endpoint('user.getToken');
  const fine = buildFormModel(e, { userId: 'u'.repeat(64), name: '钢铁侠' }, 'en');
  assert.deepEqual(fine.problems, []);
  assert.deepEqual(field(fine.fields, 'userId').rows[0].bytes, { used: 64, limit: 64, over: false });
  assert.deepEqual(field(fine.fields, 'name').rows[0].bytes, { used: 9, limit: 128, over: false });
  const over = buildFormModel(e, { userId: 'u'.repeat(65), name: 'n' }, 'en');
  assert.deepEqual(field(over.fields, 'userId').rows[0].problems, ['1005 · userId is 65 bytes; the limit is 64']);
  assert.equal(field(over.fields, 'userId').rows[0].bytes?.over, true);
  assert.deepEqual(over.problems, ['1005 · userId is 65 bytes; the limit is 64']);
  const missing = buildFormModel(e, { name: 'n' }, 'zh-cn');
  assert.deepEqual(field(missing.fields, 'userId').problems, ['1003 · 缺少必填参数 userId'], 'a missing value is about the field, not a row');
  assert.equal(field(missing.fields, 'userId').description, '用户 ID，最大长度 64 字节，是用户在 App 中的唯一标识');
});

test('block: a list of userIds with its count (0, 1, 20, 21) and minute with its range (0, 1, 43200, 43201)', () => {
  const e = endpoint('user.block');
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
  const at = (n: number, minute: string) => buildFormModel(e, { userId: ids(n), minute }, 'en');
  assert.deepEqual(field(at(1, '1').fields, 'userId').count, { given: 1, min: 1, max: 20, over: false });
  assert.deepEqual(at(1, '1').problems, []);
  assert.deepEqual(at(20, '43200').problems, []);
  assert.deepEqual(field(at(21, '1').fields, 'userId').count, { given: 21, min: 1, max: 20, over: true });
  assert.deepEqual(field(at(21, '1').fields, 'userId').problems, ['1005 · userId has 21 values; the limit is 20']);
  assert.deepEqual(field(at(0, '1').fields, 'userId').problems, ['1003 · userId is required']);
  assert.deepEqual(field(at(1, '0').fields, 'minute').rows[0].problems, ['1003 · minute is 0; the range is 1–43200']);
  assert.deepEqual(field(at(1, '43201').fields, 'minute').rows[0].problems, ['1003 · minute is 43201; the range is 1–43200']);
  assert.deepEqual(field(at(1, '1').fields, 'minute').range, { min: 1, max: 43200 });
});

test('a finding about one value of a list lands on its row, counted among the rows that are sent', () => {
  const e = endpoint('user.block');
  const model = buildFormModel(e, { userId: ['a', '', 'b c', 'x'.repeat(65)], minute: '5' }, 'en');
  const rows = field(model.fields, 'userId').rows;
  assert.equal(rows.length, 4);
  assert.deepEqual(rows[0].problems, []);
  assert.deepEqual(rows[1].problems, [], 'an empty row is not sent');
  assert.deepEqual(rows[2].problems, ['1005 · value 2 of userId must not contain whitespace']);
  assert.deepEqual(rows[3].problems, ['1005 · value 3 of userId is 65 bytes; the limit is 64']);
  assert.deepEqual(paramPairs(e, { userId: ['a', '', 'b'], minute: '5', stray: 'x' }), [['userId', 'a'], ['userId', 'b'], ['minute', '5']]);
});

test('private message: JSON content validated as typed, 128 KB and one byte over, flags with their values', () => {
  const e = endpoint('message.privatePublish');
  const base = { fromUserId: 'a', toUserId: ['b'], objectName: 'RC:TxtMsg' };
  const bad = buildFormModel(e, { ...base, content: '{"content": "hi"' }, 'en');
  assert.match(field(bad.fields, 'content').rows[0].problems[0], /^1003 · content is not valid JSON: /);
  const limit = 128 * 1024;
  const json = (bytes: number) => `"${'a'.repeat(bytes - 2)}"`;
  assert.deepEqual(buildFormModel(e, { ...base, content: json(limit) }, 'en').problems, []);
  const over = buildFormModel(e, { ...base, content: json(limit + 1) }, 'en');
  assert.deepEqual(field(over.fields, 'content').rows[0].bytes, { used: limit + 1, limit, over: true });
  assert.deepEqual(over.problems, [`1003 · content is ${limit + 1} bytes; the limit is ${limit}`]);
  assert.deepEqual(field(over.fields, 'isPersisted').flag, { off: '0', on: '1' });
  assert.deepEqual(field(over.fields, 'expansion').flag, { off: 'false', on: 'true' });
  assert.match(buildFormModel(e, { ...base, content: '{}', objectName: 'RC:Custom' }, 'en').problems[0], /RC: are Rong's own/);
});

test('group message: the rule between toUserId and toGroupId is a field finding of toGroupId', () => {
  const e = endpoint('message.groupPublish');
  const model = buildFormModel(e, { fromUserId: 'a', toGroupId: ['g1', 'g2'], objectName: 'RC:TxtMsg', content: '{}', toUserId: ['b'] }, 'en');
  assert.deepEqual(field(model.fields, 'toGroupId').problems, ['1003 · with toUserId, toGroupId takes at most 1 value; it has 2']);
});

test('rows: set, add (up to the count), remove (the last one is emptied, never dropped)', () => {
  const spec = endpoint('user.block').params[0];
  let values = setValue({}, spec, 'a');
  assert.deepEqual(values, { userId: ['a'] });
  values = addRow(values, spec);
  values = setValue(values, spec, 'b', 1);
  assert.deepEqual(values, { userId: ['a', 'b'] });
  assert.deepEqual(removeRow(values, spec, 0), { userId: ['b'] });
  assert.deepEqual(removeRow({ userId: ['b'] }, spec, 0), { userId: [''] });
  const full = { userId: Array.from({ length: 20 }, () => 'x') };
  assert.equal(addRow(full, spec), full, 'no 21st row');
  assert.deepEqual(setValue({}, endpoint('user.block').params[1], '10'), { minute: '10' });
});

test('switching endpoint keeps the values the next one takes, in its shape', () => {
  assert.deepEqual(keepKnown(endpoint('user.block'), { userId: 'u1', name: 'n' }), { userId: ['u1'] });
  assert.deepEqual(keepKnown(endpoint('user.info'), { userId: ['u1', 'u2'], minute: '3' }), { userId: 'u1' });
  assert.deepEqual(keepKnown(endpoint('user.blockQuery'), { userId: 'u1' }), {});
});

test('the picker groups every endpoint by module, whole titles in the UI language, the path apart', () => {
  const en = endpointGroups(playgroundCatalogue(), 'en');
  assert.deepEqual(en.map((g) => g.module), [...MODULES]);
  assert.deepEqual(en.map((g) => g.title), MODULES.map((m) => MODULE_TITLES[m].en));
  assert.deepEqual(endpointGroups(playgroundCatalogue(), 'zh-cn').map((g) => g.title), MODULES.map((m) => MODULE_TITLES[m].zh));
  assert.deepEqual(en.slice(0, 4).map((g) => g.title), ['User', 'Message', 'Group', 'Chatroom']);
  assert.ok(en.every((g) => g.endpoints.length > 0), 'no module is empty');
  assert.equal(en.flatMap((g) => g.endpoints).length, ENDPOINTS.length);
  assert.deepEqual(en[0].endpoints.find((x) => x.id === 'user.block'), { id: 'user.block', label: 'Block users', path: '/user/block.json' });
  assert.equal(endpointGroups(playgroundCatalogue(), 'zh-cn')[0].endpoints.find((x) => x.id === 'user.block')?.label, '封禁用户');
  // The option's text is the title alone: a path beside it pushed the title past a narrow picker's edge.
  for (const locale of ['en', 'zh-cn'] as const) {
    for (const e of endpointGroups(playgroundCatalogue(), locale).flatMap((g) => g.endpoints)) {
      const spec = endpoint(e.id);
      assert.equal(e.label, locale === 'en' ? spec.title.en : spec.title.zh);
      assert.equal(e.path, spec.path);
      assert.ok(e.label.length <= 28, `${e.id}: "${e.label}" fits a 180 px picker`);
    }
  }
});

test('history labels come from the endpoint\'s labelParam', () => {
  assert.equal(historyLabel(endpoint('user.getToken'), { userId: 'alice', name: 'A' }), '/user/getToken.json · alice');
  assert.equal(historyLabel(endpoint('user.block'), { userId: ['a', 'b', 'c'] }), '/user/block.json · a +2');
  assert.equal(historyLabel(endpoint('message.privatePublish'), { fromUserId: 'bob', toUserId: ['x'] }), '/message/private/publish.json · bob');
  assert.equal(historyLabel(endpoint('group.members'), { groupId: 'g1' }), '/group/user/query.json · g1');
  assert.equal(historyLabel(endpoint('user.blockQuery'), {}), '/user/block/query.json');
});

test('success bodies in their own terms: info\'s values, block/query\'s table, checkOnline\'s status, blacklist\'s list', () => {
  const info = successParts(endpoint('user.info'), JSON.stringify({ code: 200, userName: 'Tony', userPortrait: 'http://a/b.png', createTime: '2024-01-02 03:04:05' }), 'zh-cn');
  assert.deepEqual(info.map((p) => (p.kind === 'value' ? [p.label, p.cell.text, p.cell.format] : p.kind)), [
    ['名称', 'Tony', 'text'],
    ['头像', 'http://a/b.png', 'uri'],
    ['创建时间', '2024-01-02 03:04:05', 'datetime'],
  ]);
  const blocked = successParts(endpoint('user.blockQuery'), JSON.stringify({ code: 200, users: [{ userId: 'u1', blockEndTime: '2024-01-01 00:10:00' }, { id: 'u2', blockEndTime: 1704067800000 }] }), 'en');
  assert.equal(blocked.length, 1);
  const table = blocked[0];
  assert.ok(table.kind === 'table');
  assert.deepEqual(table.head, ['User ID', 'Blocked until']);
  assert.deepEqual(table.rows.map((r) => r.map((c) => c.text)), [['u1', '2024-01-01 00:10:00'], ['u2', '1704067800000']], 'the Node SDK docs\' `id` is read too');
  const online = successParts(endpoint('user.checkOnline'), '{"code":200,"status":"1"}', 'en');
  assert.deepEqual(online[0].kind === 'value' && online[0].cell, { text: '1', format: 'onlineStatus' });
  const list = successParts(endpoint('user.blacklistQuery'), '{"code":200,"users":["a","b"]}', 'en');
  assert.deepEqual(list[0].kind === 'list' && list[0].items, ['a', 'b']);
  assert.deepEqual(successParts(endpoint('user.info'), 'not json', 'en'), []);
  assert.deepEqual(successParts(endpoint('user.block'), '{"code":200}', 'en'), [], 'block declares no success fields');
});

test('every time shown names its zone: the service\'s wall time as UTC+8, epoch times in the given zone', () => {
  assert.equal(serviceDateTimeText('2024-01-01 00:10:00'), '2024-01-01 00:10:00 UTC+8', 'the service writes China Standard Time');
  assert.equal(serviceDateTimeText('1704067800000', 0), '2024-01-01 00:10:00 UTC');
  assert.equal(serviceDateTimeText('1704067800', 8 * 60), '2024-01-01 08:10:00 UTC+8', 'epoch seconds');
  assert.equal(serviceDateTimeText('soon'), 'soon', 'anything else as written');
  assert.equal(dateTimeText(1704067800000, -3 * 60), '2023-12-31 21:10:00 UTC-3');
  assert.equal(dateTimeText(1704067800000, 5 * 60 + 30), '2024-01-01 05:40:00 UTC+5:30');
  assert.equal(timeText(1704067800000, 8 * 60), '08:10:00 UTC+8');
  assert.equal(dateTimeText(8.64e15 + 1, 0), String(8.64e15 + 1), 'an impossible date is its number, never a throw');
  assert.equal(zoneName(0), 'UTC');
  // Without an offset: this machine's zone, named.
  assert.match(dateTimeText(Date.now()), /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC([+-]\d{1,2}(:\d{2})?)?$/);
  assert.match(timeText(Date.now()), /^\d{2}:\d{2}:\d{2} UTC/);
});

test('an untouched form shows no finding; a touched field shows its own; Send pressed shows them all', () => {
  const e = endpoint('user.getToken');
  const empty = buildFormModel(e, {}, 'en');
  assert.deepEqual(empty.problems, ['1003 · userId is required', '1003 · name is required'], 'the findings exist (Send stays blocked)');
  assert.deepEqual(shownProblems(empty, new Set(), false), { shown: [], pending: ['userId', 'name'] });
  assert.deepEqual(shownProblems(empty, new Set(['name']), false), { shown: ['1003 · name is required'], pending: ['userId'] }, 'typed in, then emptied');
  assert.deepEqual(shownProblems(empty, new Set(), true), { shown: ['1003 · userId is required', '1003 · name is required'], pending: [] });
  const half = buildFormModel(e, { userId: 'x'.repeat(65) }, 'en');
  assert.ok(isTouched(half.fields[0], new Set()), 'a field holding a value (prefilled, loaded) counts as touched');
  assert.deepEqual(shownProblems(half, new Set(), false), { shown: ['1005 · userId is 65 bytes; the limit is 64'], pending: ['name'] });
});

test('a field\'s hint says its range and default once', () => {
  const hint = (id: string, name: string, locale: 'en' | 'zh-cn') => fieldHint(field(buildFormModel(endpoint(id), {}, locale).fields, name), webviewStrings(locale));
  assert.equal(hint('user.block', 'minute', 'en'), 'Minutes the block lasts, 1–43200 (30 days).');
  assert.equal(hint('user.block', 'minute', 'zh-cn'), '封禁时长（分钟），1–43200（30 天）');
  assert.equal(hint('user.blockQuery', 'size', 'en'), 'Users per page, 1–1000 (default 50).');
  assert.equal(hint('user.blockQuery', 'size', 'zh-cn'), '每页条数，1–1000（默认 50）');
  assert.equal(hint('user.blockQuery', 'page', 'en'), 'Page number, from 1. · 1–1000000 · default 1', 'what the description does not say is added');
  assert.equal(hint('message.privatePublish', 'count', 'en'), 'iOS badge number shown with the push. · 0–2147483647');
  for (const e of ENDPOINTS) {
    for (const f of buildFormModel(e, {}, 'en').fields) {
      const text = fieldHint(f, webviewStrings('en'));
      if (f.range) assert.equal(text.split(`${f.range.min}–${f.range.max}`).length, 2, `${e.id} ${f.name}: "${text}"`);
    }
  }
});

test('after an unlocked send the form holds the nonce and timestamp it used; locked values stay', () => {
  const form: FormState = { profile: 'p', endpointId: 'user.getToken', params: { userId: 'u' }, nonce: '111', timestamp: '1700000000000', locked: false };
  const response = { nonce: '222', timestamp: '1700000000500', signature: 'f'.repeat(40) } as Partial<ResponseView> as ResponseView;
  const entry: HistoryEntry = { id: 1, at: 0, host: 'h', form: { ...form, nonce: '222', timestamp: '1700000000500' }, response };
  assert.deepEqual(formAfterSend(form, entry), { ...form, nonce: '222', timestamp: '1700000000500' });
  const typedMeanwhile = { ...form, params: { userId: 'v' } };
  assert.deepEqual(formAfterSend(typedMeanwhile, entry).params, { userId: 'v' }, 'what was typed during the send stays');
  const locked = { ...form, locked: true };
  assert.equal(formAfterSend(locked, { ...entry, form: locked }), locked);
  assert.equal(formAfterSend(form, { id: 2, at: 0, host: 'h', form, error: 'refused' }), form, 'nothing sent: nothing to show');
});
