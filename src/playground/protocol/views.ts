/** What the messages carry in either direction: the form, profiles, previews, responses, history entries and the translated strings. */
import type { ModuleId } from '../../core/contract/types';
import type { SnippetId } from '../../core/snippets';
import type { Text } from '../../core/text';

export const VIEW_TYPE = 'rongPlayground';

/** A form's values by parameter name; a repeated parameter's values are a list. */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

/** The form as the webview shows it. Never holds a secret: the App Secret stays in the host. */
export interface FormState {
  /** Profile name; '' when none is chosen. */
  readonly profile: string;
  readonly endpointId: string;
  /**
   * Values by parameter name: a string, or for a repeated parameter its values in order (sent as
   * a repeated key). '' for an empty field or row (an empty value is not sent).
   */
  readonly params: FormValues;
  readonly nonce: string;
  readonly timestamp: string;
  /** Keep the typed nonce and timestamp for the next sends (to reproduce a signature). */
  readonly locked: boolean;
}

/** One endpoint as the picker and the search show it: the webview gets a spec only for the endpoint it shows. */
export interface CatalogueEndpoint {
  readonly id: string;
  readonly module: ModuleId;
  readonly path: string;
  readonly title: Text;
}

/** The endpoints by module, all the picker and the search need (the full records stay in the host, #18). */
export interface Catalogue {
  readonly modules: readonly { readonly id: ModuleId; readonly title: Text }[];
  readonly endpoints: readonly CatalogueEndpoint[];
}

export interface ProfileOption {
  readonly name: string;
  readonly appKey: string;
  /** host[:port] of the primary host, or '?' when the host cannot be resolved. */
  readonly host: string;
  readonly active: boolean;
}

export type HeaderList = ReadonlyArray<readonly [string, string]>;

/** A request as it goes on the wire: the signature, never the secret. */
export interface RequestView {
  readonly method: string;
  readonly url: string;
  readonly headers: HeaderList;
  readonly body: string;
}

export interface SnippetView {
  readonly id: SnippetId;
  readonly label: string;
  readonly code: string;
}

/** The host's answer to a `preview` request: signature and everything derived for the shown values. */
export interface Preview {
  readonly seq: number;
  readonly profile: string;
  readonly nonce: string;
  readonly timestamp: string;
  /** `••••••` + nonce + timestamp. */
  readonly signingString: string;
  /** SHA-1 hex, present when the profile has a secret and nonce and timestamp are valid. */
  readonly signature?: string;
  readonly nonceProblem?: string;
  /** A nonce longer than the documentation's 18 characters: a warning, never a refusal. */
  readonly nonceWarning?: string;
  readonly timestampProblem?: string;
  /** Why no signature could be made (no profile, no secret, bad host). */
  readonly problem?: string;
  readonly request?: RequestView;
  readonly curl?: string;
  readonly snippets: readonly SnippetView[];
}

export interface AttemptView {
  readonly host: string;
  readonly status?: number;
  readonly code?: number;
  /** Network error in plain words. */
  readonly error?: string;
  readonly ms: number;
  readonly waitedMs: number;
  readonly nonce: string;
  readonly timestamp: string;
}

export interface ResponseView {
  readonly outcome: string;
  readonly ok: boolean;
  readonly httpStatus?: number;
  readonly code?: number;
  readonly meaning?: string;
  /** What happened, and what to do next, in the UI language. */
  readonly summary: string;
  readonly nextStep?: string;
  readonly token?: string;
  readonly userId?: string;
  readonly expiresAt?: number;
  readonly responseHeaders: HeaderList;
  readonly bodyText?: string;
  readonly bodyTruncated?: boolean;
  readonly totalMs: number;
  readonly attempts: readonly AttemptView[];
  /** The nonce and timestamp actually sent (of the last attempt). */
  readonly nonce?: string;
  readonly timestamp?: string;
  readonly signature?: string;
  readonly request: RequestView;
}

/** One send of this session. */
export interface HistoryEntry {
  readonly id: number;
  /** Epoch ms when the send started. */
  readonly at: number;
  readonly host: string;
  /** The form as sent (nonce and timestamp: the ones used). */
  readonly form: FormState;
  readonly response?: ResponseView;
  /** Why nothing was sent, or why sending failed before an answer. */
  readonly error?: string;
}

/** Keys of the strings the webview shows; the host sends them translated. */
export const STRING_KEYS = [
  'title', 'profile', 'noProfiles', 'endpoint', 'parameters', 'required', 'optional', 'bytes',
  'signing', 'nonce', 'timestamp', 'regenerate', 'lock', 'lockedHint', 'freshHint', 'signingString',
  'signature', 'computing', 'send', 'sending', 'cancel', 'copyCurl', 'saveHttp', 'fixFirst', 'waitSigning',
  'ready', 'preview', 'request', 'copy', 'response', 'noResponse', 'httpStatus', 'code', 'token',
  'copyToken', 'expires', 'userId', 'responseHeaders', 'body', 'timing', 'attempts', 'attemptHost',
  'attemptResult', 'waited', 'history', 'noHistory', 'loadIntoForm', 'show', 'notSent', 'usedValues',
  'sentRequest', 'cancelled', 'pasteCurl', 'addValue', 'removeValue', 'valueCount', 'range', 'defaultValue',
  'flagUnset', 'chars', 'online', 'offline', 'noParams', 'jsonOk', 'valueLabel', 'keyedValueLabel', 'jsonKeys', 'empty', 'fillIn',
  'searchEndpoints', 'searchHint', 'noEndpointMatches', 'docs', 'docsTitle',
] as const;
export type StringKey = (typeof STRING_KEYS)[number];
export type Strings = Readonly<Record<StringKey, string>>;
