/**
 * The group module's tables (the members themselves are the typed groups of model.app(app).groups):
 * - `group.gag`: mutes of members; scope groupId, or '' for users muted in every group (no groupId
 *   sent); key userId → GagRow.
 * - `group.ban`: whole-group mutes; scope '', key groupId → { since }.
 * - `group.banWhitelist`: mute exceptions; scope groupId, key userId → { since }.
 * - `group.remark`: the name a user gave a group; scope groupId, key userId → the remark (a string).
 */
import type { SandboxModel, SandboxRecord } from '../../model';
import { del, drop, row, rows } from '../../model/tables';
import { dropEntrustRows } from '../entrust/tables';

export const GROUP_GAGS = 'group.gag';
export interface GagRow {
  readonly since: number;
  /** When the mute ends (ms); null: permanent (minute=0). */
  readonly until: number | null;
  readonly [more: string]: number | null;
}
/** The scope of users muted in every group. */
export const EVERY_GROUP = '';

export const GROUP_BANS = 'group.ban';
export const GROUP_BAN_WHITELIST = 'group.banWhitelist';
export const GROUP_REMARKS = 'group.remark';

/** The mutes of a scope still running at `now` (an expired one reads as gone), in the order first muted. */
export function activeGags(model: SandboxModel, app: string, scope: string, now: number): Array<[string, GagRow]> {
  return [...rows<GagRow>(model, app, GROUP_GAGS, scope)].filter(([, g]) => g.until === null || g.until > now);
}

/** Every row the group and entrust modules keep for a group: what a dismissal forgets. */
export function dropGroupRows(model: SandboxModel, app: string, groupId: string): SandboxRecord[] {
  const out: SandboxRecord[] = [];
  for (const table of [GROUP_GAGS, GROUP_BAN_WHITELIST, GROUP_REMARKS]) {
    if (rows(model, app, table, groupId).size > 0) out.push(drop(app, table, groupId));
  }
  if (row(model, app, GROUP_BANS, '', groupId) !== undefined) out.push(del(app, GROUP_BANS, '', groupId));
  return [...out, ...dropEntrustRows(model, app, groupId)];
}
