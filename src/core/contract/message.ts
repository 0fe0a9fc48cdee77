/** The message endpoints: the first three of endpoints.md ("Messages and groups"), then the SDKs' other form-body /message/… and /statusmessage/… paths (#18). */
import type { Text } from '../text';
import { PARAMETER_ERROR_CODE, PUSH_TEXT_MAX_BYTES } from './limits';
import { flagParam, integerParam, messageBodyParams, textParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec } from './types';
import { BUS_CHANNEL_MAX_BYTES } from './ultragroup';

/**
 * What the Go SDK's send options add to the three first message sends (sdk/message.go PrivateSend,
 * SystemSend, GroupSend and GroupSendMention): a channel, not updating the last message (true/false,
 * strconv.FormatBool), a push extension and extra content (JSON texts), and isCounted / isMentioned (0/1, strconv.Itoa).
 */
function goSendOptions(extra: readonly ('extraContent' | 'isCounted' | 'isMentioned')[]): ParamSpec[] {
  const json = (name: string, description: Text): ParamSpec => ({ name, kind: 'json', required: false, code: PARAMETER_ERROR_CODE, description });
  const all: Record<string, ParamSpec> = {
    extraContent: json('extraContent', { en: 'The message extension content: a JSON text (with expansion=true).', zh: '消息扩展内容，JSON 字符串（expansion 为 true 时）' }),
    isCounted: flagParam('isCounted', { en: "Count the message in the recipient's unread count (1, default) or not (0).", zh: '是否计入接收方未读消息数，1 计入（默认），0 不计入' }),
    isMentioned: flagParam('isMentioned', { en: 'An @ message (1): the content carries mentionedInfo.', zh: '是否为 @ 消息，1 为是（content 中带 mentionedInfo）' }),
  };
  return [
    { name: 'busChannel', kind: 'id', required: false, code: PARAMETER_ERROR_CODE, maxBytes: BUS_CHANNEL_MAX_BYTES, description: { en: 'Conversation channel ID; at most 20 bytes.', zh: '会话频道 ID，最大 20 字节' } },
    flagParam('disableUpdateLastMsg', { en: "Do not update the conversation's last message (true).", zh: '是否不更新会话最后一条消息，true 为不更新' }, ['false', 'true']),
    json('pushExt', { en: 'Push extension (title, template, per-vendor options): a JSON text.', zh: '推送扩展（标题、模板、厂商配置），JSON 字符串' }),
    ...extra.map((name) => all[name]),
  ];
}

const goOptionsNote: Text = {
  en: 'Go also sends busChannel, disableUpdateLastMsg, pushExt and (per endpoint) extraContent, isCounted or isMentioned from its send options; the docs list them too.',
  zh: 'Go 还会从发送选项中发送 busChannel、disableUpdateLastMsg、pushExt 以及（按接口）extraContent、isCounted 或 isMentioned；文档同样列出了这些参数。',
};

const fromUserId = userIdParam('fromUserId', { en: 'Sender user ID; at most 64 bytes.', zh: '发送人用户 ID，最大长度 64 字节' }, { example: 'user-1' });

