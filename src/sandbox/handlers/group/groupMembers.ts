/** The 3,000-member rule that create and join share. */
import { MAX_GROUP_MEMBERS, PARAMETER_ERROR_CODE } from '../../../core/contract';
import { clip } from '../../echo';
import type { AppState } from '../../model';
import { fail, ok, unique } from '../answers';
import type { HandlerResult } from '../types';

export function joinGroup(app: string, state: AppState, groupId: string, userIds: readonly string[], groupName: string | undefined): HandlerResult {
  const members = state.groups.get(groupId)?.members;
  const added = unique(userIds).filter((u) => !members?.has(u));
  const size = (members?.size ?? 0) + added.length;
  if (size > MAX_GROUP_MEMBERS) {
    return fail(PARAMETER_ERROR_CODE, `group "${clip(groupId)}" would have ${size} members; a group holds at most ${MAX_GROUP_MEMBERS}`);
  }
  return ok([{ t: 'groupJoin', app, groupId, ...(groupName !== undefined ? { groupName } : {}), userIds: added }]);
}
