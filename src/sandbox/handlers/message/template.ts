/**
 * Template sends: /message/private/publish_template.json and /message/system/publish_template.json.
 * Each recipient gets its own message whose content is the template with that recipient's values put
 * in (values[i] maps a placeholder such as "{name}" to its text: Go TemplateMsgContent.Data, its test
 * uses "{name}" keys), and its own pushContent/pushData (placeholders filled too). Each is kept like a
 * private or system send and the answer is `messageUIDs: [{userId, messageUID}]` (Go MessageResult).
 * The docs require values, pushContent and (when sent) pushData to hold one entry per toUserId: the
 * handler refuses other counts with 1003, the data's parameter error code.
 */
import { PRIVATE_TEMPLATE_PUBLISH, SYSTEM_TEMPLATE_PUBLISH } from '../../../core/contract/message';
import type { EndpointSpec } from '../../../core/contract';
import { isFlagOn } from '../../../core/validation';
import type { SandboxRecord } from '../../model';
import { all, fail, jsonParam, ok, one, required } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler } from '../types';
import { sendOptions } from './send';

/** The text with each placeholder replaced; inside JSON text a value is escaped as a JSON string's characters. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>, json: boolean): string {
  let out = text;
  for (const [key, value] of Object.entries(values)) {
    const placeholder = key.startsWith('{') && key.endsWith('}') ? key : `{${key}}`;
    out = out.split(placeholder).join(json ? JSON.stringify(value).slice(1, -1) : value);
  }
  return out;
}

function templateSender(endpoint: EndpointSpec, kind: 'private' | 'system'): EndpointHandler {
  return {
    endpoint,
    keeps:
      `Keeps one ${kind} message per recipient, its content the template with that recipient's values put in (screened by the sensitive words), with its own pushContent/pushData${kind === 'private' ? '; a recipient whose blacklist holds the sender does not get it when verifyBlacklist is on' : ''}. values, pushContent and pushData must hold one entry per toUserId, else 1003. Answers messageUIDs [{userId, messageUID}].`,
    handle(params, ctx) {
      const fromUserId = required(params, endpoint, 'fromUserId');
      const toUserIds = all(params, 'toUserId');
      const values = jsonParam(params, 'values');
      if (!Array.isArray(values) || !values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) return fail(1003, 'values must be a JSON array of objects, one per toUserId');
      for (const [name, list] of [['values', values], ['pushContent', all(params, 'pushContent')], ['pushData', all(params, 'pushData')]] as const) {
        if ((name !== 'pushData' || list.length > 0) && list.length !== toUserIds.length) return fail(1003, `${name} holds ${list.length} entries for ${toUserIds.length} toUserId; one per recipient`);
      }
      const template = required(params, endpoint, 'content');
      const objectName = required(params, endpoint, 'objectName');
      const verify = kind === 'private' && isFlagOn(one(params, endpoint, 'verifyBlacklist'));
      const blacklists = ctx.model.app(ctx.app).blacklists;
      const shared = sendOptions(params);
      const records: SandboxRecord[] = [];
      const messageUIDs: Array<{ userId: string; messageUID: string }> = [];
      toUserIds.forEach((userId, i) => {
        const own = Object.fromEntries(Object.entries(values[i] as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
        const push: Record<string, string> = {};
        for (const name of ['pushContent', 'pushData', 'pushExt']) {
          const v = all(params, name)[i];
          if (v !== undefined) push[name] = fillTemplate(v, own, false);
        }
        const kept = keepMessage(ctx, {
          kind,
          fromUserId,
          to: [{ userId, delivered: !(verify && blacklists.get(userId)?.has(fromUserId) === true) }],
          objectName,
          content: fillTemplate(template, own, true),
          options: { ...shared, ...push },
        });
        records.push(kept.record);
        messageUIDs.push({ userId, messageUID: kept.messageUID });
      });
      return ok(records, { messageUIDs });
    },
  };
}

export const privateTemplatePublish = templateSender(PRIVATE_TEMPLATE_PUBLISH, 'private');
export const systemTemplatePublish = templateSender(SYSTEM_TEMPLATE_PUBLISH, 'system');
