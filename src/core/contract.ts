/**
 * The API contract as data: endpoints, their form parameters and limits, hosts, and constants.
 * Source: shared/spec/register-user.zh.md (the contract) and shared/spec/api-notes.md.
 * Everything that may change (limits, hosts, endpoints) lives here, in one table each.
 */

/** Which validation rule a parameter follows; the rule set is in validation.ts. */
export type ParamKind = 'userId' | 'name' | 'httpUri';

export interface ParamSpec {
  readonly name: string;
  readonly required: boolean;
  /** Limit in UTF-8 bytes of the decoded value. */
  readonly maxBytes: number;
  /** The contract's error code for an invalid value of this parameter. */
  readonly code: number;
  readonly kind: ParamKind;
  readonly description: { readonly en: string; readonly zh: string };
}

export interface EndpointSpec {
  readonly id: string;
  readonly method: 'POST';
  readonly path: string;
  readonly title: { readonly en: string; readonly zh: string };
  readonly params: readonly ParamSpec[];
  /** Whether a success issues a token (shown with its expiry). */
  readonly issuesToken: boolean;
}

/** UTF-8 byte limits of the contract (newer provider docs say name ≤ 64 characters: change it here). */
export const LIMITS = {
  userId: 64,
  name: 128,
  portraitUri: 1024,
} as const;

export const SUCCESS_CODE = 200;
/** The contract's code for a missing or malformed parameter. */
export const PARAMETER_ERROR_CODE = 1003;
/** The contract's code for a userId that is registered already. */
export const USER_EXISTS_CODE = 1004;
/** Token validity by default (contract, 注意事项 2). */
export const TOKEN_VALIDITY_MS = 30 * 24 * 60 * 60 * 1000;
/** Nonce length cap of the current documentation. */
export const MAX_NONCE_LENGTH = 18;
/** X-Request-ID length cap. */
export const MAX_REQUEST_ID_LENGTH = 36;
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export const GET_TOKEN: EndpointSpec = {
  id: 'user.getToken',
  method: 'POST',
  path: '/user/getToken.json',
  title: { en: 'Register user (get token)', zh: '注册用户（获取 Token）' },
  issuesToken: true,
  params: [
    {
      name: 'userId',
      required: true,
      maxBytes: LIMITS.userId,
      code: 1005,
      kind: 'userId',
      description: {
        en: 'User ID, unique in the app; at most 64 bytes.',
        zh: '用户 ID，最大长度 64 字节，是用户在 App 中的唯一标识',
      },
    },
    {
      name: 'name',
      required: true,
      maxBytes: LIMITS.name,
      code: 1006,
      kind: 'name',
      description: { en: 'Display name; at most 128 bytes.', zh: '用户名称，最大长度 128 字节' },
    },
    {
      name: 'portraitUri',
      required: false,
      maxBytes: LIMITS.portraitUri,
      code: 1007,
      kind: 'httpUri',
      description: {
        en: 'Avatar URI (absolute http or https); at most 1024 bytes.',
        zh: '用户头像 URI，最大长度 1024 字节',
      },
    },
  ],
};

/** Every endpoint the product knows; the next user endpoints arrive here as data. */
export const ENDPOINTS: readonly EndpointSpec[] = [GET_TOKEN];

export function findEndpoint(path: string): EndpointSpec | undefined {
  return ENDPOINTS.find((e) => e.path === path);
}

export function findEndpointById(id: string): EndpointSpec | undefined {
  return ENDPOINTS.find((e) => e.id === id);
}

export interface Region {
  readonly id: RegionId;
  readonly label: { readonly en: string; readonly zh: string };
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
