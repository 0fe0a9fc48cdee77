/**
 * The list parameters of the information-hosting calls (entrust and friend): IDs that Go and Java join
 * with commas into one value (PHP repeats the key), both read as one list; and pageToken paging.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { all, fail, unique } from '../answers';
import type { HandlerResult, Params } from '../types';

/** The IDs, or a 1003 when none or more than `max` (the docs' count per call; the contract data bounds only the joined bytes). */
export function idList(params: Params, name: string, max: number): string[] | HandlerResult {
  const ids = unique(all(params, name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''));
  if (ids.length === 0) return fail(PARAMETER_ERROR_CODE, `${name} names no ID`);
  if (ids.length > max) return fail(PARAMETER_ERROR_CODE, `${name} names ${ids.length} IDs; the limit is ${max} a call`);
  return ids;
}

/** A page of a list by an opaque pageToken (the offset as text here): the items and the next token ('' at the end). */
export function tokenPage<T>(list: readonly T[], pageToken: string | undefined, size: number): { items: T[]; next: string } {
  const start = Math.max(0, Number.parseInt(pageToken ?? '0', 10) || 0);
  const items = list.slice(start, start + size);
  return { items, next: start + size < list.length ? String(start + size) : '' };
}
