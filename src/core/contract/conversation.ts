/**
 * Conversation module (issue 18): /conversation/… settings and /tag/conversation/… tags.
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { Text } from '../text';
import { PARAMETER_ERROR_CODE } from './limits';
import { flagParam, integerParam, textParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec } from './types';

const docsOf = (zh: string, en = zh) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/${zh}`, en: `https://docs.rongcloud.io/platform-chat-api/${en}` });

/** A conversation's target (user, group, ultragroup ID): Java verify.json `conversation.targetId` and Python check 1–64. */
const TARGET_ID_MAX_BYTES = 64;
/** Ultragroup channel IDs: no source states a limit; the ID limit of the rest of the API stands. */
const BUS_CHANNEL_MAX_BYTES = 64;
/** The do-not-disturb levels the docs and Go accept: -1, 0, 1, 2, 4, 5 (3 is not one; a range cannot say so). */
const UNPUSH_LEVEL = { min: -1, max: 5 } as const;
/** Conversations a tag/conversation call takes (docs conversation-tag-set: at most 100). */
const TAG_CONVERSATIONS_PER_CALL = 100;

function conversationTypeParam(types: string, example = '1'): ParamSpec {
  return integerParam('conversationType', 1, 10, { en: `Conversation type: ${types}.`, zh: `会话类型：${types}` }, { example });
}
const DND_TYPES = '1 one-to-one, 3 group, 6 system, 10 ultragroup';
const targetIdParam = (description: Text): ParamSpec => ({
  name: 'targetId',
  kind: 'id',
  required: true,
  code: PARAMETER_ERROR_CODE,
  maxBytes: TARGET_ID_MAX_BYTES,
  description,
  example: 'user-2',
});
const conversationTarget = targetIdParam({ en: 'Target of the conversation: a user, group or ultragroup ID by the type.', zh: '会话目标 ID：按会话类型为用户、群组或超级群 ID' });
const requestIdParam = userIdParam('requestId', { en: 'The user whose setting it is.', zh: '设置免打扰的用户 ID' }, { example: 'user-1' });
const busChannelParam = textParam('busChannel', BUS_CHANNEL_MAX_BYTES, { en: 'Ultragroup channel ID; absent: the messages outside any channel.', zh: '超级群频道 ID；不传时为不属于任何频道的消息' });
const unpushLevelParam = (required: boolean): ParamSpec =>
  integerParam(
    'unpushLevel',
    UNPUSH_LEVEL.min,
    UNPUSH_LEVEL.max,
    { en: 'Level: -1 all notify, 0 not set, 1 @ mentions, 2 @ me only, 4 @ all only, 5 none.', zh: '免打扰级别：-1 全部通知，0 未设置，1 仅 @ 消息，2 仅 @ 指定用户，4 仅 @ 所有人，5 不接收通知' },
    { required, example: '1' },
  );
const isMutedValue = { name: 'isMuted', kind: 'value', label: { en: 'Do-not-disturb level', zh: '免打扰状态' } } as const;
const unpushNote: Text = {
  en: 'unpushLevel takes -1, 0, 1, 2, 4 or 5 (Go checks the list, code 1002); this data checks the range -1–5.',
  zh: 'unpushLevel 取值 -1、0、1、2、4、5（Go 检查该列表，错误码 1002）；本数据只检查 -1–5 的范围。',
};

