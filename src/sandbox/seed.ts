/**
 * `--seed FILE` (startSandbox `seed`): users, groups with their members, chatrooms and friendships,
 * as JSON, turned into the model's records at start (on top of a --state file's state: a seeded id
 * that exists is overwritten). Every field is checked and a problem names its place:
 * `users[3].userId: …`. The format (packages/rong-sandbox/README.md shows an example):
 *   { "app": "KEY"?,                                         the app they belong to; default the first
 *     "users":     [{ "userId", "name"?, "portraitUri"? }],
 *     "groups":    [{ "groupId", "name"?, "members": ["userId", …] }],
 *     "chatrooms": [{ "chatroomId", "name"? }],
 *     "friends":   [["userA", "userB"], …] }               mutual, as friend/add makes them
 * Limits are the contract's (ids of at most 64 characters, as userId and groupId take).
 */
import { readFile } from 'node:fs/promises';
import type { SandboxRecord } from './model';
import { putRoom } from './handlers/chatroom/tables';
import { FRIENDS } from './handlers/friend/tables';

/** Ids: the contract's userId/groupId/chatroomId length (src/core/contract/user.ts: 64). */
const ID_MAX = 64;
const NAME_MAX = 128;
const URI_MAX = 1024;
/** Entries per list: a seed is a fixture, not a load test. */
export const SEED_MAX_ENTRIES = 100_000;

export class SeedError extends Error {}

/** Reads and checks a seed file; the result makes its records at a given time (the sandbox clock's, once it runs). */
export async function readSeedFile(path: string, appKeys: readonly string[]): Promise<(now: number) => SandboxRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new SeedError(`seed file "${path}" cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SeedError(`seed file "${path}" is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    seedRecords(json, appKeys, 0); // every problem now, before the sandbox listens
    return (now) => seedRecords(json, appKeys, now);
  } catch (err) {
    if (err instanceof SeedError) throw new SeedError(`seed file "${path}": ${err.message}`);
    throw err;
  }
}

/** The records a seed makes; throws SeedError naming the first wrong field's place. */
export function seedRecords(seed: unknown, appKeys: readonly string[], now: number): SandboxRecord[] {
  const top = object(seed, '(top)');
  known(top, '(top)', ['app', 'users', 'groups', 'chatrooms', 'friends']);
  const app = top.app === undefined ? appKeys[0] : top.app;
  if (typeof app !== 'string' || !appKeys.includes(app)) throw new SeedError(`app: "${String(app).slice(0, 64)}" is not an app of this sandbox (${appKeys.join(', ')})`);
  const out: SandboxRecord[] = [];
  list(top.users, 'users').forEach((u, i) => {
    const at = `users[${i}]`;
    const o = object(u, at);
    known(o, at, ['userId', 'name', 'portraitUri']);
    const userId = id(o.userId, `${at}.userId`);
    const name = o.name === undefined ? userId : text(o.name, `${at}.name`, NAME_MAX);
    const portraitUri = o.portraitUri === undefined ? undefined : text(o.portraitUri, `${at}.portraitUri`, URI_MAX);
    out.push({ t: 'user', app, userId, name, ...(portraitUri === undefined ? {} : { portraitUri }), createdAt: now });
  });
  list(top.groups, 'groups').forEach((g, i) => {
    const at = `groups[${i}]`;
    const o = object(g, at);
    known(o, at, ['groupId', 'name', 'members']);
    const groupId = id(o.groupId, `${at}.groupId`);
    const groupName = o.name === undefined ? groupId : text(o.name, `${at}.name`, NAME_MAX);
    const members = list(o.members, `${at}.members`).map((m, j) => id(m, `${at}.members[${j}]`));
    if (members.length === 0) throw new SeedError(`${at}.members: a group needs at least one member`);
    out.push({ t: 'groupJoin', app, groupId, groupName, userIds: members });
  });
  list(top.chatrooms, 'chatrooms').forEach((c, i) => {
    const at = `chatrooms[${i}]`;
    const o = object(c, at);
    known(o, at, ['chatroomId', 'name']);
    const chatroomId = id(o.chatroomId, `${at}.chatroomId`);
    const name = o.name === undefined ? chatroomId : text(o.name, `${at}.name`, NAME_MAX);
    out.push(putRoom(app, chatroomId, { name, createdAt: now })); // as chatroom/create.json keeps it
  });
  list(top.friends, 'friends').forEach((f, i) => {
    const at = `friends[${i}]`;
    if (!Array.isArray(f) || f.length !== 2) throw new SeedError(`${at}: a pair of userIds, e.g. ["alice", "bob"]`);
    const [a, b] = [id(f[0], `${at}[0]`), id(f[1], `${at}[1]`)];
    if (a === b) throw new SeedError(`${at}: a user cannot be their own friend`);
    // Mutual, a row on each side, as friend/add keeps it (handlers/friend/tables.ts).
    out.push({ t: 'put', app, table: FRIENDS, scope: a, key: b, value: { time: now, remarkName: '', friendExtProfile: '' } });
    out.push({ t: 'put', app, table: FRIENDS, scope: b, key: a, value: { time: now, remarkName: '', friendExtProfile: '' } });
  });
  return out;
}

function object(v: unknown, at: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new SeedError(`${at}: an object`);
  return v as Record<string, unknown>;
}

function known(o: Record<string, unknown>, at: string, fields: readonly string[]): void {
  const extra = Object.keys(o).find((k) => !fields.includes(k));
  if (extra !== undefined) throw new SeedError(`${at === '(top)' ? '' : `${at}.`}${extra.slice(0, 40)}: not a field here (${fields.join(', ')})`);
}

function list(v: unknown, at: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new SeedError(`${at}: an array`);
  if (v.length > SEED_MAX_ENTRIES) throw new SeedError(`${at}: at most ${SEED_MAX_ENTRIES} entries, not ${v.length}`);
  return v;
}

function id(v: unknown, at: string): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > ID_MAX || /\s/.test(v)) throw new SeedError(`${at}: a string of 1–${ID_MAX} characters without spaces`);
  return v;
}

function text(v: unknown, at: string, max: number): string {
  if (typeof v !== 'string' || v.length > max) throw new SeedError(`${at}: a string of at most ${max} characters`);
  return v;
}
