/**
 * rong-http check: the editor's diagnostics in CI. Each reporter's exact shape on one fixture (an
 * unknown endpoint, an unknown parameter, a 1005 and a clean request), the codes equal to the core
 * diagnose() the editor calls, exit codes 0/1/2, GitHub's workflow-command escaping, --var and
 * --env-file, and that nothing is sent (a recorder on 127.0.0.1 named by @host gets no request).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENDPOINTS } from '../../src/core/contract';
import { IncrementalDiagnoser, diagnose, parseDocument, requestTemplate } from '../../src/core/rongHttp';
import { checkText } from '../../src/runner/check';
import { escapeData, escapeProperty } from '../../src/runner/reporters/checkGithub';
import { startRecorder, type Recorder } from './support/recorder';
import { runCli, tempDir } from './support/runnerHarness';

const FIXTURE = [
  '### unknown endpoint', 'POST /user/nothing.json', '', 'userId=a', '',
  '### unknown parameter', 'POST /user/getToken.json', '', 'userId=u1&name=A&colour=red', '',
  '### bad userId', 'POST /user/getToken.json', '', 'userId=a b&name=B', '',
  '### clean', 'POST /user/getToken.json', '', 'userId=u3&name=Ok', '',
].join('\n');

const CLEAN = 'POST /user/getToken.json\n\nuserId=u1&name=A\n';
const WARNING_ONLY = 'POST /user/nothing.json\n\nuserId=a\n';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: number | string;
  rule: string;
  message: string;
}

describe('rong-http check', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;

  before(async () => {
    work = await tempDir({
      'fixture.rong.http': FIXTURE,
      'clean.rong.http': CLEAN,
      'warn.rong.http': WARNING_ONLY,
      'vars.rong.http': '@name = FromFile\n\nPOST /user/getToken.json\n\nuserId={{userId}}&name={{name}}\n',
      'syntax.rong.http': 'POST /user/getToken.json\nuserId=a&name=b\n',
      'vars.env': 'userId=env-user\n',
      'a,b:c.rong.http': 'POST /user/getToken.json\n\nuserId=u1&name=A&we%25ird%0D%0Aname=1\n',
    });
  });
  after(() => work.remove());

  it('pretty: file:line:col severity rule message per finding, then the summary; exit 1 with an error', async () => {
    const r = await runCli(work.dir, ['check', 'fixture.rong.http']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, [
      'fixture.rong.http:2:6 warning unknownEndpoint Unknown endpoint /user/nothing.json: its parameters are not checked',
      'fixture.rong.http:9:18 error unknownParam 1003 · unknown parameter colour',
      'fixture.rong.http:14:8 error invalidParam 1005 · userId must not contain whitespace',
      '',
      '1 file(s) checked: 2 error(s), 1 warning(s); nothing was sent',
      '',
    ].join('\n'));
    assert.equal(r.stderr, '');
  });

  it('pretty: groups by file in the order given, a blank line between files', async () => {
    const r = await runCli(work.dir, ['check', 'warn.rong.http', 'clean.rong.http', 'fixture.rong.http']);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'warn.rong.http:1:6 warning unknownEndpoint Unknown endpoint /user/nothing.json: its parameters are not checked');
    assert.equal(lines[1], '');
    assert.match(lines[2], /^fixture\.rong\.http:2:6 warning/);
    assert.match(r.stdout, /3 file\(s\) checked: 2 error\(s\), 2 warning\(s\)/);
  });

  it('json: an array of {file, line, column, severity, code, rule, message}, 1-based', async () => {
    const r = await runCli(work.dir, ['check', '--reporter', 'json', 'fixture.rong.http']);
    assert.equal(r.code, 1);
    assert.deepEqual(JSON.parse(r.stdout), [
      { file: 'fixture.rong.http', line: 2, column: 6, severity: 'warning', code: 'unknownEndpoint', rule: 'unknownEndpoint', message: 'Unknown endpoint /user/nothing.json: its parameters are not checked' },
      { file: 'fixture.rong.http', line: 9, column: 18, severity: 'error', code: 1003, rule: 'unknownParam', message: '1003 · unknown parameter colour' },
      { file: 'fixture.rong.http', line: 14, column: 8, severity: 'error', code: 1005, rule: 'invalidParam', message: '1005 · userId must not contain whitespace' },
    ]);
  });

  it('json: the codes, rules, severities and positions are those of the core diagnose() the editor calls', async () => {
    const texts = { 'fixture.rong.http': FIXTURE, 'syntax.rong.http': 'POST /user/getToken.json\nuserId=a&name=b\n' };
    for (const [file, text] of Object.entries(texts)) {
      const r = await runCli(work.dir, ['check', '--reporter', 'json', file]);
      const found = (JSON.parse(r.stdout) as JsonFinding[]).map((f) => [f.line, f.column, f.severity, f.code, f.rule, f.message]);
      const editor = diagnose(parseDocument(text), { locale: 'en' })
        .map((d) => [d.range.startLine + 1, d.range.startCharacter + 1, d.severity, d.code ?? d.rule, d.rule, d.message] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      assert.ok(editor.length > 0, `${file} has diagnostics in the editor`);
      assert.deepEqual(found, editor, file);
      // The editor's documents go through IncrementalDiagnoser, which must agree with diagnose().
      const incremental = new IncrementalDiagnoser({ locale: 'en' }).update(text).diagnostics;
      assert.deepEqual(incremental.map((d) => [d.range.startLine + 1, d.code ?? d.rule]).sort(), editor.map((e) => [e[0], e[3]]).sort(), file);
    }
  });

  it('github: one ::error or ::warning command per finding, with file, line, col and title', async () => {
    const r = await runCli(work.dir, ['check', '--reporter', 'github', 'fixture.rong.http']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, [
      '::warning file=fixture.rong.http,line=2,col=6,title=rong-http check (unknownEndpoint)::Unknown endpoint /user/nothing.json: its parameters are not checked',
      '::error file=fixture.rong.http,line=9,col=18,title=rong-http check (unknownParam)::1003 · unknown parameter colour',
      '::error file=fixture.rong.http,line=14,col=8,title=rong-http check (invalidParam)::1005 · userId must not contain whitespace',
      '',
    ].join('\n'));
  });

  it('github: % CR LF escaped in the message, and : , too in properties (the runner toolkit\'s rules)', async () => {
    assert.equal(escapeData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
    assert.equal(escapeProperty('a%b\r\nc:d,e'), 'a%25b%0D%0Ac%3Ad%2Ce');
    const r = await runCli(work.dir, ['check', '--reporter', 'github', 'a,b:c.rong.http']);
    const lines = r.stdout.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, r.stdout);
    assert.equal(lines[0], '::error file=a%2Cb%3Ac.rong.http,line=3,col=18,title=rong-http check (unknownParam)::1003 · unknown parameter we%25ird%0D%0Aname');
  });

  it('exit 0 on a clean file and on warnings only; --max-warnings N fails on more than N', async () => {
    const clean = await runCli(work.dir, ['check', 'clean.rong.http']);
    assert.equal(clean.code, 0, clean.stdout);
    assert.equal(clean.stdout, '1 file(s) checked: 0 error(s), 0 warning(s); nothing was sent\n');
    assert.equal((await runCli(work.dir, ['check', 'warn.rong.http'])).code, 0);
    assert.equal((await runCli(work.dir, ['check', '--max-warnings', '1', 'warn.rong.http'])).code, 0);
    const over = await runCli(work.dir, ['check', '--max-warnings', '0', 'warn.rong.http']);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warning\(s\): more than --max-warnings 0/);
  });

  it('a syntax error is a finding (exit 1, as the editor shows it), not a file error', async () => {
    const r = await runCli(work.dir, ['check', '--reporter', 'json', 'syntax.rong.http']);
    assert.equal(r.code, 1, r.stderr);
    const found = JSON.parse(r.stdout) as JsonFinding[];
    assert.ok(found.some((f) => f.severity === 'error' && f.line === 2), r.stdout);
  });

  it('exit 2 on a usage or file error, naming what is wrong', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', '--bogus', 'clean.rong.http'], /Unknown option '--bogus'/],
      [['check', '--sandbox', 'clean.rong.http'], /--sandbox is not an option of rong-http check, which sends nothing/],
      [['check', '--app-key', 'k', 'clean.rong.http'], /--app-key is not an option of rong-http check/],
      [['check', '--reporter', 'junit', 'clean.rong.http'], /--reporter takes pretty, json, github, not "junit"/],
      [['check', '--max-warnings=-1', 'clean.rong.http'], /--max-warnings takes a whole number 0–1000000, not "-1"/],
      [['check'], /name at least one \.rong\.http file or glob: rong-http check FILE/],
      [['check', 'nothing/**/*.rong.http'], /nothing\/\*\*\/\*\.rong\.http: no file matches/],
      [['check', 'missing.rong.http'], /missing\.rong\.http: cannot be read \(ENOENT\)/],
      [['check', '--env-file', 'missing.env', 'clean.rong.http'], /missing\.env: cannot be read \(ENOENT\)/],
      [['run', '--sandbox', '--max-warnings', '1', 'clean.rong.http'], /--max-warnings goes with rong-http check/],
      [['lint', 'clean.rong.http'], /unknown command "lint": rong-http run FILE… or rong-http check FILE…/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(work.dir, args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stdout, '', 'no partial report');
    }
  });

  it('a folder given as a file is a file error, and no report is written for the files before it', async () => {
    const dir = await tempDir({ 'ok.rong.http': CLEAN });
    try {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(`${dir.dir}/folder.rong.http`);
      const r = await runCli(dir.dir, ['check', 'ok.rong.http', 'folder.rong.http']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /folder\.rong\.http: cannot be read \(EISDIR\)/);
      assert.equal(r.stdout, '');
    } finally {
      await dir.remove();
    }
  });

  it('globs expand as for run; paths are shown relative to the working directory', async () => {
    const dir = await tempDir({});
    try {
      const { mkdir, writeFile } = await import('node:fs/promises');
      await mkdir(`${dir.dir}/api/user`, { recursive: true });
      await writeFile(`${dir.dir}/api/user/bad.rong.http`, WARNING_ONLY);
      await writeFile(`${dir.dir}/api/ok.rong.http`, CLEAN);
      const r = await runCli(dir.dir, ['check', '--reporter', 'json', 'api/**/*.rong.http']);
      assert.equal(r.code, 0);
      assert.deepEqual((JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.file), ['api/user/bad.rong.http']);
    } finally {
      await dir.remove();
    }
  });

  it('variables: the file\'s own, --env-file below them and --var above, as run lays them; an override is no duplicate', async () => {
    const none = await runCli(work.dir, ['check', '--reporter', 'json', 'vars.rong.http']);
    assert.equal(none.code, 1);
    assert.deepEqual((JSON.parse(none.stdout) as JsonFinding[]).map((f) => f.rule), ['undefinedVariable']);
    assert.equal((await runCli(work.dir, ['check', '--env-file', 'vars.env', 'vars.rong.http'])).code, 0);
    const override = await runCli(work.dir, ['check', '--reporter', 'json', '--var', 'userId=u1', '--var', 'name=Other', 'vars.rong.http']);
    assert.equal(override.code, 0, override.stdout);
    assert.deepEqual(JSON.parse(override.stdout), [], 'no duplicateVariable for a --var over the file\'s @name');
    const bad = await runCli(work.dir, ['check', '--reporter', 'json', '--var', 'userId=a b', 'vars.rong.http']);
    assert.equal(bad.code, 1);
    assert.deepEqual((JSON.parse(bad.stdout) as JsonFinding[]).map((f) => [f.line, f.code]), [[5, 1005]], 'the --var value is checked');
  });

  it('--locale zh-cn: the core\'s Chinese messages and summary', async () => {
    const r = await runCli(work.dir, ['check', '--locale', 'zh-cn', 'fixture.rong.http']);
    const zh = diagnose(parseDocument(FIXTURE), { locale: 'zh-cn' }).find((d) => d.rule === 'unknownEndpoint');
    assert.ok(zh && /[\u4e00-\u9fff]/.test(zh.message));
    assert.ok(r.stdout.includes(zh.message), r.stdout);
    assert.match(r.stdout, /共检查 1 个文件：2 个错误，1 个警告；未发送任何请求/);
  });

  it('rong-http --help describes check, its reporters and exit codes', async () => {
    const r = await runCli(work.dir, ['--help']);
    assert.match(r.stdout, /rong-http check FILE\|GLOB…/);
    assert.match(r.stdout, /pretty \(default\), json or github/);
    assert.match(r.stdout, /--max-warnings N/);
  });

  it('a file with one request per endpoint, built from the contract data\'s examples, has no error', () => {
    const text = ENDPOINTS.map((e) => requestTemplate(e)).join('\n');
    const findings = checkText('all.rong.http', text, 'en');
    assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
    assert.ok(parseDocument(text).blocks.filter((b) => b.request).length >= ENDPOINTS.length, 'every endpoint has its request');
  });
});

