import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { RongClient } from './src/core/client.ts';
import { GET_TOKEN } from './src/core/contract.ts';
const server = createServer((req, res) => { const chunks: Buffer[] = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => { const userId = new URLSearchParams(Buffer.concat(chunks).toString()).get('userId') ?? ''; const json = JSON.stringify({ code: 200, userId, token: 'x'.repeat(43) }); res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) }); res.end(json); }); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const url = `http://127.0.0.1:${(server.address() as any).port}`;
const CONC = Number(process.env.CONC ?? 32); const MS = 700;
let seq = 0;
const headers = { 'App-Key': 'k', Nonce: '1234567890', Timestamp: '1700000000000', Signature: 'a'.repeat(40), 'Content-Type': 'application/x-www-form-urlencoded', 'X-Request-ID': '6f1c2a4e-8d0b-4c3f-9a57-2b1e0d9c8f7a' };
async function loop(f: () => Promise<void>): Promise<number> { const until = performance.now() + MS; let done = 0; const t = performance.now(); await Promise.all(Array.from({ length: CONC }, async () => { while (performance.now() < until) { await f(); done++; } })); return done / (performance.now() - t) * 1000; }
const pool = new Pool(url, { connections: CONC });
const plain = async () => { const res = await pool.request({ path: '/user/getToken.json', method: 'POST', headers, body: 'userId=plain&name=B' }); await res.body.json(); };
const c = new RongClient({ env: {} });
const ours = async () => { const r = await c.send({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: url } }); if (r.outcome !== 'success') throw new Error(r.message); };
import { buildRequest } from './src/core/request.ts';
import { Agent } from 'undici';
const agent = new Agent({ connect: { timeout: 10000 }, headersTimeout: 10000, bodyTimeout: 10000 });
const flat = Object.entries(headers).flat();
import { createHash, hash } from 'node:crypto';
import { bufferedCryptoRandom } from './src/core/client.ts';
import { generateNonce } from './src/core/signing.ts';
import { generateRequestId } from './src/core/request.ts';
const br = bufferedCryptoRandom();
let sink = '';
const raw = (build: boolean, extra = '') => () => new Promise<void>((resolve, reject) => {
  let hdrs: string[] = flat; let body = 'userId=plain&name=B';
  if (extra === 'sign') sink = createHash('sha1').update('secret-secret' + seq++ + '1700000000000', 'utf8').digest('hex');
  if (extra === 'hash') sink = hash('sha1', 'secret-secret' + seq++ + '1700000000000');
  if (extra === 'nonce') sink = generateNonce(br) + generateRequestId(br);
  if (extra === 'buildbuf') { const p = buildRequest({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], baseUrl: url, credentials: { appKey: 'k', appSecret: 'secret-secret' }, random: br }); hdrs = p.headers.flat(); body = p.body; }
  if (build) { const p = buildRequest({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], baseUrl: url, credentials: { appKey: 'k', appSecret: 'secret-secret' } }); hdrs = p.headers.flat(); body = p.body; }
  const chunks: Buffer[] = [];
  agent.dispatch({ origin: url, path: '/user/getToken.json', method: 'POST', headers: hdrs, body, headersTimeout: 10000, bodyTimeout: 10000 }, {
    onRequestStart() {}, onResponseStart() {}, onResponseData(_c: any, d: Buffer) { chunks.push(d); }, onResponseEnd() { JSON.parse(Buffer.concat(chunks).toString()); resolve(); }, onResponseError(_c: any, e: Error) { reject(e); },
  } as any);
});
const variants: Record<string, () => Promise<void>> = { plain, ours, raw: raw(false), sign: raw(false, 'sign'), hash: raw(false, 'hash'), nonce: raw(false, 'nonce'), buildbuf: raw(false, 'buildbuf') };
const res: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let i = 0; i < 5; i++) for (const k in variants) res[k].push(await loop(variants[k]));
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const k in res) console.log(k.padEnd(9), res[k].map(Math.round).join(' '), 'med', Math.round(med(res[k])), 'ratio', (med(res[k]) / med(res.plain)).toFixed(2));
await c.close(); await pool.close(); server.close();