export const HISTORY_CLEAN: EndpointSpec = {
  id: 'conversation.historyClean',
  module: 'conversation',
  method: 'POST',
  path: '/conversation/message/history/clean.json',
  title: { en: 'Clear history messages', zh: '清除历史消息' },
  description: {
    en: "Deletes a conversation's stored history before a time (all of it without one): for one user in one-to-one, group and system chats, for everyone in a chatroom.",
    zh: '删除会话在指定时间之前的服务端历史消息（不传时间则全部删除）：单聊、群聊、系统会话仅对指定用户，聊天室对所有用户。',
  },
  source: 'D:message/delete; Go ConversationMessageHistoryClean; Java message.history.clean; PHP History.clean',
  docs: docsOf('message/delete'),
  sdks: {
    go: 'ConversationMessageHistoryClean(conversationType, fromUserId, targetId)',
    java: 'message.history.clean(conversationType, fromUserId, targetId, msgTimestamp)',
    php: 'getMessage()->History()->clean({conversationType: conversationType, fromUserId: fromUserId, targetId: targetId, msgTimestamp: msgTimestamp})',
  },
  notes: {
    en: 'Types 1, 3, 4 and 6 (docs; the older docs page excluded chatrooms, 4). Go sends msgTimestamp only through its WithCleanMsgTimestamp option; the older docs page marked it required.',
    zh: '会话类型 1、3、4、6（文档；旧版文档页不支持聊天室 4）。Go 仅通过 WithCleanMsgTimestamp 选项发送 msgTimestamp；旧版文档页将其标为必填。',
  },
  issuesToken: false,
  labelParam: 'targetId',
  params: [
    conversationTypeParam('1 one-to-one, 3 group, 4 chatroom, 6 system'),
    userIdParam('fromUserId', { en: 'The user whose history is cleared (in a chatroom: the operator).', zh: '被清除历史消息的用户 ID（聊天室为操作人）' }, { example: 'user-1' }),
    conversationTarget,
    {
      name: 'msgTimestamp',
      kind: 'timestampMs',
      required: false,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'Milliseconds since the epoch: messages before it are deleted; absent, all of them.', zh: '时间戳（毫秒），清除此前的消息；不传则清除全部' },
    },
  ],
  success: [],
};

export const NOTIFICATION_GET: EndpointSpec = {
  id: 'conversation.notificationGet',
  module: 'conversation',
  method: 'POST',
  path: '/conversation/notification/get.json',
  title: { en: 'Get do-not-disturb', zh: '查询指定会话免打扰' },
  description: { en: 'Reads the do-not-disturb level a user set for one conversation.', zh: '查询用户为指定会话设置的免打扰级别。' },
  source: 'D:push/get-do-not-disturb-by-id; Go ConversationNotificationGet; Java conversation.get (verify.json conversation); Python Notification.get',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/conversation/get-do-not-disturb-by-id', en: 'https://docs.rongcloud.io/platform-chat-api/push/get-do-not-disturb-by-id' },
  sdks: {
    go: 'ConversationNotificationGet(conversationType, requestId, targetId, busChannel)',
    java: 'conversation.get(ConversationModel{type: conversationType, userId: requestId, targetId: targetId, busChannel: busChannel})',
    php: 'getConversation()->get({type: conversationType, userId: requestId, targetId: targetId})',
    python: 'get_conversation().get_notification().get(conversation_type=conversationType, user_id=requestId, target_id=targetId)',
  },
  notes: {
    en: 'Go accepts types 1, 3, 6 and 10; Python checks 1–8. PHP and Node name the type (PRIVATE, GROUP …) and map it to the number. Go ConversationGet sends the same fields; Java and Python check targetId as 1–64 bytes.',
    zh: 'Go 接受类型 1、3、6、10；Python 检查 1–8。PHP 与 Node 以名称（PRIVATE、GROUP 等）给出类型并映射为数字。Go 的 ConversationGet 发送相同字段；Java 与 Python 检查 targetId 为 1–64 字节。',
  },
  issuesToken: false,
  labelParam: 'targetId',
  params: [conversationTypeParam(DND_TYPES), requestIdParam, conversationTarget, busChannelParam],
  success: [isMutedValue],
};

