/**
 * Who may talk to the sandbox at all, decided before any route: a web page must not. A browser
 * reaches 127.0.0.1 too: a cross-site form or `text/plain` POST needs no CORS preflight, and DNS
 * rebinding makes evil.example resolve to 127.0.0.1, so "only this machine's processes" was false.
 *
 * - Host (API and control): the sandbox's own address with the port it listens on (127.0.0.1,
 *   localhost, [::1], the address it was started on; on a non-loopback address also any IP literal,
 *   which no rebinding can produce; and `allowedHosts`). A rebinding page sends its own name: 421.
 *   Beyond loopback (a container) the port is not compared: a published port is mapped (Docker,
 *   Testcontainers: 8080 inside, any port outside); the name alone is what a rebinding page changes.
 * - Origin (control): any is refused (403). The sandbox serves no page, so no browser origin, its
 *   own included, has a reason to drive it; programs (Node's fetch, curl, the SDKs) send none.
 * - Content-Type (control, every method with a body): application/json only (415), the one type a
 *   cross-site page cannot send without a preflight, which gets no CORS headers and so fails.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { clip } from './echo';

export interface Refusal {
  readonly status: number;
  readonly message: string;
}

export interface HostPolicy {
  /** The port the sandbox listens on (the actual one when 0 was asked). */
  readonly port: number;
  /** The address it listens on, as given (127.0.0.1, ::1, 0.0.0.0, a name). */
  readonly listenHost: string;
  /** Further host names accepted (e.g. a container's service name), lower case, without a port. */
  readonly extraHosts: readonly string[];
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** Why the Host header is refused, or undefined when it names this sandbox. */
export function hostRefusal(req: IncomingMessage, policy: HostPolicy): Refusal | undefined {
  const header = req.headers.host;
  const own = `127.0.0.1:${policy.port}, localhost:${policy.port} or [::1]:${policy.port}`;
  if (header === undefined || header === '') {
    return { status: 421, message: `the Host header is missing; HTTP/1.1 requires it, and the sandbox answers only to its own address (${own})` };
  }
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]\s]+)(?::(\d{1,5}))?$/i.exec(header);
  const name = m?.[1].toLowerCase();
  const port = m?.[2] === undefined ? 80 : Number(m[2]);
  const portOk = port === policy.port || !isLoopbackAddress(policy.listenHost); // a container's port is mapped
  if (name !== undefined && portOk && hostNameAllowed(name, policy)) return undefined;
  return {
    status: 421,
    message: `the Host "${clip(header, 100)}" is not this sandbox's address; it answers only to ${own} (a web page that renamed 127.0.0.1 is refused so)`,
  };
}

function hostNameAllowed(name: string, policy: HostPolicy): boolean {
  if (LOOPBACK_NAMES.includes(name) || policy.extraHosts.includes(name)) return true;
  const listen = policy.listenHost.toLowerCase();
  if (name === listen || name === `[${listen}]`) return true;
  // Listening beyond loopback: any IP literal (a rebinding page can only send a name, never an IP).
  return !isLoopbackAddress(policy.listenHost) && isIP(name.replace(/^\[|\]$/g, '')) !== 0;
}

/** Why a /_sandbox/ request is refused (a browser's, or a body that is not JSON), or undefined. */
export function controlRefusal(req: IncomingMessage): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    return {
      status: 403,
      message: `the sandbox's control answers programs, not web pages: a request with an Origin header ("${clip(origin, 100)}") is refused`,
    };
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return undefined;
  const type = req.headers['content-type'];
  const media = type?.split(';')[0].trim().toLowerCase();
  if (media === 'application/json') return undefined;
  return {
    status: 415,
    message: `${clip(method, 10)} to /_sandbox/ needs "Content-Type: application/json", not ${type === undefined ? 'none' : `"${clip(type, 60)}"`} (e.g. curl -H 'Content-Type: application/json' -d '{}')`,
  };
}

export function isLoopbackAddress(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '::ffff:127.0.0.1';
}
