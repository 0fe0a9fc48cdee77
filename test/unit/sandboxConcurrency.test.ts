/**
 * The sandbox under load: 1,000 concurrent requests mixing good, badly signed and duplicate
 * registrations, and a state file that stays a whole snapshot when the process is killed mid-write.
 * Signatures are computed here with node:crypto, independently of src/core/signing.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { openJournal } from '../../src/sandbox/journal';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SandboxServer, type SandboxApp } from '../../src/sandbox/server';

const APP: SandboxApp = { appKey: 'load-app', appSecret: 'load-secret' };
const REPO = join(__dirname, '..', '..');

interface Reply {
  status: number;
  code: number;
  userId?: string;
  token?: string;
}

let nonce = 1_000_000;

function send(agent: Agent, base: string, app: SandboxApp, userId: string, opts: { badSignature?: boolean } = {}): Promise<Reply> {
  const n = String(nonce++);
  const ts = String(Date.now());
  const sig = createHash('sha1').update((opts.badSignature ? 'not-the-secret' : app.appSecret) + n + ts).digest('hex');
  const body = `userId=${encodeURIComponent(userId)}&name=${encodeURIComponent(`Name ${userId}`)}`;
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/user/getToken.json`,
      {
        method: 'POST',
        agent,
        headers: {
          'App-Key': app.appKey,
          Nonce: n,
          Timestamp: ts,
          Signature: sig,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<Reply, 'status'>;
            resolve({ status: res.statusCode ?? 0, ...json });
          } catch (err) {
            reject(err instanceof Error ? err : new Error(String(err)));
          }
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(20_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** userId → its newest token, as the state file (the journal) holds them; read with the writer gone. */
async function kept(statePath: string): Promise<Map<string, string>> {
  const journal = await openJournal(statePath);
  try {
    const tokens = new Map<string, string>();
    for (const r of (await journal.load()) as Array<{ t: string; app?: string; userId?: string; token?: string }>) {
      if (r.t === 'token' && r.app === APP.appKey) tokens.set(r.userId!, r.token!);
    }
    return tokens;
  } finally {
    await journal.close();
  }
}

describe('sandbox under concurrency', () => {
  it('1,000 concurrent requests: every user registered exactly once, every answer right, the state file exact', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-sandbox-load-'));
    const statePath = join(dir, 'state.json');
    const server = await SandboxServer.start({ apps: [APP], statePath });
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    try {
      // 300 users sent 3 times each (900), plus 100 badly signed requests for users never registered.
      type Job = { userId: string; bad: boolean };
      const jobs: Job[] = [];
      for (let i = 0; i < 300; i++) for (let k = 0; k < 3; k++) jobs.push({ userId: `user-${i}-用户`, bad: false });
      for (let i = 0; i < 100; i++) jobs.push({ userId: `intruder-${i}`, bad: true });
      shuffle(jobs);
      assert.equal(jobs.length, 1000);

      const replies = await Promise.all(jobs.map((j) => send(agent, server.url, APP, j.userId, { badSignature: j.bad })));

      const wins = new Map<string, string>();
      for (const [i, r] of replies.entries()) {
        const job = jobs[i];
        if (job.bad) {
          assert.deepEqual([r.status, r.code], [401, 401], `bad signature for ${job.userId}`);
          continue;
        }
        if (r.code === 200) {
          assert.equal(r.status, 200);
          assert.equal(r.userId, job.userId);
          assert.ok(!wins.has(job.userId), `${job.userId} was registered twice`);
          wins.set(job.userId, r.token ?? '');
        } else {
          assert.deepEqual([r.status, r.code], [400, 1004], `duplicate of ${job.userId}`);
        }
      }
      assert.equal(wins.size, 300, 'every user is registered once');
      assert.equal(new Set(wins.values()).size, 300, 'tokens are distinct');
      assert.deepEqual(new Set(server.registeredUserIds(APP.appKey)), new Set(wins.keys()));
      assert.equal(server.requestCount, 1000);

      await server.stop();
      const users = await kept(statePath);
      assert.equal(users.size, 300);
      for (const [userId, token] of wins) assert.equal(users.get(userId), token, userId);
      assert.deepEqual(await readdir(dir), ['state.json']);
    } finally {
      agent.destroy();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('SIGKILL during writes loses no acknowledged registration, and a restart from the file works', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rong-sandbox-kill-'));
    const statePath = join(dir, 'state.json');
    const cli = join(REPO, 'src', 'sandbox', 'cli.ts');
    const startCli = async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--app', `${APP.appKey}:${APP.appSecret}`, '--state', statePath], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stderr!.resume();
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
      const rl = createInterface({ input: child.stdout! });
      let first: string | undefined;
      for await (const line of rl) {
        first = line;
        break;
      }
      assert.ok(first, 'the CLI printed no first line');
      return { child, exited, url: (JSON.parse(first) as { url: string }).url };
    };
    const agent = new Agent({ keepAlive: true, maxSockets: 32 });
    try {
      const { child, exited, url } = await startCli();
      const tokens = new Map<string, string>();
      const sent = new Set<string>();
      let next = 0;
      let killed = false;
      // 32 workers keep registering (so writes keep happening) until the process is killed.
      const worker = async () => {
        while (!killed) {
          const userId = `victim-${next++}`;
          sent.add(userId);
          try {
            const r = await send(agent, url, APP, userId);
            if (r.code === 200) tokens.set(userId, r.token ?? '');
            if (tokens.size >= 400 && !killed) {
              killed = true;
              child.kill('SIGKILL');
            }
          } catch {
            // requests in flight when the process dies fail: expected
          }
        }
      };
      await Promise.all(Array.from({ length: 32 }, worker));
      assert.equal(await exited, 'SIGKILL');

      // Every registration that got 200 is in the file with its token; nothing that was never sent is.
      const inFileTokens = await kept(statePath);
      const inFile = [...inFileTokens.keys()];
      assert.ok(inFile.length > 0, 'nothing was written before the kill');
      for (const userId of inFile) assert.ok(sent.has(userId), `${userId} was never sent`);
      for (const [userId, token] of tokens) assert.equal(inFileTokens.get(userId), token, `${userId} got 200 but is not kept`);

      // Restart from it: the users in the file are 1004, one that is not in it registers.
      agent.destroy();
      const again = new Agent({ keepAlive: true, maxSockets: 32 });
      const second = await startCli();
      try {
        const checks = await Promise.all(inFile.map((u) => send(again, second.url, APP, u)));
        assert.ok(checks.every((r) => r.code === 1004), 'a user in the file could register again');
        assert.equal((await send(again, second.url, APP, 'after-restart')).code, 200);
      } finally {
        again.destroy();
        second.child.kill('SIGTERM');
        assert.equal(await second.exited, 0);
      }
      const finalUsers = [...(await kept(statePath)).keys()];
      assert.deepEqual(finalUsers.slice(0, inFile.length), inFile, 'the file kept its order: old users first');
      assert.ok(finalUsers.includes('after-restart'));
      assert.deepEqual((await readdir(dir)).filter((n) => n.endsWith('.tmp')), [], 'no temporary file is left behind');
    } finally {
      agent.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
