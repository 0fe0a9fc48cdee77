import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { RongClient } from './src/core/client.ts';
import { GET_TOKEN } from './src/core/contract.ts';
const server = createServer((req, res) => { const chunks: Buffer[] = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => { const json = JSON.stringify({ code: 200, userId: 'u', token: 'x'.repeat(43) }); res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) }); res.end(json); }); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const url = `http://127.0.0.1:${(server.address() as any).port}`;
const pool = new Pool(url, { connections: 32 });
const marks: Record<string, number> = {}; const sums: Record<string, number> = {};
let last = 0;
const add = (k: string, v: number) => { sums[k] = (sums[k] ?? 0) + v; };
const wrapped = { dispatch(o: any, h: any) {
  const t0 = performance.now(); if (last) add('end→nextDispatch', t0 - last);
  return pool.dispatch(o, {
    onRequestStart: (c: any, x: any) => { add('dispatch→start', performance.now() - t0); h.onRequestStart(c, x); },
    onResponseStart: (c: any, s: number, hd: any, m: any) => { add('dispatch→headers', performance.now() - t0); h.onResponseStart(c, s, hd, m); },
    onResponseData: (c: any, d: Buffer) => h.onResponseData(c, d),
    onResponseEnd: (c: any, t: any) => { add('dispatch→end', performance.now() - t0); last = performance.now(); h.onResponseEnd(c, t); },
    onResponseError: (c: any, e: Error) => h.onResponseError(c, e),
  });
} };
const c = new RongClient({ dispatcher: wrapped as any });
const N = 2000;
for (let i = 0; i < N; i++) { const r = await c.send({ endpoint: GET_TOKEN, params: [['userId', 'u' + i], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: url } }); if (r.outcome !== 'success') throw new Error(r.message); }
for (const k in sums) console.log(k, (sums[k] * 1000 / N).toFixed(1), 'µs');
await c.close(); await pool.close(); server.close();
