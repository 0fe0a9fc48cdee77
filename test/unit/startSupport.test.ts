/**
 * npm start's support (scripts/startSupport.mjs): a busy port is named with a free one to try, and a
 * SIGTERM to start.mjs ends code-server and everything it started, as code-server's wrapper leaves its
 * server running when only the wrapper is signalled.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const support = pathToFileURL(join(__dirname, '../../scripts/startSupport.mjs')).href;
type Support = {
  portInUse(port: number): Promise<boolean>;
  freePortAfter(port: number): Promise<number>;
  portInUseMessage(port: number, free: number): string;
};

const listening = (): Promise<Server> => new Promise((resolve) => {
  const server = createServer();
  server.listen(0, '127.0.0.1', () => resolve(server));
});

test('a busy port is found before starting and named with a free one to try', async () => {
  const { portInUse, freePortAfter, portInUseMessage } = (await import(support)) as Support;
  const server = await listening();
  const port = (server.address() as { port: number }).port;
  try {
    assert.equal(await portInUse(port), true);
    const free = await freePortAfter(port);
    assert.notEqual(free, port);
    assert.equal(await portInUse(free), false);
    assert.equal(portInUseMessage(port, free), `port ${port} is in use; try --port ${free}`);
  } finally {
    await new Promise((r) => server.close(r));
  }
  assert.equal(await portInUse(port), false);
});

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('SIGTERM to start.mjs ends the child and what the child started, then start.mjs exits', { skip: process.platform === 'win32' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rong-start-'));
  // A wrapper like code-server's: it starts a server process and exits on SIGTERM without it.
  const wrapper = join(dir, 'wrapper.cjs');
  writeFileSync(wrapper, `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
process.on('SIGTERM', () => process.exit(0)); console.log(c.pid); setInterval(() => {}, 1000);`);
  const starter = join(dir, 'start.mjs');
  writeFileSync(starter, `import { forwardSignals, spawnGroup } from ${JSON.stringify(support)};
const child = spawnGroup(process.execPath, [${JSON.stringify(wrapper)}], { stdio: ['ignore', 'inherit', 'inherit'] });
process.exit(await forwardSignals(child, { graceMs: 3000 }));`);
  const start = spawn(process.execPath, [starter], { stdio: ['ignore', 'pipe', 'inherit'] });
  let server = 0;
  try {
    server = await new Promise<number>((resolve) => start.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
    assert.ok(server > 0 && running(server));
    const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
    start.kill('SIGTERM');
    assert.equal(await exited, 0, 'start.mjs exits with the wrapper\'s code once it has exited');
    for (let i = 0; i < 40 && running(server); i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(running(server), false, 'the server the wrapper started is gone too');
  } finally {
    if (server && running(server)) process.kill(server, 'SIGKILL');
    start.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
