/**
 * The ultragroup module's own tables (model/tables.ts holds the shared ULTRAGROUPS, ULTRAGROUP_MEMBERS
 * and ULTRAGROUP_CHANNELS, which the /v2/ultragroups handlers read too). Every table here is scoped by
 * the ultragroup's ID, so that dismissing a group is one `drop` per table (GROUP_SCOPED_TABLES).
 * A key that pairs two IDs is `pairKey(a, b)` (a JSON array: no ID can make two pairs collide); the
 * value repeats the IDs, so that reads never parse keys.
 */
import type { JsonValue } from '../../model/records';
import { ULTRAGROUP_CHANNELS, ULTRAGROUP_MEMBERS } from '../../model/tables';

/** Muted members: scope groupId, key pairKey(busChannel, userId) → ChannelUserRow ('' channel: the whole group). */
export const UG_USER_BANNED = 'ultragroup.userBanned';
/** Mute exceptions (whitelist): scope groupId, key pairKey(busChannel, userId) → ChannelUserRow. */
export const UG_BANNED_WHITELIST = 'ultragroup.bannedWhitelist';
/** Private channel member lists: scope groupId, key pairKey(busChannel, userId) → ChannelUserRow. */
export const UG_PRIVATE_USERS = 'ultragroup.privateUser';
export interface ChannelUserRow {
  readonly busChannel: string;
  readonly userId: string;
  readonly at: number;
}

/** Whole-group mutes: scope groupId, key busChannel ('' the whole group) → { at }; no row: not muted. */
export const UG_GLOBAL_BANNED = 'ultragroup.globalBanned';

/** Default do-not-disturb levels: scope groupId, key busChannel ('' the whole group) → { unpushLevel }; no row: 0 (not set). */
export const UG_NOTDISTURB = 'ultragroup.notdisturb';
export interface NotDisturbRow {
  readonly unpushLevel: number;
}

/** User groups: scope groupId, key userGroupId → { createdAt }. */
export const UG_USERGROUPS = 'ultragroup.userGroup';
/** User group members: scope groupId, key pairKey(userGroupId, userId) → UserGroupMemberRow. */
export const UG_USERGROUP_MEMBERS = 'ultragroup.userGroupMember';
export interface UserGroupMemberRow {
  readonly userGroupId: string;
  readonly userId: string;
}
/** User groups bound to channels: scope groupId, key pairKey(busChannel, userGroupId) → BindingRow. */
export const UG_CHANNEL_USERGROUPS = 'ultragroup.channelUserGroup';
export interface BindingRow {
  readonly busChannel: string;
  readonly userGroupId: string;
}

/** When each expansion key of a message was last set: scope groupId, key msgUID → { [key]: ms }. */
export const UG_EXPANSION_TIMES = 'ultragroup.expansionTime';

/** msgRandom values of /ultragroup/msg/modify.json: scope groupId, key msgRandom → { at } (a repeat within a minute is applied once). */
export const UG_MODIFY_RANDOM = 'ultragroup.modifyRandom';

/** Every table whose scope is an ultragroup's ID: a dismissed group loses every row of each. */
export const GROUP_SCOPED_TABLES: readonly string[] = [
  ULTRAGROUP_MEMBERS, ULTRAGROUP_CHANNELS, UG_USER_BANNED, UG_BANNED_WHITELIST, UG_PRIVATE_USERS, UG_GLOBAL_BANNED,
  UG_NOTDISTURB, UG_USERGROUPS, UG_USERGROUP_MEMBERS, UG_CHANNEL_USERGROUPS, UG_EXPANSION_TIMES, UG_MODIFY_RANDOM,
];

/** The key of a row that pairs two IDs. */
export function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

/** A row's value as the JSON a record holds. */
export const json = (value: object): JsonValue => value as JsonValue;
