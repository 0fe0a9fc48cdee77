import { performance } from 'node:perf_hooks';
import { RongClient } from './src/core/client.ts';
import { GET_TOKEN } from './src/core/contract.ts';
const buf = Buffer.from(JSON.stringify({ code: 200, userId: 'u1', token: 'x'.repeat(43) }));
const ctrl = { abort() {}, pause() {}, resume() {}, aborted: false, paused: false, reason: null } as any;
const fake = { dispatch(_o: any, h: any) { setImmediate(() => { h.onRequestStart(ctrl, {}); h.onResponseStart(ctrl, 200, { 'content-type': 'application/json' }); h.onResponseData(ctrl, Buffer.from(buf)); h.onResponseEnd(ctrl, {}); }); return true; } };
const c = new RongClient({ dispatcher: fake });
import { writeHeapSnapshot } from 'node:v8';
setTimeout(() => console.log('snap', writeHeapSnapshot('/tmp/rp/mid.heapsnapshot')), 1500);
let seq = 0;
for (let round = 0; round < 3; round++) {
  const t = performance.now(); let n = 0; const until = t + 1000;
  await Promise.all(Array.from({ length: 32 }, async () => { while (performance.now() < until) { const r = await c.send({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: 'http://127.0.0.1:1' } }); if (r.outcome !== 'success') throw new Error(r.message); n++; } }));
  (globalThis as any).gc?.(); console.log('heap MB', (process.memoryUsage().heapUsed/1e6).toFixed(1), 'sends', n);
  console.log('µs per send', ((performance.now() - t) * 1000 / n).toFixed(2));
}
