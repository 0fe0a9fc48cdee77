/**
 * Fault injection (tests, and the CLI's --fault-* flags): `inject({...})` replaces the given fields;
 * `clear()` removes all. Counted faults are used up by the next requests, in this order:
 *   reset: N   — the next N requests: the socket is destroyed without an answer (CLI --fault-reset N)
 *   hang: N    — the next N requests are never answered, until the client gives up or stop()
 *   delayMs    — every request waits this long before it is handled (CLI --fault-delay MS)
 *   status     — { code, count, body?, contentType? }: the next `count` requests are answered with HTTP
 *                `code` and `body` (default a JSON error body) (CLI --fault-5xx N: HTTP 503, N times)
 */
import { GET_TOKEN } from '../core/contract/user';
import type { ServerResponse } from 'node:http';

export interface SandboxStatusFault {
  /** HTTP status to answer with, e.g. 503. */
  code: number;
  /** How many of the next requests get it. */
  count: number;
  /** Body as sent; default `{"code":<code>,"errorMessage":"…"}`. */
  body?: string;
  /** Default application/json when no body is given, text/plain otherwise. */
  contentType?: string;
}

export interface SandboxFaults {
  /** Every request waits this long before it is handled (until clearFaults). */
  delayMs?: number;
  /** The next N requests: the socket is destroyed without an answer. */
  reset?: number;
  /** The next N requests are never answered (until the client aborts or stop()). */
  hang?: number;
  /** The next `count` requests are answered with HTTP `code`. */
  status?: SandboxStatusFault;
}

/** What happens to the next request before it is routed. */
export type FaultAction = 'reset' | 'hang' | { readonly delayMs: number } | undefined;

export class FaultPlan {
  private faults: SandboxFaults = {};

  inject(faults: SandboxFaults): void {
    const next: SandboxFaults = { ...this.faults };
    if (faults.delayMs !== undefined) next.delayMs = nonNegative('delayMs', faults.delayMs);
    if (faults.reset !== undefined) next.reset = nonNegative('reset', faults.reset);
    if (faults.hang !== undefined) next.hang = nonNegative('hang', faults.hang);
    if (faults.status !== undefined) {
      const s = faults.status;
      if (!Number.isInteger(s.code) || s.code < 200 || s.code > 599) throw new Error(`status.code must be an HTTP status 200–599, not ${s.code}`);
      next.status = { ...s, count: nonNegative('status.count', s.count) };
    }
    this.faults = next;
  }

  clear(): void {
    this.faults = {};
  }

  /** Uses up a counted reset or hang, else says how long to wait (if at all). */
  next(): FaultAction {
    const f = this.faults;
    if (f.reset) {
      f.reset--;
      return 'reset';
    }
    if (f.hang) {
      f.hang--;
      return 'hang';
    }
    return f.delayMs ? { delayMs: f.delayMs } : undefined;
  }

