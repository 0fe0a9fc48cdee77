/**
 * The state file as sandboxes before the journal wrote it (one JSON snapshot): read once to migrate it
 * into the journal (journal.ts), never written.
 *
 * Shape (JSON, UTF-8): `{"version":1,"apps":{"<appKey>":{"users":{"<userId>":{"token":"…",
 * "name":"…","portraitUri":"…","issuedAt":<ms>,"expiresAt":<ms>}}}}}`. It never holds an App Secret.
 */
import { readFile } from 'node:fs/promises';
import { StrictJsonError, parseStrictJson } from '../core/strictJson';

export const STATE_VERSION = 1;

export interface UserRecord {
  readonly token: string;
  readonly name: string;
  readonly portraitUri?: string;
  /** Milliseconds since the epoch (the sandbox clock). */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** appKey → (userId → record), both in registration order. */
export type Registrations = Map<string, Map<string, UserRecord>>;

/** Reads a state file. A missing (or blank) file is an empty state; anything else unreadable throws. */
export async function loadState(path: string): Promise<Registrations> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return new Map();
    throw new Error(`Sandbox state file "${path}" cannot be read: ${errText(err)}`);
  }
  return parseLegacyState(path, bytes);
}

/** The registrations in a legacy file's bytes; invalid UTF-8, bad JSON or a duplicate key throw, naming the place. */
export function parseLegacyState(path: string, bytes: Buffer): Registrations {
  if (bytes.toString('latin1').trim().length === 0) return new Map();
  let json: unknown;
  try {
    json = parseStrictJson(bytes);
  } catch (err) {
    if (!(err instanceof StrictJsonError)) throw err;
    throw stateError(path, `is not valid JSON: ${err.problem} at byte ${err.offset} (line ${lineAt(bytes, err.offset)})`);
  }
  return parseState(path, json);
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function parseState(path: string, json: unknown): Registrations {
  if (!isObject(json)) throw stateError(path, 'must hold a JSON object');
  if (json.version !== STATE_VERSION) {
    throw stateError(path, `has "version": ${JSON.stringify(json.version)}; this sandbox reads version ${STATE_VERSION}`);
  }
  if (!isObject(json.apps)) throw stateError(path, 'must have an "apps" object');
  const result: Registrations = new Map();
  for (const [appKey, app] of Object.entries(json.apps)) {
    const where = `apps[${JSON.stringify(appKey)}]`;
    if (!isObject(app) || !isObject(app.users)) throw stateError(path, `${where} must be an object with a "users" object`);
    const users = new Map<string, UserRecord>();
    for (const [userId, u] of Object.entries(app.users)) {
      const at = `${where}.users[${JSON.stringify(userId)}]`;
      if (!isObject(u)) throw stateError(path, `${at} must be an object`);
      if (typeof u.token !== 'string' || u.token.length === 0) throw stateError(path, `${at}.token must be a non-empty string`);
      if (typeof u.name !== 'string') throw stateError(path, `${at}.name must be a string`);
      if (u.portraitUri !== undefined && typeof u.portraitUri !== 'string') {
        throw stateError(path, `${at}.portraitUri must be a string when present`);
      }
      if (!isTime(u.issuedAt)) throw stateError(path, `${at}.issuedAt must be milliseconds since the epoch`);
      if (!isTime(u.expiresAt)) throw stateError(path, `${at}.expiresAt must be milliseconds since the epoch`);
      users.set(userId, {
        token: u.token,
        name: u.name,
        ...(u.portraitUri !== undefined ? { portraitUri: u.portraitUri } : {}),
        issuedAt: u.issuedAt,
        expiresAt: u.expiresAt,
      });
    }
    result.set(appKey, users);
  }
  return result;
}

function stateError(path: string, problem: string): Error {
  return new Error(`Sandbox state file "${path}" ${problem}. It was left untouched: fix it, move it away, or start without --state.`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function isErrno(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
