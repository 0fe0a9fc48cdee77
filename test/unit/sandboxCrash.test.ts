/**
 * Durability under SIGKILL: a child process appends records in a burst and acknowledges each one only
 * after append() resolved; it is killed at a random point, several times; after each kill every
 * acknowledged record is in the state file exactly once: first the journal alone (support/journalChild.ts),
 * then the real sandbox under a burst of registrations, where a 200 is the acknowledgement, and under a
 * mixed burst (registrations, group joins, chatroom entries, messages) read back after a restart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openJournal } from '../../src/sandbox/journal';
import { startJournalProcess } from './support/journalProcess';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';

interface CrashSubject {
  /** Starts a writer on `state` that acknowledges records (IDs unique across rounds via `tag`). */
  start(state: string, tag: string): Promise<{ readonly acks: string[]; readonly loaded: number; kill(): Promise<void> }>;
  /** Every record ID the state file holds, duplicates included, read after the writer died. */
  recorded(state: string): Promise<string[]>;
}

const subject: CrashSubject = {
  start: (state, tag) => startJournalProcess(state, ['--burst', tag]),
  async recorded(state) {
    const journal = await openJournal(state); // the killed writer's lock is taken over
    try {
      return (await journal.load()).map((r) => (r as { id: string }).id);
    } finally {
      await journal.close();
    }
  },
};

const ROUNDS = 5;

test('every acknowledged record survives SIGKILL at random points, exactly once', { timeout: 60_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rong-crash-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const state = join(dir, 'state.journal');
  const acknowledged: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const writer = await subject.start(state, `r${round}`);
    assert.ok(writer.loaded >= acknowledged.length, `round ${round} started with ${writer.loaded} records, ${acknowledged.length} were acknowledged`);
    const until = Date.now() + 100 + Math.random() * 500;
    while (Date.now() < until || writer.acks.length === 0) await new Promise((r) => setTimeout(r, 5));
    await writer.kill();
    acknowledged.push(...writer.acks);
    const counts = new Map<string, number>();
    for (const id of await subject.recorded(state)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const missing = acknowledged.filter((id) => !counts.has(id));
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    assert.deepEqual(missing, [], `round ${round}: ${missing.length} of ${acknowledged.length} acknowledged records lost`);
    assert.deepEqual(twice, [], `round ${round}: records stored more than once`);
    t.diagnostic(`round ${round}: ${writer.acks.length} acknowledged, ${counts.size} in the file`);
  }
  assert.ok(acknowledged.length > ROUNDS * 10, `only ${acknowledged.length} acknowledgements in ${ROUNDS} rounds`);
});

const APP_KEY = 'crashkey';
const APP_SECRET = 'crash-secret-0123';

/** The real sandbox (its CLI) in a child process, answering registrations. */
async function startSandboxChild(state: string): Promise<{ url: string; child: ChildProcess; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../src/sandbox/cli.ts'), '--port', '0', '--app', `${APP_KEY}:${APP_SECRET}`, '--state', state], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before it listened`)));
  });
  return { url: (JSON.parse(first) as { url: string }).url, child, exited };
}

function signedHeaders(): Record<string, string> {
  const nonce = String(Math.floor(Math.random() * 1e9));
  const timestamp = String(Date.now());
  const signature = createHash('sha1').update(APP_SECRET + nonce + timestamp).digest('hex');
  return { 'App-Key': APP_KEY, Nonce: nonce, Timestamp: timestamp, Signature: signature, 'Content-Type': 'application/x-www-form-urlencoded' };
}

