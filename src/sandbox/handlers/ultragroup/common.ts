/**
 * What the ultragroup handlers share: the group and channel checks, the limits the docs give that
 * span calls, reading the userIds list in both wire forms, and the choices made where no source says.
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { ULTRAGROUP_USERS_PER_CALL } from '../../../core/contract/ultragroup';
import { clip } from '../../echo';
import type { SandboxModel } from '../../model';
import type { JsonValue } from '../../model/records';
import { row, rows, scopes, ULTRAGROUP_CHANNELS, ULTRAGROUP_MEMBERS, ULTRAGROUPS, type MemberRow } from '../../model/tables';
import { all, fail, one, unique } from '../answers';
import type { HandlerResult, Params } from '../types';

/** A group row (model/tables.ts ULTRAGROUPS): extended with optional fields only. */
export interface UltragroupRow {
  readonly name: string;
  readonly createdAt: number;
  readonly [more: string]: JsonValue | undefined;
}
/** A channel row (model/tables.ts ULTRAGROUP_CHANNELS). */
export interface ChannelRow {
  readonly type: 0 | 1;
  readonly createdAt: number;
  readonly [more: string]: JsonValue | undefined;
}
export type { MemberRow };

/** The channel every ultragroup gets at creation, which stays public (D:ultragroup/create-ultragroup). */
export const DEFAULT_CHANNEL = 'RCDefault';
/** Ultragroups one user can join (D: ios-imlib/ultragroup/overview, "join up to 100 Ultra Groups"). */
export const MAX_GROUPS_PER_USER = 100;
/** Channels in one ultragroup (D: android-imlib/ultragroup/create, "up to 50 channels"), RCDefault counted. */
export const MAX_CHANNELS_PER_GROUP = 50;
/** User groups in one ultragroup and members in one user group (D: ios-imlib/ultragroup/user-group-about). */
export const MAX_USERGROUPS_PER_GROUP = 50;
export const MAX_MEMBERS_PER_USERGROUP = 100;
/** Keys one message's expansion holds in all (PHP Lib/Ultragroup/Expansion comment: 300 a message). */
export const MAX_EXPANSION_KEYS_PER_MESSAGE = 300;

export function groupOf(model: SandboxModel, app: string, groupId: string): UltragroupRow | undefined {
  return row<UltragroupRow>(model, app, ULTRAGROUPS, '', groupId);
}

export function isMember(model: SandboxModel, app: string, groupId: string, userId: string): boolean {
  return row<MemberRow>(model, app, ULTRAGROUP_MEMBERS, groupId, userId) !== undefined;
}

export function channelOf(model: SandboxModel, app: string, groupId: string, channel: string): ChannelRow | undefined {
  return row<ChannelRow>(model, app, ULTRAGROUP_CHANNELS, groupId, channel);
}

/** The busChannel sent, '' when none (the whole group). */
export function busChannel(params: Params, endpoint: EndpointSpec): string {
  return one(params, endpoint, 'busChannel') ?? '';
}

/** Our choice where no source says: a call about an ultragroup that does not exist is 1003 (the parameter is wrong). */
export function noGroup(groupId: string): HandlerResult {
  return fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" does not exist`);
}

/** Our choice: a channel that was never created (and is not the whole group, '') is 1003 too. */
export function noChannel(groupId: string, channel: string): HandlerResult {
  return fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" has no channel "${clip(channel)}"`);
}

/** The group must exist and, when a channel is named, the channel too; undefined when both do. */
export function checkGroupChannel(model: SandboxModel, app: string, groupId: string, channel: string): HandlerResult | undefined {
  if (!groupOf(model, app, groupId)) return noGroup(groupId);
  if (channel !== '' && !channelOf(model, app, groupId, channel)) return noChannel(groupId, channel);
  return undefined;
}

/**
 * The user IDs of a userIds parameter: the docs and Go send one comma-separated value, Java and PHP
 * repeat the key; both are read, blanks dropped, each ID once.
 */
export function idList(params: Params, name: string): string[] {
  return unique(all(params, name).flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== ''));
}

/** At most 20 user IDs a call (Go checks 1–20 with 1002; the docs say 20): more is 1003. */
export function checkUsersPerCall(ids: readonly string[]): HandlerResult | undefined {
  if (ids.length === 0) return fail(PARAMETER_ERROR_CODE, 'userIds names no user');
  if (ids.length > ULTRAGROUP_USERS_PER_CALL) return fail(PARAMETER_ERROR_CODE, `userIds names ${ids.length} users; a call takes at most ${ULTRAGROUP_USERS_PER_CALL}`);
  return undefined;
}

/** How many ultragroups a user is a member of. */
export function groupsOfUser(model: SandboxModel, app: string, userId: string): number {
  let n = 0;
  for (const members of scopes<MemberRow>(model, app, ULTRAGROUP_MEMBERS).values()) if (members.has(userId)) n += 1;
  return n;
}

/** The members of a group, in the order they joined. */
export function membersOf(model: SandboxModel, app: string, groupId: string): string[] {
  return [...rows<MemberRow>(model, app, ULTRAGROUP_MEMBERS, groupId).keys()];
}