export const PRIVATE_PUBLISH: EndpointSpec = {
  id: 'message.privatePublish',
  module: 'message',
  method: 'POST',
  path: '/message/private/publish.json',
  title: { en: 'Send private message', zh: '发送单聊消息' },
  description: { en: 'Sends a one-to-one message from a user to 1–1000 users.', zh: '以一个用户的身份向 1–1000 个用户发送单聊消息。' },
  source: 'D:message/send-private; Go PrivateSend; Node Message.Private.send',
  sdks: {
    go: 'PrivateSend(fromUserId, toUserId, objectName, content, pushContent, pushData, count, verifyBlacklist, isPersisted, isIncludeSender, contentAvailable)',
    java: 'message.msgPrivate.send(PrivateMessage{senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, count: count, verifyBlacklist: verifyBlacklist, isPersisted: isPersisted, isIncludeSender: isIncludeSender, contentAvailable: contentAvailable, disablePush: disablePush, expansion: expansion})',
    node: 'Message.Private.send({senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, count: count, verifyBlacklist: verifyBlacklist, isPersisted: isPersisted, isIncludeSender: isIncludeSender, contentAvailable: contentAvailable})',
    php: 'getMessage()->Person()->send({senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, count: count, verifyBlacklist: verifyBlacklist, isPersisted: isPersisted, isIncludeSender: isIncludeSender, contentAvailable: contentAvailable})',
    python: 'get_message().get_private().send(from_user_id=fromUserId, to_user_ids=toUserId, object_name=objectName, content=content, push_content=pushContent, push_data=pushData, count=count, verify_blacklist=verifyBlacklist, is_persisted=isPersisted, is_include_sender=isIncludeSender, content_available=contentAvailable, expansion=expansion, disable_push=disablePush)',
  },
  notes: goOptionsNote,
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 100,
  params: [
    fromUserId,
    userIdParam('toUserId', { en: 'Recipient user IDs, 1–1000 values.', zh: '接收人用户 ID，1–1000 个' }, { repeated: { min: 1, max: 1000 }, example: 'user-2' }),
    ...messageBodyParams(),
    flagParam('verifyBlacklist', { en: "Check the recipient's blacklist (1): a blacklisted sender's message is not delivered.", zh: '是否过滤接收人黑名单，1 为过滤：被拉黑的发送人的消息不会送达' }),
    ...goSendOptions(['extraContent', 'isCounted']),
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
  sdks: {
    go: 'SystemSend(fromUserId, toUserId, objectName, content, pushContent, pushData, count, isPersisted)',
    java: 'message.system.send(SystemMessage{senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, contentAvailable: contentAvailable, disablePush: disablePush})',
    node: 'Message.System.send({senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted})',
    php: 'getMessage()->System()->send({senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted})',
    python: 'get_message().get_system().send(from_user_id=fromUserId, to_user_ids=toUserId, object_name=objectName, content=content, push_content=pushContent, push_data=pushData, is_persisted=isPersisted, content_available=contentAvailable, disable_push=disablePush)',
  },
  notes: goOptionsNote,
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 100,
  params: [
    fromUserId,
    userIdParam('toUserId', { en: 'Recipient user IDs, 1–100 values.', zh: '接收人用户 ID，1–100 个' }, { repeated: { min: 1, max: 100 }, example: 'user-2' }),
    ...messageBodyParams(),
    ...goSendOptions([]),
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
  sdks: {
    go: 'GroupSend(fromUserId, toGroupId, toUserId, objectName, content, pushContent, pushData, isPersisted, isIncludeSender)',
    java: 'message.group.send(GroupMessage{senderId: fromUserId, targetId: toGroupId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isIncludeSender: isIncludeSender, contentAvailable: contentAvailable, disablePush: disablePush, expansion: expansion})',
    node: 'Message.Group.send({senderId: fromUserId, targetId: toGroupId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isIncludeSender: isIncludeSender})',
    php: 'getMessage()->Group()->send({senderId: fromUserId, targetId: toGroupId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isIncludeSender: isIncludeSender})',
    python: 'get_message().get_group().send(from_user_id=fromUserId, to_group_id=toGroupId, object_name=objectName, content=content, push_content=pushContent, push_data=pushData, is_persisted=isPersisted, is_include_sender=isIncludeSender, content_available=contentAvailable, expansion=expansion, disable_push=disablePush)',
  },
  notes: {
    en: `The SDKs split this path into several methods: Go GroupSend/GroupSendMention, Java send/sendMention/sendDirection, Python send/send_direction. ${goOptionsNote.en}`,
    zh: `各 SDK 把此路径分成多个方法：Go GroupSend/GroupSendMention，Java send/sendMention/sendDirection，Python send/send_direction。${goOptionsNote.zh}`,
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
    ...goSendOptions(['extraContent', 'isMentioned']),
  ],
  crossRules: [{ when: 'toUserId', param: 'toGroupId', maxCount: 1 }],
  success: [],
};


// ---- Shared by the endpoints below (#18): each fact once. ----

/** An identifier of at most `maxBytes` (Java's verify.json: 64 for msgUID and targetId), or with no limit found when absent. */
function idParam(name: string, description: Text, options: Partial<ParamSpec> = {}): ParamSpec {
  return { name, kind: 'id', required: true, code: PARAMETER_ERROR_CODE, description, ...options };
}

/** Free text the SDKs send with no limit found in any source (so none is checked). */
function freeText(name: string, description: Text): ParamSpec {
  return { name, kind: 'text', required: false, code: PARAMETER_ERROR_CODE, description };
}

const objectName = (required = true): ParamSpec => ({ ...messageBodyParams()[0], required });
const content = (): ParamSpec => messageBodyParams()[1];
const pushContent = textParam('pushContent', PUSH_TEXT_MAX_BYTES, { en: 'Push notification text.', zh: '推送通知显示的内容' });
const pushData = textParam('pushData', PUSH_TEXT_MAX_BYTES, { en: 'Data attached to the push notification.', zh: '推送通知附加的数据' });
const pushExt = freeText('pushExt', { en: 'Push options per platform (a JSON text, as the SDKs pass it through).', zh: '各平台推送属性（JSON 字符串，SDK 原样透传）' });
const isIncludeSender = flagParam('isIncludeSender', { en: "Also deliver to the sender's other devices (1).", zh: '发送者自己是否接收此条消息，0 不接收，1 接收' });
const verifyBlacklist = flagParam('verifyBlacklist', { en: "Check the recipient's blacklist (1).", zh: '是否过滤接收人黑名单，1 为过滤' });
const contentAvailable = flagParam('contentAvailable', { en: 'iOS silent push (1).', zh: '针对 iOS 平台，是否为静默推送，1 为静默推送' });
const isPersisted = flagParam('isPersisted', { en: 'Store the message on the server (1) or not (0).', zh: '是否在服务端存储该消息，0 不存储，1 存储' });
const isCounted = flagParam('isCounted', { en: "Count the message in the recipient's unread number (1).", zh: '是否计入接收方未读消息数，1 计入' });
const disableUpdateLastMsg = flagParam(
  'disableUpdateLastMsg',
  { en: "Leave the conversation list's last message as it is (true).", zh: '是否禁止更新会话列表中的最后一条消息，true 为禁止' },
  ['false', 'true'],
);
const busChannel = freeText('busChannel', { en: 'Ultragroup channel ID (only for ultragroup messages).', zh: '超级群频道 ID，仅适用于超级群消息' });
const msgRandom = integerParam('msgRandom', 0, Number.MAX_SAFE_INTEGER, { en: 'A random number the client de-duplicates the message by (Java sends it when set).', zh: '消息随机数，客户端据此去重（Java SDK 设置时发送）' }, { required: false });
const messageUID = idParam('messageUID', { en: 'The message UID (from the post-messaging callback or the history log).', zh: '消息唯一标识（可从全量消息路由或历史消息日志获取）' }, { example: 'BH5T-JG24-C445-IKQM' });
const sentTime = (required: boolean): ParamSpec => ({
  name: 'sentTime',
  kind: 'timestampMs',
  required,
  code: PARAMETER_ERROR_CODE,
  description: { en: 'When the message was sent, in milliseconds since the epoch.', zh: '消息发送时间，Unix 毫秒时间戳' },
  example: '1585638211857',
});
/** A recall's sentTime: 0 is accepted too, as Go sends it when the caller gives no time (sdk/message.go PrivateRecall, MessageBroadcastRecallByMessageUID: strconv.Itoa(sentTime) always). */
const recallSentTime: ParamSpec = {
  ...sentTime(false),
  alsoAccepted: ['0'],
  description: { en: 'When the message was sent, in milliseconds since the epoch; 0 (what the Go SDK sends when no time is given) means not given.', zh: '消息发送时间，Unix 毫秒时间戳；0（Go SDK 未给时间时发送的值）表示未给出' },
};
const isAdmin = flagParam('isAdmin', { en: 'The recall is by an administrator (1): IMKit shows "the administrator recalled a message".', zh: '是否为管理员，1 为管理员：IMKit 显示“管理员撤回了一条消息”' });
const isDelete = flagParam('isDelete', { en: 'Delete the message without leaving a recall notice (1).', zh: '是否直接删除消息而不显示撤回提示，1 为删除' });
const recallExtra = freeText('extra', { en: 'Extra data carried by the recall notice (Java sends it).', zh: '撤回通知携带的扩展信息（Java SDK 发送）' });
/** history.json and history/delete.json: one hour, YYYYMMDDHH (Go: "2018030210" is 10:00–11:00 on 2018-03-02). */
const historyDate = integerParam(
  'date',
  1_000_000_000,
  9_999_999_999,
  { en: 'The hour, as YYYYMMDDHH (2018030210 is 10:00–11:00 on 2 March 2018).', zh: '指定小时，格式 YYYYMMDDHH（2018030210 即 2018 年 3 月 2 日 10 点至 11 点）' },
  { example: '2018030210' },
);

export const RECALL: EndpointSpec = {
  id: 'message.recall',
  module: 'message',
  method: 'POST',
  path: '/message/recall.json',
  title: { en: 'Recall message', zh: '撤回消息' },
  description: {
    en: 'Recalls a message in a one-to-one, group, chatroom, system or ultragroup conversation by sending a recall command.',
    zh: '通过发送撤回命令消息，撤回单聊、群聊、聊天室、系统会话或超级群中的一条消息。',
  },
  source: 'Go PrivateRecall/GroupRecall/ChatRoomRecall/SystemRecall/UGMessageRecall; Java message/verify.json recallMessage; Node Message.Private.recall; docs.rongcloud.cn platform-chat-api/message/msgrecall',
  sdks: {
    go: 'PrivateRecall(fromUserId, targetId, messageUID, sentTime)',
    java: 'message.msgPrivate.recall(RecallMessage{senderId: fromUserId, targetId: targetId, uId: messageUID, sentTime: sentTime, isAdmin: isAdmin, isDelete: isDelete, disablePush: disablePush, extra: extra, busChannel: busChannel, disableUpdateLastMsg: disableUpdateLastMsg})',
    node: 'Message.Private.recall({senderId: fromUserId, targetId: targetId, uId: messageUID, sentTime: sentTime})',
    php: 'getMessage()->Person()->recall({senderId: fromUserId, targetId: targetId, uId: messageUID, sentTime: sentTime, conversationType: conversationType})',
    python: 'get_message().get_private().recall(from_user_id=fromUserId, target_id=targetId, uid=messageUID, sent_time=sentTime, is_admin=isAdmin, is_delete=isDelete, extra=extra)',
  },
  notes: {
    en: 'Each SDK has one recall method per conversation type that fixes conversationType (Go and Java: 1, 3, 4, 6, 10; Java also 2 for discussions, which the docs no longer list). The docs list 1, 3, 4, 6, 10; this data checks the range 1–10 only. Go always sends sentTime (0 when not given) and disablePush as true/false; Java sends sentTime only when set and adds extra. No source gives a limit for messageUID, busChannel or extra.',
    zh: '各 SDK 按会话类型各有一个撤回方法并固定 conversationType（Go 与 Java：1、3、4、6、10；Java 另有讨论组 2，文档已不再列出）。文档列出 1、3、4、6、10；本数据仅检查 1–10 的范围。Go 总是发送 sentTime（未给时为 0），disablePush 为 true/false；Java 仅在设置时发送 sentTime，并多发 extra。messageUID、busChannel、extra 的长度限制在各来源中均未找到。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    integerParam('conversationType', 1, 10, { en: 'Conversation type: 1 one-to-one, 3 group, 4 chatroom, 6 system, 10 ultragroup.', zh: '会话类型：1 单聊、3 群聊、4 聊天室、6 系统、10 超级群' }, { example: '1' }),
    idParam('targetId', { en: 'Target ID (user, group, chatroom or ultragroup, by conversationType); at most 64 bytes.', zh: '目标 ID（按会话类型为用户、群组、聊天室或超级群 ID），最大 64 字节' }, { maxBytes: 64, example: 'user-2' }),
    messageUID,
    recallSentTime,
    busChannel,
    isAdmin,
    isDelete,
    flagParam('disablePush', { en: 'Recall without a push notification (true).', zh: '是否不推送，true 为不推送' }, ['false', 'true']),
    recallExtra,
    disableUpdateLastMsg,
  ],
  success: [],
};

export const BROADCAST: EndpointSpec = {
  id: 'message.broadcast',
  module: 'message',
  method: 'POST',
  path: '/message/broadcast.json',
  title: { en: 'Broadcast to all users', zh: '发送全量用户广播消息' },
  description: { en: "Sends a system message from a user to every user of the app.", zh: '以一个用户的身份向应用内所有用户发送系统消息。' },
  source: 'Go SystemBroadcast; Java MsgSystem.broadcast, BroadcastResult; Node Message.System.broadcast',
  sdks: {
    go: 'SystemBroadcast(fromUserId, objectName, content)',
    java: 'message.system.broadcast(BroadcastMessage{senderId: fromUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, pushExt: pushExt, os: os, contentAvailable: contentAvailable, msgRandom: msgRandom})',
    node: 'Message.System.broadcast({senderId: fromUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData})',
    php: 'getMessage()->System()->broadcast({senderId: fromUserId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData})',
    python: 'get_message().broadcast(from_user_id=fromUserId, object_name=objectName, content=content, push_content=pushContent, push_data=pushData, os=os, content_available=contentAvailable, push_ext=pushExt)',
  },
  notes: {
    en: 'Go MessageBroadcastRecall also posts to this path (objectName RC:RcCmd, content naming the message to recall). Java sends os; Go does not. Java comments out disablePush. The docs limit the call rate per hour and day; no per-second rate was found.',
    zh: 'Go 的 MessageBroadcastRecall 也调用此路径（objectName 为 RC:RcCmd，content 指明要撤回的消息）。Java 发送 os，Go 不发送。Java 注释掉了 disablePush。文档按小时和天限制调用次数，未找到每秒限制。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    objectName(),
    content(),
    pushContent,
    pushData,
    pushExt,
    freeText('os', { en: 'Only push to this platform: iOS or Android (Java sends it).', zh: '仅推送到该平台：iOS 或 Android（Java SDK 发送）' }),
    contentAvailable,
    msgRandom,
    disableUpdateLastMsg,
  ],
  success: [{ name: 'messageUID', kind: 'value', label: { en: 'Message UID', zh: '消息 UID' } }],
};

export const BROADCAST_RECALL: EndpointSpec = {
  id: 'message.broadcastRecall',
  module: 'message',
  method: 'POST',
  path: '/message/broadcast/recall.json',
  title: { en: 'Recall broadcast message', zh: '撤回全量用户广播消息' },
  description: { en: 'Recalls a message sent to every user by its UID.', zh: '按消息 UID 撤回一条发给全部用户的广播消息。' },
  source: 'Go MessageBroadcastRecallByMessageUID; Java MsgSystem.recallBroadcast; docs.rongcloud.io platform-chat-api/system/recall-message-broadcast-to-all',
  sdks: {
    go: 'MessageBroadcastRecallByMessageUID(fromUserId, messageUID, sentTime, isAdmin, isDelete, extra)',
    java: 'message.system.recallBroadcast(RecallMessage{senderId: fromUserId, uId: messageUID, sentTime: sentTime, isAdmin: isAdmin, isDelete: isDelete, extra: extra, disableUpdateLastMsg: disableUpdateLastMsg})',
  },
  notes: {
    en: 'The docs allow 2 calls an hour and 3 a day; the per-second rate field cannot say that. Go sends sentTime always (0 when not given); the docs make it optional.',
    zh: '文档限制每小时 2 次、每天 3 次，每秒频率字段无法表达。Go 总是发送 sentTime（未给时为 0）；文档中为可选。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [fromUserId, messageUID, recallSentTime, isAdmin, isDelete, recallExtra, disableUpdateLastMsg],
  success: [],
};

export const ONLINE_BROADCAST: EndpointSpec = {
  id: 'message.onlineBroadcast',
  module: 'message',
  method: 'POST',
  path: '/message/online/broadcast.json',
  title: { en: 'Broadcast to online users', zh: '发送在线用户广播消息' },
  description: { en: 'Sends a system message from a user to every user online now.', zh: '以一个用户的身份向当前所有在线用户发送系统消息。' },
  source: 'Go OnlineBroadcast; Java MsgSystem.onlineBroadcast, message/verify.json online',
  sdks: {
    go: 'OnlineBroadcast(fromUserId, objectName, content)',
    java: 'message.system.onlineBroadcast(BroadcastMessage{senderId: fromUserId, objectName: objectName, content: content, msgRandom: msgRandom, disableUpdateLastMsg: disableUpdateLastMsg})',
    php: 'getMessage()->System()->onlineBroadcast({senderId: fromUserId, objectName: objectName, content: content})',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [fromUserId, objectName(), content(), msgRandom, disableUpdateLastMsg],
  success: [{ name: 'messageUID', kind: 'value', label: { en: 'Message UID', zh: '消息 UID' } }],
};

export const HISTORY: EndpointSpec = {
  id: 'message.history',
  module: 'message',
  method: 'POST',
  path: '/message/history.json',
  title: { en: 'Get message history log URL', zh: '获取历史消息日志' },
  description: { en: "Returns the download URL of one hour's message log of the app.", zh: '获取应用某一小时的历史消息日志文件下载地址。' },
  source: 'Go HistoryGet (History.url); Java History.get; Node Message.History.get',
  sdks: { go: 'HistoryGet(date)', java: 'message.history.get(date)', node: 'Message.History.get({date: date})', php: 'getMessage()->History()->get({date: date})', python: 'get_message().get_history().query(date=date)' },
  notes: {
    en: 'The sources give date only as YYYYMMDDHH; this data checks that it is ten digits, not that it is a real hour.',
    zh: '各来源仅给出 date 格式 YYYYMMDDHH；本数据只检查为十位数字，不检查是否为真实的小时。',
  },
  issuesToken: false,
  labelParam: 'date',
  params: [historyDate],
  success: [
    { name: 'url', kind: 'value', label: { en: 'Download URL', zh: '下载地址' }, format: 'uri' },
    { name: 'date', kind: 'value', label: { en: 'Hour', zh: '小时' } },
  ],
};

export const HISTORY_DELETE: EndpointSpec = {
  id: 'message.historyDelete',
  module: 'message',
  method: 'POST',
  path: '/message/history/delete.json',
  title: { en: 'Delete message history log', zh: '删除历史消息日志' },
  description: { en: "Deletes one hour's message log of the app.", zh: '删除应用某一小时的历史消息日志文件。' },
  source: 'Go HistoryRemove; Java History.remove; Node Message.History.remove',
  sdks: { go: 'HistoryRemove(date)', java: 'message.history.remove(date)', node: 'Message.History.remove({date: date})', php: 'getMessage()->History()->remove({date: date})', python: 'get_message().get_history().remove(date=date)' },
  issuesToken: false,
  labelParam: 'date',
  params: [historyDate],
  success: [],
};

export const STATUS_PRIVATE_PUBLISH: EndpointSpec = {
  id: 'message.statusPrivatePublish',
  module: 'message',
  method: 'POST',
  path: '/statusmessage/private/publish.json',
  title: { en: 'Send private status message', zh: '发送单聊状态消息' },
  description: {
    en: 'Sends a one-to-one message that only recipients online now receive; it is neither stored nor counted.',
    zh: '发送仅当前在线的接收人可收到的单聊消息，服务端不存储、不计数。',
  },
  source: 'Go PrivateStatusSend; Java Private.sendStatusMessage, message/verify.json sendStatus; docs platform-chat-api/message/send-status-private',
  sdks: {
    go: 'PrivateStatusSend(fromUserId, toUserId, objectName, content, verifyBlacklist, isIncludeSender)',
    java: 'message.msgPrivate.sendStatusMessage(PrivateStatusMessage{senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, verifyBlacklist: verifyBlacklist, isIncludeSender: isIncludeSender, msgRandom: msgRandom})',
    php: 'getMessage()->Person()->sendStatusMessage({senderId: fromUserId, targetId: toUserId, objectName: objectName, content: content, verifyBlacklist: verifyBlacklist, isIncludeSender: isIncludeSender})',
    python: 'get_message().get_private().send_status_message(from_user_id=fromUserId, to_user_ids=toUserId, object_name=objectName, content=content, verify_blacklist=verifyBlacklist, is_include_sender=isIncludeSender)',
  },
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/message/send-status-private', en: 'https://docs.rongcloud.io/platform-chat-api/message/send-status-private' },
  notes: {
    en: 'Java always sends isPersisted=0 and isCounted=0; Go sends isCounted from its options and busChannel. The docs allow 6000 messages a minute, each recipient counting as one.',
    zh: 'Java 总是发送 isPersisted=0 与 isCounted=0；Go 按选项发送 isCounted 及 busChannel。文档限制每分钟 6000 条，每个接收人计一条。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    userIdParam('toUserId', { en: 'Recipient user IDs, 1–1000 values.', zh: '接收人用户 ID，1–1000 个' }, { repeated: { min: 1, max: 1000 }, example: 'user-2' }),
    objectName(),
    content(),
    verifyBlacklist,
    isIncludeSender,
    isPersisted,
    isCounted,
    busChannel,
    msgRandom,
  ],
  success: [],
};

export const STATUS_GROUP_PUBLISH: EndpointSpec = {
  id: 'message.statusGroupPublish',
  module: 'message',
  method: 'POST',
  path: '/statusmessage/group/publish.json',
  title: { en: 'Send group status message', zh: '发送群聊状态消息' },
  description: {
    en: 'Sends a message to 1–3 groups that only members online now receive; it is neither stored nor counted.',
    zh: '向 1–3 个群组发送仅当前在线成员可收到的消息，服务端不存储、不计数。',
  },
  source: 'Go GroupStatusSend; Java Group.sendStatusMessage, message/verify.json sendGroupStatus; docs platform-chat-api/message/send-status-group',
  sdks: {
    go: 'GroupStatusSend(fromUserId, toGroupId, objectName, content, verifyBlacklist, isIncludeSender)',
    java: 'message.group.sendStatusMessage(GroupStatusMessage{senderId: fromUserId, groupId: toGroupId, objectName: objectName, content: content, verifyBlacklist: verifyBlacklist, isIncludeSender: isIncludeSender, msgRandom: msgRandom})',
    php: 'getMessage()->Group()->sendStatusMessage({senderId: fromUserId, targetId: toGroupId, objectName: objectName, content: content, verifyBlacklist: verifyBlacklist, isIncludeSender: isIncludeSender})',
    python: 'get_message().get_group().send_status_message(from_user_id=fromUserId, to_group_ids=toGroupId, object_name=objectName, content=content, verify_blacklist=verifyBlacklist, is_include_sender=isIncludeSender)',
  },
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/message/send-status-group', en: 'https://docs.rongcloud.io/platform-chat-api/message/send-status-group' },
  notes: {
    en: 'Java always sends isPersisted=0 and isCounted=0; Go sends neither, but busChannel. Neither SDK checks the 3-group limit of the docs.',
    zh: 'Java 总是发送 isPersisted=0 与 isCounted=0；Go 不发送二者，但发送 busChannel。两个 SDK 均不检查文档中最多 3 个群组的限制。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 20,
  params: [
    fromUserId,
    idParam('toGroupId', { en: 'Group IDs, 1–3 values.', zh: '接收群组 ID，1–3 个' }, { maxBytes: 64, repeated: { min: 1, max: 3 }, example: 'group-1' }),
    objectName(),
    content(),
    verifyBlacklist,
    isIncludeSender,
    isPersisted,
    isCounted,
    busChannel,
    msgRandom,
  ],
  success: [],
};

const msgUID = idParam('msgUID', { en: 'The message UID; at most 64 bytes.', zh: '消息唯一标识，最大 64 字节' }, { maxBytes: 64, example: 'BH5T-JG24-C445-IKQM' });
const expansionTarget = [
  userIdParam('userId', { en: 'The operator: the user who changes the extension.', zh: '操作者用户 ID，即修改扩展信息的用户' }, { example: 'user-1' }),
  integerParam('conversationType', 1, 3, { en: 'Conversation type: 1 one-to-one or 3 group.', zh: '会话类型：1 单聊，3 群聊' }, { example: '1' }),
  idParam('targetId', { en: 'Target ID: a user ID (one-to-one) or a group ID; at most 64 bytes.', zh: '目标 ID：单聊为用户 ID，群聊为群组 ID，最大 64 字节' }, { maxBytes: 64, example: 'user-2' }),
];
const isSyncSender = flagParam('isSyncSender', { en: "Also sync the extension change to the operator's client (1).", zh: '是否将扩展变更同步到操作者客户端，1 为同步' });
const expansionNote: Text = {
  en: 'Go and Java check only that conversationType is given; Go SetMessageExpansion/DeleteMessageExpansion also refuse anything but 1 and 3, and this data checks the range 1–3 (a rule for exactly 1 or 3 needs an enum kind the contract lacks). Go\'s older MessageExpansionSet/MessageExpansionDel post the same path without that check.',
  zh: 'Go 与 Java 只检查 conversationType 必传；Go 的 SetMessageExpansion/DeleteMessageExpansion 还拒绝 1 和 3 以外的值，本数据检查 1–3 的范围（只允许 1 或 3 需要合同尚无的枚举类型）。Go 较早的 MessageExpansionSet/MessageExpansionDel 调用同一路径但不做此检查。',
};

export const EXPANSION_SET: EndpointSpec = {
  id: 'message.expansionSet',
  module: 'message',
  method: 'POST',
  path: '/message/expansion/set.json',
  title: { en: 'Set message extension', zh: '设置消息扩展' },
  description: { en: 'Sets key-value extensions of a sent one-to-one or group message.', zh: '为已发送的单聊或群聊消息设置键值对扩展信息。' },
  source: 'Go SetMessageExpansion, MessageExpansionSet; Java Expansion.set, message/verify.json expansion; docs.rongcloud.io platform-chat-api/message/set-expansion',
  sdks: {
    go: 'SetMessageExpansion(msgUID, userId, conversationType, targetId, extraKeyVal, isSyncSender)',
    java: 'expansion.set(ExpansionModel{msgUID: msgUID, userId: userId, conversationType: conversationType, targetId: targetId, extraKeyVal: extraKeyVal:map, isSyncSender: isSyncSender})',
    php: 'getMessage()->Expansion()->set({msgUID: msgUID, userId: userId, conversationType: conversationType, targetId: targetId, extraKeyVal: extraKeyVal, isSyncSender: isSyncSender})',
  },
  notes: {
    en: expansionNote.en + ' The docs and Go allow 100 keys a call and 300 a message; the contract cannot count keys in a JSON text, so neither is checked, and no byte limit was found.',
    zh: expansionNote.zh + ' 文档与 Go 规定单次最多 100 个键、每条消息最多 300 个；合同无法计数 JSON 文本中的键，故不检查，也未找到字节限制。',
  },
  issuesToken: false,
  labelParam: 'msgUID',
  params: [
    msgUID,
    ...expansionTarget,
    {
      name: 'extraKeyVal',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'The extensions: a JSON object of key-value pairs, such as {"type":"3"}.', zh: '扩展内容：键值对 JSON 对象，如 {"type":"3"}' },
      example: '{"type":"3"}',
    },
    isSyncSender,
  ],
  success: [],
};

export const EXPANSION_DELETE: EndpointSpec = {
  id: 'message.expansionDelete',
  module: 'message',
  method: 'POST',
  path: '/message/expansion/delete.json',
  title: { en: 'Delete message extension', zh: '删除消息扩展' },
  description: { en: 'Deletes extension keys of a sent one-to-one or group message.', zh: '删除已发送的单聊或群聊消息的扩展键。' },
  source: 'Go DeleteMessageExpansion, MessageExpansionDel; Java Expansion.remove, message/verify.json expansion',
  sdks: {
    go: 'DeleteMessageExpansion(msgUID, userId, conversationType, targetId, isSyncSender, extraKey)',
    java: 'expansion.remove(ExpansionModel{msgUID: msgUID, userId: userId, conversationType: conversationType, targetId: targetId, extraKey: extraKey:set, isSyncSender: isSyncSender})',
    php: 'getMessage()->Expansion()->delete({msgUID: msgUID, userId: userId, conversationType: conversationType, targetId: targetId, extraKey: extraKey, isSyncSender: isSyncSender})',
  },
  notes: expansionNote,
  issuesToken: false,
  labelParam: 'msgUID',
  params: [
    msgUID,
    ...expansionTarget,
    {
      name: 'extraKey',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'The keys to delete: a JSON array of strings, such as ["type"].', zh: '要删除的键：字符串 JSON 数组，如 ["type"]' },
      example: '["type"]',
    },
    isSyncSender,
  ],
  success: [],
};

export const EXPANSION_QUERY: EndpointSpec = {
  id: 'message.expansionQuery',
  module: 'message',
  method: 'POST',
  path: '/message/expansion/query.json',
  title: { en: 'Get message extensions', zh: '获取消息扩展' },
  description: { en: 'Reads the extensions of a one-to-one or group message, a page at a time.', zh: '分页获取单聊或群聊消息的扩展信息。' },
  source: 'Go QueryMessageExpansion (extraContent: key → {v, ts}); Java Expansion.getList',
  sdks: { go: 'QueryMessageExpansion(msgUID, pageNo)', java: 'expansion.getList(msgUID, pageNo)', php: 'getMessage()->Expansion()->getList({msgUID: msgUID, pageNo: pageNo})' },
  notes: {
    en: 'Go sends pageNo 1 when not given; Java only when given. The answer\'s extraContent is an object keyed by extension key, which the success view cannot show as a table; it appears in the raw body. No page size or upper page limit was found.',
    zh: 'Go 未给 pageNo 时发送 1；Java 仅在给出时发送。应答的 extraContent 是以扩展键为键的对象，成功视图无法显示为表格，可在原始应答中查看。未找到每页条数或页码上限。',
  },
  issuesToken: false,
  labelParam: 'msgUID',
  params: [
    msgUID,
    { name: 'pageNo', kind: 'integer', required: false, code: PARAMETER_ERROR_CODE, min: 1, max: 2_147_483_647, description: { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, defaultValue: '1' },
  ],
  success: [],
};

export const CHATROOM_PUBLISH: EndpointSpec = {
  id: 'message.chatroomPublish',
  module: 'message',
  method: 'POST',
  path: '/message/chatroom/publish.json',
  title: { en: 'Send chatroom message', zh: '发送聊天室消息' },
  description: { en: 'Sends a message from a user to one or more chatrooms.', zh: '以一个用户的身份向一个或多个聊天室发送消息。' },
  source: 'Go ChatRoomSend; Java Chatroom.send, message/verify.json chatroomMessage; Node Message.Chatroom.send; docs platform-chat-api/message/send-chatroom',
  sdks: {
    go: 'ChatRoomSend(fromUserId, toChatroomId, objectName, content, isPersisted, isIncludeSender)',
    java: 'message.chatroom.send(ChatroomMessage{senderId: fromUserId, targetId: toChatroomId, objectName: objectName, content: content, isPersisted: isPersisted, isIncludeSender: isIncludeSender, msgRandom: msgRandom, priority: priority})',
    node: 'Message.Chatroom.send({senderId: fromUserId, targetId: toChatroomId, objectName: objectName, content: content})',
    php: 'getMessage()->Chatroom()->send({senderId: fromUserId, targetId: toChatroomId, objectName: objectName, content: content})',
    python: 'get_message().get_chatroom().send(from_user_id=fromUserId, to_chatroom_id=toChatroomId, object_name=objectName, content=content)',
  },
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/message/send-chatroom', en: 'https://docs.rongcloud.io/platform-chat-api/message/send-chatroom' },
  notes: {
    en: 'The docs and Go only recommend at most 10 chatrooms a call; this data checks 10 as the limit. Java also sends msgRandom and priority; Go sends isIncludeSender only when it is 1. Each chatroom counts as one message against 100/s.',
    zh: '文档与 Go 仅建议单次不超过 10 个聊天室；本数据按 10 个检查。Java 另发送 msgRandom 与 priority；Go 仅在 isIncludeSender 为 1 时发送。每个聊天室计一条，受每秒 100 条限制。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    idParam('toChatroomId', { en: 'Chatroom IDs, 1–10 values.', zh: '接收聊天室 ID，1–10 个' }, { repeated: { min: 1, max: 10 }, example: 'chatroom-1' }),
    objectName(),
    content(),
    isPersisted,
    isIncludeSender,
    msgRandom,
    integerParam('priority', 0, 2_147_483_647, { en: 'Message priority (Java sends it when set).', zh: '消息优先级（Java SDK 设置时发送）' }, { required: false }),
  ],
  success: [],
};

export const CHATROOM_BROADCAST: EndpointSpec = {
  id: 'message.chatroomBroadcast',
  module: 'message',
  method: 'POST',
  path: '/message/chatroom/broadcast.json',
  title: { en: 'Broadcast to all chatrooms', zh: '发送全体聊天室广播消息' },
  description: { en: 'Sends a message from a user to every chatroom of the app.', zh: '以一个用户的身份向应用内所有聊天室发送消息。' },
  source: 'Go ChatRoomBroadcast; Java Chatroom.broadcast; Node Message.Chatroom.broadcast',
  sdks: {
    go: 'ChatRoomBroadcast(fromUserId, objectName, content, isIncludeSender)',
    java: 'message.chatroom.broadcast(ChatroomMessage{senderId: fromUserId, objectName: objectName, content: content, isIncludeSender: isIncludeSender})',
    node: 'Message.Chatroom.broadcast({senderId: fromUserId, objectName: objectName, content: content})',
    php: 'getMessage()->Chatroom()->broadcast({senderId: fromUserId, objectName: objectName, content: content})',
    python: 'get_message().get_chatroom().broadcast(from_user_id=fromUserId, object_name=objectName, content=content)',
  },
  notes: {
    en: "Go's comment says the service must be enabled for the app and gives 20 messages a second; the docs page was not found.",
    zh: 'Go 注释称此服务需为应用开通，频率为每秒 20 条；未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  ratePerSecond: 20,
  params: [fromUserId, objectName(), content(), isIncludeSender],
  success: [],
};

const modifyNote: Text = {
  en: 'Only the Java SDK calls this path; its verify.json limits fromUserId, the target and msgUID to 64 bytes and sends objectName only when known. The docs page was not found.',
  zh: '仅 Java SDK 调用此路径；其 verify.json 将 fromUserId、目标与 msgUID 限制为 64 字节，并仅在已知时发送 objectName。未找到文档页面。',
};

export const PRIVATE_MODIFY: EndpointSpec = {
  id: 'message.privateModify',
  module: 'message',
  method: 'POST',
  path: '/message/private/modify.json',
  title: { en: 'Modify private message', zh: '修改单聊消息' },
  description: { en: 'Replaces the content of a sent one-to-one message.', zh: '修改已发送的单聊消息的内容。' },
  source: 'Java Private.modify, message/verify.json modifyPrivateMessage',
  sdks: { java: 'message.msgPrivate.modify(ModifyPrivateMessage{senderId: fromUserId, targetId: targetId, msgUID: msgUID, objectName: objectName, content: content})' },
  notes: modifyNote,
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    userIdParam('targetId', { en: 'The recipient of the message; at most 64 bytes.', zh: '消息接收人用户 ID，最大 64 字节' }, { example: 'user-2' }),
    msgUID,
    objectName(false),
    content(),
  ],
  success: [],
};

export const GROUP_MODIFY: EndpointSpec = {
  id: 'message.groupModify',
  module: 'message',
  method: 'POST',
  path: '/message/group/modify.json',
  title: { en: 'Modify group message', zh: '修改群聊消息' },
  description: { en: 'Replaces the content of a sent group message.', zh: '修改已发送的群聊消息的内容。' },
  source: 'Java Group.modify, message/verify.json modifyGroupMessage',
  sdks: { java: 'message.group.modify(ModifyGroupMessage{senderId: fromUserId, groupId: groupId, msgUID: msgUID, objectName: objectName, content: content})' },
  notes: modifyNote,
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    idParam('groupId', { en: 'The group of the message; at most 64 bytes.', zh: '消息所在群组 ID，最大 64 字节' }, { maxBytes: 64, example: 'group-1' }),
    msgUID,
    objectName(false),
    content(),
  ],
  success: [],
};

// ---- Template sends, the discussion send and the /v3 history queries (#18). ----

/** Recipients of a one-to-one template message (docs message/send-private-template; Java Templates' comment). */
const PRIVATE_TEMPLATE_USERS_MAX = 1000;
/** Recipients of a system template message (docs system/send-private-template). */
const SYSTEM_TEMPLATE_USERS_MAX = 100;
/** Java and Go send these counts as int; no source gives a smaller bound. */
const INT_MAX = 2_147_483_647;

/** The fields Go, Java, Node and PHP put in a template send's JSON body; `recipients` bounds toUserId and each per-user array. */
function templateParams(recipients: number): ParamSpec[] {
  const perUser = { min: 1, max: recipients };
  return [
    fromUserId,
    userIdParam('toUserId', { en: `Recipient user IDs, 1–${recipients} (a JSON array).`, zh: `接收人用户 ID，1–${recipients} 个（JSON 数组）` }, { repeated: perUser, example: 'user-2' }),
    objectName(),
    { ...content(), jsonType: 'string', description: { en: 'The content template: a JSON text whose placeholders are names in braces, sent as a string, at most 128 KB.', zh: '消息内容模板：含花括号标识位的 JSON 文本，以字符串发送，最大 128 KB' }, example: '{"content":"Hello {name}"}' },
    {
      name: 'values',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      jsonType: 'array',
      description: { en: 'One object per recipient, in toUserId order, giving each placeholder its value.', zh: '按 toUserId 顺序每个接收人一个对象，给出各标识位的值' },
      example: '[{"{name}":"Tom"}]',
    },
    { ...pushContent, required: true, repeated: perUser, description: { en: 'Push text per recipient, in toUserId order; may use placeholders.', zh: '按 toUserId 顺序逐个定义的推送内容，可使用标识位' }, example: 'Hello {name}' },
    // Go PrivateSendTemplate/SystemSendTemplate (sdk/message.go) append each TemplateMsgContent.PushData, "" when unset.
    { ...pushData, repeated: perUser, emptyEntries: true, description: { en: 'Push data per recipient, in toUserId order; an entry may be empty (Go sends "" for a recipient without push data).', zh: '按 toUserId 顺序逐个定义的推送附加数据；条目可为空（Go 对未设置推送数据的接收人发送 ""）' } },
    { ...pushExt, repeated: perUser, description: { en: 'Push options per recipient (Java sends it).', zh: '按接收人的推送属性（Java SDK 发送）' } },
    contentAvailable,
    flagParam('disablePush', { en: 'Send without a push notification (true).', zh: '是否不推送，true 为不推送' }, ['false', 'true']),
    disableUpdateLastMsg,
    busChannel,
    msgRandom,
    flagParam('needReadReceipt', { en: 'Ask for read receipts (1; Java sends it).', zh: '是否需要已读回执，1 为需要（Java SDK 发送）' }),
  ];
}

const templateNote: Text = {
  en: 'Every SDK builds toUserId, values, pushContent and pushData from one map keyed by recipient (Go []TemplateMsgContent, Java and Node content, PHP content), which a call template cannot build from the separate arrays of the form; Python send_template takes the arrays as they are sent. The docs require pushContent and pushData to hold one entry per toUserId, which the contract cannot compare. Go sends disableUpdateLastMsg as the string "true", contentAvailable and verifyBlacklist always; Java sends pushExt, msgRandom and needReadReceipt.',
  zh: '各 SDK 都从一个以接收人为键的映射生成 toUserId、values、pushContent、pushData（Go 的 []TemplateMsgContent，Java 与 Node 的 content，PHP 的 content），调用模板无法从表单中各自独立的数组构造该映射；Python 的 send_template 直接接收要发送的数组。文档要求 pushContent 与 pushData 按 toUserId 逐一对应，合同无法比较二者个数。Go 将 disableUpdateLastMsg 作为字符串 "true" 发送，并总是发送 contentAvailable 与 verifyBlacklist；Java 另发送 pushExt、msgRandom、needReadReceipt。',
};

/** The sentence naming the SDK methods of a template endpoint that get no snippet (their recipient map, templateNote). */
const noTemplateSnippet = (methods: string): Text => ({
  en: `${methods} have no snippet: each takes the per-recipient map.`,
  zh: `${methods} 没有代码片段：它们都接收按接收人组织的映射。`,
});
const PRIVATE_TEMPLATE_BARE = noTemplateSnippet('Go PrivateSendTemplate, Java message.msgPrivate.sendTemplate, Node Message.Private.sendTemplate and PHP getMessage()->Person()->sendTemplate');
const SYSTEM_TEMPLATE_BARE = noTemplateSnippet('Go SystemSendTemplate, Java message.system.sendTemplate, Node Message.System.sendTemplate and PHP getMessage()->System()->sendTemplate');

export const PRIVATE_TEMPLATE_PUBLISH: EndpointSpec = {
  id: 'message.privateTemplatePublish',
  module: 'message',
  method: 'POST',
  path: '/message/private/publish_template.json',
  title: { en: 'Send private template', zh: '发送单聊模板消息' },
  description: {
    en: 'Sends one-to-one messages to up to 1000 users from one content template, each recipient getting its own placeholder values.',
    zh: '用一个内容模板向最多 1000 个用户发送单聊消息，每个接收人使用各自的标识位取值。',
  },
  source: 'D:message/send-private-template; Go PrivateSendTemplate; Java Private.sendTemplate, Templates; Node Message.Private.sendTemplate; PHP Person.sendTemplate',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/message/send-private-template', en: 'https://docs.rongcloud.io/platform-chat-api/message/send-private-template' },
  body: 'json',
  sdks: {
    go: 'PrivateSendTemplate',
    java: 'message.msgPrivate.sendTemplate',
    node: 'Message.Private.sendTemplate',
    php: 'getMessage()->Person()->sendTemplate',
    python: 'get_message().get_private().send_template(from_user_id=fromUserId, to_user_ids=toUserId, object_name=objectName, values=values, content=content, push_content=pushContent, push_data=pushData, verify_blacklist=verifyBlacklist, content_available=contentAvailable, disable_push=disablePush)',
  },
  notes: {
    en: `${templateNote.en} Go also sends isCounted here. ${PRIVATE_TEMPLATE_BARE.en}`,
    zh: `${templateNote.zh} Go 在此另发送 isCounted。${PRIVATE_TEMPLATE_BARE.zh}`,
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [...templateParams(PRIVATE_TEMPLATE_USERS_MAX), verifyBlacklist, isCounted],
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

export const SYSTEM_TEMPLATE_PUBLISH: EndpointSpec = {
  id: 'message.systemTemplatePublish',
  module: 'message',
  method: 'POST',
  path: '/message/system/publish_template.json',
  title: { en: 'Send system template message', zh: '发送系统模板消息' },
  description: {
    en: 'Sends system messages to up to 100 users from one content template, each recipient getting its own placeholder values.',
    zh: '用一个内容模板向最多 100 个用户发送系统消息，每个接收人使用各自的标识位取值。',
  },
  source: 'D:system/send-private-template; Go SystemSendTemplate; Java MsgSystem.sendTemplate, Templates; Node Message.System.sendTemplate; PHP System.sendTemplate',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/system/send-private-template', en: 'https://docs.rongcloud.io/platform-chat-api/system/send-private-template' },
  body: 'json',
  sdks: {
    go: 'SystemSendTemplate',
    java: 'message.system.sendTemplate',
    node: 'Message.System.sendTemplate',
    php: 'getMessage()->System()->sendTemplate',
    python: 'get_message().get_system().send_template(from_user_id=fromUserId, to_user_ids=toUserId, object_name=objectName, content=content, values=values, push_content=pushContent, push_data=pushData, content_available=contentAvailable)',
  },
  notes: {
    en: `${templateNote.en} Go sends verifyBlacklist 0 here; Java's comment on Templates says 1000 recipients where the docs say 100. ${SYSTEM_TEMPLATE_BARE.en}`,
    zh: `${templateNote.zh} Go 在此发送 verifyBlacklist 为 0；Java Templates 的注释称 1000 个接收人，文档为 100 个。${SYSTEM_TEMPLATE_BARE.zh}`,
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [...templateParams(SYSTEM_TEMPLATE_USERS_MAX), verifyBlacklist],
  success: [],
};

export const DISCUSSION_PUBLISH: EndpointSpec = {
  id: 'message.discussionPublish',
  module: 'message',
  method: 'POST',
  path: '/message/discussion/publish.json',
  title: { en: 'Send discussion message', zh: '发送讨论组消息' },
  description: { en: 'Sends a message from a user to discussion groups (a conversation type the current docs no longer list).', zh: '以一个用户的身份向讨论组发送消息（当前文档已不再列出讨论组）。' },
  source: 'Java Discussion.send, message/verify.json discussionMessage; Node Message.Discussion.send; PHP Discussion.send',
  sdks: {
    java: 'message.discussion.send(DiscussionMessage{senderId: fromUserId, targetId: toDiscussionId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isCounted: isCounted, isIncludeSender: isIncludeSender, contentAvailable: contentAvailable})',
    node: 'Message.Discussion.send({senderId: fromUserId, targetId: toDiscussionId, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isCounted: isCounted, isIncludeSender: isIncludeSender})',
    php: 'getMessage()->Discussion()->send({senderId: fromUserId, targetId: toDiscussionId, objectName: objectName, content: content})',
  },
  notes: {
    en: "Java verify.json limits fromUserId to 64 bytes and objectName to 32, and checks only that toDiscussionId is a list: no source gives how many, so the count is not bounded here. PHP renames targetId to toChatroomId, not toDiscussionId, before posting this path. No docs page was found.",
    zh: 'Java verify.json 限制 fromUserId 为 64 字节、objectName 为 32，对 toDiscussionId 仅检查为列表：各来源均未给出个数上限，此处不限制个数。PHP 在调用此路径前把 targetId 改名为 toChatroomId 而非 toDiscussionId。未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    fromUserId,
    idParam('toDiscussionId', { en: 'Discussion group IDs (repeat the parameter).', zh: '讨论组 ID（重复该参数）' }, { repeated: { min: 1, max: INT_MAX }, example: 'discussion-1' }),
    objectName(),
    content(),
    pushContent,
    pushData,
    isPersisted,
    isCounted,
    isIncludeSender,
    contentAvailable,
  ],
  success: [],
};

const historyTimeDescription = (which: 'start' | 'end'): Text =>
  which === 'start'
    ? { en: 'Start of the time range, in milliseconds since the epoch.', zh: '查询起始时间，Unix 毫秒时间戳' }
    : { en: 'End of the time range, in milliseconds since the epoch.', zh: '查询结束时间，Unix 毫秒时间戳' };

/** The JSON body Go buildQueryHistoryMessageBody, Java QueryHistoryMessageModel and PHP getHistoryMsg send; `target` says what targetId is. */
function historyQueryParams(target: Text, example: string): ParamSpec[] {
  return [
    userIdParam('userId', { en: 'The user whose history is read; at most 64 bytes.', zh: '查询哪个用户的历史消息，最大 64 字节' }, { example: 'user-1' }),
    idParam('targetId', target, { maxBytes: 64, example }),
    { ...sentTime(true), name: 'startTime', description: historyTimeDescription('start'), example: '1759130000000' },
    { ...sentTime(true), name: 'endTime', description: historyTimeDescription('end'), example: '1759140981000' },
    { name: 'pageSize', kind: 'integer', required: false, code: PARAMETER_ERROR_CODE, min: 1, max: INT_MAX, description: { en: 'Messages a page holds (Go sends it only when above 0).', zh: '每页消息条数（Go 仅在大于 0 时发送）' } },
    { ...flagParam('includeStart', { en: 'Include a message sent exactly at startTime (true).', zh: '是否包含恰在 startTime 发送的消息，true 为包含' }, ['false', 'true']), required: true, example: 'true' },
    busChannel,
  ];
}

const historyNote: Text = {
  en: 'Go sends every field as a JSON string (startTime "1759130000000", includeStart "true"); Java and PHP send numbers and a boolean, as this data does. Java verify.json requires userId and targetId (1–64), startTime, endTime and includeStart; Go requires all but includeStart, which it always sends. No source gives a page size limit or a docs page.',
  zh: 'Go 将所有字段作为 JSON 字符串发送（startTime 为 "1759130000000"，includeStart 为 "true"）；Java 与 PHP 发送数字与布尔值，本数据与之相同。Java verify.json 要求 userId、targetId（1–64）、startTime、endTime、includeStart 必填；Go 要求除 includeStart 外均必填，但总是发送 includeStart。各来源均未给出每页条数上限或文档页面。',
};

const historyTable: EndpointSpec['success'] = [
  {
    name: 'data',
    kind: 'table',
    label: { en: 'Messages', zh: '消息' },
    columns: [
      { keys: ['msgTime'], label: { en: 'Sent', zh: '发送时间' }, format: 'datetime' },
      { keys: ['fromUserId'], label: { en: 'Sender', zh: '发送人' } },
      { keys: ['targetId'], label: { en: 'Conversation', zh: '会话 ID' } },
      { keys: ['objectName'], label: { en: 'Type', zh: '消息类型' } },
      { keys: ['content'], label: { en: 'Content', zh: '消息内容' } },
      { keys: ['messageUID'], label: { en: 'Message UID', zh: '消息 UID' } },
      { keys: ['expansion'], label: { en: 'Extensible', zh: '可扩展' } },
      { keys: ['extraContent'], label: { en: 'Extensions', zh: '扩展内容' } },
      { keys: ['busChannel'], label: { en: 'Channel', zh: '频道' } },
    ],
  },
];

function historyQuery(o: { id: string; kind: 'private' | 'group' | 'chatroom'; title: Text; description: Text; target: Text; example: string; go: string; java: string; php: string }): EndpointSpec {
  const call = '(QueryHistoryMessageModel{userId: userId, targetId: targetId, busChannel: busChannel, startTime: startTime, endTime: endTime, pageSize: pageSize, includeStart: includeStart})';
  return {
    id: o.id,
    module: 'message',
    method: 'POST',
    path: `/v3/message/${o.kind}/query.json`,
    title: o.title,
    description: o.description,
    source: `Go ${o.go} (HistoryMessageResponse); Java History.${o.java}, message/verify.json qryHisMsg, QueryHistoryMessageResult; PHP ${o.php}`,
    body: 'json',
    sdks: {
      go: `${o.go}(QueryHistoryMessageModel{UserID: userId, TargetID: targetId, BusChannel: busChannel, StartTime: startTime, EndTime: endTime, PageSize: pageSize, IncludeStart: includeStart})`,
      java: `message.history.${o.java}${call}`,
      php: `getMessage()->${o.php.split('.')[0]}()->getHistoryMsg({userId: userId, targetId: targetId, startTime: startTime, endTime: endTime, includeStart: includeStart})`,
    },
    notes: historyNote,
    issuesToken: false,
    labelParam: 'targetId',
    params: historyQueryParams(o.target, o.example),
    success: historyTable,
  };
}

export const PRIVATE_HISTORY_QUERY = historyQuery({
  id: 'message.privateHistoryQuery',
  kind: 'private',
  title: { en: 'Private message history', zh: '查询单聊历史消息' },
  description: { en: "Reads a user's one-to-one messages with another user within a time range.", zh: '查询某用户与另一用户在指定时间范围内的单聊历史消息。' },
  target: { en: 'The other user of the conversation; at most 64 bytes.', zh: '单聊对方的用户 ID，最大 64 字节' },
  example: 'user-2',
  go: 'GetPrivateHistoryMessage',
  java: 'queryPrivateHistoryMessage',
  php: 'Person.getHistoryMsg',
});

export const GROUP_HISTORY_QUERY = historyQuery({
  id: 'message.groupHistoryQuery',
  kind: 'group',
  title: { en: 'Query group message history', zh: '查询群聊历史消息' },
  description: { en: "Reads a group's messages as a member sees them, within a time range.", zh: '以某成员的视角查询群组在指定时间范围内的历史消息。' },
  target: { en: 'The group ID; at most 64 bytes.', zh: '群组 ID，最大 64 字节' },
  example: 'group-1',
  go: 'GetGroupHistoryMessage',
  java: 'queryGroupHistoryMessage',
  php: 'Group.getHistoryMsg',
});

export const CHATROOM_HISTORY_QUERY = historyQuery({
  id: 'message.chatroomHistoryQuery',
  kind: 'chatroom',
  title: { en: 'Chatroom message history', zh: '查询聊天室历史消息' },
  description: { en: "Reads a chatroom's messages as a user sees them, within a time range.", zh: '以某用户的视角查询聊天室在指定时间范围内的历史消息。' },
  target: { en: 'The chatroom ID; at most 64 bytes.', zh: '聊天室 ID，最大 64 字节' },
  example: 'chatroom-1',
  go: 'GetChatroomHistoryMessage',
  java: 'queryChatroomHistoryMessage',
  php: 'Chatroom.getHistoryMsg',
});

export const MESSAGE_ENDPOINTS: readonly EndpointSpec[] = [
  PRIVATE_PUBLISH,
  SYSTEM_PUBLISH,
  GROUP_PUBLISH,
  RECALL,
  BROADCAST,
  BROADCAST_RECALL,
  ONLINE_BROADCAST,
  HISTORY,
  HISTORY_DELETE,
  STATUS_PRIVATE_PUBLISH,
  STATUS_GROUP_PUBLISH,
  EXPANSION_SET,
  EXPANSION_DELETE,
  EXPANSION_QUERY,
  CHATROOM_PUBLISH,
  CHATROOM_BROADCAST,
  PRIVATE_MODIFY,
  GROUP_MODIFY,
  PRIVATE_TEMPLATE_PUBLISH,
  SYSTEM_TEMPLATE_PUBLISH,
  DISCUSSION_PUBLISH,
  PRIVATE_HISTORY_QUERY,
  GROUP_HISTORY_QUERY,
  CHATROOM_HISTORY_QUERY,
];
