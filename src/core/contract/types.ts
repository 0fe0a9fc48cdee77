/**
 * The shape of the contract data: an endpoint is its parameters with their rules, its success body
 * and what the surfaces need to know about it. Nothing outside src/core/contract names an
 * endpoint's parameters: every surface reads them from here.
 */
import type { Text } from '../text';

/**
 * The modules of the Server API, in the order the pickers show them (issue 18's list): sensitive
 * words (`/sensitiveword/…`, `/wordfilter/…`), group information hosting (`/entrust/…`), AI agents
 * and bots (`/v3/agent/…`, `/v3/bot/…`, `/v3/chat/…`).
 */
export type ModuleId =
  | 'user'
  | 'message'
  | 'group'
  | 'chatroom'
  | 'ultragroup'
  | 'conversation'
  | 'push'
  | 'sensitiveword'
  | 'friend'
  | 'entrust'
  | 'agent';

/** The HTTP methods of the Server API: POST for every `.json` path; the Go SDK's REST-style `/v2/…` calls also GET, PUT and DELETE. */
export type HttpMethod = 'POST' | 'GET' | 'PUT' | 'DELETE';

/**
 * Where a parameter travels. Absent: in the body (form pairs, or a JSON body's field). `path`: a
 * `{name}` segment of a REST-style path (`/v2/ultragroups/{groupId}`). `query`: the query string
 * (the GET calls of `/v2/…`).
 */
export type ParamPlace = 'path' | 'query';

/**
 * A field's JSON type in a JSON body. Without it: integer and timestampMs are numbers, a flag whose
 * values are `false`/`true` is a boolean (other flags numbers), json is any JSON value (an object or
 * array written as such), a repeated parameter an array of its values, everything else a string.
 * `string` on a json parameter: a JSON text inside a JSON string, as the template sends send `content`.
 */
export type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'any';

/**
 * Which validation rule a parameter follows (validation.ts). The code a failure gets is the
 * parameter's own `code`: user IDs 1005, names 1006, URIs 1007, everything else 1003.
 */
export type ParamKind =
  /** A user ID (also fromUserId, toUserId, blackUserId): no whitespace or control characters. */
  | 'userId'
  /** Another identifier (groupId): the same rules as a user ID. */
  | 'id'
  /** A display name (user or group): not blank, no control characters. */
  | 'name'
  /** An absolute http(s) URI. */
  | 'httpUri'
  /** Free text (pushContent, pushData): only the byte limit and no control characters except line breaks. */
  | 'text'
  /** A decimal integer within `min`..`max`. */
  | 'integer'
  /** Milliseconds since the epoch (13 digits today). */
  | 'timestampMs'
  /** A JSON text (message content). */
  | 'json'
  /** `0` or `1`. */
  | 'flag'
  /** A message type name: at most `maxChars` characters; custom types must not start with `RC:`. */
  | 'messageType';

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly required: boolean;
  /** The contract's error code for an invalid value of this parameter. */
  readonly code: number;
  readonly description: Text;
  /** Limit in UTF-8 bytes of one decoded value. */
  readonly maxBytes?: number;
  /** Limit in characters (UTF-16 code units are not characters: counted by code point). */
  readonly maxChars?: number;
  /** For integers: the inclusive range. */
  readonly min?: number;
  readonly max?: number;
  /** Several values, sent as a repeated key (`userId=a&userId=b`), with the allowed count. */
  readonly repeated?: { readonly min: number; readonly max: number };
  /** A repeated parameter whose entries may be empty (""): an SDK fills an unset entry with "" to keep the order. */
  readonly emptyEntries?: boolean;
  /** Values accepted besides the kind's rule (an SDK's "not given" value, e.g. Go's 0 for a timestamp or a duration). */
  readonly alsoAccepted?: readonly string[];
  /** The server's value when the parameter is absent (shown, never sent for it). */
  readonly defaultValue?: string;
  /** A value to start a form or a template with (never a real user's data). */
  readonly example?: string;
  /** For flags: the values meaning off and on (default `0`, `1`). */
  readonly flagValues?: readonly [off: string, on: string];
  /** Where the parameter travels; absent: in the body. */
  readonly in?: ParamPlace;
  /** In a JSON body: the field's JSON type when it differs from the kind's (see JsonType). */
  readonly jsonType?: JsonType;
  /**
   * A family of form parameters named `name[KEY]` (`/chatroom/create.json`'s `chatroom[room-1]=Room`,
   * `/group/sync.json`'s `group[g1]=Team`): KEY is an ID of at most `keyMaxBytes` bytes, the value
   * follows this spec's kind; `repeated` bounds how many keys a call takes.
   */
  readonly keyed?: { readonly keyMaxBytes: number; readonly keyDescription: Text };
}

/** A rule between parameters: when `when` is given, `param` may have at most `maxCount` values. */
export interface CrossParamRule {
  readonly when: string;
  readonly param: string;
  readonly maxCount: number;
}

