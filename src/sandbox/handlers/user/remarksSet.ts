/**
 * POST /user/remarks/set.json: remarks is a JSON array of {id, remark} (docs set-remark-for-push);
 * Go marshals its UserRemark struct with no JSON tags, so "Id"/"Remark" are read as well.
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { REMARKS_SET } from '../../../core/contract/user';
import { fail, ok, required } from '../answers';
import type { EndpointHandler } from '../types';

/** Entries a call carries (docs set-remark-for-push: at most 100 at once). */
export const MAX_REMARKS_PER_CALL = 100;

export const remarksSet: EndpointHandler = {
  endpoint: REMARKS_SET,
  keeps: 'Keeps each push remark for its target (at most 100 a call; an id given again is replaced).',
  handle(params, { app }) {
    const userId = required(params, REMARKS_SET, 'userId');
    const remarks = parseRemarks(required(params, REMARKS_SET, 'remarks'));
    if (typeof remarks === 'string') return fail(PARAMETER_ERROR_CODE, remarks);
    if (remarks.length > MAX_REMARKS_PER_CALL) {
      return fail(PARAMETER_ERROR_CODE, `remarks holds ${remarks.length} entries; the limit is ${MAX_REMARKS_PER_CALL} a call`);
    }
    return ok([{ t: 'remarksSet', app, userId, remarks }]);
  },
};

/** The entries, or what is wrong with the text. */
function parseRemarks(text: string): Array<{ id: string; remark: string }> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'remarks is not JSON: give an array of {"id": userId, "remark": name}';
  }
  if (!Array.isArray(value) || value.length === 0) return 'remarks must be a non-empty JSON array of {"id": userId, "remark": name}';
  const out: Array<{ id: string; remark: string }> = [];
  for (const [i, entry] of value.entries()) {
    const e = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const id = e.id ?? e.Id;
    const remark = e.remark ?? e.Remark;
    if (typeof id !== 'string' || id === '' || typeof remark !== 'string') return `remarks entry ${i + 1} needs "id" (a non-empty string) and "remark" (a string)`;
    out.push({ id, remark });
  }
  return out;
}
