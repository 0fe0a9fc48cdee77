/**
 * sandbox.throughput_ratio: signed getToken requests per second against the sandbox, divided by the
 * same against a minimal node:http server that reads the body and answers the same JSON shape. Same
 * client (an undici Pool, 32 connections, 32 requests in flight, distinct userIds), same process, same
 * run; the two are measured in alternating rounds so that machine noise falls on both.
 * sandbox.throughput_ratio_state: the same with a state file, each answer sent once its change is on disk
 * (appends share a write), for information.
 * sandbox.mixed_ratio: the same comparison for a mix of 20 endpoints across modules (MIX below: reads and
 * writes of users, tags, blacklists, messages and their history, groups, chatrooms and their entries),
 * sent in turn so that each has a twentieth of the requests, against a sandbox seeded with 200 users,
 * 20 groups of 10 and 20 chatrooms of 10; in memory (no state file), no goal of its own (the issue sets
 * none). The minimal server answers every one of them with the same small JSON.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { SandboxServer, type SandboxApp } from '../src/sandbox/server';
import type { BenchFigure } from './figure';
import { startMinimal } from './minimalServer';

const APP: SandboxApp = { appKey: 'bench-app', appSecret: 'bench-secret' };
const CONCURRENCY = 32;
const ROUNDS = 3;
const ROUND_MS = 1000; // 3 s per server in all
const WARMUP_MS = 500;

let sequence = 0;

/** One request of a load: its path and form body (or JSON body). */
interface Shot {
  readonly path: string;
  readonly form?: string;
  readonly json?: unknown;
}

/** Signed registrations with distinct userIds (the throughput ratios' request). */
const register = (runId: string): Shot => ({ path: '/user/getToken.json', form: `userId=${runId}-${sequence++}&name=Bench+User` });

/** One signed request on the pool; throws unless it answers HTTP 200 with code 200. */
async function send(pool: Pool, shot: Shot): Promise<void> {
  const nonce = String(100000 + (sequence++ % 900000));
  const timestamp = String(Date.now());
  const signature = createHash('sha1').update(APP.appSecret + nonce + timestamp).digest('hex');
  const res = await pool.request({
    path: shot.path,
    method: 'POST',
    headers: {
      'app-key': APP.appKey,
      nonce,
      timestamp,
      signature,
      'content-type': shot.json === undefined ? 'application/x-www-form-urlencoded' : 'application/json',
    },
    body: shot.json === undefined ? shot.form ?? '' : JSON.stringify(shot.json),
  });
  const body = (await res.body.json()) as { code?: number };
  if (res.statusCode !== 200 || body.code !== 200) throw new Error(`unexpected answer to ${shot.path}: ${res.statusCode} ${JSON.stringify(body).slice(0, 200)}`);
}

