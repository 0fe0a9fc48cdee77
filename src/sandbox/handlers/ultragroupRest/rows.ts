/**
 * What the /v2/ultragroups… handlers keep: the shared tables of model/tables.ts (ULTRAGROUPS,
 * ULTRAGROUP_MEMBERS, ULTRAGROUP_CHANNELS) and, for mutes, the ultragroup module's tables
 * (ultragroup/tables.ts, see mutes.ts), so that the form-body /ultragroup/… calls see the same groups,
 * members, channels and mutes. The row shapes are those of the ultragroup module.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import type { JsonValue } from '../../model';
import { row, rows, ULTRAGROUP_MEMBERS, ULTRAGROUPS } from '../../model/tables';
import { clip } from '../../echo';
import { fail, integer } from '../answers';
import type { EndpointSpec } from '../../../core/contract';
import type { HandlerContext, HandlerResult, Params } from '../types';

/** ULTRAGROUPS' value: { name, createdAt }. */
export interface UltragroupRow {
  readonly name: string;
  readonly createdAt: number;
  readonly [more: string]: JsonValue | undefined;
}

/** ULTRAGROUP_MEMBERS' value: { joinedAt }. */
export interface UltragroupMemberRow {
  readonly joinedAt: number;
  readonly [more: string]: JsonValue | undefined;
}

export const groupOf = ({ model, app }: HandlerContext, groupId: string): UltragroupRow | undefined => row<UltragroupRow>(model, app, ULTRAGROUPS, '', groupId);

export const membersOf = ({ model, app }: HandlerContext, groupId: string): ReadonlyMap<string, UltragroupMemberRow> =>
  rows<UltragroupMemberRow>(model, app, ULTRAGROUP_MEMBERS, groupId);

/** No source gives the code for an unknown ultragroup: 1003 with the reason, as the sandbox's group reads do. */
export const noSuchGroup = (groupId: string): HandlerResult => fail(PARAMETER_ERROR_CODE, `ultragroup "${clip(groupId)}" does not exist in this app`);

/** A row as plain JSON: drops the fields set to undefined (a value must survive the journal). */
export function plain<T extends object>(value: T): JsonValue {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as JsonValue;
}

/** Page size when Go sends 0 (it always sends the paging values, 0 when the caller leaves them): our choice, no source states one. */
export const DEFAULT_PAGE_SIZE = 20;

/** One page by Go's page/size (0 reads as page 1 and DEFAULT_PAGE_SIZE). */
export function goPage<T>(list: readonly T[], params: Params, endpoint: EndpointSpec, sizeName: string): T[] {
  const page = Math.max(1, integer(params, endpoint, 'page') ?? 1);
  const size = integer(params, endpoint, sizeName) || DEFAULT_PAGE_SIZE;
  return list.slice((page - 1) * size, page * size);
}
