/** SDK snippets (core/sdkSnippets.ts): the call-template grammar, each language's literals, and every record's templates. */
import * as assert from 'node:assert/strict';
import { examplePairs } from '../../src/core/examples';
import { decodeJsonBody } from '../../src/core/jsonBody';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { ENDPOINTS, type EndpointSpec, type ParamSpec, type SdkId } from '../../src/core/contract';
import { goString, parseSdkCall, phpString, renderSdkSnippet, SDK_IDS, sdkMethodName, sdkSnippetIds, sdkTemplateProblems, type SdkSnippetInput } from '../../src/core/sdkSnippets';
import { pyString, SECRET_ENV } from '../../src/core/snippets';

const text = { en: 'x', zh: 'x' };
const param = (name: string, kind: ParamSpec['kind'], extra: Partial<ParamSpec> = {}): ParamSpec => ({ name, kind, required: false, code: 1003, description: text, ...extra });

/** A made-up endpoint with one parameter of each shape the renderer treats differently. */
const FAKE: EndpointSpec = {
  id: 'chatroom.fake',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/fake.json',
  title: text,
  description: text,
  source: 'test',
  issuesToken: false,
  success: [],
  params: [
    param('chatroomId', 'id', { required: true }),
    param('userId', 'userId', { repeated: { min: 1, max: 20 } }),
    param('minute', 'integer', { min: 1, max: 100 }),
    param('isBan', 'flag', { flagValues: ['false', 'true'] }),
    param('needNotify', 'flag'),
    param('extra', 'text'),
    param('chatroom', 'name', { keyed: { keyMaxBytes: 64, keyDescription: text }, repeated: { min: 1, max: 50 } }),
  ],
  sdks: {
    go: 'ChatRoomFake(chatroomId, userId, minute, isBan, WithChatroomExtra(extra), WithChatroomNeedNotify(needNotify:bool))',
    java: 'chatroom.fake(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], minute: minute, extra: extra})',
    node: 'Chatroom.fake({id: chatroomId, members: [{id: userId}], minute: minute, rooms: chatroom})',
    php: 'getChatroom()->fake({id: chatroomId, members: userId, isBan: isBan, extra: extra})',
    python: 'get_chatroom().fake(chatroom_id=chatroomId, user_ids=userId, minute=minute:string, extra=extra)',
  },
};

const input = (params: Array<readonly [string, string]>, host = 'https://api.rong-api.com', endpoint: EndpointSpec = FAKE): SdkSnippetInput => ({
  endpoint,
  appKey: 'app-key-1',
  host,
  backup: host === 'https://api.rong-api.com' ? 'https://api-b.rong-api.com' : undefined,
  params,
});

