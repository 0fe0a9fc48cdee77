/** POST /user/remarks/del.json: removes one remark; removing one that is not there is not an error (no source says otherwise). */
import { REMARKS_DEL } from '../../../core/contract/user';
import { ok, required } from '../answers';
import type { EndpointHandler } from '../types';

export const remarksDel: EndpointHandler = {
  endpoint: REMARKS_DEL,
  keeps: 'Removes one kept push remark.',
  handle(params, { app, model }) {
    const userId = required(params, REMARKS_DEL, 'userId');
    const targetId = required(params, REMARKS_DEL, 'targetId');
    if (!model.app(app).remarks.get(userId)?.has(targetId)) return ok();
    return ok([{ t: 'remarksDel', app, userId, targetId }]);
  },
};
