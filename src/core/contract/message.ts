/** The first message endpoints (endpoints.md, "Messages and groups"). */
import { PARAMETER_ERROR_CODE } from './limits';
import { flagParam, messageBodyParams, userIdParam } from './params';
import type { EndpointSpec } from './types';

const fromUserId = userIdParam('fromUserId', { en: 'Sender user ID; at most 64 bytes.', zh: '发送人用户 ID，最大长度 64 字节' }, { example: 'user-1' });

export const PRIVATE_PUBLISH: EndpointSpec = {
  id: 'message.privatePublish',
  module: 'message',
  method: 'POST',
  path: '/message/private/publish.json',
  title: { en: 'Send private message', zh: '发送单聊消息' },
  description: { en: 'Sends a one-to-one message from a user to 1–1000 users.', zh: '以一个用户的身份向 1–1000 个用户发送单聊消息。' },
  source: 'D:message/send-private; Go PrivateSend; Node Message.Private.send',
  sdks: { go: 'PrivateSend', java: 'message.msgPrivate.send', node: 'Message.Private.send', php: 'getMessage()->Person()->send', python: 'get_message().get_private().send' },
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 100,
  params: [
    fromUserId,
    userIdParam('toUserId', { en: 'Recipient user IDs, 1–1000 values.', zh: '接收人用户 ID，1–1000 个' }, { repeated: { min: 1, max: 1000 }, example: 'user-2' }),
    ...messageBodyParams(),
    flagParam('verifyBlacklist', { en: "Check the recipient's blacklist (1): a blacklisted sender's message is not delivered.", zh: '是否过滤接收人黑名单，1 为过滤：被拉黑的发送人的消息不会送达' }),
  ],
  success: [
    {
      name: 'messageUIDs',
      kind: 'table',
      label: { en: 'Message IDs', zh: '消息 ID' },
      columns: [
        { keys: ['userId'], label: { en: 'Recipient', zh: '接收人' } },
        { keys: ['messageUID'], label: { en: 'Message UID', zh: '消息 UID' } },
      ],
    },
  ],
};

export const SYSTEM_PUBLISH: EndpointSpec = {
  id: 'message.systemPublish',
  module: 'message',
  method: 'POST',
  path: '/message/system/publish.json',
  title: { en: 'Send system message', zh: '发送系统消息' },
  description: { en: 'Sends a system message from a user to 1–100 users.', zh: '以一个用户的身份向 1–100 个用户发送系统消息。' },
  source: 'D:system/send-private; Node Message.System.send',
  sdks: { go: 'SystemSend', java: 'message.system.send', node: 'Message.System.send', php: 'getMessage()->System()->send', python: 'get_message().get_system().send' },
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 100,
  params: [
    fromUserId,
    userIdParam('toUserId', { en: 'Recipient user IDs, 1–100 values.', zh: '接收人用户 ID，1–100 个' }, { repeated: { min: 1, max: 100 }, example: 'user-2' }),
    ...messageBodyParams(),
  ],
  success: [],
};

export const GROUP_PUBLISH: EndpointSpec = {
  id: 'message.groupPublish',
  module: 'message',
  method: 'POST',
  path: '/message/group/publish.json',
  title: { en: 'Send group message', zh: '发送群聊消息' },
  description: {
    en: 'Sends a message from a user to 1–3 groups; with toUserId, only those members of one group get it.',
    zh: '以一个用户的身份向 1–3 个群组发送消息；指定 toUserId 时为定向消息，仅限一个群组。',
  },
  source: 'D:message/send-group',
  sdks: { go: 'GroupSend', java: 'message.group.send', node: 'Message.Group.send', php: 'getMessage()->Group()->send', python: 'get_message().get_group().send' },
  notes: {
    en: 'The SDKs split this path into several methods: Go GroupSend/GroupSendMention, Java send/sendMention/sendDirection, Python send/send_direction.',
    zh: '各 SDK 把此路径分成多个方法：Go GroupSend/GroupSendMention，Java send/sendMention/sendDirection，Python send/send_direction。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 20,
  params: [
    fromUserId,
    {
      name: 'toGroupId',
      kind: 'id',
      required: true,
      code: PARAMETER_ERROR_CODE,
      maxBytes: 64,
      repeated: { min: 1, max: 3 },
      description: { en: 'Group IDs, 1–3 values.', zh: '接收群组 ID，1–3 个' },
      example: 'group-1',
    },
    ...messageBodyParams(),
    userIdParam('toUserId', { en: 'A directed message: only these members receive it (one group only).', zh: '群定向消息：仅这些群成员接收（仅限一个群组）' }, { required: false, repeated: { min: 1, max: 1000 } }),
  ],
  crossRules: [{ when: 'toUserId', param: 'toGroupId', maxCount: 1 }],
  success: [],
};

export const MESSAGE_ENDPOINTS: readonly EndpointSpec[] = [PRIVATE_PUBLISH, SYSTEM_PUBLISH, GROUP_PUBLISH];
