/**
 * The rong-http tarball outside the repository: packed as `npm run package` packs it, installed
 * into an empty folder with npm (offline: it has no dependencies), and its `rong-http run
 * --sandbox` run from there: exit 0 and a valid JUnit file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { REPO, tempDir } from './support/runnerHarness';

const run = promisify(execFile);

describe('the rong-http package', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let tgz: string;

  before(async () => {
    work = await tempDir();
    await run(process.execPath, [join(REPO, 'scripts/pack-cli.mjs'), 'rong-http', '--out', work.dir], { cwd: REPO });
    const version = (JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    tgz = join(work.dir, `rong-http-${version}.tgz`);
  });
  after(() => work.remove());

  it('installs into an empty folder and runs a file against its embedded sandbox', { timeout: 120_000 }, async () => {
    assert.ok((await readdir(work.dir)).includes(tgz.split('/').pop() as string), 'rong-http-<version>.tgz was written');
    const app = join(work.dir, 'app');
    await mkdir(app);
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tgz], { cwd: app });
    const manifest = JSON.parse(await readFile(join(app, 'node_modules/rong-http/package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.dependencies, undefined, 'no runtime dependencies: everything is bundled');
    assert.deepEqual(manifest.engines, { node: '>=20' });
    assert.deepEqual(manifest.bin, { 'rong-http': 'dist/rong-http.js' });

    await writeFile(join(app, 'file.rong.http'), '### one\nPOST /user/getToken.json\n\nuserId=pkg-1&name=A\n\n### two\nPOST /user/getToken.json\n\nuserId=pkg-2&name=B\n');
    const bin = join(app, 'node_modules/.bin/rong-http');
    // execFile rejects on an exit code other than 0.
    const { stderr } = await run(bin, ['run', '--sandbox', 'file.rong.http', '--reporter', 'junit', '--output', 'report.xml'], { cwd: app, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    assert.doesNotMatch(stderr, /rong-http:/, 'no error');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => { if (level !== 'warning') errors.push(msg); } })
      .parseFromString(await readFile(join(app, 'report.xml'), 'utf8'), 'text/xml');
    assert.deepEqual(errors, []);
    const suites = doc.getElementsByTagName('testsuites')[0];
    assert.equal(suites.getAttribute('tests'), '2');
    assert.equal(suites.getAttribute('failures'), '0');
    assert.equal(doc.getElementsByTagName('testcase').length, 2);
  });
});
