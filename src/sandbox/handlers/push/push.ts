/**
 * /push.json, /push/user.json and /push/custom.json: each push kept as a row under its id (tables.ts).
 * /push.json answers `id`, and `messageUID` when it also sent a system message (Go PushResult: id,
 * messageUID); /push/custom.json answers `id` (Go PushCustomResObj); /push/user.json answers code only.
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import { PUSH, PUSH_CUSTOM, PUSH_USER } from '../../../core/contract/push';
import type { JsonValue, SandboxModel } from '../../model';
import { put, row } from '../../model/tables';
import { all, fail, flag, jsonParam, ok, one, unique } from '../answers';
import type { EndpointHandler, HandlerContext, Params } from '../types';
import { USER_TAGS } from '../user/tables';
import { keepMessage } from '../messageStore';
import { PUSHES, type PushRow } from './tables';

/** The fields under `prefix.` as sent: one value, several (a repeated field), or parsed JSON (an object field). */
function fieldsUnder(params: Params, prefix: string): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [name, values] of params) {
    if (!name.startsWith(`${prefix}.`)) continue;
    const key = name.slice(prefix.length + 1);
    const parsed = values.length === 1 && /^[[{]/.test(values[0]) ? (jsonParam(params, name) as JsonValue | undefined) : undefined;
    out[key] = parsed ?? (values.length === 1 ? values[0] : [...values]);
  }
  return out;
}

/** A push to no one is refused: is_to_all false needs tag, tag_or, userid, packageName or tagItems (docs send-push-by-tag; the code is our choice). */
function audienceOf(params: Params, endpoint: EndpointSpec): Record<string, JsonValue> | string {
  const audience = fieldsUnder(params, 'audience');
  audience.is_to_all = flag(params, endpoint, 'audience.is_to_all');
  // Go always sends packageName, "" when not given: an empty field names no one.
  const named = ['tag', 'tag_or', 'userid', 'packageName', 'tagItems'].some((k) => audience[k] !== undefined && audience[k] !== '');
  if (!audience.is_to_all && !named) return 'audience.is_to_all is false and no tag, tag_or, userid or packageName names who gets the push';
  return audience;
}

/**
 * Who the system message of a /push.json reaches: every registered user for is_to_all (which makes
 * the rest void), else userid when given (it wins over tags), else the users whose kept tags match
 * (all of tag, one of tag_or) — Go Audience's comments.
 */
function recipients(params: Params, model: SandboxModel, app: string): string[] {
  const registered = [...model.app(app).users.keys()];
  if (flag(params, PUSH, 'audience.is_to_all')) return registered;
  const users = unique(all(params, 'audience.userid'));
  if (users.length > 0) return users;
  const allOf = all(params, 'audience.tag');
  const anyOf = all(params, 'audience.tag_or');
  return registered.filter((u) => {
    const tags = new Set(row<readonly string[]>(model, app, USER_TAGS, '', u) ?? []);
    return allOf.every((t) => tags.has(t)) && (anyOf.length === 0 || anyOf.some((t) => tags.has(t)));
  });
}

/** The row of a push: its path, time, platform, audience and notification as sent. */
function pushRow(params: Params, ctx: HandlerContext, endpoint: EndpointSpec, audience: Record<string, JsonValue>, more: Record<string, JsonValue> = {}): Record<string, JsonValue> {
  const platform = unique(all(params, 'platform'));
  const value: PushRow = { path: endpoint.path, sentAt: ctx.clock.now(), ...(platform.length > 0 ? { platform } : {}), audience, notification: fieldsUnder(params, 'notification'), ...more };
  return { ...value } as Record<string, JsonValue>; // no field is undefined: the optional ones are left out above
}

export const push: EndpointHandler = {
  endpoint: PUSH,
  keeps: 'Keeps the push under a new id (XXXX-XXXX-XXXX-XXXX: our choice, no source shows one) with its platform, audience and notification as sent; with fromuserid and message it also keeps a system message to the audience (every registered user for is_to_all, else userid, else the users whose kept tags match all of tag and one of tag_or) and answers its messageUID. No one named, or a message without fromuserid, is 1003.',
  handle(params, ctx) {
    const audience = audienceOf(params, PUSH);
    if (typeof audience === 'string') return fail(PARAMETER_ERROR_CODE, audience);
    // Go's Broadcast always sends fromuserid and message, "" when not given: empty is absent.
    const given = (name: string): string | undefined => {
      const v = one(params, PUSH, name);
      return v === '' ? undefined : v;
    };
    const fromUserId = given('fromuserid');
    const content = given('message.content');
    const objectName = given('message.objectName');
    const withMessage = fromUserId !== undefined || content !== undefined || objectName !== undefined;
    const id = ctx.newMessageUID();
    if (!withMessage) return ok([put(ctx.app, PUSHES, '', id, pushRow(params, ctx, PUSH, audience))], { id });
    // Java verify.json (push.message): fromuserid and message are required together.
    if (fromUserId === undefined || content === undefined || objectName === undefined) {
      return fail(PARAMETER_ERROR_CODE, 'a push with a message needs fromuserid, message.content and message.objectName');
    }
    const message = keepMessage(ctx, {
      kind: 'system',
      fromUserId,
      to: recipients(params, ctx.model, ctx.app).map((userId) => ({ userId })),
      objectName,
      content,
      options: { pushId: id },
    });
    const row = pushRow(params, ctx, PUSH, audience, { fromuserid: fromUserId, messageUID: message.messageUID });
    return ok([put(ctx.app, PUSHES, '', id, row), message.record], { id, messageUID: message.messageUID });
  },
};

export const pushUser: EndpointHandler = {
  endpoint: PUSH_USER,
  keeps: 'Keeps the push (its users and notification as sent) under a new id; no message is kept, as on the live service (docs send-push-by-user).',
  handle(params, ctx) {
    const id = ctx.newMessageUID();
    return ok([put(ctx.app, PUSHES, '', id, pushRow(params, ctx, PUSH_USER, { userid: unique(all(params, 'userIds')) }))]);
  },
};

export const pushCustom: EndpointHandler = {
  endpoint: PUSH_CUSTOM,
  keeps: 'Keeps the push under a new id with its platform, audience (tagItems included) and notification as sent, and answers the id; no one named is 1003.',
  handle(params, ctx) {
    const audience = audienceOf(params, PUSH_CUSTOM);
    if (typeof audience === 'string') return fail(PARAMETER_ERROR_CODE, audience);
    const id = ctx.newMessageUID();
    return ok([put(ctx.app, PUSHES, '', id, pushRow(params, ctx, PUSH_CUSTOM, audience))], { id });
  },
};
