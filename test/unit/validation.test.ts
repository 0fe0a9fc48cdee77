import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { GET_TOKEN, LIMITS, resolveHosts } from '../../src/core/contract';
import { utf8ByteLength } from '../../src/core/bytes';
import { baseCatalogue, CONTRACT_CATALOGUE, describeCode, mergeCatalogue, REAL_SERVICE_CATALOGUE } from '../../src/core/contract/errorCatalogue';
import { formatFinding, validateParams } from '../../src/core/validation';

const codes = (params: Record<string, string | undefined>) => validateParams(GET_TOKEN, params).map((f) => `${f.field}:${f.code}:${f.rule}`);

test('UTF-8 byte length: ASCII 1, é 2, Chinese 3, emoji 4, lone surrogate 3', () => {
  for (const s of ['a', 'é', '中', '😀', '\ud800', 'a中😀']) assert.equal(utf8ByteLength(s), Buffer.byteLength(s, 'utf8'), s);
});

test('userId: 64 bytes pass and 65 give 1005, counted in UTF-8 bytes of multi-byte characters', () => {
  const chinese64 = '中'.repeat(21) + 'a'; // 63 + 1
  assert.equal(Buffer.byteLength(chinese64), 64);
  assert.deepEqual(codes({ userId: chinese64, name: 'n' }), []);
  const emoji65 = '😀'.repeat(16) + 'a'; // 64 + 1
  assert.equal(Buffer.byteLength(emoji65), 65);
  const [f] = validateParams(GET_TOKEN, { userId: emoji65, name: 'n' });
  assert.deepEqual({ code: f.code, limit: f.limit, actual: f.actual }, { code: 1005, limit: 64, actual: 65 });
  assert.equal(f.message, '1005 · userId is 65 bytes; the limit is 64');
  assert.equal(formatFinding(f, 'zh-cn'), '1005 · userId 为 65 字节，上限为 64 字节');
});

test('userId: empty, whitespace and control characters give 1005; emails and phone numbers are fine', () => {
  assert.deepEqual(codes({ userId: '', name: 'n' }), ['userId:1005:empty']);
  assert.deepEqual(codes({ userId: 'a b', name: 'n' }), ['userId:1005:whitespace']);
  assert.deepEqual(codes({ userId: 'a\u3000b', name: 'n' }), ['userId:1005:whitespace']);
  assert.deepEqual(codes({ userId: 'a\u0001', name: 'n' }), ['userId:1005:controlChars']);
  assert.deepEqual(codes({ userId: 'tony@stark.com', name: 'n' }), []);
  assert.deepEqual(codes({ userId: '+8613800138000', name: 'n' }), []);
});

test('name: empty, blank, over 128 bytes or control characters give 1006; 128 bytes pass', () => {
  assert.deepEqual(codes({ userId: 'u', name: '' }), ['name:1006:empty']);
  assert.deepEqual(codes({ userId: 'u', name: '   ' }), ['name:1006:empty']);
  assert.deepEqual(codes({ userId: 'u', name: 'a\nb' }), ['name:1006:controlChars']);
  assert.deepEqual(codes({ userId: 'u', name: '名'.repeat(42) + 'ab' }), []);
  assert.deepEqual(codes({ userId: 'u', name: '名'.repeat(43) }), ['name:1006:tooLong']);
  assert.equal(LIMITS.name, 128);
});

test('portraitUri: optional; not absolute http(s) or over 1024 bytes gives 1007', () => {
  assert.deepEqual(codes({ userId: 'u', name: 'n', portraitUri: 'http://abc.com/myportrait.jpg' }), []);
  assert.deepEqual(codes({ userId: 'u', name: 'n', portraitUri: 'ftp://abc.com/x' }), ['portraitUri:1007:notHttpUri']);
  assert.deepEqual(codes({ userId: 'u', name: 'n', portraitUri: '/relative.png' }), ['portraitUri:1007:notHttpUri']);
  assert.deepEqual(codes({ userId: 'u', name: 'n', portraitUri: 'https://x.io/' + 'a'.repeat(1011) }), []);
  assert.deepEqual(codes({ userId: 'u', name: 'n', portraitUri: 'https://x.io/' + 'a'.repeat(1012) }), ['portraitUri:1007:tooLong']);
});

