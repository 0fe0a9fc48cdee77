/**
 * /message/history.json and /message/history/delete.json: the live service answers a download URL of
 * one hour's log of the app's messages (Go History.url, Java HistoryMessageResult url/date). The sandbox
 * writes no log file: it answers a URL under the reserved `.invalid` domain naming the app and hour when
 * messages were kept in that hour (China Standard Time, as the service counts hours) and the log was not
 * deleted, else url "" (our choice: no source gives the answer for an hour with no log).
 */
import { HISTORY, HISTORY_DELETE } from '../../../core/contract/message';
import { put, row } from '../../model/tables';
import { ok, required, serviceTime } from '../answers';
import type { EndpointHandler, HandlerContext } from '../types';
import { HISTORY_DELETED } from './send';

/** The hour a time falls in, YYYYMMDDHH in UTC+8. */
export function hourOf(ms: number): string {
  return serviceTime(ms).slice(0, 13).replace(/[- ]/g, '');
}

function hasLog(ctx: HandlerContext, date: string): boolean {
  if (row(ctx.model, ctx.app, HISTORY_DELETED, '', date) !== undefined) return false;
  return ctx.model.app(ctx.app).messages.some((m) => hourOf(m.sentAt) === date);
}

export const history: EndpointHandler = {
  endpoint: HISTORY,
  keeps:
    'Answers url and date: a placeholder URL (https://sandbox.invalid/…, no file behind it) when messages were kept in that hour (UTC+8) and its log was not deleted, else url "" (our choice).',
  handle(params, ctx) {
    const date = required(params, HISTORY, 'date');
    return ok([], { url: hasLog(ctx, date) ? `https://sandbox.invalid/message-history/${encodeURIComponent(ctx.app)}/${date}.zip` : '', date });
  },
};

export const historyDelete: EndpointHandler = {
  endpoint: HISTORY_DELETE,
  keeps: "Marks that hour's log deleted (history.json answers url \"\" for it afterwards; the messages themselves stay for the history queries); deleting an hour with no log is 200 (our choice).",
  handle(params, ctx) {
    const date = required(params, HISTORY_DELETE, 'date');
    return ok([put(ctx.app, HISTORY_DELETED, '', date, { at: ctx.clock.now() })]);
  },
};
