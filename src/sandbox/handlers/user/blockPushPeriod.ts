/**
 * A user's daily do-not-disturb window (/user/blockPushPeriod/set, get, delete): get answers
 * `data` {startTime, period, unPushLevel} (Go PushPeriodGet's json tags).
 */
import { PARAMETER_ERROR_CODE } from '../../../core/contract';
import { BLOCK_PUSH_PERIOD_DELETE, BLOCK_PUSH_PERIOD_GET, BLOCK_PUSH_PERIOD_SET } from '../../../core/contract/user';
import { clip } from '../../echo';
import { del, put, row } from '../../model/tables';
import { fail, integer, ok, required } from '../answers';
import type { EndpointHandler } from '../types';
import { USER_PUSH_PERIOD, type PushPeriodRow } from './tables';

/** The levels the docs name (set-push-disabled-period): 1 only @ mentions notify, 5 nothing notifies. */
const LEVELS = new Set([1, 5]);

export const blockPushPeriodSet: EndpointHandler = {
  endpoint: BLOCK_PUSH_PERIOD_SET,
  keeps: "Keeps the user's window (startTime HH:MM:SS, period minutes, level 1 or 5), replacing the one before; a startTime not HH:MM:SS or a level other than 1 and 5 is 1003.",
  handle(params, { app }) {
    const userId = required(params, BLOCK_PUSH_PERIOD_SET, 'userId');
    const startTime = required(params, BLOCK_PUSH_PERIOD_SET, 'startTime');
    // docs set-push-disabled-period: HH:MM:SS.
    if (!/^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$/.test(startTime)) return fail(PARAMETER_ERROR_CODE, `startTime "${clip(startTime)}" is not HH:MM:SS`);
    const level = integer(params, BLOCK_PUSH_PERIOD_SET, 'level') ?? 1;
    if (!LEVELS.has(level)) return fail(PARAMETER_ERROR_CODE, `level ${level} is not one of 1 (only @ mentions notify) and 5 (nothing notifies)`);
    const value: PushPeriodRow = { startTime, period: integer(params, BLOCK_PUSH_PERIOD_SET, 'period') ?? 0, level };
    return ok([put(app, USER_PUSH_PERIOD, '', userId, { ...value })]);
  },
};

export const blockPushPeriodGet: EndpointHandler = {
  endpoint: BLOCK_PUSH_PERIOD_GET,
  keeps: 'Answers the kept window as data {startTime, period, unPushLevel}; a user with none gets {startTime: "", period: 0, unPushLevel: 0} (our choice: the docs say period 0 means none).',
  handle(params, { app, model }) {
    const userId = required(params, BLOCK_PUSH_PERIOD_GET, 'userId');
    const w = row<PushPeriodRow>(model, app, USER_PUSH_PERIOD, '', userId);
    return ok([], { data: w ? { startTime: w.startTime, period: w.period, unPushLevel: w.level } : { startTime: '', period: 0, unPushLevel: 0 } });
  },
};

export const blockPushPeriodDelete: EndpointHandler = {
  endpoint: BLOCK_PUSH_PERIOD_DELETE,
  keeps: "Removes the user's kept window; a user with none is fine.",
  handle(params, { app, model }) {
    const userId = required(params, BLOCK_PUSH_PERIOD_DELETE, 'userId');
    return ok(row(model, app, USER_PUSH_PERIOD, '', userId) === undefined ? [] : [del(app, USER_PUSH_PERIOD, '', userId)]);
  },
};
