/**
 * `--rate-limits live` (startSandbox `rateLimits: 'live'`): the live service's documented rates,
 * enforced per app (the App-Key header) and per limit; over a limit the answer is 1008 with HTTP 429,
 * as the live service answers (../shared/spec/callbacks.md, "Codes seen across endpoints").
 * Off by default. Fixed windows on the sandbox clock (so /_sandbox/clock moves past a window).
 *
 * LIVE_RATE_LIMITS is the one table of these facts; each row names its source. Endpoints in one row
 * share one counter (push and broadcast are limited together). `weight`: the parameter whose
 * values are counted instead of the request (a private message to 1,000 users counts 1,000).
 */
import type { EndpointSpec } from '../core/contract';
import { CHATROOM_CREATE } from '../core/contract/chatroom';
import { BROADCAST, GROUP_PUBLISH, PRIVATE_PUBLISH, STATUS_PRIVATE_PUBLISH, SYSTEM_PUBLISH } from '../core/contract/message';
import { PUSH } from '../core/contract/push';
import { ULTRAGROUP_HISMSG_QUERY } from '../core/contract/ultragroup';
import { BLACKLIST_ADD, BLACKLIST_QUERY, BLACKLIST_REMOVE, GET_TOKEN, WHITELIST_ADD, WHITELIST_QUERY, WHITELIST_REMOVE } from '../core/contract/user';

export interface RateWindow {
  readonly limit: number;
  readonly windowMs: number;
}

export interface RateLimitRow {
  /** The endpoints of the contract data the row limits (the data holds their paths). */
  readonly endpoints: readonly EndpointSpec[];
  /** Every window must have room (broadcast: 2 an hour and 3 a day). */
  readonly windows: readonly RateWindow[];
  readonly weight?: string;
  readonly source: string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const LIVE_RATE_LIMITS: readonly RateLimitRow[] = [
  // The provider's getToken page says 200 a second; older pages say no limit and the Node SDK's message 100: the current page wins.
  { endpoints: [GET_TOKEN], windows: [{ limit: 200, windowMs: SECOND }], source: 'docs.rongcloud.cn platform-chat-api user register (200 次/秒)' },
  { endpoints: [PRIVATE_PUBLISH], windows: [{ limit: 6000, windowMs: MINUTE }], weight: 'toUserId', source: 'docs.rongcloud.cn private publish; Go SDK sdk/message.go PrivateSend (6000 a minute, per recipient)' },
  { endpoints: [STATUS_PRIVATE_PUBLISH], windows: [{ limit: 6000, windowMs: MINUTE }], weight: 'toUserId', source: 'docs.rongcloud.cn status message publish (as private: 6000 a minute, per recipient)' },
  { endpoints: [GROUP_PUBLISH], windows: [{ limit: 20, windowMs: SECOND }], weight: 'toGroupId', source: 'Go SDK sdk/message.go GroupSend (20 a second; 3 groups count 3)' },
  { endpoints: [SYSTEM_PUBLISH], windows: [{ limit: 100, windowMs: SECOND }], source: 'docs.rongcloud.cn system publish (v4: 100 messages a second)' },
  { endpoints: [CHATROOM_CREATE], windows: [{ limit: 100, windowMs: SECOND }], source: 'docs.rongcloud.cn chatroom create (100 a second)' },
  ...[BLACKLIST_ADD, BLACKLIST_REMOVE, BLACKLIST_QUERY, WHITELIST_ADD, WHITELIST_REMOVE, WHITELIST_QUERY].map(
    (endpoint): RateLimitRow => ({ endpoints: [endpoint], windows: [{ limit: 100, windowMs: SECOND }], source: 'Go SDK sdk/user.go Blacklist*/Whitelist* comments (100 a second)' }),
  ),
  { endpoints: [ULTRAGROUP_HISMSG_QUERY], windows: [{ limit: 100, windowMs: MINUTE }], source: 'Go SDK sdk/ultragroup.go UGHistoryQuery (100 a minute per App Key)' },
  { endpoints: [BROADCAST, PUSH], windows: [{ limit: 2, windowMs: HOUR }, { limit: 3, windowMs: DAY }], source: 'Go SDK sdk/message.go SystemBroadcast, sdk/push.go PushSend (together: 2 an hour, 3 a day)' },
];

/** Any endpoint no row names: docs.rongcloud.cn's endpoints page (100 a second per app), counted per endpoint. */
export const DEFAULT_RATE_LIMIT: RateLimitRow = { endpoints: [], windows: [{ limit: 100, windowMs: SECOND }], source: 'docs.rongcloud.cn platform-chat-api endpoints page (100 a second per app)' };

export const RATE_LIMIT_MODES = ['off', 'live'] as const;
export type RateLimitMode = (typeof RATE_LIMIT_MODES)[number];

let rowByPath: ReadonlyMap<string, RateLimitRow> | undefined;
const rowOf = (path: string) => (rowByPath ??= new Map(LIVE_RATE_LIMITS.flatMap((row) => row.endpoints.map((e) => [e.path, row] as const)))).get(path);

export interface RateVerdict {
  readonly limit: number;
  readonly windowMs: number;
  readonly retryAfterMs: number;
}

/** The counters: per app, per row (or per path for the default), per window. */
export class RateLimiter {
  private readonly counters = new Map<string, { start: number; used: number }>();

  /** Counts a request of `weight` units; a verdict when it is over a limit (then nothing is counted). */
  take(appKey: string, path: string, params: ReadonlyArray<readonly [string, string]>, now: number): RateVerdict | undefined {
    const row = rowOf(path) ?? DEFAULT_RATE_LIMIT;
    const bucket = row === DEFAULT_RATE_LIMIT ? path : row.endpoints[0].path;
    const weight = row.weight ? Math.max(1, params.filter(([k]) => k === row.weight).length) : 1;
    const slots = row.windows.map((w) => {
      const key = `${appKey}\n${bucket}\n${w.windowMs}`;
      let c = this.counters.get(key);
      if (!c || now >= c.start + w.windowMs || now < c.start) c = { start: Math.floor(now / w.windowMs) * w.windowMs, used: 0 };
      return { key, c, w };
    });
    const over = slots.find((s) => s.c.used + weight > s.w.limit);
    if (over) return { limit: over.w.limit, windowMs: over.w.windowMs, retryAfterMs: over.c.start + over.w.windowMs - now };
    for (const s of slots) {
      s.c.used += weight;
      this.counters.set(s.key, s.c);
    }
    if (this.counters.size > 100_000) this.counters.clear(); // bounded: forgetting counts is letting a few more through
    return undefined;
  }
}