  /** Answers with the injected status when one is pending; returns the log outcome, or undefined. */
  answerStatus(res: ServerResponse): string | undefined {
    const status = this.faults.status;
    if (!status || status.count <= 0) return undefined;
    status.count--;
    const body = status.body ?? JSON.stringify({ code: status.code, errorMessage: `Sandbox fault injection: HTTP ${status.code}` });
    const type = status.contentType ?? (status.body === undefined ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
    res.writeHead(status.code, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return `${status.code} code=- (fault)`;
  }
}

function nonNegative(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be an integer ≥ 0, not ${value}`);
  return value;
}

/**
 * Faults on purpose, per path: `GET/PUT/DELETE /_sandbox/faults` (faultControl.ts). A rule applies to
 * Rong API requests at its `path` (or every path: "*"), never to /_sandbox/ itself. The first rule
 * that matches and still has a `count` left is rolled with its `probability`; when it applies, the
 * request waits `delayMs`, then gets `answer` (or, with no answer, goes on to the endpoint), and
 * `count` goes down by one (absent: no end).
 *   answer 1008 → HTTP 429 {code:1008} (rate limit, ../shared/spec/callbacks.md), 1000 → HTTP 500
 *   {code:1000} (internal error), 503 → a bare HTTP 503 (text body, no API code: a proxy's outage).
 */
export const FAULT_ANSWERS = [1008, 1000, 503] as const;
export type FaultAnswer = (typeof FAULT_ANSWERS)[number];

/** The bounds every field is checked against (and that the README states). */
export const FAULT_RULE_LIMITS = { rules: 100, pathChars: 200, delayMs: 60_000, count: 1_000_000 } as const;

export interface FaultRule {
  readonly path: string;
  readonly answer?: FaultAnswer;
  /** 0–1; default 1. */
  readonly probability?: number;
  readonly delayMs?: number;
  /** The next N matching requests; absent: every one. */
  readonly count?: number;
}

/** What a rule does to one request. */
export interface FaultHit {
  readonly rule: number;
  readonly delayMs: number;
  readonly answer?: FaultAnswer;
}

export class FaultRules {
  private rules: Array<{ rule: FaultRule; left: number | undefined }> = [];

  set(rules: readonly FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, left: rule.count }));
  }

  clear(): void {
    this.rules = [];
  }

  /** The rules as they stand, `count` being what is left. */
  list(): FaultRule[] {
    return this.rules.map(({ rule, left }) => ({ ...rule, ...(left === undefined ? {} : { count: left }) }));
  }

  /** The fault for a request at `path` (normalized), or undefined; `roll` is a uniform number in [0, 1). */
  hit(path: string, roll: () => number): FaultHit | undefined {
    const i = this.rules.findIndex(({ rule, left }) => (rule.path === '*' || rule.path === path) && (left === undefined || left > 0));
    if (i < 0) return undefined;
    const r = this.rules[i];
    const p = r.rule.probability ?? 1;
    if (p < 1 && roll() >= p) return undefined;
    if (r.left !== undefined) r.left--;
    return { rule: i, delayMs: r.rule.delayMs ?? 0, ...(r.rule.answer === undefined ? {} : { answer: r.rule.answer }) };
  }
}

/** The answer of an injected API fault (see FAULT_ANSWERS). */
export function faultAnswerOf(answer: FaultAnswer): { status: number; body: string; contentType: string } {
  if (answer === 503) return { status: 503, body: 'Service Unavailable (sandbox fault)', contentType: 'text/plain; charset=utf-8' };
  const status = answer === 1008 ? 429 : 500;
  const errorMessage = answer === 1008 ? 'API rate limit exceeded (sandbox fault)' : 'Internal error (sandbox fault)';
  return { status, body: JSON.stringify({ code: answer, errorMessage }), contentType: 'application/json; charset=utf-8' };
}

/** Checks a PUT body's rules: `{"faults":[…]}`; a message naming the place and the limit, or the rules. */
export function checkFaultRules(value: unknown): FaultRule[] | string {
  const list = (value as { faults?: unknown } | null)?.faults;
  if (!Array.isArray(list)) return `the body needs "faults": an array of rules, e.g. {"faults":[{"path":"${GET_TOKEN.path}","answer":1008,"count":2}]}`;
  if (list.length > FAULT_RULE_LIMITS.rules) return `faults: at most ${FAULT_RULE_LIMITS.rules} rules, not ${list.length}`;
  const out: FaultRule[] = [];
  for (let i = 0; i < list.length; i++) {
    const at = `faults[${i}]`;
    const r = list[i] as Record<string, unknown> | null;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return `${at}: a rule is an object`;
    const unknown = Object.keys(r).filter((k) => !['path', 'answer', 'probability', 'delayMs', 'count'].includes(k));
    if (unknown.length > 0) return `${at}.${unknown[0].slice(0, 40)}: not a field of a rule (path, answer, probability, delayMs, count)`;
    if (typeof r.path !== 'string' || (r.path !== '*' && !/^\/\S*$/.test(r.path)) || r.path.length > FAULT_RULE_LIMITS.pathChars) {
      return `${at}.path: "*" or an API path starting with "/" (e.g. "${GET_TOKEN.path}"), at most ${FAULT_RULE_LIMITS.pathChars} characters`;
    }
    if (r.answer !== undefined && !FAULT_ANSWERS.includes(r.answer as FaultAnswer)) return `${at}.answer: one of ${FAULT_ANSWERS.join(', ')} (1008: HTTP 429; 1000: HTTP 500; 503: a bare HTTP 503), not ${String(r.answer).slice(0, 40)}`;
    if (r.probability !== undefined && !(typeof r.probability === 'number' && r.probability >= 0 && r.probability <= 1)) return `${at}.probability: a number from 0 to 1`;
    if (r.delayMs !== undefined && !(Number.isInteger(r.delayMs) && (r.delayMs as number) >= 0 && (r.delayMs as number) <= FAULT_RULE_LIMITS.delayMs)) return `${at}.delayMs: an integer from 0 to ${FAULT_RULE_LIMITS.delayMs} (milliseconds)`;
    if (r.count !== undefined && !(Number.isInteger(r.count) && (r.count as number) >= 1 && (r.count as number) <= FAULT_RULE_LIMITS.count)) return `${at}.count: an integer from 1 to ${FAULT_RULE_LIMITS.count}`;
    if (r.answer === undefined && r.delayMs === undefined) return `${at}: give "answer", "delayMs" or both`;
    const path = r.path === '*' ? '*' : r.path.replace(/\/{2,}/g, '/');
    out.push({ path, ...(r.answer === undefined ? {} : { answer: r.answer as FaultAnswer }), ...(r.probability === undefined ? {} : { probability: r.probability }), ...(r.delayMs === undefined ? {} : { delayMs: r.delayMs as number }), ...(r.count === undefined ? {} : { count: r.count as number }) });
  }
  return out;
}