async function registerUser(url: string, userId: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${url}/user/getToken.json`, { method: 'POST', headers: signedHeaders(), body: `userId=${userId}&name=n` });
    return ((await res.json()) as { code: number }).code;
  } catch {
    return undefined; // the connection died with the process: not acknowledged
  }
}

test('the real sandbox: every registration that got 200 survives SIGKILL, answers 1004 after the restart, and is kept once', { timeout: 90_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rong-crash-sandbox-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const state = join(dir, 'sandbox-state.json');
  const acknowledged: string[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const sandbox = await startSandboxChild(state);
    // Every user acknowledged before is still registered: a sample of them answers 1004.
    const sample = acknowledged.slice(-50).concat(acknowledged.slice(0, 50));
    for (const id of sample) assert.equal(await registerUser(sandbox.url, id), 1004, `round ${round}: ${id} was acknowledged but registers again`);
    let next = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const id = `r${round}-${next++}`;
        if ((await registerUser(sandbox.url, id)) === 200) acknowledged.push(id);
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
    sandbox.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await sandbox.exited;
    // Read back through the journal itself: each acknowledged user once, and no user record twice.
    const journal = await openJournal(state);
    const users = (await journal.load()).filter((r) => (r as { t?: string }).t === 'user').map((r) => (r as { userId: string }).userId);
    await journal.close();
    const counts = new Map<string, number>();
    for (const id of users) counts.set(id, (counts.get(id) ?? 0) + 1);
    const missing = acknowledged.filter((id) => !counts.has(id));
    assert.deepEqual(missing.slice(0, 5), [], `round ${round}: ${missing.length} of ${acknowledged.length} acknowledged registrations lost`);
    assert.deepEqual([...counts].filter(([, n]) => n > 1).map(([id]) => id), [], `round ${round}: a user registered twice`);
    t.diagnostic(`round ${round}: ${acknowledged.length} acknowledged so far, ${counts.size} users in the file`);
  }
  assert.ok(acknowledged.length > ROUNDS * 10, `only ${acknowledged.length} registrations acknowledged in ${ROUNDS} rounds`);
});

/** One acknowledged change of the mixed burst, as a restarted sandbox must show it. */
type Change =
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'group'; readonly groupId: string; readonly userId: string }
  | { readonly kind: 'chatroom'; readonly chatroomId: string; readonly userId: string }
  | { readonly kind: 'message'; readonly messageUID: string };

async function post(url: string, path: string, body: string, headers: Record<string, string>): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetch(url + path, { method: 'POST', headers, body });
    const json = (await res.json()) as Record<string, unknown>;
    return res.status === 200 ? json : undefined;
  } catch {
    return undefined; // the connection died with the process: not acknowledged
  }
}

/**
 * The n-th change of a round: a registration, a group join (group/join.json), a chatroom entry (a
 * simulated client's join: this branch has no chatroom handlers yet) or a private message; resolves
 * to the change when the sandbox acknowledged it (200 and code 200), else undefined.
 */
async function mixedChange(url: string, round: number, n: number): Promise<Change | undefined> {
  const userId = `m${round}-${n}`;
  const form = (pairs: Record<string, string>) => new URLSearchParams(pairs).toString();
  const api = async (path: string, pairs: Record<string, string>) => {
    const json = await post(url, path, form(pairs), signedHeaders());
    return json?.code === 200 ? json : undefined;
  };
  switch (n % 4) {
    case 0:
      return (await api('/user/getToken.json', { userId, name: 'n' })) ? { kind: 'user', userId } : undefined;
    case 1: {
      const groupId = `g${round}-${n % 7}`;
      return (await api('/group/join.json', { userId, groupId, groupName: groupId })) ? { kind: 'group', groupId, userId } : undefined;
    }
    case 2: {
      const chatroomId = `c${round}-${n % 5}`;
      const json = await post(url, '/_sandbox/clients/join', JSON.stringify({ userId, chatroomId, autoCreate: true }), { 'Content-Type': 'application/json' });
      return json ? { kind: 'chatroom', chatroomId, userId } : undefined;
    }
    default: {
      const json = await api('/message/private/publish.json', { fromUserId: userId, toUserId: `to-${n}`, objectName: 'RC:TxtMsg', content: `{"content":"${n}"}` });
      const uid = (json?.messageUIDs as Array<{ messageUID: string }> | undefined)?.[0]?.messageUID;
      return uid ? { kind: 'message', messageUID: uid } : undefined;
    }
  }
}

/** The state as /_sandbox/state pages it: users, group and chatroom members, messageUIDs. */
async function readBack(url: string): Promise<{ users: Set<string>; members: Set<string>; messages: Set<string> }> {
  const out = { users: new Set<string>(), members: new Set<string>(), messages: new Set<string>() };
  let cursor: string | undefined;
  do {
    const res = await fetch(`${url}/_sandbox/state?app=${APP_KEY}&limit=10000${cursor ? `&cursor=${cursor}` : ''}`);
    const page = (await res.json()) as {
      next?: string;
      apps: Array<{
        users: Array<{ userId: string }>;
        groups: Array<{ groupId: string; members: string[] }>;
        chatrooms: Array<{ chatroomId: string; members: Array<{ userId: string }> }>;
        messages: Array<{ messageUID: string; recipients: Array<{ messageUID: string }> }>;
      }>;
    };
    for (const app of page.apps) {
      for (const u of app.users) out.users.add(u.userId);
      for (const g of app.groups) for (const m of g.members) out.members.add(`group ${g.groupId} ${m}`);
      for (const c of app.chatrooms) for (const m of c.members) out.members.add(`chatroom ${c.chatroomId} ${m.userId}`);
      for (const m of app.messages) for (const uid of [m.messageUID, ...m.recipients.map((r) => r.messageUID)]) out.messages.add(uid);
    }
    cursor = page.next;
  } while (cursor !== undefined);
  return out;
}

test('the real sandbox under a mixed burst (users, group members, chatroom entries, messages): every acknowledged change is there after SIGKILL and a restart', { timeout: 90_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'rong-crash-mixed-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const state = join(dir, 'sandbox-state.json');
  const acknowledged: Change[] = [];
  const MIXED_ROUNDS = 3;
  for (let round = 1; round <= MIXED_ROUNDS + 1; round++) {
    const sandbox = await startSandboxChild(state);
    // Every change acknowledged before the last kill is there, read back through the restarted sandbox.
    const seen = await readBack(sandbox.url);
    const missing = acknowledged.filter((c) =>
      c.kind === 'user' ? !seen.users.has(c.userId)
        : c.kind === 'message' ? !seen.messages.has(c.messageUID)
          : !seen.members.has(`${c.kind} ${c.kind === 'group' ? c.groupId : c.chatroomId} ${c.userId}`));
    assert.deepEqual(missing.slice(0, 5), [], `after round ${round - 1}: ${missing.length} of ${acknowledged.length} acknowledged changes lost`);
    if (round > MIXED_ROUNDS) {
      sandbox.child.kill('SIGKILL');
      await sandbox.exited;
      break;
    }
    let next = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const change = await mixedChange(sandbox.url, round, next++);
        if (change) acknowledged.push(change);
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
    sandbox.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await sandbox.exited;
    const kinds = new Set(acknowledged.map((c) => c.kind));
    t.diagnostic(`round ${round}: ${acknowledged.length} acknowledged so far (${[...kinds].join(', ')})`);
  }
  for (const kind of ['user', 'group', 'chatroom', 'message']) {
    assert.ok(acknowledged.some((c) => c.kind === kind), `no ${kind} change was acknowledged: the burst did not mix`);
  }
});
