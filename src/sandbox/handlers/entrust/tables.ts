/**
 * The entrust module's tables (group information hosting). A hosted group's name and members are the
 * typed groups of model.app(app).groups, shared with /group/… (hosting keeps the same IM group: its
 * members get its group messages); these rows keep what hosting adds.
 */
import type { SandboxModel, SandboxRecord } from '../../model';
import { drop, row, rows } from '../../model/tables';

/** Hosted groups: scope '', key groupId → EntrustGroupRow, in creation order. */
export const ENTRUST_GROUPS = 'entrust.group';
export interface EntrustGroupRow {
  readonly owner: string;
  readonly creator: string;
  readonly createdAt: number;
  /** JSON object texts as the SDKs read them back (Go EntrustGroupProfile: strings). */
  readonly groupProfile: string;
  readonly permissions: string;
  readonly groupExtProfile: string;
  readonly [more: string]: string | number;
}

/** Member attributes: scope groupId, key userId → EntrustMemberRow (members who joined through /group/… have none: role 1). */
export const ENTRUST_MEMBERS = 'entrust.member';
export interface EntrustMemberRow {
  readonly joinedAt: number;
  /** 1 member, 2 manager (the owner is the group row's owner: 3). */
  readonly role: number;
  readonly nickname: string;
  readonly extra: string;
  readonly [more: string]: string | number;
}

/** Remark names: scope groupId, key userId → the remark name (a string). */
export const ENTRUST_REMARKS = 'entrust.remark';

/** Followed members: scope groupId, key the follower's userId → { followedUserId: when followed (ms) }. */
export const ENTRUST_FOLLOWS = 'entrust.follow';

export const ROLE_MEMBER = 1;
export const ROLE_MANAGER = 2;
export const ROLE_OWNER = 3;

export function hostedGroup(model: SandboxModel, app: string, groupId: string): EntrustGroupRow | undefined {
  return row<EntrustGroupRow>(model, app, ENTRUST_GROUPS, '', groupId);
}

/** A member's role: the owner 3, otherwise the kept role (1 when none kept). */
export function roleOf(model: SandboxModel, app: string, groupId: string, userId: string): number {
  if (hostedGroup(model, app, groupId)?.owner === userId) return ROLE_OWNER;
  return row<EntrustMemberRow>(model, app, ENTRUST_MEMBERS, groupId, userId)?.role ?? ROLE_MEMBER;
}

/** The records that forget a group's hosting rows (dismissal, from either module). */
export function dropEntrustRows(model: SandboxModel, app: string, groupId: string): SandboxRecord[] {
  const out: SandboxRecord[] = [];
  for (const table of [ENTRUST_MEMBERS, ENTRUST_REMARKS, ENTRUST_FOLLOWS]) {
    if (rows(model, app, table, groupId).size > 0) out.push(drop(app, table, groupId));
  }
  if (hostedGroup(model, app, groupId)) out.push({ t: 'del', app, table: ENTRUST_GROUPS, scope: '', key: groupId });
  return out;
}
