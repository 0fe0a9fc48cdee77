/** What the entrust handlers share: the hosted group or a 1003, the profile texts, joining and leaving with their rows. */
import { MAX_GROUP_MEMBERS, PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { clip } from '../../echo';
import type { SandboxModel, SandboxRecord } from '../../model';
import { del, put, row } from '../../model/tables';
import { fail, flag, jsonParam } from '../answers';
import type { HandlerResult, Params } from '../types';
import { GROUP_BAN_WHITELIST, GROUP_GAGS } from '../group/tables';
import { ENTRUST_FOLLOWS, ENTRUST_MEMBERS, ENTRUST_REMARKS, hostedGroup, ROLE_MEMBER, type EntrustGroupRow } from './tables';

/** The hosted group, or the 1003 the sandbox answers for a group not hosted (no source names a code: our choice). */
export function hosted(model: SandboxModel, app: string, groupId: string): EntrustGroupRow | HandlerResult {
  return hostedGroup(model, app, groupId) ?? fail(PARAMETER_ERROR_CODE, `group "${clip(groupId)}" is not a hosted group of this app`);
}

export function isResult(v: unknown): v is HandlerResult {
  return typeof v === 'object' && v !== null && ('error' in v || 'records' in v);
}

export const PROFILE_FIELDS = ['groupProfile', 'permissions', 'groupExtProfile'] as const;

/** A profile text with the keys of the object sent merged over the kept ones (absent: the kept text). */
export function mergedProfile(params: Params, name: string, kept: string): string {
  const sent = jsonParam(params, name);
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return kept;
  const before = kept === '' ? {} : (JSON.parse(kept) as Record<string, unknown>);
  return JSON.stringify({ ...before, ...(sent as Record<string, unknown>) });
}

/** The records that add users to a group as members (the typed group and their hosting rows), or a 1003 past 3,000 members. */
export function joinRecords(model: SandboxModel, app: string, groupId: string, userIds: readonly string[], now: number, groupName?: string): SandboxRecord[] | HandlerResult {
  const members = model.app(app).groups.get(groupId)?.members;
  const added = userIds.filter((u) => !members?.has(u));
  const size = (members?.size ?? 0) + added.length;
  if (size > MAX_GROUP_MEMBERS) return fail(PARAMETER_ERROR_CODE, `group "${clip(groupId)}" would have ${size} members; a group holds at most ${MAX_GROUP_MEMBERS}`);
  return [
    { t: 'groupJoin', app, groupId, ...(groupName !== undefined ? { groupName } : {}), userIds: added },
    ...added.map((u) => put(app, ENTRUST_MEMBERS, groupId, u, { joinedAt: now, role: ROLE_MEMBER, nickname: '', extra: '' })),
  ];
}

/** What to clear for users who leave (docs quit-group: 1 clear, the default). */
export interface LeaveFlags {
  readonly ban: boolean;
  readonly white: boolean;
  readonly followed: boolean;
}

export function leaveFlags(params: Params, endpoint: EndpointSpec): LeaveFlags {
  return { ban: flag(params, endpoint, 'isDelBan'), white: flag(params, endpoint, 'isDelWhite'), followed: flag(params, endpoint, 'isDelFollowed') };
}

/** The records that take members out of a group, with their member row and remark name, and (as flagged) their mute, mute exception and follows. */
export function leaveRecords(model: SandboxModel, app: string, groupId: string, userIds: readonly string[], flags: LeaveFlags): SandboxRecord[] {
  const members = model.app(app).groups.get(groupId)?.members;
  const leaving = userIds.filter((u) => members?.has(u));
  if (leaving.length === 0) return [];
  const has = (table: string, u: string) => row(model, app, table, groupId, u) !== undefined;
  const out: SandboxRecord[] = [{ t: 'groupQuit', app, groupId, userIds: leaving }];
  for (const u of leaving) {
    for (const [table, clear] of [[ENTRUST_MEMBERS, true], [ENTRUST_REMARKS, true], [GROUP_GAGS, flags.ban], [GROUP_BAN_WHITELIST, flags.white], [ENTRUST_FOLLOWS, flags.followed]] as const) {
      if (clear && has(table, u)) out.push(del(app, table, groupId, u));
    }
  }
  return out;
}

/** The members of a hosted group in join order. */
export function membersOf(model: SandboxModel, app: string, groupId: string): string[] {
  return [...(model.app(app).groups.get(groupId)?.members ?? [])];
}
