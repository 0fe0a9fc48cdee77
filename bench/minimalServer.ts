/** The yardstick server of the throughput figures: reads the body, answers {"code":200,"userId":…,"token":…}; nothing else. */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

export interface MinimalServer {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startMinimal(): Promise<MinimalServer> {
  const token = randomBytes(32).toString('base64url');
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const userId = new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('userId') ?? '';
      const json = JSON.stringify({ code: 200, userId, token });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) });
      res.end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const a = server.address();
  return {
    url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
