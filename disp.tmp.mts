import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { buildRequest } from './src/core/request.ts';
import { GET_TOKEN } from './src/core/contract.ts';
let seq=0;
const server = createServer((req, res) => { const chunks: Buffer[] = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => { const json = JSON.stringify({ code: 200, userId: 'u', token: 'x'.repeat(43) }); res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) }); res.end(json); }); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const url = `http://127.0.0.1:${(server.address() as any).port}`;
const pool = new Pool(url, { connections: 32 });
const variant = process.argv[2];
const headersObj = { 'App-Key': 'k', Nonce: '1', Timestamp: '2', Signature: 'abc', 'Content-Type': 'application/x-www-form-urlencoded', 'X-Request-ID': 'x' };
const headersFlat = Object.entries(headersObj).flat();
function once(): Promise<void> {
  return new Promise((resolve, reject) => {
    const opts: any = { origin: url, path: '/user/getToken.json', method: 'POST', headers: variant.includes('flat') ? headersFlat : headersObj, body: 'userId=a&name=B' };
    if (variant.includes('build')) { const p = buildRequest({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], baseUrl: url, credentials: { appKey: 'k', appSecret: 'secret-secret' } }); if (variant.includes('usehdr')) opts.headers = p.headers.flat(); if (variant.includes('usebody')) opts.body = p.body; }
    if (variant.includes('timeouts')) { opts.headersTimeout = 10000; opts.bodyTimeout = 10000; }
    pool.dispatch(opts, {
      onRequestStart() {}, onResponseStart() {}, onResponseData() {}, onResponseEnd() { resolve(); }, onResponseError(_c: any, e: Error) { reject(e); },
    } as any);
  });
}
const until = performance.now() + 2000; let done = 0;
await Promise.all(Array.from({ length: Number(process.env.CONC ?? 1) }, async () => { while (performance.now() < until) { await once(); done++; } }));
console.log(variant, done / 2, 'rps');
await pool.close(); server.close();
