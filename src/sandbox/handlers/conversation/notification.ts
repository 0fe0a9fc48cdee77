/**
 * Do-not-disturb (/conversation/notification/set, get; /conversation/type/notification/set, get):
 * a level per conversation or per conversation type; get answers it as `isMuted` (Go
 * ConversationNotificationGet and ConversationTypeNotificationGet read isMuted, an int).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { NOTIFICATION_GET, NOTIFICATION_SET, TYPE_NOTIFICATION_GET, TYPE_NOTIFICATION_SET } from '../../../core/contract/conversation';
import { del, put, row } from '../../model/tables';
import { fail, flag, integer, ok, one, required } from '../answers';
import type { EndpointHandler, HandlerResult } from '../types';
import { CONVERSATION_MUTE, CONVERSATION_TYPE_MUTE, conversationKey, type LevelRow } from './tables';

/** The levels the docs and Go accept (Go checks this list, code 1002; the contract data checks -1–5). */
const LEVELS = new Set([-1, 0, 1, 2, 4, 5]);
/** The types Go accepts for do-not-disturb (1 one-to-one, 3 group, 6 system, 10 ultragroup). */
const TYPES = new Set([1, 3, 6, 10]);

function checked(type: number, level: number | undefined): HandlerResult | undefined {
  if (!TYPES.has(type)) return fail(PARAMETER_ERROR_CODE, `conversationType ${type} is not one of 1, 3, 6 and 10`);
  if (level !== undefined && !LEVELS.has(level)) return fail(PARAMETER_ERROR_CODE, `unpushLevel ${level} is not one of -1, 0, 1, 2, 4 and 5`);
  return undefined;
}

export const notificationSet: EndpointHandler = {
  endpoint: NOTIFICATION_SET,
  keeps: 'Keeps the level for the conversation (and channel): unpushLevel when given, else isMuted 1 as level 1 and 0 as 0 (our choice: the docs call isMuted deprecated); level 0 removes it. Neither given, a type other than 1, 3, 6, 10 or a level other than -1, 0, 1, 2, 4, 5 is 1003.',
  handle(params, { app }) {
    const type = Number(required(params, NOTIFICATION_SET, 'conversationType'));
    const level = integer(params, NOTIFICATION_SET, 'unpushLevel') ?? (one(params, NOTIFICATION_SET, 'isMuted') === undefined ? undefined : flag(params, NOTIFICATION_SET, 'isMuted') ? 1 : 0);
    if (level === undefined) return fail(PARAMETER_ERROR_CODE, 'give unpushLevel (or the deprecated isMuted)');
    const bad = checked(type, level);
    if (bad) return bad;
    const requestId = required(params, NOTIFICATION_SET, 'requestId');
    const key = conversationKey(type, required(params, NOTIFICATION_SET, 'targetId'), one(params, NOTIFICATION_SET, 'busChannel') ?? '');
    return ok([level === 0 ? del(app, CONVERSATION_MUTE, requestId, key) : put(app, CONVERSATION_MUTE, requestId, key, { level })]);
  },
};

export const notificationGet: EndpointHandler = {
  endpoint: NOTIFICATION_GET,
  keeps: "Answers the conversation's kept level as isMuted, 0 when none was set (the type's setting is not mixed in: our choice).",
  handle(params, { app, model }) {
    const type = Number(required(params, NOTIFICATION_GET, 'conversationType'));
    const bad = checked(type, undefined);
    if (bad) return bad;
    const key = conversationKey(type, required(params, NOTIFICATION_GET, 'targetId'), one(params, NOTIFICATION_GET, 'busChannel') ?? '');
    return ok([], { isMuted: row<LevelRow>(model, app, CONVERSATION_MUTE, required(params, NOTIFICATION_GET, 'requestId'), key)?.level ?? 0 });
  },
};

export const typeNotificationSet: EndpointHandler = {
  endpoint: TYPE_NOTIFICATION_SET,
  keeps: 'Keeps the level for the whole conversation type; level 0 removes it; a type other than 1, 3, 6, 10 or a level other than -1, 0, 1, 2, 4, 5 is 1003.',
  handle(params, { app }) {
    const type = Number(required(params, TYPE_NOTIFICATION_SET, 'conversationType'));
    const level = Number(required(params, TYPE_NOTIFICATION_SET, 'unpushLevel'));
    const bad = checked(type, level);
    if (bad) return bad;
    const requestId = required(params, TYPE_NOTIFICATION_SET, 'requestId');
    return ok([level === 0 ? del(app, CONVERSATION_TYPE_MUTE, requestId, String(type)) : put(app, CONVERSATION_TYPE_MUTE, requestId, String(type), { level })]);
  },
};

export const typeNotificationGet: EndpointHandler = {
  endpoint: TYPE_NOTIFICATION_GET,
  keeps: "Answers the type's kept level as isMuted, 0 when none was set.",
  handle(params, { app, model }) {
    const type = Number(required(params, TYPE_NOTIFICATION_GET, 'conversationType'));
    const bad = checked(type, undefined);
    if (bad) return bad;
    return ok([], { isMuted: row<LevelRow>(model, app, CONVERSATION_TYPE_MUTE, required(params, TYPE_NOTIFICATION_GET, 'requestId'), String(type))?.level ?? 0 });
  },
};
