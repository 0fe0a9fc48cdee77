/**
 * Parameters that several endpoints share, made once. A user ID parameter of any name (fromUserId,
 * toUserId, blackUserId) follows userId's rules and code 1005; names 1006; URIs 1007; the rest 1003.
 */
import type { Text } from '../text';
import {
  GROUP_ID_MAX_BYTES,
  GROUP_NAME_MAX_BYTES,
  LIMITS,
  MESSAGE_CONTENT_MAX_BYTES,
  MESSAGE_TYPE_MAX_CHARS,
  PARAMETER_ERROR_CODE,
  PUSH_TEXT_MAX_BYTES,
} from './limits';
import type { ParamSpec } from './types';

type Options = Partial<Pick<ParamSpec, 'required' | 'repeated' | 'example' | 'defaultValue'>>;

export function userIdParam(name: string, description: Text, options: Options = {}): ParamSpec {
  return { name, kind: 'userId', required: true, code: 1005, maxBytes: LIMITS.userId, description, ...options };
}

export function nameParam(name: string, description: Text, options: Options = {}): ParamSpec {
  return { name, kind: 'name', required: true, code: 1006, maxBytes: LIMITS.name, description, ...options };
}

export function portraitParam(options: Options = {}): ParamSpec {
  return {
    name: 'portraitUri',
    kind: 'httpUri',
    required: false,
    code: 1007,
    maxBytes: LIMITS.portraitUri,
    description: { en: 'Avatar URI (absolute http or https); at most 1024 bytes.', zh: '用户头像 URI，最大长度 1024 字节' },
    ...options,
  };
}

export function groupIdParam(options: Options = {}): ParamSpec {
  return {
    name: 'groupId',
    kind: 'id',
    required: true,
    code: PARAMETER_ERROR_CODE,
    maxBytes: GROUP_ID_MAX_BYTES,
    description: { en: 'Group ID, unique in the app; at most 64 bytes.', zh: '群组 ID，最大长度 64 字节' },
    example: 'group-1',
    ...options,
  };
}

export function groupNameParam(options: Options = {}): ParamSpec {
  return {
    name: 'groupName',
    kind: 'name',
    required: true,
    code: 1006,
    maxBytes: GROUP_NAME_MAX_BYTES,
    description: { en: 'Group name; at most 128 bytes.', zh: '群组名称，最大长度 128 字节' },
    example: 'Team',
    ...options,
  };
}

export function integerParam(name: string, min: number, max: number, description: Text, options: Options = {}): ParamSpec {
  return { name, kind: 'integer', required: true, code: PARAMETER_ERROR_CODE, min, max, description, ...options };
}

export function flagParam(name: string, description: Text, flagValues?: readonly [string, string]): ParamSpec {
  return { name, kind: 'flag', required: false, code: PARAMETER_ERROR_CODE, description, ...(flagValues ? { flagValues } : {}) };
}

export function textParam(name: string, maxBytes: number, description: Text, options: Options = {}): ParamSpec {
  return { name, kind: 'text', required: false, code: PARAMETER_ERROR_CODE, maxBytes, description, ...options };
}

/** The parameters every message endpoint shares after its recipients. */
export function messageBodyParams(): ParamSpec[] {
  return [
    {
      name: 'objectName',
      kind: 'messageType',
      required: true,
      code: PARAMETER_ERROR_CODE,
      maxChars: MESSAGE_TYPE_MAX_CHARS,
      description: {
        en: 'Message type: RC:TxtMsg, RC:ImgMsg … or a custom type (at most 32 characters, not starting with RC:).',
        zh: '消息类型：RC:TxtMsg、RC:ImgMsg 等，或自定义类型（最长 32 个字符，不能以 RC: 开头）',
      },
      example: 'RC:TxtMsg',
    },
    {
      name: 'content',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      maxBytes: MESSAGE_CONTENT_MAX_BYTES,
      description: { en: 'Message content: a JSON text of at most 128 KB.', zh: '消息内容，JSON 字符串，最大 128 KB' },
      example: '{"content":"hello"}',
    },
    textParam('pushContent', PUSH_TEXT_MAX_BYTES, { en: 'Push notification text.', zh: '推送通知显示的内容' }),
    textParam('pushData', PUSH_TEXT_MAX_BYTES, { en: 'Data attached to the push notification.', zh: '推送通知附加的数据' }),
    integerParam('count', 0, 2_147_483_647, { en: 'iOS badge number shown with the push.', zh: 'iOS 推送时显示的未读消息数' }, { required: false }),
    flagParam('isPersisted', { en: 'Store the message on the server (1) or not (0).', zh: '是否在服务端存储该消息，0 不存储，1 存储' }),
    flagParam('isIncludeSender', { en: "Also deliver to the sender's other devices (1).", zh: '发送者自己是否接收此条消息，0 不接收，1 接收' }),
    flagParam('contentAvailable', { en: 'iOS silent push (1).', zh: '针对 iOS 平台，是否为静默推送，1 为静默推送' }),
    // The docs type it Boolean; Go (strconv.FormatBool) and Java (Boolean.toString) send true/false.
    flagParam('disablePush', { en: 'Send without a push notification (true).', zh: '是否不推送，true 为不推送' }, ['false', 'true']),
    flagParam('expansion', { en: 'An expandable message (true).', zh: '是否为可扩展消息，true 为可扩展' }, ['false', 'true']),
  ];
}
