/**
 * What both client suites set up per file: fault servers and clients that are closed after each
 * test, a check that nothing rejected unhandled, and the send input of one registration.
 */
import assert from 'node:assert/strict';
import { after, afterEach } from 'node:test';
import { RongClient } from '../../../src/core/http';
import { GET_TOKEN, type HostList } from '../../../src/core/contract';
import type { ClientOptions, SendInput } from '../../../src/core/sendResult';
import { FaultServer, recordingSleep, seededRandom, steppingClock, type Behaviour } from './faultServer';

export interface ClientHarness {
  serve(...behaviours: Behaviour[]): Promise<FaultServer>;
  client(options?: ClientOptions): { client: RongClient; waits: number[] };
  input(hosts: HostList | string, userId?: string, extra?: Partial<SendInput>): SendInput;
  /** Runs `cleanup` after the current test. */
  defer(cleanup: () => Promise<void>): void;
}

/** Call once at the top of a test file. */
export function clientHarness(credentials: { appKey: string; appSecret: string }, timeoutMs: number): ClientHarness {
  const unhandled: unknown[] = [];
  process.on('unhandledRejection', (reason) => unhandled.push(reason));
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  after(() => assert.deepEqual(unhandled, [], 'no unhandled rejections'));
  return {
    async serve(...behaviours) {
      const s = await FaultServer.start(...behaviours);
      cleanups.push(() => s.stop());
      return s;
    },
    client(options = {}) {
      const { sleep, waits } = recordingSleep();
      const c = new RongClient({ timeoutMs, random: seededRandom(), clock: steppingClock(), sleep, env: {}, ...options });
      cleanups.push(() => c.close());
      return { client: c, waits };
    },
    defer(cleanup) {
      cleanups.push(cleanup);
    },
    input(hosts, userId = 'u1', extra = {}) {
      return {
        endpoint: GET_TOKEN,
        params: [['userId', userId], ['name', 'Ironman']],
        credentials,
        hosts: typeof hosts === 'string' ? { primary: hosts } : hosts,
        ...extra,
      };
    },
  };
}
