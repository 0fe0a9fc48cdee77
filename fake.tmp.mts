import { performance } from 'node:perf_hooks';
import { RongClient } from './src/core/client.ts';
import { GET_TOKEN } from './src/core/contract.ts';
const buf = Buffer.from(JSON.stringify({ code: 200, userId: 'u1', token: 'x'.repeat(43) }));
const ctrl = { abort() {}, pause() {}, resume() {}, aborted: false, paused: false, reason: null } as any;
const fake = { dispatch(_o: any, h: any) { queueMicrotask(() => { h.onRequestStart(ctrl, {}); h.onResponseStart(ctrl, 200, { 'content-type': 'application/json' }); h.onResponseData(ctrl, buf); h.onResponseEnd(ctrl, {}); }); return true; } };
const c = new RongClient({ dispatcher: fake });
let seq = 0; const N = 100000;
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (let i = 0; i < N; i++) { const r = await c.send({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: 'http://127.0.0.1:1' } }); if (r.outcome !== 'success') throw new Error(r.message); }
  console.log('µs per send', ((performance.now() - t) * 1000 / N).toFixed(2));
}
