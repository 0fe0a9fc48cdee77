import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { RongClient } from './src/core/client.ts';
import { GET_TOKEN } from './src/core/contract.ts';
const mode = process.argv[2];
const server = createServer((req, res) => { const chunks: Buffer[] = []; req.on('data', (c) => chunks.push(c)); req.on('end', () => { const userId = new URLSearchParams(Buffer.concat(chunks).toString()).get('userId') ?? ''; const json = JSON.stringify({ code: 200, userId, token: 'x'.repeat(43) }); res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) }); res.end(json); }); });
let conns = 0; server.on("connection", () => conns++); process.on("exit", () => console.log("connections", conns));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const url = `http://127.0.0.1:${(server.address() as any).port}`;
const until = performance.now() + 3000; let done = 0; let seq = 0;
if (mode === 'client') {
  const c = new RongClient(process.argv[3] === 'pool' ? { dispatcher: new Pool(url, { connections: 32 }) } : { env: {} });
  await Promise.all(Array.from({ length: Number(process.env.CONC ?? 32) }, async () => { while (performance.now() < until) { const r = await c.send({ endpoint: GET_TOKEN, params: [['userId', 'u' + seq++], ['name', 'B']], credentials: { appKey: 'k', appSecret: 'secret-secret' }, hosts: { primary: url } }); if (r.outcome !== 'success') throw new Error(r.message); done++; } }));
  await c.close();
} else {
  const pool = new Pool(url, { connections: 32 });
  const headers = { 'App-Key': 'k', Nonce: '1', Timestamp: '2', Signature: 'abc', 'Content-Type': 'application/x-www-form-urlencoded', 'X-Request-ID': 'x' };
  await Promise.all(Array.from({ length: Number(process.env.CONC ?? 32) }, async () => { while (performance.now() < until) { const res = await pool.request({ path: '/user/getToken.json', method: 'POST', headers, body: 'userId=a&name=B' }); await res.body.json(); done++; } }));
  await pool.close();
}
console.log(mode, done / 3, 'rps');
server.close();