/** Sends signed requests made by `next` for `ms`; returns the number of answers. */
async function load(url: string, ms: number, runId: string, next: (runId: string) => Shot = register): Promise<number> {
  const pool = new Pool(url, { connections: CONCURRENCY, pipelining: 1 });
  const until = performance.now() + ms;
  let done = 0;
  const worker = async () => {
    while (performance.now() < until) {
      await send(pool, next(runId));
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await pool.close();
  return done;
}

/** Requests a second against each server, warmed up then timed in alternating rounds (the machine's noise hits both alike). */
async function sideBySide(name: string, minimalUrl: string, sandboxUrl: string, next?: (runId: string) => Shot): Promise<{ sandboxRps: number; minimalRps: number; ratio: number }> {
  await load(minimalUrl, WARMUP_MS, `${name}-w`, next);
  await load(sandboxUrl, WARMUP_MS, `${name}-w`, next);
  let sandboxCount = 0;
  let minimalCount = 0;
  for (let round = 0; round < ROUNDS; round++) {
    minimalCount += await load(minimalUrl, ROUND_MS, `${name}-${round}`, next);
    sandboxCount += await load(sandboxUrl, ROUND_MS, `${name}-${round}`, next);
  }
  const seconds = (ROUNDS * ROUND_MS) / 1000;
  const sandboxRps = sandboxCount / seconds;
  const minimalRps = minimalCount / seconds;
  return { sandboxRps, minimalRps, ratio: Math.round((sandboxRps / minimalRps) * 1000) / 1000 };
}

async function compare(name: string, statePath: string | undefined): Promise<BenchFigure> {
  const sandbox = await SandboxServer.start({ apps: [APP], statePath });
  const minimal = await startMinimal();
  try {
    const { sandboxRps, minimalRps, ratio } = await sideBySide(name, minimal.url, sandbox.url);
    return {
      name,
      value: ratio,
      unit: 'ratio',
      baseline: Math.round(minimalRps),
      ratio,
      // The goal is for the sandbox as tests and most users run it; the state file variant is for information.
      ...(statePath ? {} : { goal: '>= 0.7' }),
      note:
        `sandbox ${Math.round(sandboxRps)} req/s vs minimal node:http ${Math.round(minimalRps)} req/s (baseline); ` +
        `undici Pool, ${CONCURRENCY} in flight, ${ROUNDS}×${ROUND_MS} ms each, alternating; client in the same process` +
        (statePath ? '; sandbox with a state file (durable: each answer waits for the write that holds it; writes shared) as it grows to tens of thousands of users' : ''),
    };
  } finally {
    await sandbox.stop();
    await minimal.stop();
  }
}

/** Users, groups and chatrooms the mix reads and writes (seeded before the rounds). */
const SEED_USERS = 200;
const SEED_GROUPS = 20;
const SEED_CHATROOMS = 20;
const u = (i: number) => `mix-u${i % SEED_USERS}`;
const g = (i: number) => `mix-g${i % SEED_GROUPS}`;
const c = (i: number) => `mix-c${i % SEED_CHATROOMS}`;
const text = encodeURIComponent('{"content":"hello"}');
const HOUR_MS = 3_600_000;

/**
 * sandbox.mixed_ratio's 20 endpoints, each a request made from a running number i (spread over the seeded
 * users, groups and chatrooms): 8 of users (with tags and blacklists), 4 of messages and history, 3 of
 * groups, 5 of chatrooms (with entries). Writes that would grow without end (joins, blacklists) are
 * paired with their removal and entries cycle over 50 keys, so that the state stays the size the seed
 * made; sends grow the message store (bounded by --max-messages).
 */
const MIX: ReadonlyArray<(i: number, runId: string) => Shot> = [
  // users
  (i, r) => ({ path: '/user/getToken.json', form: `userId=${r}-${i}&name=Mix+User` }),
  (i) => ({ path: '/user/info.json', form: `userId=${u(i)}` }),
  (i) => ({ path: '/user/refresh.json', form: `userId=${u(i)}&name=Mix+${i}` }),
  (i) => ({ path: '/user/checkOnline.json', form: `userId=${u(i)}` }),
  (i) => ({ path: '/user/tag/set.json', json: { userId: u(i), tags: ['mix', `t${i % 7}`] } }),
  (i) => ({ path: '/user/tags/get.json', form: `userIds=${u(i)}&userIds=${u(i + 1)}` }),
  (i) => ({ path: '/user/blacklist/add.json', form: `userId=${u(i)}&blackUserId=${u(i + 1)}` }),
  (i) => ({ path: '/user/blacklist/remove.json', form: `userId=${u(i)}&blackUserId=${u(i + 1)}` }),
  // messages and history
  (i) => ({ path: '/message/private/publish.json', form: `fromUserId=${u(i)}&toUserId=${u(i + 1)}&objectName=RC:TxtMsg&content=${text}` }),
  (i) => ({ path: '/message/group/publish.json', form: `fromUserId=${u(i)}&toGroupId=${g(i)}&objectName=RC:TxtMsg&content=${text}` }),
  (i) => ({ path: '/message/chatroom/publish.json', form: `fromUserId=${u(i)}&toChatroomId=${c(i)}&objectName=RC:TxtMsg&content=${text}` }),
  (i) => ({
    path: '/v3/message/private/query.json',
    json: { userId: u(i), targetId: u(i + 1), startTime: Date.now() - HOUR_MS, endTime: Date.now() + 60_000, pageSize: 20, includeStart: true },
  }),
  // groups
  (i) => ({ path: '/group/join.json', form: `userId=${u(i + 7)}&groupId=${g(i)}&groupName=Mix` }),
  (i) => ({ path: '/group/user/query.json', form: `groupId=${g(i)}` }),
  (i) => ({ path: '/group/quit.json', form: `userId=${u(i + 7)}&groupId=${g(i)}` }),
  // chatrooms and their entries
  (i) => ({ path: '/chatroom/query.json', form: `chatroomId=${c(i)}` }),
  (i) => ({ path: '/chatroom/user/query.json', form: `chatroomId=${c(i)}&count=50&order=1` }),
  (i) => ({ path: '/chatroom/user/exist.json', form: `chatroomId=${c(i)}&userId=${u(i)}` }),
  (i) => ({ path: '/chatroom/entry/set.json', form: `chatroomId=${c(i)}&userId=${u(i)}&key=k${i % 50}&value=v${i}` }),
  (i) => ({ path: '/chatroom/entry/query.json', form: `chatroomId=${c(i)}&keys=k${i % 50}` }),
];

/** What the sandbox holds before the mixed rounds: users, groups of ten, chatrooms (their members join below). */
const SEED: Shot[] = [
  ...Array.from({ length: SEED_USERS }, (_, i) => ({ path: '/user/getToken.json', form: `userId=${u(i)}&name=Mix+${i}` })),
  ...Array.from({ length: SEED_GROUPS }, (_, i) => ({
    path: '/group/create.json',
    form: `${Array.from({ length: 10 }, (_, k) => `userId=${u(i * 10 + k)}`).join('&')}&groupId=${g(i)}&groupName=Mix`,
  })),
  { path: '/chatroom/create.json', form: Array.from({ length: SEED_CHATROOMS }, (_, i) => `chatroom[${c(i)}]=Mix`).join('&') },
];

/** Ten members per chatroom, joined as clients do (the /_sandbox/ control: the Server API has no join). */
async function joinChatrooms(url: string): Promise<void> {
  for (let i = 0; i < SEED_CHATROOMS * 10; i++) {
    const res = await fetch(`${url}/_sandbox/clients/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: u(i), chatroomId: c(Math.floor(i / 10)), app: APP.appKey }),
    });
    if (res.status !== 200) throw new Error(`clients/join answered ${res.status} ${await res.text()}`);
  }
}

/** The same warm-up and alternating rounds as compare(), for the mix (after seeding the sandbox). */
async function compareMixed(name: string): Promise<BenchFigure> {
  const sandbox = await SandboxServer.start({ apps: [APP] });
  const minimal = await startMinimal();
  try {
    const seeder = new Pool(sandbox.url, { connections: 1 });
    for (const shot of SEED) await send(seeder, shot);
    await seeder.close();
    await joinChatrooms(sandbox.url);
    let i = 0;
    const next = (runId: string) => {
      const n = i++;
      return MIX[n % MIX.length](Math.floor(n / MIX.length), runId);
    };
    const { sandboxRps, minimalRps, ratio } = await sideBySide(name, minimal.url, sandbox.url, next);
    return {
      name,
      value: ratio,
      unit: 'ratio',
      baseline: Math.round(minimalRps),
      ratio,
      note:
        `sandbox ${Math.round(sandboxRps)} req/s vs minimal node:http ${Math.round(minimalRps)} req/s (baseline) over a mix of ${MIX.length} endpoints ` +
        `(${[...new Set(MIX.map((m) => m(0, 'x').path))].length} distinct paths, in turn); seeded with ${SEED_USERS} users, ${SEED_GROUPS} groups, ${SEED_CHATROOMS} chatrooms of 10; ` +
        `undici Pool, ${CONCURRENCY} in flight, ${ROUNDS}×${ROUND_MS} ms each, alternating; in memory`,
    };
  } finally {
    await sandbox.stop();
    await minimal.stop();
  }
}

export async function run(): Promise<BenchFigure[]> {
  const figures = [await compare('sandbox.throughput_ratio', undefined)];
  figures.push(await compareMixed('sandbox.mixed_ratio'));
  const dir = await mkdtemp(join(tmpdir(), 'rong-sandbox-bench-'));
  try {
    figures.push(await compare('sandbox.throughput_ratio_state', join(dir, 'state.json')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
