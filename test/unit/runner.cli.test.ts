/**
 * rong-http run: exit codes 0/1/2 with messages that name the file and line, where requests go
 * (a request's own host wins over --base-url), variables from --env-file and --var, --bail, and
 * the App Secret in no output. Real sandboxes on 127.0.0.1.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SandboxServer, type SandboxApp } from '../../src/sandbox/server';
import { runCli, tempDir } from './support/runnerHarness';

const APP: SandboxApp = { appKey: 'runner-app', appSecret: 'runner-secret-5f1c9a0b7e' };
const ENV = { RONG_APP_SECRET: APP.appSecret };

const register = (userId: string, name = 'Name') => `POST /user/getToken.json\n\nuserId=${userId}&name=${name}\n`;

describe('rong-http run: exit codes and messages', () => {
  let sandbox: SandboxServer;
  let other: SandboxServer;
  let work: Awaited<ReturnType<typeof tempDir>>;
  const remote = () => ['--base-url', sandbox.url, '--app-key', APP.appKey];

  before(async () => {
    sandbox = await SandboxServer.start({ apps: [APP] });
    other = await SandboxServer.start({ apps: [APP] });
    work = await tempDir({
      'ok.rong.http': `### first\n${register('ok-1')}\n### second\n${register('ok-2')}`,
      'dup.rong.http': `${register('dup-1')}\n###\n${register('dup-1')}\n###\n${register('dup-2')}`,
      'bail.rong.http': `${register('bail-1')}\n###\n${register('bail-1')}\n###\n${register('bail-2')}`,
      'syntax.rong.http': 'POST /user/getToken.json\nuserId=a&name=b\n',
      'undefined.rong.http': '@name = A\n\nPOST /user/getToken.json\n\nuserId={{missing}}&name={{name}}\n',
      'method.rong.http': '\n\nGET /user/getToken.json\n',
      'query.rong.http': 'POST /user/getToken.json?userId=q-1\n\nuserId=q-1&name=Q\n',
      'vars.rong.http': '@name = fromFile\n@userId = file-user\n\nPOST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n',
      'env.txt': '# defaults\nuserId=env-user\nname="from env"\n',
      'bad-env.txt': 'just words\n',
    });
  });
  after(async () => {
    await sandbox.stop();
    await other.stop();
    await work.remove();
  });

  it('exits 0 when every request gets code 200, and lists each request by file and line', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), 'ok.rong.http'], ENV);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /✓ ok\.rong\.http:2 first ok-1/);
    assert.match(r.stdout, /✓ ok\.rong\.http:7 second ok-2/);
    assert.match(r.stdout, /2 requests: 2 passed, 0 failed/);
    assert.deepEqual(sandbox.registeredUserIds(APP.appKey).filter((u) => u.startsWith('ok-')), ['ok-1', 'ok-2']);
  });

  it('exits 1 when a request gets another code, naming its line, and still sends the rest', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), 'dup.rong.http'], ENV);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✗ dup\.rong\.http:6 .*expected code 200, got code 1004/);
    assert.match(r.stdout, /by code: 1004 ×1, 200 ×2/);
    assert.ok(sandbox.registeredUserIds(APP.appKey).includes('dup-2'));
  });

  it('a query string is refused with exit 2 (the send path would drop it), and nothing is sent', async () => {
    const r = await runCli(work.dir, ['run', ...remote(), 'query.rong.http'], ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /query\.rong\.http:1: the query string "\?userId=q-1" is not sent: Rong reads parameters from the form body/);
    assert.ok(!sandbox.registeredUserIds(APP.appKey).includes('q-1'));
  });

  it('{{$dotenv NAME}} reads the .env beside the file and {{$processEnv NAME}} the environment; a `< ./file` body is refused', async () => {
    const files = await tempDir({
      '.env': 'DOT_USER=dotenv-user\n',
      'env.rong.http': 'POST /user/getToken.json\n\nuserId={{$dotenv DOT_USER}}&name={{$processEnv RUNNER_NAME}}\n',
      'file.rong.http': 'POST /user/getToken.json\n\n< ./users.txt\n',
    });
    try {
      const r = await runCli(files.dir, ['run', ...remote(), 'env.rong.http'], { ...ENV, RUNNER_NAME: 'From Env' });
      assert.equal(r.code, 0, r.stderr);
      assert.ok(sandbox.registeredUserIds(APP.appKey).includes('dotenv-user'));
      const f = await runCli(files.dir, ['run', ...remote(), 'file.rong.http'], ENV);
      assert.equal(f.code, 2);
      assert.match(f.stderr, /file\.rong\.http:3: "< \.\/users\.txt": REST Client and httpyac send that file's content as the body/);
    } finally {
      await files.remove();
    }
  });

  it('--bail stops after the first failure: what follows is not sent', async () => {
    const r = await runCli(work.dir, ['run', '--bail', ...remote(), 'bail.rong.http'], ENV);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✗ bail\.rong\.http:6 /);
    assert.match(r.stdout, /– bail\.rong\.http:11 .*not sent: --bail/);
    assert.ok(!sandbox.registeredUserIds(APP.appKey).includes('bail-2'));
  });

  it('exits 2 for a syntax error, naming file and line, before anything is sent', async () => {
    const count = sandbox.requestCount;
    const r = await runCli(work.dir, ['run', ...remote(), 'ok.rong.http', 'syntax.rong.http'], ENV);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /syntax\.rong\.http:2: /);
    assert.equal(sandbox.requestCount, count, 'nothing was sent');
  });

  it('exits 2 for an undefined variable and for a method other than POST, with their lines', async () => {
    const u = await runCli(work.dir, ['run', ...remote(), 'undefined.rong.http'], ENV);
    assert.equal(u.code, 2);
    assert.match(u.stderr, /undefined\.rong\.http:5: \{\{missing\}\} is not defined/);
    const m = await runCli(work.dir, ['run', ...remote(), 'method.rong.http'], ENV);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /method\.rong\.http:3: \/user\/getToken\.json takes POST, not GET/);
  });

  it('exits 2 for usage errors: no secret, a secret as an argument, an unknown flag, a missing file, no match', async () => {
    const noSecret = await runCli(work.dir, ['run', ...remote(), 'ok.rong.http'], {});
    assert.equal(noSecret.code, 2);
    assert.match(noSecret.stderr, /RONG_APP_SECRET is not set/);
    const asArg = await runCli(work.dir, ['run', ...remote(), `--app-secret=${APP.appSecret}`, 'ok.rong.http'], {});
    assert.equal(asArg.code, 2);
    assert.match(asArg.stderr, /never a command-line argument/);
    assert.ok(!asArg.stderr.includes(APP.appSecret));
    const unknown = await runCli(work.dir, ['run', '--sandbox', '--frobnicate', 'ok.rong.http']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--frobnicate/);
    const missing = await runCli(work.dir, ['run', '--sandbox', 'nope.rong.http']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.rong\.http: cannot be read \(ENOENT\)/);
    const glob = await runCli(work.dir, ['run', '--sandbox', 'none/*.rong.http']);
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /none\/\*\.rong\.http: no file matches/);
    const unwritable = await runCli(work.dir, ['run', '--sandbox', '--output', 'no/such/dir/report.txt', 'ok.rong.http']);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /no\/such\/dir\/report\.txt: the report cannot be written here \(ENOENT\); nothing was sent/);
    const relative = await runCli(work.dir, ['run', '--app-key', APP.appKey, 'ok.rong.http'], ENV);
    assert.equal(relative.code, 2);
    assert.match(relative.stderr, /ok\.rong\.http:2: \/user\/getToken\.json names no host/);
  });

  it('a request that names its host (URL, Host header, @host) goes there, not to --base-url', async () => {
    const otherHost = new URL(other.url).host;
    const files = await tempDir({
      'full.rong.http': `POST ${other.url}/user/getToken.json\n\nuserId=host-url&name=A\n`,
      'header.rong.http': `POST /user/getToken.json\nHost: ${otherHost}\n\nuserId=host-header&name=A\n`,
      'var.rong.http': `@host = ${other.url}\n\nPOST /user/getToken.json\n\nuserId=host-var&name=A\n`,
      'plain.rong.http': 'POST /user/getToken.json\n\nuserId=host-default&name=A\n',
    });
    try {
      const r = await runCli(files.dir, ['run', ...remote(), '*.rong.http'], ENV);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(other.registeredUserIds(APP.appKey).sort(), ['host-header', 'host-url', 'host-var']);
      assert.ok(sandbox.registeredUserIds(APP.appKey).includes('host-default'));
      assert.match(r.stdout, new RegExp(`host-url → ${otherHost.replace(/\./g, '\\.')}`));
    } finally {
      await files.remove();
    }
  });

  it('warns when a file whose requests go to a local host also names a real one', async () => {
    const files = await tempDir({ 'mixed.rong.http': 'POST /user/getToken.json\n\nuserId=mix-1&name=A\n\n###\nPOST https://api.rong-api.invalid/user/getToken.json\n\nuserId=mix-2&name=B\n' });
    try {
      const r = await runCli(files.dir, ['run', ...remote(), '--timeout', '2000', '--retries', '0', 'mixed.rong.http'], ENV);
      assert.match(r.stderr, /mixed\.rong\.http:6: warning: this request goes to api\.rong-api\.invalid, a real host/);
      assert.doesNotMatch(r.stderr, /mixed\.rong\.http:1: warning/);
    } finally {
      await files.remove();
    }
  });

  it('variables: --env-file below the file, --var above it; a bad env line names its line', async () => {
    const fromFile = await runCli(work.dir, ['run', ...remote(), '--env-file', 'env.txt', 'vars.rong.http'], ENV);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.match(fromFile.stdout, / file-user /);
    const fromVar = await runCli(work.dir, ['run', ...remote(), '--env-file', 'env.txt', '--var', 'userId=var-user', 'vars.rong.http'], ENV);
    assert.equal(fromVar.code, 0, fromVar.stderr);
    assert.match(fromVar.stdout, / var-user /);
    const bad = await runCli(work.dir, ['run', ...remote(), '--env-file', 'bad-env.txt', 'vars.rong.http'], ENV);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad-env\.txt:1: expected NAME=value/);
  });

  it('the App Secret appears in no report and no message', async () => {
    for (const reporter of ['pretty', 'json', 'junit']) {
      const r = await runCli(work.dir, ['run', ...remote(), '--reporter', reporter, 'dup.rong.http'], ENV);
      assert.equal(r.code, 1);
      assert.ok(!r.stdout.includes(APP.appSecret) && !r.stderr.includes(APP.appSecret), reporter);
    }
  });

  it('--sandbox needs no credentials and runs against the embedded sandbox', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', 'ok.rong.http']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /sandbox 127\.0\.0\.1:\d+/);
  });

  it('speaks Chinese with --locale zh-cn', async () => {
    const r = await runCli(work.dir, ['run', '--sandbox', '--locale', 'zh-cn', 'ok.rong.http']);
    assert.match(r.stdout, /共 2 个请求：2 个通过，0 个失败/);
  });
});
