/**
 * `--profile NAME`: the extension's credential profiles outside VS Code. Names, App Keys and hosts
 * come from a JSON file (`rong-http.profiles.json` in the current folder, or `--profiles FILE`)
 * shaped like the extension's profiles; the App Secret never comes from the file, only from
 * RONG_APP_SECRET_<NAME> (the name upper-cased, other characters as _) or else RONG_APP_SECRET.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRegionId, REGIONS, resolveHosts, DEFAULT_REGION, type RegionId } from '../core/contract';
import { at, UsageError } from './usage';

export const PROFILES_FILE = 'rong-http.profiles.json';

export interface RunnerProfile {
  readonly name: string;
  readonly appKey: string;
  readonly region?: RegionId;
  readonly baseUrl?: string;
}

/** The environment variable that holds a profile's own App Secret: `dev-eu` → RONG_APP_SECRET_DEV_EU. */
export function secretVariableOf(name: string): string {
  return `RONG_APP_SECRET_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

const KEYS = new Set(['name', 'appKey', 'region', 'baseUrl']);

/** Reads and checks the profiles file; every problem names the file and what is wrong. */
export function readProfiles(path: string): RunnerProfile[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(at(path, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); --profile reads ${PROFILES_FILE} in the current folder or the file given by --profiles`));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(at(path, undefined, `is not JSON (${err instanceof Error ? err.message : String(err)})`));
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { profiles?: unknown }).profiles) ? (data as { profiles: unknown[] }).profiles : undefined;
  if (!list) throw new UsageError(at(path, undefined, 'must hold {"profiles": [{"name", "appKey", "region" or "baseUrl"}, …]}'));
  const seen = new Set<string>();
  return list.map((p, i) => {
    const where = `profiles[${i}]`;
    if (!p || typeof p !== 'object') throw new UsageError(at(path, undefined, `${where} must be an object`));
    const o = p as Record<string, unknown>;
    if ('appSecret' in o || 'secret' in o) throw new UsageError(at(path, undefined, `${where}: an App Secret must not be in the file; set ${typeof o.name === 'string' ? secretVariableOf(o.name) : 'RONG_APP_SECRET_<NAME>'} or RONG_APP_SECRET`));
    for (const k of Object.keys(o)) if (!KEYS.has(k)) throw new UsageError(at(path, undefined, `${where}: unknown field "${k}" (fields: name, appKey, region, baseUrl)`));
    if (typeof o.name !== 'string' || o.name.trim() === '' || o.name.length > 64) throw new UsageError(at(path, undefined, `${where}.name must be a non-empty string of at most 64 characters`));
    if (typeof o.appKey !== 'string' || o.appKey.trim() === '' || o.appKey.length > 128 || /\s/.test(o.appKey)) throw new UsageError(at(path, undefined, `${where}.appKey must be a string of 1–128 characters without spaces`));
    if (o.region !== undefined && !isRegionId(o.region)) throw new UsageError(at(path, undefined, `${where}.region must be one of ${Object.keys(REGIONS).join(', ')}, not ${JSON.stringify(o.region)}`));
    if (o.baseUrl !== undefined) {
      const hosts = typeof o.baseUrl === 'string' ? resolveHosts(DEFAULT_REGION, o.baseUrl) : { error: 'baseUrl must be a string' };
      if ('error' in hosts) throw new UsageError(at(path, undefined, `${where}.baseUrl: ${hosts.error}`));
    }
    if (seen.has(o.name)) throw new UsageError(at(path, undefined, `${where}: profile "${o.name}" is given twice`));
    seen.add(o.name);
    return { name: o.name, appKey: o.appKey, region: o.region as RegionId | undefined, baseUrl: o.baseUrl as string | undefined };
  });
}

export interface ProfileTarget {
  readonly appKey: string;
  readonly appSecret: string;
  /** The custom base URL, else the region's primary host (China when neither is given). */
  readonly baseUrl: string;
}

/** The run's target for `--profile NAME`; unknown names and a missing secret are usage errors. */
export function profileTarget(name: string, file: string | undefined, cwd: string, env: Readonly<Record<string, string | undefined>>): ProfileTarget {
  const path = file ?? join(cwd, PROFILES_FILE);
  const profiles = readProfiles(path);
  const p = profiles.find((x) => x.name === name);
  if (!p) {
    const names = profiles.map((x) => x.name);
    throw new UsageError(at(path, undefined, `has no profile "${name}"; available: ${names.length ? names.join(', ') : '(none)'}`));
  }
  const own = secretVariableOf(p.name);
  const appSecret = env[own] || env.RONG_APP_SECRET;
  if (!appSecret) throw new UsageError(`profile "${p.name}": set ${own} (or RONG_APP_SECRET) to its App Secret; it is never read from the file or the command line`);
  const hosts = resolveHosts(p.region ?? DEFAULT_REGION, p.baseUrl);
  if ('error' in hosts) throw new UsageError(at(path, undefined, hosts.error));
  return { appKey: p.appKey, appSecret, baseUrl: hosts.primary };
}
