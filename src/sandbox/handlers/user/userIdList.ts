/** deactivate and reactivate's userId: IDs joined with commas (Go and Java join them so), at most 100 (Go comment, docs). */
import { LIMITS, PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { clip } from '../../echo';
import { all, unique } from '../answers';
import type { Params } from '../types';

export const MAX_USER_IDS = 100;

export function userIdList(params: Params, endpoint: EndpointSpec): string[] | { code: number; detail: string } {
  const ids = unique(all(params, 'userId').flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== ''));
  if (ids.length === 0) return { code: PARAMETER_ERROR_CODE, detail: `${endpoint.path}: userId names no user` };
  if (ids.length > MAX_USER_IDS) return { code: PARAMETER_ERROR_CODE, detail: `userId names ${ids.length} users; the limit is ${MAX_USER_IDS} a call` };
  const long = ids.find((id) => Buffer.byteLength(id, 'utf8') > LIMITS.userId);
  if (long !== undefined) return { code: PARAMETER_ERROR_CODE, detail: `userId "${clip(long)}" is longer than ${LIMITS.userId} bytes` };
  return ids;
}