const snippet = (sdk: SdkId, params: Array<readonly [string, string]>, host?: string) => renderSdkSnippet(sdk, input(params, host)) ?? assert.fail(`no ${sdk} snippet`);
/** The line of the program that makes the call. */
const callLine = (code: string) => code.split('\n').find((l) => /\bfake\(|Fake\(/i.test(l)) ?? assert.fail(code);

test('the grammar: the examples of SdkCalls in types.ts parse, with models, objects, lists, keywords, options and spreads', () => {
  assert.deepEqual(parseSdkCall('UserRegister(userId, name, portraitUri)'), {
    callee: 'UserRegister',
    args: [{ t: 'param', name: 'userId' }, { t: 'param', name: 'name' }, { t: 'param', name: 'portraitUri' }],
  });
  const java = parseSdkCall('user.register(UserModel{id: userId, name: name, portrait: portraitUri})');
  assert.equal(java.callee, 'user.register');
  assert.equal(java.args?.[0].t, 'model');
  assert.equal(parseSdkCall('getUser()->register({id: userId, name: name, portrait: portraitUri})').callee, 'getUser()->register');
  assert.equal(parseSdkCall('get_user().register(user_id=userId, name=name, portrait_uri=portraitUri)').args?.[0].t, 'kw');
  assert.deepEqual(parseSdkCall('getUser()->Block()->getList()'), { callee: 'getUser()->Block()->getList', args: [] });
  assert.deepEqual(parseSdkCall('ChatRoomEntryQuery(chatroomId, ...keys)').args?.[1], { t: 'param', name: 'keys', spread: true });
  assert.deepEqual(parseSdkCall('X("a\\"b", 10, true, nil, [a], minute:string)').args, [
    { t: 'string', value: 'a"b' },
    { t: 'number', value: '10' },
    { t: 'bool', value: true },
    { t: 'nil' },
    { t: 'list', items: [{ t: 'param', name: 'a' }] },
    { t: 'param', name: 'minute', as: 'string' },
  ]);
  assert.deepEqual(parseSdkCall('ChatRoomCreate'), { callee: 'ChatRoomCreate' }, 'a bare name only names the method');
});

test('the grammar: a template that does not parse throws with its position', () => {
  for (const bad of ['Foo(a', 'Foo(a) b', 'Foo({a b})', 'Foo("x)', 'Foo(&a)', 'Foo(a:float)', '(a)']) {
    assert.throws(() => parseSdkCall(bad), /at \d+ in/, bad);
  }
});

test('template problems: a parameter the endpoint lacks, a keyword outside Python, a parse error', () => {
  assert.deepEqual(sdkTemplateProblems(FAKE), []);
  const bad = { ...FAKE, sdks: { go: 'Fake(chatroomId, groupId)', node: 'Chatroom.fake(x=chatroomId)', php: 'getChatroom()->fake(' } };
  assert.deepEqual(sdkTemplateProblems(bad), [
    'chatroom.fake go: "groupId" is not a parameter of /chatroom/fake.json',
    'chatroom.fake node: keyword argument x= is Python only',
    'chatroom.fake php: expected an argument at 20 in "getChatroom()->fake("',
  ]);
});

test('every record: each sdks template parses and names only its own parameters', () => {
  const problems = ENDPOINTS.flatMap(sdkTemplateProblems);
  assert.deepEqual(problems, []);
});

test('every chatroom record with an SDK method has a call template (a snippet), not only a method name', () => {
  const bare = ENDPOINTS.filter((e) => e.module === 'chatroom').flatMap((e) => SDK_IDS.filter((s) => e.sdks?.[s] !== undefined && !sdkSnippetIds(e).includes(s)).map((s) => `${e.id} ${s}`));
  assert.deepEqual(bare, []);
});

test('every SDK method without a call template (no snippet) is named in its record\'s notes, in English and Chinese, with the reason', () => {
  const bare = ENDPOINTS.flatMap((e) => SDK_IDS.filter((s) => e.sdks?.[s] !== undefined && !sdkSnippetIds(e).includes(s)).map((s) => ({ e, method: sdkMethodName(e.sdks?.[s] ?? '') })));
  const silent = bare.filter(({ e, method }) => !e.notes?.en.includes(`${method} has no snippet`) && !(e.notes?.en.includes(method) && e.notes.en.includes('have no snippet'))).map(({ e, method }) => `${e.id} ${method}`);
  assert.deepEqual(silent, []);
  const untranslated = bare.filter(({ e, method }) => !e.notes?.zh.includes(method) || !e.notes.zh.includes('没有代码片段')).map(({ e, method }) => `${e.id} ${method}`);
  assert.deepEqual(untranslated, []);
  assert.ok(bare.length < 20, `${bare.length} bare SDK methods: a template is the rule, a note the exception`);
});

test('the secret never appears: each program reads RONG_APP_SECRET from the environment and the SDK signs', () => {
  const canary = 'canary-secret-8c1d';
  const saved = process.env[SECRET_ENV];
  process.env[SECRET_ENV] = canary;
  try {
    const reads: Record<SdkId, string> = {
      go: `os.Getenv("${SECRET_ENV}")`,
      java: `System.getenv("${SECRET_ENV}")`,
      node: `process.env.${SECRET_ENV}`,
      php: `getenv('${SECRET_ENV}')`,
      python: `os.environ.get("${SECRET_ENV}")`,
    };
    for (const sdk of SDK_IDS) {
      const code = snippet(sdk, [['chatroomId', 'r1'], ['userId', 'u1']]);
      assert.ok(!code.includes(canary), `${sdk} holds the secret`);
      assert.ok(code.includes(reads[sdk]), `${sdk} reads the secret from the environment`);
      assert.doesNotMatch(code, /\b[0-9a-f]{40}\b|Signature|sha1/i, `${sdk} signs nothing itself`);
      assert.ok(code.includes('app-key-1'), `${sdk} names the App Key`);
    }
  } finally {
    if (saved === undefined) delete process.env[SECRET_ENV];
    else process.env[SECRET_ENV] = saved;
  }
});

test('the form values in each language: repeated values as a list, integers, booleans, a list of models per value', () => {
  const pairs: Array<readonly [string, string]> = [['chatroomId', 'r1'], ['userId', 'u1'], ['userId', 'u2'], ['minute', '010'], ['isBan', 'true'], ['needNotify', '1'], ['extra', 'x']];
  assert.equal(callLine(snippet('go', pairs)).trim(), 'fmt.Println(rc.ChatRoomFake("r1", []string{"u1", "u2"}, 10, true, sdk.WithChatroomExtra("x"), sdk.WithChatroomNeedNotify(true)))');
  assert.equal(
    callLine(snippet('java', pairs)).trim(),
    'System.out.println(rongCloud.chatroom.fake(new ChatroomModel().setId("r1").setMembers(new ChatroomMember[]{new ChatroomMember().setId("u1"), new ChatroomMember().setId("u2")}).setMinute(10).setExtra("x")));',
  );
  assert.equal(callLine(snippet('node', pairs)).trim(), "RongSDK.Chatroom.fake({ id: 'r1', members: [{ id: 'u1' }, { id: 'u2' }], minute: 10 }).then(");
  assert.equal(callLine(snippet('php', pairs)).trim(), '$result = $RongSDK->getChatroom()->fake(["id" => "r1", "members" => ["u1", "u2"], "isBan" => true, "extra" => "x"]);');
  assert.equal(callLine(snippet('python', pairs)).trim(), 'print(rc.get_chatroom().fake(chatroom_id="r1", user_ids=["u1", "u2"], minute="010", extra="x"))');
});

test('integers: leading zeros dropped (Go would read octal), a Java literal past 32 bits gets L, a non-integer stays text', () => {
  assert.match(callLine(snippet('go', [['chatroomId', 'r1'], ['minute', '007']])), /\[\]string\{\}, 7, false\)/);
  assert.match(callLine(snippet('java', [['chatroomId', 'r1'], ['minute', '1700000000000']])), /\.setMinute\(1700000000000L\)/);
  assert.match(callLine(snippet('java', [['chatroomId', 'r1'], ['minute', '2147483647']])), /\.setMinute\(2147483647\)/);
  assert.match(callLine(snippet('node', [['chatroomId', 'r1'], ['minute', '1.5']])), /minute: '1\.5'/);
});

test('absent optional values: the zero value as a positional argument; left out of models, objects, options and keywords', () => {
  const pairs: Array<readonly [string, string]> = [['chatroomId', 'r1']];
  assert.equal(callLine(snippet('go', pairs)).trim(), 'fmt.Println(rc.ChatRoomFake("r1", []string{}, 0, false))');
  assert.match(callLine(snippet('java', pairs)), /fake\(new ChatroomModel\(\)\.setId\("r1"\)\)\);$/);
  assert.match(callLine(snippet('node', pairs)), /fake\(\{ id: 'r1' \}\)/);
  assert.match(callLine(snippet('php', pairs)), /fake\(\["id" => "r1"\]\);/);
  assert.match(callLine(snippet('python', pairs)), /fake\(chatroom_id="r1"\)\)$/);
});

