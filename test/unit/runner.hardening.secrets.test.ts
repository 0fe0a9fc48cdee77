/**
 * The App Secret never leaves in a request (issue 16, item 8): secret-named variables are kept out
 * of every variable source, and a request that would carry the secret's value, however it got
 * there, is refused before sending (exit 2, naming file:line, the secret never printed). A canary
 * secret and a local recorder show what would have been sent.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempDir } from './support/runnerHarness';
import { startRecorder, type Recorder } from './support/recorder';
import { isSecretVariableName, secretPlace } from '../../src/core/secrets';
import { liveSystemVariables, parseDocument, resolveRequest } from '../../src/core/rongHttp/index';

const CANARY = 'CANARY-secret-9f3e1d7c5b';
const ENV = { RONG_APP_SECRET: CANARY };

describe('rong-http run: the App Secret is never sent', () => {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder();
  });
  after(() => recorder.close());

  const request = (body: string, extra = '') => `POST ${recorder.url}/user/getToken.json\n${extra}\n${body}\n`;

  async function run(files: Record<string, string>, args: readonly string[] = []) {
    const dir = await tempDir(files);
    const before = recorder.requests.length;
    try {
      const r = await runCli(dir.dir, ['run', '--app-key', 'k1', ...args, 'a.rong.http'], ENV);
      return { ...r, arrived: recorder.requests.slice(before) };
    } finally {
      await dir.remove();
    }
  }

  function refused(r: Awaited<ReturnType<typeof run>>, pattern: RegExp) {
    assert.equal(r.code, 2, r.stderr + r.stdout);
    assert.match(r.stderr, pattern);
    assert.equal(r.arrived.length, 0, `nothing is sent: ${JSON.stringify(r.arrived)}`);
    for (const text of [r.stdout, r.stderr]) assert.ok(!text.includes(CANARY));
  }

  it('{{$dotenv RONG_APP_SECRET}} from a .env beside the file is never read (it reached the server, exit 0)', async () => {
    const r = await run({ 'a.rong.http': request('userId=u1&name={{$dotenv RONG_APP_SECRET}}'), '.env': `RONG_APP_SECRET=${CANARY}\n` });
    refused(r, /a\.rong\.http:\d+: .*\$dotenv NAME.*App Secret/);
  });

  it('{{RONG_APP_SECRET}} from --env-file is never a variable (it reached the server, exit 0)', async () => {
    const r = await run({ 'a.rong.http': request('userId=u1&name={{RONG_APP_SECRET}}'), 'secrets.env': `RONG_APP_SECRET=${CANARY}\nRONG_APP_SECRET_PROD=${CANARY}\n` }, ['--env-file', 'secrets.env']);
    refused(r, /a\.rong\.http:\d+: .*RONG_APP_SECRET.*not defined/);
  });

  it('{{$processEnv RONG_APP_SECRET_<NAME>}} is never read either', async () => {
    const r = await run({ 'a.rong.http': request('userId=u1&name={{$processEnv RONG_APP_SECRET}}') });
    refused(r, /a\.rong\.http:\d+: .*\$processEnv NAME/);
  });

  it('the secret\'s value under another name, in a parameter or a header, is refused naming file:line', async () => {
    const files = { '.env': `OTHER=${CANARY}\n` };
    const param = await run({ ...files, 'a.rong.http': request('userId=u1&name={{$dotenv OTHER}}') });
    refused(param, /a\.rong\.http:1: refused: parameter name would carry the App Secret/);
    const header = await run({ ...files, 'a.rong.http': request('userId=u1&name=A', 'X-Leak: pre-{{$dotenv OTHER}}\n') });
    refused(header, /a\.rong\.http:1: refused: header X-Leak would carry the App Secret/);
    const encoded = await run({ 'a.rong.http': request(`userId=u1&name=${encodeURIComponent(CANARY)}`) });
    refused(encoded, /a\.rong\.http:1: refused: parameter name/);
  });

  it('a data run whose rows carry the secret sends no row and exits 2 naming the file and line', async () => {
    const r = await run({ 'a.rong.http': request('userId={{id}}&name={{nick}}'), 'rows.csv': `id,nick\nu1,${CANARY}\nu2,${CANARY}\n` }, ['--data', 'rows.csv', '--rate', '0']);
    refused(r, /a\.rong\.http:1: refused: parameter name would carry the App Secret/);
  });

  it('a request without the secret still goes (the guard is not a blanket refusal)', async () => {
    const r = await run({ 'a.rong.http': request('userId=u1&name=A') });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.arrived.length, 1);
    assert.ok(!recorder.text().includes(CANARY));
  });
});

describe('the core: one rule for secret names, one guard for values', () => {
  it('secret-named variables are refused by $processEnv and $dotenv whatever holds them', () => {
    assert.ok(isSecretVariableName('RONG_APP_SECRET') && isSecretVariableName('RONG_APP_SECRET_PROD'));
    assert.ok(!isSecretVariableName('RONG_APP_KEY') && !isSecretVariableName('RONG_APP_SECRETS'));
    const live = liveSystemVariables({ env: { RONG_APP_SECRET_PROD: CANARY, X: 'x' }, dotenv: new Map([['RONG_APP_SECRET', CANARY]]) });
    assert.equal(live.evaluate('$processEnv', ['RONG_APP_SECRET_PROD']).ok, false);
    assert.equal(live.evaluate('$dotenv', ['RONG_APP_SECRET']).ok, false);
    assert.deepEqual(live.evaluate('$processEnv', ['X']), { ok: true, value: 'x' });
    const doc = parseDocument('POST /user/getToken.json\n\nuserId={{$dotenv RONG_APP_SECRET}}&name=A\n');
    const r = resolveRequest(doc, 0, { dotenv: new Map([['RONG_APP_SECRET', CANARY]]) })!;
    assert.ok(!JSON.stringify(r.params).includes(CANARY));
    assert.equal(r.problems.length, 1);
  });

  it('secretPlace names where the secret is (URL, header, parameter, encoded too), never the value', () => {
    const clean = { url: 'http://h/user/getToken.json', headers: [['A', 'b']] as const, params: [['userId', 'u']] as const };
    assert.equal(secretPlace(clean, [CANARY]), undefined);
    assert.equal(secretPlace({ ...clean, url: `http://h/${CANARY}` }, [CANARY]), 'the URL');
    assert.equal(secretPlace({ ...clean, headers: [['X-A', `x${CANARY}`]] }, [CANARY]), 'header X-A');
    assert.equal(secretPlace({ ...clean, headers: [[CANARY, 'v']] }, [CANARY]), 'header (a header name)');
    assert.equal(secretPlace({ ...clean, params: [['name', CANARY]] }, [CANARY]), 'parameter name');
    assert.equal(secretPlace({ ...clean, url: `http://h/?x=${encodeURIComponent('a b/' + CANARY)}` }, ['a b/' + CANARY]), 'the URL');
    assert.equal(secretPlace({ ...clean, params: [['name', 'abc']] }, ['abc']), undefined, 'a secret under 4 characters is not searched for');
  });
});
