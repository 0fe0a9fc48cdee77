/**
 * The control's callback routes (testService.ts dispatches here). Bodies are JSON.
 *
 *   GET  /_sandbox/callbacks[?app=KEY]                     {app, routing, status, audit, auditTimeoutMs, routeServerApi}
 *   PUT  /_sandbox/callbacks  {"app"?, "routing"?, "status"?, "audit"?, "auditTimeoutMs"?, "routeServerApi"?}
 *                                                          replaces the app's configuration (absent or null: off / the default); kept in the journal
 *   GET  /_sandbox/callbacks/deliveries[?kind=K][&limit=N][&brief=1]  every attempt, newest first (callbacks/delivery.ts);
 *                                                          brief: without body and answer (their lengths instead), for the editor's view
 *   POST /_sandbox/callbacks/redeliver  {"id":N}           sends that delivery again with a fresh signature
 */
import type { Answer } from '../answer';
import { clip } from '../echo';
import { checkCallbackBody, configView, kindOf, type CallbackConfig, type SandboxCallbacks } from '.';
import { DELIVERY_LIST_LIMIT } from './delivery';

export const CALLBACK_ROUTES: Readonly<Record<string, readonly string[]>> = {
  callbacks: ['GET', 'PUT'],
  'callbacks/deliveries': ['GET'],
  'callbacks/redeliver': ['POST'],
};

export interface CallbackControl {
  readonly appKeys: readonly string[];
  readonly callbacks: SandboxCallbacks;
  setCallbackConfig(app: string, config: CallbackConfig): Promise<void>;
}

/** The answer of a route of CALLBACK_ROUTES (already checked to be one, with an allowed method). */
export async function callbackAnswer(control: CallbackControl, route: string, query: URLSearchParams, json: () => Record<string, unknown> | string): Promise<Answer> {
  switch (route) {
    case 'GET callbacks': {
      const app = query.get('app') ?? control.appKeys[0];
      if (!control.appKeys.includes(app)) return problem(404, `no app has the App Key "${clip(app)}"`);
      return done(configView(app, control.callbacks.config(app)));
    }
    case 'PUT callbacks': {
      const body = json();
      if (typeof body === 'string') return problem(400, body);
      const checked = checkCallbackBody(body, control.appKeys);
      if (typeof checked === 'string') return problem(400, checked);
      await control.setCallbackConfig(checked.app, checked.config);
      return done(configView(checked.app, control.callbacks.config(checked.app)));
    }
    case 'GET callbacks/deliveries': {
      const kind = kindOf(query.get('kind'));
      if (typeof kind === 'string' && kind.startsWith('kind:')) return problem(400, kind);
      const raw = query.get('limit');
      const limit = raw === null ? DELIVERY_LIST_LIMIT.default : Number(raw);
      if (!Number.isInteger(limit) || limit < 1 || limit > DELIVERY_LIST_LIMIT.max) return problem(400, `limit: an integer from 1 to ${DELIVERY_LIST_LIMIT.max}, not "${clip(raw ?? '')}"`);
      const list = control.callbacks.deliveries.list(kind as 'routing' | 'status' | 'audit' | undefined, limit);
      if (query.get('brief') !== '1') return done({ ...list });
      return done({ total: list.total, deliveries: list.deliveries.map(({ body, answer, ...rest }) => ({ ...rest, bodyChars: body.length, answerChars: answer.length })) });
    }
    case 'POST callbacks/redeliver': {
      const body = json();
      if (typeof body === 'string') return problem(400, body);
      if (!Number.isSafeInteger(body.id)) return problem(400, 'the body needs "id": the id of a delivery (GET /_sandbox/callbacks/deliveries)');
      const again = control.callbacks.deliveries.redeliver(body.id as number);
      if (!again) return problem(404, `no delivery ${String(body.id)} in the log (it keeps the last ${DELIVERY_LIST_LIMIT.max} attempts)`);
      const first = await again.started; // answered after its attempts, so the caller sees the outcome
      return done({ redelivered: body.id, delivery: first ?? null });
    }
    default:
      return problem(405, `no ${clip(route)}`);
  }
}

function done(body: Record<string, unknown>): Answer {
  return { status: 200, body };
}

function problem(status: number, error: string): Answer {
  return { status, body: { error } };
}