test('a keyed family (chatroom[<id>]=<name>) is a map from its keys to its values', () => {
  const code = snippet('node', [['chatroomId', 'r1'], ['chatroom[a1]', 'Room A'], ['chatroom[b2]', '房间 B']]);
  assert.match(callLine(code), /rooms: \{'a1': 'Room A', 'b2': '房间 B'\}/);
});

const NASTY = ['plain', '中文 🚀', 'q"uo\'te', 'back\\slash', 'two\nlines\r\ttab', 'nul\u0000bel\u0007del\u007f', 'line\u2028sep', 'dollar $x {$y}', 'lone \ud800 surrogate'];

test('Go literals: interpreted strings with escapes; readable text as written; a lone surrogate as U+FFFD', () => {
  assert.equal(goString('中文 🚀'), '"中文 🚀"');
  assert.equal(goString('q"uo\'te'), '"q\\"uo\'te"');
  assert.equal(goString('back\\slash'), '"back\\\\slash"');
  assert.equal(goString('two\nlines\r\ttab'), '"two\\nlines\\r\\ttab"');
  assert.equal(goString('nul\u0000bel\u0007del\u007f'), '"nul\\x00bel\\x07del\\x7f"');
  assert.equal(goString('line\u2028sep'), '"line\\u2028sep"');
  assert.equal(goString('lone \ud800 x'), '"lone \\uFFFD x"');
});

