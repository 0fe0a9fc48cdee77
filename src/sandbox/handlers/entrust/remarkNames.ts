/** The name a user gives a hosted group: /entrust/group/remarkname/set, delete and query (Go EntrustGroup*RemarkName). */
import { ENTRUST_REMARKNAME_DELETE, ENTRUST_REMARKNAME_QUERY, ENTRUST_REMARKNAME_SET } from '../../../core/contract/entrust';
import { del, put, row } from '../../model/tables';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { hosted, isResult } from './hosting';
import { ENTRUST_REMARKS } from './tables';

export const entrustRemarknameSet: EndpointHandler = {
  endpoint: ENTRUST_REMARKNAME_SET,
  keeps: "Keeps the user's remark name for the hosted group (a second set replaces it; the user need not be a member: our choice); a group not hosted is 1003.",
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_REMARKNAME_SET, 'groupId');
    const group = hosted(model, app, groupId);
    if (isResult(group)) return group;
    return ok([put(app, ENTRUST_REMARKS, groupId, required(params, ENTRUST_REMARKNAME_SET, 'userId'), required(params, ENTRUST_REMARKNAME_SET, 'remarkName'))]);
  },
};

export const entrustRemarknameDelete: EndpointHandler = {
  endpoint: ENTRUST_REMARKNAME_DELETE,
  keeps: "Removes the user's remark name for the group; none kept is fine.",
  handle(params, { app, model }) {
    const groupId = required(params, ENTRUST_REMARKNAME_DELETE, 'groupId');
    const userId = required(params, ENTRUST_REMARKNAME_DELETE, 'userId');
    return ok(row(model, app, ENTRUST_REMARKS, groupId, userId) === undefined ? [] : [del(app, ENTRUST_REMARKS, groupId, userId)]);
  },
};

export const entrustRemarknameQuery: EndpointHandler = {
  endpoint: ENTRUST_REMARKNAME_QUERY,
  keeps: "Answers remarkName: the user's kept remark name for the group, '' when none (our choice).",
  handle(params, { app, model }) {
    const remarkName = row<string>(model, app, ENTRUST_REMARKS, required(params, ENTRUST_REMARKNAME_QUERY, 'groupId'), required(params, ENTRUST_REMARKNAME_QUERY, 'userId'));
    return ok([], { remarkName: remarkName ?? '' });
  },
};