test('missing required parameters give 1003; unknown and duplicated ones too', () => {
  assert.deepEqual(codes({}), ['userId:1003:missing', 'name:1003:missing']);
  const found = validateParams(GET_TOKEN, [['userId', 'u'], ['name', 'n'], ['name', 'm'], ['nickname', 'x']]);
  assert.deepEqual(found.map((f) => `${f.field}:${f.code}:${f.rule}`), ['name:1003:duplicateParam', 'nickname:1003:unknownParam']);
});

test('the catalogue is data: the contract by default, real-service meanings apart, user overrides merged', () => {
  assert.equal(describeCode(CONTRACT_CATALOGUE, 1005), 'User ID format error');
  assert.equal(describeCode(CONTRACT_CATALOGUE, 1005, 'zh-cn'), '用户ID格式错误');
  assert.equal(describeCode(REAL_SERVICE_CATALOGUE, 1005), 'Length out of range');
  // endpoints.md's further codes of the live service, in both languages.
  for (const code of [1008, 1015, 1016, 1050, 1508, 2007]) {
    assert.ok(describeCode(REAL_SERVICE_CATALOGUE, code) && describeCode(REAL_SERVICE_CATALOGUE, code, 'zh-cn'), String(code));
    assert.equal(describeCode(CONTRACT_CATALOGUE, code), undefined, `${code} is not the contract's`);
  }
  assert.equal(describeCode(baseCatalogue('realService'), 2007, 'zh-cn'), '开发环境下用户数超过 100 个');
  const { catalogue, problems } = mergeCatalogue(CONTRACT_CATALOGUE, {
    '1004': 'Signature error',
    '1008': { en: 'Rate limited', zh: '限流' },
    abc: 'x',
    '1009': 42,
  });
  assert.equal(describeCode(catalogue, 1004), 'Signature error');
  assert.equal(catalogue.get(1004)?.source, 'user');
  assert.equal(describeCode(catalogue, 1008, 'zh-cn'), '限流');
  assert.equal(describeCode(catalogue, 1005), 'User ID format error');
  assert.equal(problems.length, 2);
  assert.ok(problems.some((p) => /"abc" is not an integer code/.test(p)));
  assert.ok(problems.some((p) => /entry for 1009 must be a string/.test(p)));
  assert.equal(describeCode(CONTRACT_CATALOGUE, 1004), 'User ID already exists', 'the base is not changed');
  assert.deepEqual(mergeCatalogue(CONTRACT_CATALOGUE, [1]).problems, ['rong.errorCodes must be an object of code → message']);
});

test('the real-service base keeps the contract where the real service says nothing, and names its source', () => {
  const real = baseCatalogue('realService');
  assert.equal(describeCode(real, 1004), 'Signature error');
  assert.equal(real.get(1004)?.source, 'realService');
  assert.equal(describeCode(real, 1006), 'User name format error', 'a number only the contract has');
  assert.equal(real.get(1006)?.source, 'contract');
  assert.equal(describeCode(real, 1008, 'zh-cn'), '调用频率超限');
  assert.equal(baseCatalogue('contract'), CONTRACT_CATALOGUE);
});

test('hosts: the region gives primary and backup; a custom base URL wins and is checked', () => {
  assert.deepEqual(resolveHosts('china'), { primary: 'https://api.rong-api.com', backup: 'https://api-b.rong-api.com' });
  assert.deepEqual(resolveHosts('northAmerica'), { primary: 'https://api.us-light-api.com', backup: 'https://api-b.us-light-api.com' });
  assert.deepEqual(resolveHosts('china', 'http://127.0.0.1:8080/'), { primary: 'http://127.0.0.1:8080' });
  assert.match((resolveHosts('china', 'ftp://x') as { error: string }).error, /must use http or https/);
  assert.match((resolveHosts('china', 'not a url') as { error: string }).error, /not an absolute URL/);
  assert.match((resolveHosts('china', 'http://u:p@h') as { error: string }).error, /user name or password/);
});
