/** Data centres and their hosts (api-notes.md, "Hosts"). */
import type { Text } from '../text';

export interface Region {
  readonly id: RegionId;
  readonly label: Text;
  readonly primary: string;
  readonly backup: string;
}

export type RegionId = 'china' | 'singapore' | 'singaporeB' | 'northAmerica' | 'saudiArabia';

/** Data centres with their primary and backup hosts (api-notes.md, "Hosts"). */
export const REGIONS: Readonly<Record<RegionId, Region>> = {
  china: { id: 'china', label: { en: 'China (Beijing)', zh: '中国（北京）' }, primary: 'https://api.rong-api.com', backup: 'https://api-b.rong-api.com' },
  singapore: { id: 'singapore', label: { en: 'Singapore', zh: '新加坡' }, primary: 'https://api.sg-light-api.com', backup: 'https://api-b.sg-light-api.com' },
  singaporeB: { id: 'singaporeB', label: { en: 'Singapore B', zh: '新加坡 B' }, primary: 'https://api.sg-b-light-api.com', backup: 'https://api-b.sg-b-light-api.com' },
  northAmerica: { id: 'northAmerica', label: { en: 'North America', zh: '北美' }, primary: 'https://api.us-light-api.com', backup: 'https://api-b.us-light-api.com' },
  saudiArabia: { id: 'saudiArabia', label: { en: 'Saudi Arabia', zh: '沙特阿拉伯' }, primary: 'https://api.sau-light-api.com', backup: 'https://api-b.sau-light-api.com' },
};

export const DEFAULT_REGION: RegionId = 'china';

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REGIONS, value);
}

/** The hosts a request goes to, in order of preference. */
export interface HostList {
  readonly primary: string;
  readonly backup?: string;
}

/**
 * A custom base URL (private deployment, local sandbox) wins over the region and has no backup.
 * Returns an error string when the custom URL is not an absolute http(s) URL.
 */
export function resolveHosts(region: RegionId, customBaseUrl?: string): HostList | { error: string } {
  if (customBaseUrl !== undefined && customBaseUrl.trim() !== '') {
    const trimmed = customBaseUrl.trim().replace(/\/+$/, '');
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      return { error: `base URL "${trimmed}" is not an absolute URL (expected e.g. http://127.0.0.1:8080)` };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      return { error: `base URL "${trimmed}" must use http or https, not ${parsed.protocol.replace(':', '')}` };
    }
    if (parsed.username || parsed.password) {
      return { error: 'base URL must not contain a user name or password' };
    }
    return { primary: trimmed };
  }
  const r = REGIONS[region];
  return { primary: r.primary, backup: r.backup };
}