test('PHP literals: double-quoted with $ escaped (no interpolation), \\u{…} for invisible characters', () => {
  assert.equal(phpString('dollar $x {$y}'), '"dollar \\$x {\\$y}"');
  assert.equal(phpString('q"uo\'te\\'), '"q\\"uo\'te\\\\"');
  assert.equal(phpString('a\nb\u0001c\u2029d'), '"a\\nb\\x01c\\u{2029}d"');
  assert.equal(phpString('lone \udc00'), '"lone \\u{fffd}"');
});

test('Node literals evaluate back to the form value (JavaScript parses the snippet\'s own literal)', () => {
  for (const value of NASTY) {
    const line = callLine(snippet('node', [['chatroomId', value]]));
    const literal = /fake\(\{ id: (.*) \}\)\.then\($/.exec(line)?.[1] ?? assert.fail(line);
    assert.equal(new Function(`return ${literal};`)(), value, JSON.stringify(value));
  }
});

test('Python literals evaluate back to the form value (python3 parses them)', { skip: spawnSync('python3', ['--version']).status !== 0 && 'no python3' }, () => {
  const values = NASTY.filter((v) => !/[\ud800-\udfff]/.test(v.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')));
  const program = `import json, sys\nvals = [${values.map(pyString).join(', ')}]\nsys.stdout.write(json.dumps(vals))`;
  const r = spawnSync('python3', ['-c', program], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), values);
});

test('hosts: the region by the SDK\'s own constant; a custom base URL through each SDK\'s host option', () => {
  const pairs: Array<readonly [string, string]> = [['chatroomId', 'r1']];
  assert.match(snippet('go', pairs), /sdk\.NewRongCloud\(appKey, appSecret, sdk\.REGION_BJ\)/);
  assert.match(snippet('go', pairs, 'https://api.sg-light-api.com'), /sdk\.REGION_SG\)/);
  assert.match(snippet('go', pairs, 'http://127.0.0.1:8080'), /sdk\.REGION_BJ, sdk\.WithRongCloudURI\("http:\/\/127\.0\.0\.1:8080"\)\)/);
  assert.match(snippet('java', pairs), /CenterEnum\.BJ\)/);
  assert.match(snippet('java', pairs, 'http://127.0.0.1:8080'), /RongCloud\.getInstance\(appKey, appSecret, "http:\/\/127\.0\.0\.1:8080"\)/);
  assert.match(snippet('php', pairs), /new RongCloud\("app-key-1", \$appSecret\);/);
  assert.match(snippet('php', pairs, 'http://127.0.0.1:8080'), /\$appSecret, \["http:\/\/127\.0\.0\.1:8080\/"\]\);/);
  assert.match(snippet('node', pairs), /api: \['https:\/\/api\.rong-api\.com', 'https:\/\/api-b\.rong-api\.com'\]/);
  assert.match(snippet('python', pairs), /app_secret, "https:\/\/api\.rong-api\.com;https:\/\/api-b\.rong-api\.com"\)/);
});