export const NOTIFICATION_SET: EndpointSpec = {
  id: 'conversation.notificationSet',
  module: 'conversation',
  method: 'POST',
  path: '/conversation/notification/set.json',
  title: { en: 'Set do-not-disturb', zh: '设置指定会话免打扰' },
  description: { en: 'Sets the do-not-disturb level a user has for one conversation; the client SDK sees it at once.', zh: '为用户设置指定会话的免打扰级别，客户端 SDK 可实时获取。' },
  source: 'D:push/set-do-not-disturb-by-id; Go ConversationNotificationSet; Java conversation.mute; Node Conversation.mute; Python Notification.set',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/conversation/set-do-not-disturb-by-id', en: 'https://docs.rongcloud.io/platform-chat-api/push/set-do-not-disturb-by-id' },
  sdks: {
    go: 'ConversationNotificationSet(conversationType, requestId, targetId, busChannel, isMuted, unpushLevel)',
    java: 'conversation.mute(ConversationModel{type: conversationType, userId: requestId, targetId: targetId, busChannel: busChannel, unpushLevel: unpushLevel})',
    node: 'Conversation.mute({type: conversationType, userId: requestId, targetId: targetId})',
    php: 'getConversation()->mute({type: conversationType, userId: requestId, targetId: targetId})',
    python: 'get_conversation().get_notification().set(conversation_type=conversationType, user_id=requestId, target_id=targetId, is_muted=isMuted)',
  },
  notes: {
    en: `The docs mark isMuted deprecated: send isMuted or unpushLevel, unpushLevel wins when both come. Go sends both; Java mute sends isMuted=1 with unpushLevel, unMute isMuted=0 with unpushLevel=0; Node, PHP and Python send only isMuted. ${unpushNote.en}`,
    zh: `文档将 isMuted 标为废弃：isMuted 与 unpushLevel 传其一，同时传时以 unpushLevel 为准。Go 两者都发送；Java 的 mute 发送 isMuted=1 及 unpushLevel，unMute 发送 isMuted=0 与 unpushLevel=0；Node、PHP、Python 只发送 isMuted。${unpushNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'targetId',
  params: [
    conversationTypeParam(DND_TYPES),
    requestIdParam,
    conversationTarget,
    flagParam('isMuted', { en: 'Do not disturb on (1) or off (0); deprecated, use unpushLevel.', zh: '免打扰状态：1 开启，0 关闭；已废弃，建议使用 unpushLevel' }),
    unpushLevelParam(false),
    busChannelParam,
  ],
  success: [],
};

export const TOP_SET: EndpointSpec = {
  id: 'conversation.topSet',
  module: 'conversation',
  method: 'POST',
  path: '/conversation/top/set.json',
  title: { en: 'Pin conversation', zh: '会话置顶' },
  description: { en: "Pins or unpins a conversation in a user's list; client SDKs 4.0.0 and later see the change.", zh: '置顶或取消置顶用户的某个会话；4.0.0 及以上版本的客户端 SDK 会同步该状态。' },
  source: 'D:conversation/top; Go ConversationTop; Java conversation.setTop (verify.json setTop); PHP Conversation.pinned',
  docs: docsOf('conversation/top'),
  sdks: {
    go: 'ConversationTop(conversationType, userId, targetId, setTop)',
    java: 'conversation.setTop(ConversationSetTopModel{userId: userId, conversationType: conversationType, targetId: targetId, setTop: setTop})',
    php: 'getConversation()->pinned({userId: userId, conversationType: conversationType, targetId: targetId, setTop: setTop})',
  },
  notes: {
    en: 'The docs list types 1, 3 and 6. Java checks userId and targetId as 1–64 bytes (code 20003).',
    zh: '文档列出类型 1、3、6。Java 检查 userId 与 targetId 为 1–64 字节（错误码 20003）。',
  },
  issuesToken: false,
  labelParam: 'targetId',
  params: [
    userIdParam('userId', { en: 'The user the conversation belongs to.', zh: '会话所属的用户 ID' }, { example: 'user-1' }),
    conversationTypeParam('1 one-to-one, 3 group, 6 system'),
    conversationTarget,
    { ...flagParam('setTop', { en: 'Pin (true) or unpin (false).', zh: '是否置顶：true 置顶，false 取消置顶' }, ['false', 'true']), required: true, example: 'true' },
  ],
  success: [],
};

export const TYPE_NOTIFICATION_GET: EndpointSpec = {
  id: 'conversation.typeNotificationGet',
  module: 'conversation',
  method: 'POST',
  path: '/conversation/type/notification/get.json',
  title: { en: 'Get do-not-disturb by type', zh: '查询指定会话类型免打扰' },
  description: { en: 'Reads the do-not-disturb level a user set for a whole conversation type.', zh: '查询用户为某一会话类型设置的免打扰级别。' },
  source: 'D:push/get-do-not-disturb-by-type; Go ConversationTypeNotificationGet',
  docs: docsOf('conversation/get-do-not-disturb-by-type', 'push/get-do-not-disturb-by-type'),
  sdks: { go: 'ConversationTypeNotificationGet(conversationType, requestId)' },
  notes: { en: 'Only Go calls this path; it accepts types 1, 3, 6 and 10 (code 1002).', zh: '只有 Go 调用此路径；接受类型 1、3、6、10（错误码 1002）。' },
  issuesToken: false,
  labelParam: 'requestId',
  params: [conversationTypeParam(DND_TYPES), requestIdParam],
  success: [isMutedValue],
};

export const TYPE_NOTIFICATION_SET: EndpointSpec = {
  id: 'conversation.typeNotificationSet',
  module: 'conversation',
  method: 'POST',
  path: '/conversation/type/notification/set.json',
  title: { en: 'Set do-not-disturb by type', zh: '设置指定会话类型免打扰' },
  description: { en: 'Sets the do-not-disturb level a user has for a whole conversation type; a single conversation setting wins over it.', zh: '为用户设置某一会话类型的免打扰级别；其优先级低于指定会话的设置。' },
  source: 'D:push/set-do-not-disturb-by-type; Go ConversationTypeNotificationSet',
  docs: docsOf('conversation/set-do-not-disturb-by-type', 'push/set-do-not-disturb-by-type'),
  sdks: { go: 'ConversationTypeNotificationSet(conversationType, requestId, unpushLevel)' },
  notes: { en: `Only Go calls this path; it accepts types 1, 3, 6 and 10. ${unpushNote.en}`, zh: `只有 Go 调用此路径；接受类型 1、3、6、10。${unpushNote.zh}` },
  issuesToken: false,
  labelParam: 'requestId',
  params: [conversationTypeParam(DND_TYPES), requestIdParam, unpushLevelParam(true)],
  success: [],
};

const tagOwner = userIdParam('userId', { en: 'The user the conversations belong to.', zh: '会话所属的用户 ID' }, { example: 'user-1' });
const tagIdParam: ParamSpec = {
  ...textParam('tagId', 64, { en: 'A conversation tag of the user (set with /user/conversation/tag/set.json).', zh: '用户的会话标签 ID（通过 /user/conversation/tag/set.json 创建）' }, { example: 'work' }),
  required: true,
};
const conversationsParam: ParamSpec = {
  name: 'conversations',
  kind: 'json',
  required: true,
  code: PARAMETER_ERROR_CODE,
  jsonType: 'array',
  description: {
    en: `Array of {"targetId", "conversationType"} (1, 3 or 6), at most ${TAG_CONVERSATIONS_PER_CALL}.`,
    zh: `{"targetId", "conversationType"} 数组（类型 1、3 或 6），最多 ${TAG_CONVERSATIONS_PER_CALL} 个`,
  },
  example: '[{"targetId":"user-2","conversationType":1}]',
};
const tagConversationsNote: Text = {
  en: `Java sends {userId, tagId, conversations} as JSON and checks only that each field is given. The docs allow ${TAG_CONVERSATIONS_PER_CALL} conversations a call, a count inside the array that this data states and does not check.`,
  zh: `Java 以 JSON 发送 {userId, tagId, conversations}，只检查各字段必填。文档允许每次 ${TAG_CONVERSATIONS_PER_CALL} 个会话；该数量位于数组内部，本数据仅说明而不检查。`,
};

export const TAG_CONVERSATION_SET: EndpointSpec = {
  id: 'conversation.tagConversationSet',
  module: 'conversation',
  method: 'POST',
  path: '/tag/conversation/set.json',
  title: { en: 'Tag conversations', zh: '设置会话所属标签' },
  description: { en: "Adds conversations to one of the user's conversation tags (a tag holds at most 1000).", zh: '将会话加入用户的某个会话标签（每个标签最多 1000 个会话）。' },
  source: 'D:conversation/conversation-tag/conversation-tag-set; Java conversation.setConversationTag',
  docs: docsOf('conversation/conversation-tag/conversation-tag-set'),
  body: 'json',
  sdks: { java: 'conversation.setConversationTag(TagConversationsModel{userId: userId, tagId: tagId, conversations: conversations})' },
  notes: tagConversationsNote,
  issuesToken: false,
  labelParam: 'tagId',
  params: [tagOwner, tagIdParam, conversationsParam],
  success: [],
};

export const TAG_CONVERSATION_DEL: EndpointSpec = {
  id: 'conversation.tagConversationDel',
  module: 'conversation',
  method: 'POST',
  path: '/tag/conversation/del.json',
  title: { en: 'Untag conversations', zh: '移除会话所属标签' },
  description: { en: "Removes conversations from one of the user's conversation tags.", zh: '将会话从用户的某个会话标签中移除。' },
  source: 'Java conversation.removeConversationTag',
  body: 'json',
  sdks: { java: 'conversation.removeConversationTag(TagConversationsModel{userId: userId, tagId: tagId, conversations: conversations})' },
  notes: { en: `${tagConversationsNote.en} No docs page of this path was found; the limit is the set page's.`, zh: `${tagConversationsNote.zh} 未找到此路径的文档页面；上限沿用设置接口。` },
  issuesToken: false,
  labelParam: 'tagId',
  params: [tagOwner, tagIdParam, conversationsParam],
  success: [],
};

export const TAG_CONVERSATION_GET: EndpointSpec = {
  id: 'conversation.tagConversationGet',
  module: 'conversation',
  method: 'GET',
  path: '/tag/conversation/get.json',
  title: { en: 'List conversations of a tag', zh: '获取标签下的会话' },
  description: { en: "Lists the conversations in one of the user's conversation tags.", zh: '获取用户某个会话标签下的会话。' },
  source: 'Java conversation.queryTagConversations',
  sdks: { java: 'conversation.queryTagConversations(userId, tagId)' },
  notes: {
    en: 'Java sends a GET with userId and tagId in the query string and reads data as {userId, tagId, conversations}. No docs page was found.',
    zh: 'Java 以 GET 请求在查询串中发送 userId 与 tagId，并将 data 读作 {userId, tagId, conversations}。未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'tagId',
  params: [{ ...tagOwner, in: 'query' }, { ...tagIdParam, in: 'query' }],
  success: [{ name: 'data', kind: 'value', label: { en: 'Conversations (userId, tagId, conversations)', zh: '会话（userId、tagId、conversations）' } }],
};

export const ATTRIBUTE_GET: EndpointSpec = {
  id: 'conversation.attributeGet',
  module: 'conversation',
  method: 'GET',
  path: '/conversation/attribute/get.json',
  title: { en: 'Get conversation attributes', zh: '获取会话属性' },
  description: { en: "Reads one conversation's tags, pin and do-not-disturb state for a user.", zh: '获取用户某个会话的标签、置顶与免打扰状态。' },
  source: 'Java conversation.queryConversationAttribute',
  sdks: { java: 'conversation.queryConversationAttribute(userId, targetId, conversationType)' },
  notes: {
    en: 'Java sends a GET with userId, targetId and conversationType in the query string and reads data as {targetId, conversationType, tags, top, mute}. No docs page was found.',
    zh: 'Java 以 GET 请求在查询串中发送 userId、targetId、conversationType，并将 data 读作 {targetId, conversationType, tags, top, mute}。未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'targetId',
  params: [
    { ...userIdParam('userId', { en: 'The user the conversation belongs to.', zh: '会话所属的用户 ID' }, { example: 'user-1' }), in: 'query' },
    { ...conversationTarget, in: 'query' },
    { ...conversationTypeParam('1 one-to-one, 3 group, 6 system'), in: 'query' },
  ],
  success: [{ name: 'data', kind: 'value', label: { en: 'Attributes (tags, top, mute)', zh: '会话属性（tags、top、mute）' } }],
};

export const CONVERSATION_ENDPOINTS: readonly EndpointSpec[] = [
  HISTORY_CLEAN, NOTIFICATION_GET, NOTIFICATION_SET, TOP_SET, TYPE_NOTIFICATION_GET, TYPE_NOTIFICATION_SET,
  TAG_CONVERSATION_SET, TAG_CONVERSATION_DEL, TAG_CONVERSATION_GET, ATTRIBUTE_GET,
];
