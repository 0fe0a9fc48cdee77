/**
 * The official Node SDK (`rongcloud-sdk` in node_modules) as a list of its functions, found by walking
 * the module objects its init returns (so a function added upstream is found too), each with the
 * lib/**\/api.json entry its source reads as `config.<name>`. The discovery nodeSdkCapture.test.ts
 * does, for any test that calls the SDK.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ApiEntry {
  readonly url: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export type SdkMethod = (...args: unknown[]) => Promise<unknown>;

export interface SdkCall {
  /** Its place in the SDK's module objects, e.g. `Chatroom.Whitelist.User.add`. */
  readonly name: string;
  readonly fn: SdkMethod;
  /** The api.json entry the method's source reads (`config.<key>`). */
  readonly api: ApiEntry;
}

const sdkRequire = createRequire(__filename);
export const SDK_LIB = dirname(sdkRequire.resolve('rongcloud-sdk/lib/rongcloud.js'));
export const SDK_VERSION = (sdkRequire('rongcloud-sdk/package.json') as { version: string }).version;

/**
 * The SDK's module objects, pointed at `api` (lib/request.js builds `{{domain}}/{{url}}.json`). The SDK
 * keeps its config per process: a second init repoints every function.
 */
export function initSdk(config: { appkey: string; secret: string; api: string }): object {
  return (sdkRequire('rongcloud-sdk') as (c: typeof config) => object)(config);
}

/** Every function in the SDK's module objects, each with the api.json entry its source names. */
export function sdkCalls(modules: object): SdkCall[] {
  // Which file exported which object: the key to a method's own api.json (e.g. whitelist/user-api.json).
  const owners = new Map<unknown, string>();
  for (const [file, mod] of Object.entries(sdkRequire.cache)) {
    if (mod && file.startsWith(SDK_LIB)) owners.set(mod.exports, file);
  }
  const calls: SdkCall[] = [];
  const walk = (obj: object, prefix: string): void => {
    for (const [key, value] of Object.entries(obj)) {
      const name = prefix + key;
      if (typeof value === 'function') {
        const owner = owners.get(obj);
        assert.ok(owner, `${name}: no SDK file exports it`);
        const apiFile = /require\('(\.\/[\w-]*api\.json)'\)/.exec(readFileSync(owner, 'utf8'))?.[1];
        assert.ok(apiFile, `${name}: ${owner} requires no api.json`);
        const entryKey = /config\.(\w+)/.exec(String(value))?.[1];
        assert.ok(entryKey, `${name}: its source names no config entry`);
        const api = (sdkRequire(join(dirname(owner), apiFile)) as Record<string, ApiEntry>)[entryKey];
        assert.ok(api, `${name}: ${apiFile} has no entry ${entryKey}`);
        calls.push({ name, fn: value as SdkMethod, api });
      } else if (value && typeof value === 'object') {
        walk(value as object, `${name}.`);
      }
    }
  };
  walk(modules, '');
  return calls;
}
