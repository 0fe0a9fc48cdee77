/**
 * rong-http run --profile NAME: a profile from rong-http.profiles.json (or --profiles FILE) gives
 * the App Key and host; the App Secret comes from RONG_APP_SECRET_<NAME> or RONG_APP_SECRET only,
 * never from the file, and appears in no output. Unknown profiles exit 2 naming the available ones.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand } from '../../src/runner/args';
import { secretVariableOf } from '../../src/runner/profiles';
import { UsageError } from '../../src/runner/usage';
import { SandboxServer, type SandboxApp } from '../../src/sandbox/server';
import { runCli, tempDir } from './support/runnerHarness';

const APP: SandboxApp = { appKey: 'profile-app', appSecret: 'profile-canary-secret-9d2e41' };
const register = (userId: string) => `POST /user/getToken.json\n\nuserId=${userId}&name=P\n`;

describe('rong-http run --profile', () => {
  let sandbox: SandboxServer;
  let work: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    sandbox = await SandboxServer.start({ apps: [APP] });
    work = await tempDir({ 'ok.rong.http': register('prof-1') });
  });
  after(async () => {
    await sandbox.stop();
    await work.remove();
  });

  const writeProfiles = async (dir: string, profiles: unknown) => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dir}/rong-http.profiles.json`, JSON.stringify(profiles));
  };

  it('reads rong-http.profiles.json in the current folder; the secret from RONG_APP_SECRET_<NAME>; the secret in no output', async () => {
    await writeProfiles(work.dir, { profiles: [{ name: 'local-dev', appKey: APP.appKey, baseUrl: sandbox.url }, { name: 'prod', appKey: 'k', region: 'singapore' }] });
    const r = await runCli(work.dir, ['run', '--profile', 'local-dev', '--reporter', 'json', 'ok.rong.http'], { RONG_APP_SECRET_LOCAL_DEV: APP.appSecret });
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const report = JSON.parse(r.stdout) as { cases: Array<{ status: string; host: string }> };
    assert.deepEqual(report.cases.map((c) => [c.status, c.host]), [['passed', new URL(sandbox.url).host]]);
    assert.ok(!(r.stdout + r.stderr).includes(APP.appSecret));
  });

  it('falls back to RONG_APP_SECRET: the request is signed and answered (1004, prof-1 was registered above)', async () => {
    await writeProfiles(work.dir, [{ name: 'local-dev', appKey: APP.appKey, baseUrl: sandbox.url }]);
    const ok = await runCli(work.dir, ['run', '--profile', 'local-dev', 'ok.rong.http'], { RONG_APP_SECRET: APP.appSecret });
    assert.equal(ok.code, 1, ok.stderr + ok.stdout);
    assert.match(ok.stdout, /code 1004/);
    assert.ok(!(ok.stdout + ok.stderr).includes(APP.appSecret));
  });

  it('unknown profile → exit 2 naming the file and the available profiles; a missing secret names its variable', async () => {
    await writeProfiles(work.dir, { profiles: [{ name: 'a', appKey: 'ka', baseUrl: sandbox.url }, { name: 'b', appKey: 'kb' }] });
    const unknown = await runCli(work.dir, ['run', '--profile', 'nope', 'ok.rong.http'], { RONG_APP_SECRET: APP.appSecret });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /rong-http\.profiles\.json.*has no profile "nope"; available: a, b/);
    const noSecret = await runCli(work.dir, ['run', '--profile', 'a', 'ok.rong.http']);
    assert.equal(noSecret.code, 2);
    assert.match(noSecret.stderr, /set RONG_APP_SECRET_A \(or RONG_APP_SECRET\)/);
  });

  it('--profiles FILE; a missing file, bad JSON, a secret in the file and unknown fields are exit 2 with what is wrong', async () => {
    const dir = await tempDir({
      'mine.json': JSON.stringify({ profiles: [{ name: 'x', appKey: APP.appKey, baseUrl: sandbox.url }] }),
      'bad.json': '{',
      'secret.json': JSON.stringify([{ name: 'x', appKey: 'k', appSecret: 'in-file' }]),
      'field.json': JSON.stringify([{ name: 'x', appKey: 'k', host: 'h' }]),
      'region.json': JSON.stringify([{ name: 'x', appKey: 'k', region: 'mars' }]),
      't.rong.http': register('prof-file'),
    });
    try {
      const ok = await runCli(dir.dir, ['run', '--profile', 'x', '--profiles', 'mine.json', 't.rong.http'], { RONG_APP_SECRET_X: APP.appSecret });
      assert.equal(ok.code, 0, ok.stderr + ok.stdout);
      const cases: Array<[string, RegExp]> = [
        ['missing.json', /missing\.json.*cannot be read \(ENOENT\)/],
        ['bad.json', /bad\.json.*is not JSON/],
        ['secret.json', /App Secret must not be in the file; set RONG_APP_SECRET_X/],
        ['field.json', /unknown field "host"/],
        ['region.json', /region must be one of china, singapore/],
      ];
      for (const [file, expected] of cases) {
        const r = await runCli(dir.dir, ['run', '--profile', 'x', '--profiles', file, 't.rong.http'], { RONG_APP_SECRET: APP.appSecret });
        assert.equal(r.code, 2, file);
        assert.match(r.stderr, expected, file);
        assert.ok(!r.stderr.includes('in-file'), 'a secret found in the file is never echoed');
      }
    } finally {
      await dir.remove();
    }
  });

  it('parses: region hosts, --base-url overrides, conflicts with --sandbox and --app-key are usage errors', async () => {
    const dir = await tempDir({ 'rong-http.profiles.json': JSON.stringify([{ name: 'sg', appKey: 'k-sg', region: 'singapore' }, { name: 'cn', appKey: 'k-cn' }]) });
    try {
      const env = { RONG_APP_SECRET_SG: 's-sg', RONG_APP_SECRET: 's-any' };
      const sg = parseCommand(['run', '--profile', 'sg', 'f.rong.http'], env, dir.dir);
      assert.ok(sg.kind === 'run');
      assert.deepEqual(sg.config.target, { kind: 'remote', baseUrl: 'https://api.sg-light-api.com', appKey: 'k-sg', appSecret: 's-sg' });
      const cn = parseCommand(['run', '--profile', 'cn', '--base-url', 'http://127.0.0.1:9/', 'f.rong.http'], env, dir.dir);
      assert.ok(cn.kind === 'run');
      assert.deepEqual(cn.config.target, { kind: 'remote', baseUrl: 'http://127.0.0.1:9', appKey: 'k-cn', appSecret: 's-any' });
      assert.throws(() => parseCommand(['run', '--profile', 'sg', '--sandbox', 'f'], env, dir.dir), UsageError);
      assert.throws(() => parseCommand(['run', '--profile', 'sg', '--app-key', 'k', 'f'], env, dir.dir), /leave out --app-key/);
      assert.throws(() => parseCommand(['run', '--profiles', 'x.json', '--app-key', 'k', 'f'], env, dir.dir), /--profiles FILE goes with --profile NAME/);
      assert.equal(secretVariableOf('dev-eu.1'), 'RONG_APP_SECRET_DEV_EU_1');
    } finally {
      await dir.remove();
    }
  });
});
