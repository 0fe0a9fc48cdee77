/**
 * --behaviour realService against contract (issue 11, item 7), and clipped echoes (item 5): an error
 * that repeats input clips it and says how long it was.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseCli } from '../../src/sandbox/cli';
import { SandboxServer } from '../../src/sandbox/server';
import { call, signedHeaders } from './support/sandboxClient';

const APP = { appKey: 'behaviour-app', appSecret: 'behaviour-secret' };

async function raw(url: string, headers: Record<string, string>, body: string, path = '/user/getToken.json') {
  const res = await fetch(url + path, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { code: number; errorMessage: string } };
}

describe('sandbox behaviour: realService', () => {
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP], behaviour: 'realService' });
  });
  after(() => server.stop());

  it('getToken is idempotent per user: 200 with a fresh token, name and portrait overwritten, creation time kept', async () => {
    const a = await call(server.url, APP, '/user/getToken.json', [['userId', 'rs1'], ['name', 'First'], ['portraitUri', 'https://x.test/1.png']]);
    const b = await call(server.url, APP, '/user/getToken.json', [['userId', 'rs1'], ['name', 'Second'], ['portraitUri', 'https://x.test/2.png']]);
    assert.equal(a.json.code, 200);
    assert.equal(b.json.code, 200, b.text);
    assert.notEqual(a.json.token, b.json.token);
    const user = server.model.app(APP.appKey).users.get('rs1');
    assert.equal(user?.name, 'Second');
    assert.equal(user?.portraitUri, 'https://x.test/2.png');
    assert.equal(server.verifyToken(String(a.json.token)).status, 'valid', 'the earlier token stays valid, as on the live service');
    const info = await call(server.url, APP, '/user/info.json', [['userId', 'rs1']]);
    assert.equal(info.json.userName, 'Second');
  });

  it('a bad signature is HTTP 401 with the live body {"code":1004,"errorMessage":"签名错误，请检查。"}', async () => {
    const h = signedHeaders(APP, { Signature: createHash('sha1').update('wrong').digest('hex') });
    const r = await raw(server.url, h, 'userId=x&name=y');
    assert.equal(r.status, 401);
    assert.deepEqual(r.json, { code: 1004, errorMessage: '签名错误，请检查。' });
  });

  it('an unknown App-Key is 1002 "invalid App-Key."; a missing parameter is 1002 "<name> is required."', async () => {
    const unknown = await raw(server.url, signedHeaders({ appKey: 'nope', appSecret: 's' }), 'userId=x&name=y');
    assert.deepEqual(unknown.json, { code: 1002, errorMessage: 'invalid App-Key.' });
    const missing = await call(server.url, APP, '/user/getToken.json', [['name', 'No ID']]);
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.json, { code: 1002, errorMessage: 'userId is required.' });
  });

  it('other endpoints keep their semantics (a too-long userId is still 1005, an unknown user 1003)', async () => {
    assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'x'.repeat(65)], ['name', 'n']])).json.code, 1005);
    assert.equal((await call(server.url, APP, '/user/info.json', [['userId', 'nobody']])).json.code, 1003);
  });
});

describe('sandbox behaviour: contract (the default)', () => {
  let server: SandboxServer;
  before(async () => {
    server = await SandboxServer.start({ apps: [APP] });
  });
  after(() => server.stop());

  it('is the default; a second getToken is 1004; a bad signature is 401 with code 401; a missing parameter 1003', async () => {
    assert.equal(server.behaviour, 'contract');
    assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'c1'], ['name', 'C']])).json.code, 200);
    assert.equal((await call(server.url, APP, '/user/getToken.json', [['userId', 'c1'], ['name', 'C']])).json.code, 1004);
    const bad = await raw(server.url, signedHeaders(APP, { Signature: 'f'.repeat(40) }), 'userId=x&name=y');
    assert.equal(bad.status, 401);
    assert.equal(bad.json.code, 401);
    assert.equal((await call(server.url, APP, '/user/getToken.json', [['name', 'C']])).json.code, 1003);
  });

  it('clips echoed input and says its length: a 100 KB unknown key, App-Key, Content-Type and nonce', async () => {
    const key = 'k'.repeat(100 * 1024);
    const unknown = await call(server.url, APP, '/user/getToken.json', [['userId', 'clip1'], ['name', 'n'], [key, 'v']]);
    assert.equal(unknown.json.code, 1003);
    assert.ok(unknown.text.length < 600, `${unknown.text.length} characters of body`);
    assert.match(unknown.json.errorMessage ?? '', /unknown parameter k{64}… \(102400 characters\)/);

    const appKey = await raw(server.url, signedHeaders({ appKey: 'a'.repeat(5000), appSecret: 's' }), 'userId=x&name=y');
    assert.ok(appKey.text.length < 600);
    assert.match(appKey.json.errorMessage, /\(5000 characters\)/);

    const type = await raw(server.url, signedHeaders(APP, { 'Content-Type': `text/${'p'.repeat(5000)}` }), 'userId=x&name=y');
    assert.ok(type.text.length < 600);
    assert.match(type.json.errorMessage, /\(5005 characters\)/);

    const nonce = 'n'.repeat(3000);
    const ts = String(Date.now());
    const h = { ...signedHeaders(APP), Nonce: nonce, Timestamp: ts, Signature: createHash('sha1').update(APP.appSecret + nonce + ts).digest('hex') };
    const long = await raw(server.url, h, 'userId=x&name=y');
    assert.equal(long.status, 401);
    assert.ok(long.text.length < 600);
    assert.match(long.json.errorMessage, /3000 characters; the limit is 64/);
  });
});

describe('sandbox command line: --behaviour and --inspect', () => {
  it('parses both, and refuses an unknown behaviour naming the choices', () => {
    assert.equal(parseCli(['--behaviour', 'realService']).options.behaviour, 'realService');
    assert.equal(parseCli([]).options.behaviour, undefined);
    assert.equal(parseCli(['--inspect']).options.inspect, true);
    assert.throws(() => parseCli(['--behaviour', 'live']), /--behaviour expects contract or realService, not "live"/);
  });
});
