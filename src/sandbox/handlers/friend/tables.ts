/**
 * The friend module's tables. A friendship is mutual (the docs' check answers only 1 neither or 4
 * both), so it is kept as a row on each side; each side keeps its own remark and attributes.
 * - `friend.friend`: scope userId, key friend's userId → FriendRow.
 * - `friend.request`: a request waiting for approval; scope the user asked, key the asker → { time, extra }.
 * - `friend.permission`: scope '', key userId → the permission type (1 anyone, 2 approval, 3 nobody).
 */
import type { SandboxModel } from '../../model';
import { row } from '../../model/tables';

export const FRIENDS = 'friend.friend';
export interface FriendRow {
  readonly time: number;
  readonly remarkName: string;
  /** A JSON object text, '' when none (Go FriendProfile reads a string). */
  readonly friendExtProfile: string;
  readonly [more: string]: string | number;
}
export const FRIEND_REQUESTS = 'friend.request';
export const FRIEND_PERMISSIONS = 'friend.permission';

/** A user whose permission was never set needs approval (2: our choice, no source states the default). */
export const DEFAULT_PERMISSION = 2;

export function permissionOf(model: SandboxModel, app: string, userId: string): number {
  return row<number>(model, app, FRIEND_PERMISSIONS, '', userId) ?? DEFAULT_PERMISSION;
}

export function areFriends(model: SandboxModel, app: string, userId: string, other: string): boolean {
  return row(model, app, FRIENDS, userId, other) !== undefined;
}
