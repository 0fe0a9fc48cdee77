/**
 * Reading a response: the HTTP status and the body's `code` are kept apart; success needs both to
 * be 200. Empty, non-JSON and oversized bodies become typed results that say what came back.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { SUCCESS_CODE } from '../contract';
import { describeCode, type CatalogueSource, type ErrorCatalogue, type Locale } from '../contract/errorCatalogue';
import { redactSecret } from '../secrets';
import type { ParsedBody, ResponseBody } from '../sendResult';
import type { RawResponse } from './attempt';

/** Bodies larger than this are not read whole (a getToken answer is well under 1 KB). */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

/** Parses a response body that has been read (bytes as UTF-8 text). */
export function parseBody(text: string, contentType = ''): ParsedBody {
  if (text.trim().length === 0) return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 120);
    return { kind: 'notJson', contentType, snippet, looksLikeHtml: /^\s*</.test(text) || /html/i.test(contentType) };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'json', json };
  }
  const o = json as Record<string, unknown>;
  const code = typeof o.code === 'number' && Number.isInteger(o.code) ? o.code : undefined;
  return {
    kind: 'json',
    json,
    code,
    token: typeof o.token === 'string' ? o.token : undefined,
    userId: typeof o.userId === 'string' ? o.userId : undefined,
    errorMessage: typeof o.errorMessage === 'string' ? o.errorMessage : typeof o.msg === 'string' ? o.msg : undefined,
  };
}

export function isSuccess(httpStatus: number, body: ParsedBody): boolean {
  return httpStatus === 200 && body.kind === 'json' && body.code === SUCCESS_CODE;
}

/** Plain words for what came back when it is not a usable JSON answer. */
export function describeBody(body: ParsedBody): string {
  switch (body.kind) {
    case 'json':
      return body.code === undefined ? 'a JSON body without an integer "code"' : `code ${body.code}`;
    case 'empty':
      return 'an empty body';
    case 'notJson':
      return `${body.looksLikeHtml ? 'an HTML page' : 'a body that is not JSON'}${body.contentType ? ` (${body.contentType})` : ''}: "${body.snippet}"`;
    case 'tooLarge':
      return `a body larger than ${body.limit} bytes (stopped reading at ${body.receivedAtLeast})`;
    default: {
      const never: never = body;
      return String(never);
    }
  }
}

/** What an answer says, read once: the headers, the parsed body, and the meaning of its code. */
export interface Reading {
  readonly headers: Record<string, string>;
  readonly parsed: ParsedBody;
  readonly code: number | undefined;
  readonly meaning: string | undefined;
  readonly meaningSource: CatalogueSource | undefined;
  readonly body: ResponseBody;
}

export interface ReadingOptions {
  /** Removed from the body text before anything else sees it (a server may echo it). */
  readonly secret: string;
  readonly maxResponseBytes: number;
  readonly catalogue: ErrorCatalogue;
  readonly locale: Locale;
}

/** Of a body past the limit, only this many characters are kept (to show what it was). */
const BODY_HEAD_CHARS = 2048;

export function readResponse(raw: RawResponse, options: ReadingOptions): Reading {
  const headers = headerRecord(raw.headers);
  const bytes = raw.chunks.length === 1 ? raw.chunks[0] : Buffer.concat(raw.chunks);
  const text = redactSecret((raw.tooLarge ? bytes.subarray(0, BODY_HEAD_CHARS) : bytes).toString('utf8'), options.secret);
  const parsed: ParsedBody = raw.tooLarge
    ? { kind: 'tooLarge', limit: options.maxResponseBytes, receivedAtLeast: raw.received }
    : parseBody(text, headers['content-type'] ?? '');
  const code = parsed.kind === 'json' ? parsed.code : undefined;
  const meaning = code !== undefined ? describeCode(options.catalogue, code, options.locale) : undefined;
  const meaningSource = code !== undefined ? options.catalogue.get(code)?.source : undefined;
  const body: ResponseBody = { text, bytes: raw.received, truncated: raw.tooLarge, parsed };
  return { headers, parsed, code, meaning, meaningSource, body };
}

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in headers) {
    const v = headers[k];
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}
