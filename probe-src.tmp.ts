import { RongClient, bufferedCryptoRandom } from './src/core/client';
import { GET_TOKEN } from './src/core/contract';
import { buildRequest } from './src/core/request';
const buf = Buffer.from(JSON.stringify({ code: 200, userId: 'u1', token: 'x'.repeat(43) }));
const ctrl = { abort() {}, pause() {}, resume() {}, aborted: false, paused: false, reason: null } as any;
const fake = { dispatch(_o: any, h: any) { setImmediate(() => { h.onRequestStart(ctrl, {}); h.onResponseStart(ctrl, 200, { 'content-type': 'application/json' }); h.onResponseData(ctrl, buf); h.onResponseEnd(ctrl, {}); }); return true; } };
const c = new RongClient({ dispatcher: fake });
const br = bufferedCryptoRandom();
const tick = () => new Promise<void>((r) => setImmediate(r));
export const ops: Record<string, (i: number) => Promise<unknown>> = {
  tick,
  build: async (i) => { buildRequest({ endpoint: GET_TOKEN, params: [['userId', 'u' + i], ['name', 'B']], baseUrl: 'http://127.0.0.1:1', credentials: { appKey: 'k', appSecret: 'secret-secret' }, random: br }); await tick(); },
  client: (i) => c.send({ endpoint: GET_TOKEN, params: [['userId', 'u' + i], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: 'http://127.0.0.1:1' } }),
  clientNoKey: (i) => c.send({ endpoint: { ...GET_TOKEN, issuesToken: false }, params: [['userId', 'u' + i], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: 'http://127.0.0.1:1' } }),
};