test('no snippet for an SDK without a template or with only a method name', () => {
  const e = { ...FAKE, sdks: { go: 'ChatRoomFake' } };
  assert.equal(renderSdkSnippet('go', input([], undefined, e)), undefined);
  assert.equal(renderSdkSnippet('java', input([], undefined, e)), undefined);
  assert.deepEqual(sdkSnippetIds(e), []);
  assert.deepEqual(sdkSnippetIds(FAKE), ['go', 'java', 'node', 'php', 'python']);
});

test('keyed families in each SDK\'s shape: Go one (id, name), lists of models or objects per entry, Python (key, value) pairs', () => {
  const create = ENDPOINTS.find((e) => e.id === 'chatroom.create') ?? assert.fail('chatroom.create');
  const pairs: Array<readonly [string, string]> = [['chatroom[r1]', 'Room "1"'], ['chatroom[r2]', '房间 2']];
  const line = (sdk: SdkId) => (renderSdkSnippet(sdk, input(pairs, undefined, create)) ?? assert.fail(sdk)).split('\n').find((l) => /create\(|ChatRoomCreate\(/.test(l))?.trim();
  assert.equal(line('go'), 'fmt.Println(rc.ChatRoomCreate("r1", "Room \\"1\\""))');
  assert.equal(line('java'), 'System.out.println(rongCloud.chatroom.create(new ChatroomModel[]{new ChatroomModel().setId("r1").setName("Room \\"1\\""), new ChatroomModel().setId("r2").setName("房间 2")}));');
  assert.equal(line('node'), "RongSDK.Chatroom.create([{ id: 'r1', name: 'Room \"1\"' }, { id: 'r2', name: '房间 2' }]).then(");
  assert.equal(line('php'), '$result = $RongSDK->getChatroom()->create([["id" => "r1", "name" => "Room \\"1\\""], ["id" => "r2", "name" => "房间 2"]]);');
  assert.equal(line('python'), 'print(rc.get_chatroom().create([("r1", "Room \\"1\\""), ("r2", "房间 2")]))');
});

test('a JSON object the SDK takes as a map (:map): Go map[string]interface{}, Java HashMap with its imports; text that is not an object stays text', () => {
  const e = ENDPOINTS.find((x) => x.id === 'chatroom.entryBatchSet') ?? assert.fail('chatroom.entryBatchSet');
  const render = (sdk: SdkId, info: string) => renderSdkSnippet(sdk, input([['chatroomId', 'r1'], ['entryOwnerId', 'u1'], ['entryInfo', info]], undefined, e)) ?? assert.fail(sdk);
  assert.match(render('go', '{"k1":"v1","n":2}'), /ChatRoomEntryBatchSet\("r1", 0, "u1", map\[string\]interface\{\}\{"k1": "v1", "n": "2"\}\)/);
  const java = render('java', '{"k1":"v1"}');
  assert.match(java, /\.setEntryInfo\(new HashMap<>\(Map\.ofEntries\(Map\.entry\("k1", "v1"\)\)\)\)/);
  assert.match(java, /^import java\.util\.HashMap;$/m);
  assert.match(java, /^import java\.util\.Map;$/m);
  assert.match(java, /^import io\.rong\.models\.chatroom\.ChatroomEntryModel;$/m);
  assert.match(render('go', 'not json'), /"u1", "not json"\)\)/);
  assert.match(render('php', '{"k1":"v1"}'), /"entryInfo" => "\{\\"k1\\":\\"v1\\"\}"/, 'PHP takes the JSON text as it is');
});