describe('rong-http check sends nothing', () => {
  let recorder: Recorder;
  before(async () => {
    recorder = await startRecorder({ answer: () => ({ body: '{"code":200,"userId":"u1","token":"t"}' }) });
  });
  after(() => recorder.close());

  it('a recorder named by @host gets no request from check, and both from run of the same file', async () => {
    const file = `@host = ${recorder.url}\n\n# @name first\nPOST {{host}}/user/getToken.json\n\nuserId=u1&name=A\n\n###\nPOST {{host}}/user/getToken.json\n\nuserId={{first.response.body.userId}}&name=B\n`;
    const dir = await tempDir({ 'hosted.rong.http': file });
    try {
      const r = await runCli(dir.dir, ['check', 'hosted.rong.http'], { RONG_APP_SECRET: 'check-secret-4b2e9f01' });
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, '1 file(s) checked: 0 error(s), 0 warning(s); nothing was sent\n');
      assert.equal(recorder.requests.length, 0, 'check sent nothing, not even the request a reference depends on');
      // The same file does reach the recorder when run: the host is right, so the silence above is check's.
      const sent = await runCli(dir.dir, ['run', '--app-key', 'k', 'hosted.rong.http'], { RONG_APP_SECRET: 'check-secret-4b2e9f01' });
      assert.equal(recorder.requests.length, 2, sent.stdout + sent.stderr);
    } finally {
      await dir.remove();
    }
  });
});
