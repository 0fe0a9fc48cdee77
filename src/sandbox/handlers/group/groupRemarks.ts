/** The name a user gives a group: /group/remarks/set, get and del (Go GroupRemarksSet/GetResObj/Del). */
import { GROUP_REMARKS_DEL, GROUP_REMARKS_GET, GROUP_REMARKS_SET } from '../../../core/contract/group';
import { del, put, row } from '../../model/tables';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { GROUP_REMARKS } from './tables';

export const groupRemarksSet: EndpointHandler = {
  endpoint: GROUP_REMARKS_SET,
  keeps: "Keeps the user's remark for the group (a second set replaces it; the group need not exist: our choice).",
  handle(params, { app }) {
    const groupId = required(params, GROUP_REMARKS_SET, 'groupId');
    return ok([put(app, GROUP_REMARKS, groupId, required(params, GROUP_REMARKS_SET, 'userId'), required(params, GROUP_REMARKS_SET, 'remark'))]);
  },
};

export const groupRemarksGet: EndpointHandler = {
  endpoint: GROUP_REMARKS_GET,
  keeps: "Answers remark: the user's kept remark for the group, '' when none (our choice).",
  handle(params, { app, model }) {
    const remark = row<string>(model, app, GROUP_REMARKS, required(params, GROUP_REMARKS_GET, 'groupId'), required(params, GROUP_REMARKS_GET, 'userId'));
    return ok([], { remark: remark ?? '' });
  },
};

export const groupRemarksDel: EndpointHandler = {
  endpoint: GROUP_REMARKS_DEL,
  keeps: "Removes the user's remark for the group; none kept is fine.",
  handle(params, { app, model }) {
    const groupId = required(params, GROUP_REMARKS_DEL, 'groupId');
    const userId = required(params, GROUP_REMARKS_DEL, 'userId');
    return ok(row(model, app, GROUP_REMARKS, groupId, userId) === undefined ? [] : [del(app, GROUP_REMARKS, groupId, userId)]);
  },
};
