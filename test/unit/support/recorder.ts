/**
 * A local server on 127.0.0.1 that records every request it gets (URL, headers, body) and answers
 * `{"code":200}`, or after `delayMs` (a slow server, for signal tests).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface Recorder {
  readonly url: string;
  readonly requests: Recorded[];
  /** Everything received, as one text: for "the canary never arrived". */
  text(): string;
  close(): Promise<void>;
}

export async function startRecorder(options: { delayMs?: number; answer?: (r: Recorded) => { headers?: Record<string, string>; body: string } } = {}): Promise<Recorder> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const r = { url: req.url ?? '', headers: req.headers, body };
      requests.push(r);
      const answer = options.answer?.(r) ?? { body: '{"code":200}' };
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'application/json', ...answer.headers });
        res.end(answer.body);
      };
      if (options.delayMs) setTimeout(reply, options.delayMs).unref();
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    text: () => requests.map((r) => `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n'),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
