/** Limits and constants of the contract (register-user.zh.md) and of api-notes.md, one table each. */

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
/** The longest nonce accepted (sandbox) or sent as given (client); a generous cap over what the SDKs send. */
export const MAX_ACCEPTED_NONCE_LENGTH = 64;
/** X-Request-ID length cap. */
export const MAX_REQUEST_ID_LENGTH = 36;
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/** A group's ID (endpoints.md: groupId ≤ 64 bytes). */
export const GROUP_ID_MAX_BYTES = 64;
/** A group's name; the endpoints page gives no limit, so a user's name limit stands. */
export const GROUP_NAME_MAX_BYTES = 128;
/** Members a group holds on the standard plan (endpoints.md). */
export const MAX_GROUP_MEMBERS = 3000;
/** Entries a user's blacklist holds (the provider's blacklist page). */
export const MAX_BLACKLIST = 3000;
/** A message type name (objectName), in characters. */
export const MESSAGE_TYPE_MAX_CHARS = 32;
/** A message's content, a JSON text: 128 KB of UTF-8. */
export const MESSAGE_CONTENT_MAX_BYTES = 128 * 1024;
/** Push text and push data carried with a message. */
export const PUSH_TEXT_MAX_BYTES = 1024;
/** token/expire, block, unblock, blacklist add/remove: values a call takes. */
export const MAX_USERS_PER_CALL = 20;
/** block: minutes a block lasts, 1 minute to 30 days. */
export const BLOCK_MINUTES = { min: 1, max: 43_200 } as const;
/** The provider's own message types: a custom type must not start with `RC:`. */
export const RESERVED_TYPE_PREFIX = 'RC:';
export const KNOWN_MESSAGE_TYPES: readonly string[] = [
  'RC:TxtMsg', 'RC:ImgMsg', 'RC:VcMsg', 'RC:HQVCMsg', 'RC:ImgTextMsg', 'RC:FileMsg', 'RC:LBSMsg',
  'RC:SightMsg', 'RC:GIFMsg', 'RC:CombineMsg', 'RC:ReferenceMsg', 'RC:CmdMsg', 'RC:CmdNtf',
  'RC:InfoNtf', 'RC:ProfileNtf', 'RC:ContactNtf', 'RC:GrpNtf', 'RC:RcCmd', 'RC:RcNtf',
];