test('the Node SDK snippet runs: the official rongcloud-sdk sends the form\'s values, signed with the secret from the environment', async () => {
  const secret = 'sdk-snippet-secret-51c2';
  const seen: Array<{ url: string; body: string; ok: boolean }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const h = (k: string) => String(req.headers[k] ?? '');
      const ok = h('app-key') === 'app-key-1' && h('signature') === createHash('sha1').update(secret + h('nonce') + h('timestamp'), 'utf8').digest('hex');
      seen.push({ url: req.url ?? '', body, ok });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const e = ENDPOINTS.find((x) => x.id === 'chatroom.blockAdd') ?? assert.fail('chatroom.blockAdd');
    const code = renderSdkSnippet('node', { endpoint: e, appKey: 'app-key-1', host, params: [['chatroomId', '房间 "1"'], ['userId', 'u1'], ['userId', 'u&2'], ['minute', '10']] }) ?? assert.fail('no snippet');
    const child = spawn(process.execPath, ['-'], { cwd: join(__dirname, '../..'), env: { ...process.env, [SECRET_ENV]: secret }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end(code);
    const status = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
    assert.equal(status, 0, out);
    assert.equal(seen.length, 1, out);
    assert.equal(seen[0].url.split('?')[0], '/chatroom/user/block/add.json');
    assert.ok(seen[0].ok, 'signed with the secret from RONG_APP_SECRET');
    // The SDK orders the pairs its own way.
    assert.deepEqual([...new URLSearchParams(seen[0].body)].sort(), [['chatroomId', '房间 "1"'], ['minute', '10'], ['userId', 'u&2'], ['userId', 'u1']]);
    assert.match(out, /code: 200/);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('every Node SDK template runs: rongcloud-sdk calls the endpoint\'s own path with its required parameters (given every example value, as the SDK checks more than the service)', async () => {
  const seen = new Map<string, string>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen.set((req.url ?? '').split('?')[0], body);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const endpoints = ENDPOINTS.filter((e) => sdkSnippetIds(e).includes('node'));
    const programs = endpoints.map((e) => {
      // Every parameter with its example: the Node SDK requires some the service does not (register's portrait, 20005).
      const params = examplePairs(e, !e.crossRules?.length);
      // Each program in its own block: their constants do not collide.
      return `{\n${renderSdkSnippet('node', { endpoint: e, appKey: 'app-key-1', host, params })}\n}`;
    });
    const child = spawn(process.execPath, ['-'], { cwd: join(__dirname, '../..'), env: { ...process.env, [SECRET_ENV]: 'secret-1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end(programs.join('\n'));
    assert.equal(await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1))), 0, out);
    for (const e of endpoints) {
      const body = seen.get(e.path);
      assert.ok(body !== undefined, `${e.id}: Node ${e.sdks?.node} did not call ${e.path}\n${out}`);
      const sent = e.body === 'json' ? decodeJsonBody(e, body).pairs.map((p) => p.name) : [...new URLSearchParams(body)].map(([k]) => k);
      const names = new Set(sent.map((k) => k.replace(/\[.*\]$/, '')));
      for (const p of e.params.filter((x) => x.required)) assert.ok(names.has(p.name), `${e.id}: Node sent no ${p.name} (${body})`);
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('Java models whose setters return void are variables set one statement each (a chained setter would not compile); chaining ones stay chained', () => {
  const e = ENDPOINTS.find((x) => x.id === 'user.tagSet') ?? assert.fail('user.tagSet');
  const java = renderSdkSnippet('java', { endpoint: e, appKey: 'app-key-1', host: 'https://api.rong-api.com', params: [['userId', 'u1'], ['tags', 'a'], ['tags', 'b']] }) ?? assert.fail('no snippet');
  assert.match(java, /^ {8}TagModel tagModel = new TagModel\(\);\n {8}tagModel\.setUserId\("u1"\);\n {8}tagModel\.setTags\(new String\[\]\{"a", "b"\}\);\n {8}System\.out\.println\(rongCloud\.user\.tag\.set\(tagModel\)\);$/m);
  assert.doesNotMatch(java, /new TagModel\(\)\.set/);
  // Nested void-setter models each get their own variable, declared before the model that holds them.
  const push = ENDPOINTS.find((x) => x.id === 'push.custom') ?? assert.fail('push.custom');
  const pj = renderSdkSnippet('java', { endpoint: push, appKey: 'app-key-1', host: 'https://api.rong-api.com', params: [['platform', 'ios'], ['audience.is_to_all', 'true'], ['notification.alert', 'hi']] }) ?? assert.fail('no snippet');
  const order = ['AudienceCustom audienceCustom = new AudienceCustom();', 'Notification notification = new Notification();', 'PushModel pushModel = new PushModel();', 'pushModel.setAudience(audienceCustom);', 'rongCloud.pushCustom.pushcustom(pushModel)'].map((x) => pj.indexOf(x));
  assert.ok(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1])), pj);
  assert.match(pj, /^import io\.rong\.models\.push\.AudienceCustom;$/m);
  // UltraGroupModel and UltraGroupMember chain: no variable.
  const ban = ENDPOINTS.find((x) => x.id === 'ultragroup.userBannedAdd') ?? assert.fail('ultragroup.userBannedAdd');
  const bj = renderSdkSnippet('java', { endpoint: ban, appKey: 'app-key-1', host: 'https://api.rong-api.com', params: [['groupId', 'g1'], ['userIds', 'u1']] }) ?? assert.fail('no snippet');
  assert.match(bj, /rongCloud\.ultraGroup\.user\.add\(new UltraGroupModel\(\)\.setId\("g1"\)\.setMembers\(new UltraGroupMember\[\]\{new UltraGroupMember\(\)\.setId\("u1"\)\}\)\)/);
});

test('a JSON object as strings to strings (:stringmap) and a JSON array of strings (:set): Go map[string]string and spread keys, Java HashMap and Set.of', () => {
  const set = ENDPOINTS.find((x) => x.id === 'ultragroup.expansionSet') ?? assert.fail('ultragroup.expansionSet');
  const base: Array<[string, string]> = [['groupId', 'g1'], ['userId', 'u1'], ['msgUID', 'M1']];
  const go = renderSdkSnippet('go', { endpoint: set, appKey: 'k', host: 'https://api.rong-api.com', params: [...base, ['extraKeyVal', '{"k1":"v1","n":2}']] }) ?? assert.fail('go');
  assert.match(go, /rc\.UGMessageExpansionSet\("g1", "u1", "M1", "", map\[string\]string\{"k1": "v1", "n": "2"\}\)/);
  const del = ENDPOINTS.find((x) => x.id === 'ultragroup.expansionDelete') ?? assert.fail('ultragroup.expansionDelete');
  const params: Array<[string, string]> = [...base, ['extraKey', '["k1","k2"]']];
  assert.match(renderSdkSnippet('go', { endpoint: del, appKey: 'k', host: 'https://api.rong-api.com', params }) ?? '', /rc\.UGMessageExpansionDelete\("g1", "u1", "M1", "", "k1", "k2"\)/);
  const java = renderSdkSnippet('java', { endpoint: del, appKey: 'k', host: 'https://api.rong-api.com', params }) ?? assert.fail('java');
  assert.match(java, /expansionModel\.setExtraKey\(Set\.of\("k1", "k2"\)\);/);
  assert.match(java, /^import java\.util\.Set;$/m);
  assert.match(renderSdkSnippet('php', { endpoint: del, appKey: 'k', host: 'https://api.rong-api.com', params }) ?? '', /"extraKey" => "\[\\"k1\\",\\"k2\\"\]"/, 'PHP takes the JSON text as it is');
  assert.throws(() => parseSdkCall('X(a:sets)'), /expected string, int, bool, map, stringmap, set/);
});