/** How one field of a success body is shown. */
export type SuccessField =
  /** A single value; `format` says how to show it. */
  | { readonly name: string; readonly kind: 'value'; readonly label: Text; readonly format?: 'text' | 'token' | 'uri' | 'datetime' | 'onlineStatus' }
  /** A list of plain values (strings). */
  | { readonly name: string; readonly kind: 'list'; readonly label: Text }
  /**
   * A list of objects shown as a table. A column may name alternative keys that sources disagree
   * on (block/query's `userId`, the Node SDK docs' `id`).
   */
  | { readonly name: string; readonly kind: 'table'; readonly label: Text; readonly columns: readonly SuccessColumn[] };

export interface SuccessColumn {
  readonly keys: readonly string[];
  readonly label: Text;
  readonly format?: 'text' | 'datetime';
}

export interface EndpointSpec {
  /** Stable id, `module.name`: 'user.getToken'. */
  readonly id: string;
  readonly module: ModuleId;
  readonly method: HttpMethod;
  /**
   * The path; a REST-style one names its path parameters in braces (`/v2/ultragroups/{groupId}`),
   * each a parameter with `in: 'path'`. Two endpoints may share a path with different methods.
   */
  readonly path: string;
  readonly title: Text;
  readonly description: Text;
  /** Where the facts come from (endpoints.md's "source" column). */
  readonly source: string;
  readonly params: readonly ParamSpec[];
  /** The success body besides `code`, in the order it is shown. */
  readonly success: readonly SuccessField[];
  /** A success issues a token (shown with its expiry, kept among the issued tokens). */
  readonly issuesToken: boolean;
  /** The parameter whose value labels a history entry or a log line ('userId', 'groupId'). */
  readonly labelParam?: string;
  /**
   * Requests with the same App Key and the same value of this parameter are never in flight twice
   * at once (the contract: the same userId must not be registered twice at the same time).
   */
  readonly singleFlightParam?: string;
  /** What to do next after a body code that means something particular for this endpoint. */
  readonly hints?: Readonly<Record<number, Text>>;
  readonly crossRules?: readonly CrossParamRule[];
  /** Calls a second on the real service, when it differs from the 100/s of every endpoint. */
  readonly ratePerSecond?: number;
  /** The endpoint's page in the provider's docs, in each language (the playground's and the hover's "Docs" link). */
  readonly docs?: { readonly zh: string; readonly en: string };
  /**
   * How the request body is encoded: `form` (x-www-form-urlencoded, the default when absent) or
   * `json` (`/push.json`, `/v3/…`, `/v2/ultragroups…`). In a JSON body each parameter is a field;
   * a nested object's fields are named with dots (`audience.userid`, `notification.ios.badge`);
   * an array of objects is one `json` parameter with `jsonType: 'array'`.
   */
  readonly body?: BodyKind;
  /** The official server SDKs' method for this path, in each SDK's own words (read from its sources). */
  readonly sdks?: SdkCalls;
  /** Where the sources (docs, SDKs) disagree with each other or with this data. */
  readonly notes?: Text;
}

export type BodyKind = 'form' | 'json';

/** The official server SDKs, in the coverage table's order. */
export type SdkId = 'go' | 'java' | 'node' | 'php' | 'python';

/**
 * Each SDK's call on its receiver (Go `rc`, Java `rongCloud`, Node the module `rongcloud-sdk` returns,
 * PHP `$RongSDK`, Python `rc`), as a small template that core/sdkSnippets.ts fills with the form's
 * values. The grammar (one for every SDK):
 * - `Method(arg, arg…)` or `a.b.method(arg…)` / `getUser()->Block()->add(arg…)`: the call; a bare
 *   name without parentheses only names the method (the coverage table) and gets no snippet;
 * - an argument is a parameter name of this endpoint (its value as the language's literal of the
 *   parameter's type; a repeated one as a list; an absent optional one as its `defaultValue`, else the
 *   SDK's zero value), a literal (`"text"`, `10`, `true`, `false`, `nil`), `Type{field: arg, …}` (a
 *   model: Go `sdk.Type{Field: …}`, `&Type{…}` for a pointer, Java `new Type().setField(…)`),
 *   `{field: arg, …}` (an object: Node object, PHP array, Python dict), `[arg, …]` (a list; with one
 *   element naming a repeated or keyed parameter, one element per value: `[ChatroomMember{id: userId}]`),
 *   `Name(arg, …)` (a call: Go `sdk.WithChatroomExtra(extra)` options, left out without a value),
 *   `...param` (Go variadic values), or for Python `name=arg` (a keyword argument, left out without
 *   a value). Inside models and objects an absent optional field is left out;
 * - `param:as` converts where the SDK's type differs from the kind: `string`, `int`, `bool`; `map` (a
 *   JSON object as Go `map[string]interface{}` / Java `HashMap`); for a keyed family `pairs` (Python
 *   `[("id", "name")]`), `key` (the entry's key inside a list element), `key`/`value` outside a list
 *   (the first entry: Go `ChatRoomCreate(chatroom:key, chatroom:value)`). core/sdkSnippets.ts parses it.
 * Examples: go `UserRegister(userId, name, portraitUri)`; java `user.register(UserModel{id: userId,
 * name: name, portrait: portraitUri})`; node `User.register({id: userId, name: name, portrait: portraitUri})`;
 * php `getUser()->register({id: userId, name: name, portrait: portraitUri})`; python
 * `get_user().register(user_id=userId, name=name, portrait_uri=portraitUri)`.
 */
export type SdkCalls = { readonly [K in SdkId]?: string };
