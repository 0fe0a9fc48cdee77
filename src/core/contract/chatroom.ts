/**
 * The chatroom module (issue 18). Facts from Go `sdk/chatroom.go`, Java `methods/chatroom/**` with its
 * `jsonsource/chatroom/verify.json` checks (20xxx codes), the Node SDK's api.json files, and the provider's docs.
 */
import { BLOCK_MINUTES, MESSAGE_TYPE_MAX_CHARS, PARAMETER_ERROR_CODE } from './limits';
import { flagParam, integerParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec } from './types';
import type { Text } from '../text';

/** A chatroom ID (Java verify.json `chatroom.id` length 1–64, code 20003; the docs: 64 bytes). */
export const CHATROOM_ID_MAX_BYTES = 64;
/** Chatrooms /chatroom/query.json takes in one call (docs, deprecated-info). */
export const MAX_CHATROOMS_PER_QUERY = 20;
/** Members /chatroom/user/query.json returns at most (Java verify.json `count` 1–500, code 20002; Go's comment). */
export const CHATROOM_MEMBER_QUERY_MAX = 500;
/** destroyTime in minutes: 60 to 10080 (7 days) (docs, create). */
export const CHATROOM_DESTROY_MINUTES = { min: 60, max: 10_080 } as const;
/** Users exempt from a chatroom-wide mute set at creation (docs, create: at most 20). */
export const MAX_CREATE_WHITE_USERS = 20;

type Options = Partial<Pick<ParamSpec, 'required' | 'repeated' | 'example' | 'description'>>;

const chatroomIdText: Text = { en: 'Chatroom ID; at most 64 bytes.', zh: '聊天室 ID，最大长度 64 字节' };

export function chatroomIdParam(options: Options = {}): ParamSpec {
  return {
    name: 'chatroomId',
    kind: 'id',
    required: true,
    code: PARAMETER_ERROR_CODE,
    maxBytes: CHATROOM_ID_MAX_BYTES,
    description: chatroomIdText,
    example: 'room-1',
    ...options,
  };
}

const destroyTypeParam = (): ParamSpec =>
  integerParam(
    'destroyType',
    0,
    1,
    {
      en: 'How the chatroom ends: 0 when inactive (default), 1 at a fixed time after creation.',
      zh: '销毁方式：0 不活跃时销毁（默认），1 创建后固定时间销毁',
    },
    { required: false, defaultValue: '0' },
  );

const destroyTimeParam = (): ParamSpec => ({
  ...integerParam(
    'destroyTime',
    CHATROOM_DESTROY_MINUTES.min,
    CHATROOM_DESTROY_MINUTES.max,
    {
      en: 'Minutes: the inactivity (type 0) or the lifetime (type 1) before destruction, 60–10080; 0 (what the Go SDK sends when none is given) means the default, 60.',
      zh: '分钟：不活跃时长（类型 0）或存活时长（类型 1），60–10080；0（Go SDK 未给时发送的值）表示默认值 60',
    },
    { required: false, defaultValue: '60' },
  ),
  // Go ChatRoomCreateNew / ChatRoomDestroySet (sdk/chatroom.go) send strconv.Itoa(destroyTime), 0 when the caller gives none.
  alsoAccepted: ['0'],
});

const createdLabel: Text = { en: 'Created', zh: '创建时间' };
const chatroomLabel: Text = { en: 'Chatroom ID', zh: '聊天室 ID' };
const userLabel: Text = { en: 'User ID', zh: '用户 ID' };

export const CHATROOM_CREATE_NEW: EndpointSpec = {
  id: 'chatroom.createNew',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/create_new.json',
  title: { en: 'Create chatroom', zh: '创建聊天室' },
  description: {
    en: 'Creates one chatroom, optionally with its destruction rule, a chatroom-wide mute, mute exemptions and attributes.',
    zh: '创建一个聊天室，可同时设置销毁方式、全员禁言、禁言白名单和自定义属性。',
  },
  source: 'D:chatroom/create; Go ChatRoomCreateNew; Java chatroom.createV2',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/chatroom/create', en: 'https://docs.rongcloud.io/platform-chat-api/chatroom/create' },
  sdks: {
    go: 'ChatRoomCreateNew(chatroomId, WithChatroomDestroyType(destroyType), WithChatroomDestroyTime(destroyTime), WithChatroomIsBan(isBan), WithChatroomWhiteUserIds(whiteUserIds), WithChatroomEntryOwnerId(entryOwnerId), WithChatroomEntryInfo(entryInfo:map))',
    java: 'chatroom.createV2(ChatroomDataModel{id: chatroomId, destroyType: destroyType, destroyTime: destroyTime, isBan: isBan, whiteUserIds: whiteUserIds, entryOwnerId: entryOwnerId, entryInfo: entryInfo:map})',
    php: 'getChatroom()->createV2({id: chatroomId, destroyType: destroyType, destroyTime: destroyTime, isBan: isBan, whiteUserIds: whiteUserIds, entryOwnerId: entryOwnerId, entryInfo: entryInfo})',
  },
  notes: {
    en: 'Go always sends destroyType, destroyTime (0 when not given, below the docs\' minimum of 60) and isBan; Java sends only what is set. The docs give no limit for entryInfo here.',
    zh: 'Go 总是发送 destroyType、destroyTime（未给时为 0，低于文档下限 60）和 isBan；Java 只发送已设置的参数。文档未给出 entryInfo 的限制。',
  },
  issuesToken: false,
  labelParam: 'chatroomId',
  params: [
    chatroomIdParam(),
    destroyTypeParam(),
    destroyTimeParam(),
    flagParam('isBan', { en: 'Mute every member (true); default false.', zh: '是否全体禁言，默认 false' }, ['false', 'true']),
    userIdParam('whiteUserIds', { en: 'Users exempt from the chatroom-wide mute, at most 20 (repeat the parameter).', zh: '全体禁言白名单用户 ID，最多 20 个（重复该参数）' }, {
      required: false,
      repeated: { min: 1, max: MAX_CREATE_WHITE_USERS },
    }),
    userIdParam('entryOwnerId', { en: 'Owner of the attributes in entryInfo (a user ID).', zh: 'entryInfo 中属性的所属用户 ID' }, { required: false }),
    {
      name: 'entryInfo',
      kind: 'json',
      required: false,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'Chatroom attributes: a JSON object of keys and values.', zh: '聊天室自定义属性，JSON 对象' },
      example: '{"k1":"v1"}',
    },
  ],
  success: [],
};

export const CHATROOM_DESTROY: EndpointSpec = {
  id: 'chatroom.destroy',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/destroy.json',
  title: { en: 'Destroy chatroom', zh: '销毁聊天室' },
  description: { en: 'Destroys one or more chatrooms now.', zh: '立即销毁一个或多个聊天室。' },
  source: 'D:chatroom/destroy; Go ChatRoomDestroy; Java chatroom.destroy; Node Chatroom.destory',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/chatroom/destroy', en: 'https://docs.rongcloud.io/platform-chat-api/chatroom/destroy' },
  sdks: {
    go: 'ChatRoomDestroy(chatroomId)',
    java: 'chatroom.destroy(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.destory({id: chatroomId})',
    php: 'getChatroom()->destory({id: chatroomId})',
    python: 'get_chatroom().destroy(chatroomId)',
  },
  notes: {
    en: 'The docs allow several chatroomId values a call but give no maximum, so this data takes one, as Go and Java send. Node names the method destory (its api.json key; destroy is an alias).',
    zh: '文档允许一次提交多个 chatroomId，但未给出上限，因此本数据与 Go、Java 一样只接受一个。Node 的方法名为 destory（其 api.json 的键；destroy 为别名）。',
  },
  issuesToken: false,
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [],
};

export const CHATROOM_QUERY: EndpointSpec = {
  id: 'chatroom.query',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/query.json',
  title: { en: 'Query chatrooms (deprecated)', zh: '查询聊天室信息（已废弃）' },
  description: { en: 'Reads the ID, name and creation time of up to 20 chatrooms; /chatroom/get.json replaces it.', zh: '查询最多 20 个聊天室的 ID、名称和创建时间；已由 /chatroom/get.json 取代。' },
  source: 'D:chatroom/deprecated-info; Go ChatRoomQuery (sdk/chatroom.go, URL built with fmt.Sprintf)',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/chatroom/deprecated-info', en: 'https://docs.rongcloud.io/platform-chat-api/chatroom/deprecated-info' },
  notes: {
    en: 'Go ChatRoomQuery calls this path (sdk-paths.md missed its fmt.Sprintf URL; sdkPaths.ts lists it among the calls the list misses). Go sends every ID given, unchecked; the docs allow 20. The old docs\' example answers with chatroomId where the table and Go say chrmId. No Java method calls this path in the SDK read (its chatroom.query calls /chatroom/get.json).',
    zh: 'Go 的 ChatRoomQuery 调用此路径（sdk-paths.md 漏掉了其以 fmt.Sprintf 拼出的 URL；sdkPaths.ts 将其列入该清单遗漏的调用）。Go 发送所给的全部 ID，不做检查；文档允许 20 个。旧文档示例返回 chatroomId，而表格与 Go 为 chrmId。所读 Java SDK 中没有方法调用此路径（其 chatroom.query 调用 /chatroom/get.json）。',
  },
  sdks: {
    go: 'ChatRoomQuery(chatroomId)',
    php: 'getChatroom()->query({id: chatroomId})',
    python: 'get_chatroom().query(chatroomId)',
  },
  issuesToken: false,
  labelParam: 'chatroomId',
  params: [chatroomIdParam({ repeated: { min: 1, max: MAX_CHATROOMS_PER_QUERY }, description: { en: 'Chatroom IDs, 1–20 values (repeat the parameter).', zh: '聊天室 ID，1–20 个（重复该参数）' } })],
  success: [
    {
      name: 'chatRooms',
      kind: 'table',
      label: { en: 'Chatrooms', zh: '聊天室' },
      columns: [
        { keys: ['chrmId', 'chatroomId'], label: chatroomLabel },
        { keys: ['name'], label: { en: 'Name', zh: '名称' } },
        { keys: ['time'], label: createdLabel },
      ],
    },
  ],
};

export const CHATROOM_GET: EndpointSpec = {
  id: 'chatroom.get',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/get.json',
  title: { en: 'Get chatroom info', zh: '查询聊天室信息' },
  description: {
    en: "Reads a chatroom's creation time, member count, destruction rule and whether every member is muted.",
    zh: '查询聊天室的创建时间、成员数、销毁方式以及是否全体禁言。',
  },
  source: 'D:chatroom/get; Go ChatRoomGetNew; Java chatroom.query',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/chatroom/get', en: 'https://docs.rongcloud.io/platform-chat-api/chatroom/get' },
  sdks: {
    go: 'ChatRoomGetNew(chatroomId)',
    java: 'chatroom.query(ChatroomModel{id: chatroomId})',
    php: 'getChatroom()->queryV2({id: [chatroomId]})',
  },
  issuesToken: false,
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [
    { name: 'chatroomId', kind: 'value', label: chatroomLabel },
    { name: 'createTime', kind: 'value', label: createdLabel, format: 'datetime' },
    { name: 'memberCount', kind: 'value', label: { en: 'Members', zh: '成员数' } },
    { name: 'destroyType', kind: 'value', label: { en: 'Destruction type', zh: '销毁方式' } },
    { name: 'destroyTime', kind: 'value', label: { en: 'Destruction minutes', zh: '销毁时长（分钟）' } },
    { name: 'ban', kind: 'value', label: { en: 'All muted', zh: '全体禁言' } },
  ],
  hints: { 23410: { en: 'No such chatroom: create it first (/chatroom/create_new.json).', zh: '聊天室不存在：请先创建（/chatroom/create_new.json）。' } },
};

export const CHATROOM_MEMBERS: EndpointSpec = {
  id: 'chatroom.members',
  module: 'chatroom',
  method: 'POST',
  path: '/chatroom/user/query.json',
  title: { en: 'List chatroom members', zh: '查询聊天室成员' },
  description: { en: "Lists up to 500 of a chatroom's members, by join time.", zh: '按加入时间查询聊天室成员，最多 500 个。' },
  source: 'Go ChatRoomGet; Java chatroom.get, verify.json count 1–500; Node Chatroom.get',
  sdks: {
    go: 'ChatRoomGet(chatroomId, count, order)',
    java: 'chatroom.get(ChatroomModel{id: chatroomId, count: count, order: order})',
    node: 'Chatroom.get({id: chatroomId, count: count, order: order})',
    php: 'getChatroom()->get({id: chatroomId, count: count, order: order})',
    python: 'get_chatroom().get_user().query(chatroomId, count, order)',
  },
  notes: {
    en: 'Java rejects count outside 1–500 (20002); Go only requires count > 0 and says the server returns at most 500.',
    zh: 'Java 拒绝 1–500 之外的 count（20002）；Go 只要求 count > 0，并说明服务端最多返回 500 个。',
  },
  issuesToken: false,
  labelParam: 'chatroomId',
  params: [
    chatroomIdParam(),
    integerParam('count', 1, CHATROOM_MEMBER_QUERY_MAX, { en: 'How many members to return, 1–500.', zh: '返回的成员数，1–500' }, { example: '50' }),
    integerParam('order', 1, 2, { en: 'Order by join time: 1 oldest first, 2 newest first.', zh: '按加入时间排序：1 正序，2 倒序' }, { example: '1' }),
  ],
  success: [
    { name: 'total', kind: 'value', label: { en: 'Members', zh: '成员总数' } },
    {
      name: 'users',
      kind: 'table',
      label: { en: 'Members', zh: '成员' },
      columns: [
        { keys: ['id', 'userId'], label: userLabel },
        { keys: ['time'], label: { en: 'Joined', zh: '加入时间' } },
      ],
    },
  ],
};

/** Users one block, mute or ban call takes (Java verify.json `members` 1–20, code 20002; the docs: at most 20). */
export const MAX_CHATROOM_USERS_PER_CALL = 20;
/** Users a chatroom's user whitelist holds (docs, add-to-user-whitelist: at most 5). */
export const MAX_CHATROOM_WHITELIST_USERS = 5;
/** Message types one priority call takes (Java verify.json `message.type` 1–5, code 20002). */
export const MAX_PRIORITY_TYPES = 5;
/** Keys one entry/query call takes (Go ChatRoomEntryQuery: more than 100 is 1002; the docs: 100). */
export const MAX_ENTRY_QUERY_KEYS = 100;
/** An attribute's key and value, in characters (docs, set-kv-entry). */
export const ENTRY_KEY_MAX_CHARS = 128;
export const ENTRY_VALUE_MAX_CHARS = 4096;

const USERS = { min: 1, max: MAX_CHATROOM_USERS_PER_CALL };
const usersText: Text = { en: 'User IDs, 1–20 values (repeat the parameter).', zh: '用户 ID，1–20 个（重复该参数）' };
const minuteParam = (what: Text): ParamSpec => integerParam('minute', BLOCK_MINUTES.min, BLOCK_MINUTES.max, what, { example: '10' });
const needNotifyParam = (): ParamSpec =>
  flagParam('needNotify', { en: 'Notify the members (true); default false.', zh: '是否通知成员，默认 false 不通知' }, ['false', 'true']);
const extraParam = (): ParamSpec => ({
  name: 'extra',
  kind: 'json',
  required: false,
  code: PARAMETER_ERROR_CODE,
  description: { en: 'JSON data carried by the notification; used only when needNotify is true.', zh: '通知携带的 JSON 扩展信息，仅在 needNotify 为 true 时有效' },
});
const notifyNote: Text = {
  en: 'Go sends needNotify and extra only when the needNotify option is given; Java only when set. No limit on extra found in the SDKs or the docs.',
  zh: 'Go 仅在给出 needNotify 选项时发送 needNotify 与 extra；Java 仅在已设置时发送。SDK 与文档中均未找到 extra 的长度限制。',
};
// A custom type as the example: a template repeats it with a suffix, and `RC:TxtMsg-2` is no Rong type.
const objectNameParam = (name: string, max: number, what: Text): ParamSpec => ({
  name,
  kind: 'messageType',
  required: true,
  code: PARAMETER_ERROR_CODE,
  maxChars: MESSAGE_TYPE_MAX_CHARS,
  repeated: { min: 1, max },
  description: what,
  example: 'App:GiftMsg',
});
const userTable = (name: string, label: Text): EndpointSpec['success'][number] => ({
  name,
  kind: 'table',
  label,
  columns: [
    { keys: ['userId', 'id'], label: userLabel },
    { keys: ['time'], label: { en: 'Until', zh: '截止时间' } },
  ],
});

/** A POST endpoint of this module: the fields every record repeats. */
function chatroomEndpoint(e: Omit<EndpointSpec, 'module' | 'method' | 'issuesToken'>): EndpointSpec {
  return { module: 'chatroom', method: 'POST', issuesToken: false, ...e };
}
const docs = (page: string): EndpointSpec['docs'] => ({
  zh: `https://docs.rongcloud.cn/platform-chat-api/chatroom/${page}`,
  en: `https://docs.rongcloud.io/platform-chat-api/chatroom/${page}`,
});

export const CHATROOM_USER_EXIST = chatroomEndpoint({
  id: 'chatroom.userExist',
  path: '/chatroom/user/exist.json',
  title: { en: 'Is user in chatroom', zh: '查询用户是否在聊天室' },
  description: { en: 'Says whether one user is in a chatroom now.', zh: '查询一个用户当前是否在聊天室中。' },
  source: 'Go ChatUserExist/ChatUserExistResObj (isInChrm); Java chatroom.isExist',
  sdks: {
    go: 'ChatUserExist(chatroomId, userId)',
    java: 'chatroom.isExist(ChatroomMember{chatroomId: chatroomId, id: userId})',
    python: 'get_chatroom().get_user().isexist(chatroomId, userId)',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), userIdParam('userId', { en: 'User ID; at most 64 bytes.', zh: '用户 ID，最大长度 64 字节' }, { example: 'user-1' })],
  success: [{ name: 'isInChrm', kind: 'value', label: { en: 'In the chatroom', zh: '在聊天室中' } }],
});

export const CHATROOM_USERS_EXIST = chatroomEndpoint({
  id: 'chatroom.usersExist',
  path: '/chatroom/users/exist.json',
  title: { en: 'Are users in chatroom', zh: '批量查询用户是否在聊天室' },
  description: { en: 'Says for each of up to 1000 users whether it is in a chatroom now.', zh: '查询最多 1000 个用户当前是否在聊天室中。' },
  source: 'Go ChatRoomIsExist (comment: at most 1000); Java chatroom.isExists, verify.json members 1–1000; Node Chatroom.isExist',
  sdks: {
    go: 'ChatRoomIsExist(chatroomId, userId)',
    java: 'chatroom.isExists(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}]})',
    node: 'Chatroom.isExist({id: chatroomId, members: [{id: userId}]})',
    php: 'getChatroom()->isExist({id: chatroomId, members: [{id: userId}]})',
    python: 'get_chatroom().get_user().isexist(chatroomId, userId)',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), userIdParam('userId', { en: 'User IDs, 1–1000 values (repeat the parameter).', zh: '用户 ID，1–1000 个（重复该参数）' }, { repeated: { min: 1, max: 1000 }, example: 'user-1' })],
  success: [
    {
      name: 'result',
      kind: 'table',
      label: { en: 'Users', zh: '用户' },
      columns: [
        { keys: ['userId', 'id'], label: userLabel },
        { keys: ['isInChrm'], label: { en: 'In the chatroom (1)', zh: '在聊天室中（1）' } },
      ],
    },
  ],
});

export const CHATROOM_DESTROY_SET = chatroomEndpoint({
  id: 'chatroom.destroySet',
  path: '/chatroom/destroy/set.json',
  title: { en: 'Set destruction type', zh: '设置聊天室销毁类型' },
  description: { en: "Changes how and when a chatroom is destroyed.", zh: '修改聊天室的自动销毁方式和时长。' },
  source: 'D:chatroom/set-destroy-type; Go ChatRoomDestroySet; Java chatroom.setDestroyType',
  docs: docs('set-destroy-type'),
  sdks: {
    go: 'ChatRoomDestroySet(chatroomId, destroyType, destroyTime)',
    java: 'chatroom.setDestroyType(ChatroomDestroyTypeModel{id: chatroomId, destroyType: destroyType, destroyTime: destroyTime})',
    php: 'getChatroom()->setDestroyType({id: chatroomId, destroyType: destroyType, destroyTime: destroyTime})',
  },
  notes: {
    en: 'The English set-destroy-type page says a fixed-time chatroom lives at most 10800 minutes (7 days); the create page says 10080 (7 days), which this data uses. Go always sends destroyType and destroyTime.',
    zh: '英文 set-destroy-type 页面写固定时间销毁最长 10800 分钟（7 天）；创建页面写 10080（7 天），本数据采用后者。Go 总是发送 destroyType 与 destroyTime。',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), destroyTypeParam(), destroyTimeParam()],
  success: [],
});

function blockLike(o: {
  id: string; path: string; title: Text; description: Text; source: string; docsPage?: string; sdks: EndpointSpec['sdks'];
  chatroom: boolean; minute?: Text; notes?: Text;
}): EndpointSpec {
  return chatroomEndpoint({
    id: o.id,
    path: o.path,
    title: o.title,
    description: o.description,
    source: o.source,
    ...(o.docsPage ? { docs: docs(o.docsPage) } : {}),
    sdks: o.sdks,
    notes: o.notes ? { en: `${o.notes.en} ${notifyNote.en}`, zh: `${o.notes.zh}${notifyNote.zh}` } : notifyNote,
    labelParam: o.chatroom ? 'chatroomId' : 'userId',
    params: [
      ...(o.chatroom ? [chatroomIdParam()] : []),
      userIdParam('userId', usersText, { repeated: USERS, example: 'user-1' }),
      ...(o.minute ? [minuteParam(o.minute)] : []),
      needNotifyParam(),
      extraParam(),
    ],
    success: [],
  });
}

const minuteNote: Text = {
  en: 'Java and Node check minute 1–43200 (20004); Go only requires it.',
  zh: 'Java 与 Node 检查 minute 为 1–43200（20004）；Go 只要求必传。',
};

export const CHATROOM_BLOCK_ADD = blockLike({
  id: 'chatroom.blockAdd',
  path: '/chatroom/user/block/add.json',
  title: { en: 'Block chatroom users', zh: '封禁聊天室用户' },
  description: { en: 'Removes users from a chatroom and keeps them out for some minutes.', zh: '将用户踢出聊天室，并在指定分钟内禁止其加入。' },
  source: 'D:chatroom/block/block-user; Go ChatRoomBlockAdd; Java chatroom.block.add; Node Chatroom.Block.add',
  docsPage: 'block/block-user',
  sdks: {
    go: 'ChatRoomBlockAdd(chatroomId, userId, minute, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.block.add(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], minute: minute, needNotify: needNotify, extra: extra})',
    node: 'Chatroom.Block.add({id: chatroomId, members: [{id: userId}], minute: minute})',
    php: 'getChatroom()->Block()->add({id: chatroomId, members: [{id: userId}], minute: minute})',
    python: 'get_chatroom().get_user().get_block().add(userId, chatroomId, minute)',
  },
  chatroom: true,
  minute: { en: 'Minutes the block lasts, 1–43200.', zh: '封禁时长（分钟），1–43200' },
  notes: minuteNote,
});

export const CHATROOM_BLOCK_ROLLBACK = blockLike({
  id: 'chatroom.blockRollback',
  path: '/chatroom/user/block/rollback.json',
  title: { en: 'Unblock chatroom users', zh: '解除封禁聊天室用户' },
  description: { en: 'Lets blocked users join the chatroom again.', zh: '解除用户在聊天室的封禁。' },
  source: 'D:chatroom/block/unblock-user; Go ChatRoomBlockRemove; Java chatroom.block.remove; Node Chatroom.Block.remove',
  docsPage: 'block/unblock-user',
  sdks: {
    go: 'ChatRoomBlockRemove(chatroomId, userId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.block.remove(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], needNotify: needNotify, extra: extra})',
    node: 'Chatroom.Block.remove({id: chatroomId, members: [{id: userId}]})',
    php: 'getChatroom()->Block()->remove({id: chatroomId, members: [{id: userId}]})',
    python: 'get_chatroom().get_user().get_block().remove(userId, chatroomId)',
  },
  chatroom: true,
});

export const CHATROOM_BLOCK_LIST = chatroomEndpoint({
  id: 'chatroom.blockList',
  path: '/chatroom/user/block/list.json',
  title: { en: 'List blocked chatroom users', zh: '查询聊天室封禁用户' },
  description: { en: "Lists a chatroom's blocked users and when each block ends.", zh: '查询聊天室中被封禁的用户及解封时间。' },
  source: 'Go ChatRoomBlockGetList (users); Java chatroom.block.getList; Node Chatroom.Block.getList',
  sdks: {
    go: 'ChatRoomBlockGetList(chatroomId)',
    java: 'chatroom.block.getList(chatroomId)',
    node: 'Chatroom.Block.getList({id: chatroomId})',
    php: 'getChatroom()->Block()->getList({id: chatroomId})',
    python: 'get_chatroom().get_user().get_block().query(chatroomId)',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [userTable('users', { en: 'Blocked users', zh: '封禁用户' })],
});

export const CHATROOM_USER_BAN_ADD = blockLike({
  id: 'chatroom.userBanAdd',
  path: '/chatroom/user/ban/add.json',
  title: { en: 'Mute users in all chatrooms', zh: '全局禁言用户' },
  description: { en: "Mutes users in every chatroom of the app for some minutes.", zh: '在应用的所有聊天室中禁言用户，持续指定分钟。' },
  source: 'D:chatroom/mute/gag-user-globally; Go ChatRoomBanAdd; Java chatroom.ban.add; Node Chatroom.Ban.add',
  docsPage: 'mute/gag-user-globally',
  sdks: {
    go: 'ChatRoomBanAdd(userId, minute, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.ban.add(ChatroomModel{members: [ChatroomMember{id: userId}], minute: minute, needNotify: needNotify, extra: extra})',
    node: 'Chatroom.Ban.add({members: [{id: userId}], minute: minute})',
    php: 'getChatroom()->Ban()->add({members: [{id: userId}], minute: minute})',
    python: 'get_chatroom().get_user().get_ban().add(userId, minute)',
  },
  chatroom: false,
  minute: { en: 'Minutes the mute lasts, 1–43200.', zh: '禁言时长（分钟），1–43200' },
  notes: { en: `${minuteNote.en} Java also calls this path as user.muteChatrooms.add.`, zh: `${minuteNote.zh}Java 还以 user.muteChatrooms.add 调用此路径。` },
});

export const CHATROOM_USER_BAN_REMOVE = blockLike({
  id: 'chatroom.userBanRemove',
  path: '/chatroom/user/ban/remove.json',
  title: { en: 'Unmute users everywhere', zh: '解除全局禁言' },
  description: { en: 'Lifts the all-chatroom mute of users.', zh: '解除用户在所有聊天室的禁言。' },
  source: 'Go ChatRoomBanRemove; Java chatroom.ban.remove; Node Chatroom.Ban.remove',
  sdks: {
    go: 'ChatRoomBanRemove(userId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.ban.remove(ChatroomModel{members: [ChatroomMember{id: userId}], needNotify: needNotify, extra: extra})',
    node: 'Chatroom.Ban.remove({members: [{id: userId}]})',
    php: 'getChatroom()->Ban()->remove({members: [{id: userId}]})',
    python: 'get_chatroom().get_user().get_ban().remove(userId)',
  },
  chatroom: false,
  notes: { en: 'Java also calls this path as user.muteChatrooms.remove.', zh: 'Java 还以 user.muteChatrooms.remove 调用此路径。' },
});

export const CHATROOM_USER_BAN_QUERY = chatroomEndpoint({
  id: 'chatroom.userBanQuery',
  path: '/chatroom/user/ban/query.json',
  title: { en: 'List users muted everywhere', zh: '查询全局禁言用户' },
  description: { en: 'Lists the users muted in every chatroom and when each mute ends.', zh: '查询被全局禁言的用户及解除时间。' },
  source: 'Go ChatRoomBanGetList (users); Java chatroom.ban.getList; Node Chatroom.Ban.getList',
  sdks: {
    go: 'ChatRoomBanGetList()',
    java: 'chatroom.ban.getList()',
    node: 'Chatroom.Ban.getList()',
    php: 'getChatroom()->Ban()->getList()',
    python: 'get_chatroom().get_user().get_ban().query()',
  },
  notes: { en: 'Java also calls this path as user.muteChatrooms.getList.', zh: 'Java 还以 user.muteChatrooms.getList 调用此路径。' },
  params: [],
  success: [userTable('users', { en: 'Muted users', zh: '禁言用户' })],
});

export const CHATROOM_GAG_ADD = blockLike({
  id: 'chatroom.gagAdd',
  path: '/chatroom/user/gag/add.json',
  title: { en: 'Mute chatroom members', zh: '禁言聊天室成员' },
  description: { en: 'Mutes users in one chatroom for some minutes.', zh: '在一个聊天室中禁言用户，持续指定分钟。' },
  source: 'Go ChatRoomGagAdd/ChatRoomMuteMembersAdd; Java chatroom.gag.add/muteMembers.add; Node Chatroom.Gag.add',
  sdks: {
    go: 'ChatRoomGagAdd(chatroomId, userId, minute, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.gag.add(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], minute: minute, needNotify: needNotify, extra: extra})',
    node: 'Chatroom.Gag.add({id: chatroomId, members: [{id: userId}], minute: minute})',
    php: 'getChatroom()->Gag()->add({id: chatroomId, members: [{id: userId}], minute: minute})',
    python: 'get_chatroom().get_user().get_gag().add(userId, chatroomId, minute)',
  },
  chatroom: true,
  minute: { en: 'Minutes the mute lasts, 1–43200.', zh: '禁言时长（分钟），1–43200' },
  notes: { en: `${minuteNote.en} Go also calls this path as ChatRoomMuteMembersAdd, Java as muteMembers.add.`, zh: `${minuteNote.zh}Go 还以 ChatRoomMuteMembersAdd、Java 以 muteMembers.add 调用此路径。` },
});

export const CHATROOM_GAG_ROLLBACK = blockLike({
  id: 'chatroom.gagRollback',
  path: '/chatroom/user/gag/rollback.json',
  title: { en: 'Unmute chatroom members', zh: '解除聊天室成员禁言' },
  description: { en: "Lifts users' mute in one chatroom.", zh: '解除用户在一个聊天室中的禁言。' },
  source: 'Go ChatRoomGagRemove/ChatRoomMuteMembersRemove; Java chatroom.gag.remove/muteMembers.remove; Node Chatroom.Gag.remove',
  sdks: {
    go: 'ChatRoomGagRemove(chatroomId, userId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.gag.remove(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], needNotify: needNotify, extra: extra})',
    node: 'Chatroom.Gag.remove({id: chatroomId, members: [{id: userId}]})',
    php: 'getChatroom()->Gag()->remove({id: chatroomId, members: [{id: userId}]})',
    python: 'get_chatroom().get_user().get_gag().remove(userId, chatroomId)',
  },
  chatroom: true,
});

export const CHATROOM_GAG_LIST = chatroomEndpoint({
  id: 'chatroom.gagList',
  path: '/chatroom/user/gag/list.json',
  title: { en: 'List muted chatroom members', zh: '查询聊天室禁言成员' },
  description: { en: "Lists a chatroom's muted members and when each mute ends.", zh: '查询聊天室中被禁言的成员及解除时间。' },
  source: 'Go ChatRoomGagGetList/ChatRoomMuteMembersGetList (users); Java chatroom.gag.getList; Node Chatroom.Gag.getList',
  sdks: {
    go: 'ChatRoomGagGetList(chatroomId)',
    java: 'chatroom.gag.getList(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.Gag.getList({id: chatroomId})',
    php: 'getChatroom()->Gag()->getList({id: chatroomId})',
    python: 'get_chatroom().get_user().get_gag().query(chatroomId)',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [userTable('users', { en: 'Muted members', zh: '禁言成员' })],
});

const allMuteNote = notifyNote;

export const CHATROOM_BAN_ADD = chatroomEndpoint({
  id: 'chatroom.banAdd',
  path: '/chatroom/ban/add.json',
  title: { en: 'Mute whole chatroom', zh: '设置聊天室全体禁言' },
  description: { en: 'Mutes every member of a chatroom (whitelisted users excepted).', zh: '禁言聊天室全体成员（白名单用户除外）。' },
  source: 'Go ChatRoomBan; Java chatroom.banAllMember.add',
  sdks: {
    go: 'ChatRoomBan(chatroomId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.banAllMember.add(ChatroomModel{id: chatroomId, needNotify: needNotify, extra: extra})',
    php: 'getChatroom()->MuteAllMembers()->add({id: chatroomId})',
  },
  notes: allMuteNote,
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), needNotifyParam(), extraParam()],
  success: [],
});

export const CHATROOM_BAN_ROLLBACK = chatroomEndpoint({
  id: 'chatroom.banRollback',
  path: '/chatroom/ban/rollback.json',
  title: { en: 'Unmute whole chatroom', zh: '取消聊天室全体禁言' },
  description: { en: 'Lifts the mute of every member of a chatroom.', zh: '取消聊天室的全体禁言。' },
  source: 'Go ChatRoomBanRollback; Java chatroom.banAllMember.remove',
  sdks: {
    go: 'ChatRoomBanRollback(chatroomId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.banAllMember.remove(ChatroomModel{id: chatroomId, needNotify: needNotify, extra: extra})',
    php: 'getChatroom()->MuteAllMembers()->remove({id: chatroomId})',
  },
  notes: allMuteNote,
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), needNotifyParam(), extraParam()],
  success: [],
});

export const CHATROOM_BAN_CHECK = chatroomEndpoint({
  id: 'chatroom.banCheck',
  path: '/chatroom/ban/check.json',
  title: { en: 'Is chatroom all muted', zh: '查询聊天室是否全体禁言' },
  description: { en: 'Says whether every member of a chatroom is muted (status 1) or not (0).', zh: '查询聊天室是否处于全体禁言状态（status 1 是，0 否）。' },
  source: 'Go ChatRoomBanCheck (status); Java chatroom.banAllMember.check',
  sdks: {
    go: 'ChatRoomBanCheck(chatroomId)',
    java: 'chatroom.banAllMember.check(ChatroomModel{id: chatroomId})',
    php: 'getChatroom()->MuteAllMembers()->check({id: chatroomId})',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [{ name: 'status', kind: 'value', label: { en: 'All muted (1)', zh: '全体禁言（1）' } }],
});

export const CHATROOM_BAN_QUERY = chatroomEndpoint({
  id: 'chatroom.banQuery',
  path: '/chatroom/ban/query.json',
  title: { en: 'List all-muted chatrooms', zh: '查询全体禁言的聊天室' },
  description: { en: 'Lists the chatrooms whose every member is muted, a page at a time.', zh: '分页查询处于全体禁言状态的聊天室。' },
  source: 'Go ChatRoomBanQuery (tag chatroomids, which Go matches case-insensitively); Java chatroom.banAllMember.getList (ChatroomBanListResult.chatroomIds)',
  sdks: {
    go: 'ChatRoomBanQuery(size, page)',
    java: 'chatroom.banAllMember.getList(size, page)',
    php: 'getChatroom()->MuteAllMembers()->getList(page, size)',
  },
  notes: {
    en: 'No limit on size or page found in the SDKs (neither checks them) or the docs read; the range here is only a 32-bit integer\'s.',
    zh: 'SDK（均不检查）与所读文档中未找到 size、page 的限制；此处范围仅为 32 位整数的范围。',
  },
  params: [
    integerParam('size', 1, 2_147_483_647, { en: 'Chatrooms a page.', zh: '每页条数' }, { required: false }),
    integerParam('page', 1, 2_147_483_647, { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, { required: false }),
  ],
  success: [{ name: 'chatroomIds', kind: 'list', label: { en: 'Chatrooms', zh: '聊天室' } }],
});

export const CHATROOM_BAN_WHITELIST_ADD = blockLike({
  id: 'chatroom.banWhitelistAdd',
  path: '/chatroom/user/ban/whitelist/add.json',
  title: { en: 'Exempt users from all-mute', zh: '加入全体禁言白名单' },
  description: { en: 'Lets users speak while the whole chatroom is muted.', zh: '聊天室全体禁言时，允许这些用户发言。' },
  source: 'Go ChatRoomUserBanWhitelistAdd; Java chatroom.banAllMemberWhitelist.add, verify.json members 1–20',
  sdks: {
    go: 'ChatRoomUserBanWhitelistAdd(chatroomId, userId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.banAllMemberWhitelist.add(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], needNotify: needNotify, extra: extra})',
    php: 'getChatroom()->MuteWhiteList()->add({id: chatroomId, members: [{id: userId}]})',
  },
  chatroom: true,
});

export const CHATROOM_BAN_WHITELIST_ROLLBACK = blockLike({
  id: 'chatroom.banWhitelistRollback',
  path: '/chatroom/user/ban/whitelist/rollback.json',
  title: { en: 'Remove all-mute exemptions', zh: '移出全体禁言白名单' },
  description: { en: 'Removes users from the all-mute whitelist.', zh: '将用户移出全体禁言白名单。' },
  source: 'Go ChatRoomUserBanWhitelistRollback; Java chatroom.banAllMemberWhitelist.remove',
  sdks: {
    go: 'ChatRoomUserBanWhitelistRollback(chatroomId, userId, WithChatroomNeedNotify(needNotify), WithChatroomExtra(extra))',
    java: 'chatroom.banAllMemberWhitelist.remove(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}], needNotify: needNotify, extra: extra})',
    php: 'getChatroom()->MuteWhiteList()->remove({id: chatroomId, members: [{id: userId}]})',
  },
  chatroom: true,
});

export const CHATROOM_BAN_WHITELIST_QUERY = chatroomEndpoint({
  id: 'chatroom.banWhitelistQuery',
  path: '/chatroom/user/ban/whitelist/query.json',
  title: { en: 'List all-mute exemptions', zh: '查询全体禁言白名单' },
  description: { en: 'Lists the users who may speak while the whole chatroom is muted.', zh: '查询全体禁言白名单中的用户。' },
  source: 'Go ChatRoomUserBanWhitelistQuery (userIds); Java chatroom.banAllMemberWhitelist.getList',
  sdks: {
    go: 'ChatRoomUserBanWhitelistQuery(chatroomId)',
    java: 'chatroom.banAllMemberWhitelist.getList(chatroomId)',
    php: 'getChatroom()->MuteWhiteList()->getList({id: chatroomId})',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [{ name: 'userIds', kind: 'list', label: { en: 'Exempt users', zh: '白名单用户' } }],
});

const oneChatroom = (o: { id: string; path: string; title: Text; description: Text; source: string; sdks: EndpointSpec['sdks']; docsPage?: string }): EndpointSpec =>
  chatroomEndpoint({ ...o, ...(o.docsPage ? { docs: docs(o.docsPage) } : {}), labelParam: 'chatroomId', params: [chatroomIdParam()], success: [] });

export const CHATROOM_KEEPALIVE_ADD = oneChatroom({
  id: 'chatroom.keepaliveAdd',
  path: '/chatroom/keepalive/add.json',
  title: { en: 'Keep chatroom alive', zh: '保活聊天室' },
  description: { en: 'Keeps a chatroom from being destroyed automatically.', zh: '使聊天室不被自动销毁。' },
  source: 'Go ChatRoomKeepAliveAdd; Java chatroom.keepalive.add; Node Chatroom.KeepAlive.add',
  sdks: {
    go: 'ChatRoomKeepAliveAdd(chatroomId)',
    java: 'chatroom.keepalive.add(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.KeepAlive.add({id: chatroomId})',
    php: 'getChatroom()->Keepalive()->add({id: chatroomId})',
    python: 'get_chatroom().get_keepalive().add(chatroomId)',
  },
});

export const CHATROOM_KEEPALIVE_REMOVE = oneChatroom({
  id: 'chatroom.keepaliveRemove',
  path: '/chatroom/keepalive/remove.json',
  title: { en: 'Stop keeping chatroom alive', zh: '取消保活聊天室' },
  description: { en: 'Lets a kept-alive chatroom be destroyed automatically again.', zh: '取消聊天室保活，使其可被自动销毁。' },
  source: 'Go ChatRoomKeepAliveRemove; Java chatroom.keepalive.remove; Node Chatroom.KeepAlive.remove',
  sdks: {
    go: 'ChatRoomKeepAliveRemove(chatroomId)',
    java: 'chatroom.keepalive.remove(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.KeepAlive.remove({id: chatroomId})',
    php: 'getChatroom()->Keepalive()->remove({id: chatroomId})',
    python: 'get_chatroom().get_keepalive().remove(chatroomId)',
  },
});

export const CHATROOM_KEEPALIVE_QUERY = chatroomEndpoint({
  id: 'chatroom.keepaliveQuery',
  path: '/chatroom/keepalive/query.json',
  title: { en: 'List kept-alive chatrooms', zh: '查询保活聊天室' },
  description: { en: 'Lists the chatrooms kept alive.', zh: '查询所有保活的聊天室。' },
  source: 'Go ChatRoomKeepAliveGetList (tag chatroomids, matched case-insensitively); Java chatroom.keepalive.getList (ChatroomKeepaliveResult.chatroomIds); Node Chatroom.KeepAlive.getList (reads chatroomIds)',
  sdks: {
    go: 'ChatRoomKeepAliveGetList()',
    java: 'chatroom.keepalive.getList()',
    node: 'Chatroom.KeepAlive.getList()',
    php: 'getChatroom()->Keepalive()->getList()',
    python: 'get_chatroom().get_keepalive().query()',
  },
  params: [],
  success: [{ name: 'chatroomIds', kind: 'list', label: { en: 'Chatrooms', zh: '聊天室' } }],
});

export const CHATROOM_DISTRIBUTION_STOP = oneChatroom({
  id: 'chatroom.distributionStop',
  path: '/chatroom/message/stopDistribution.json',
  title: { en: 'Stop message distribution', zh: '停止聊天室消息分发' },
  description: { en: "Stops delivering a chatroom's messages to its members.", zh: '停止向聊天室成员分发消息。' },
  source: 'Go ChatRoomDistributionStop; Java chatroom.distribute.stop; Node Chatroom.Distribute.stop',
  sdks: {
    go: 'ChatRoomDistributionStop(chatroomId)',
    java: 'chatroom.distribute.stop(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.Distribute.stop({id: chatroomId})',
    php: 'getChatroom()->Distribute()->stop({id: chatroomId})',
    python: 'get_chatroom().get_message().stop_distribution(chatroomId)',
  },
});

export const CHATROOM_DISTRIBUTION_RESUME = oneChatroom({
  id: 'chatroom.distributionResume',
  path: '/chatroom/message/resumeDistribution.json',
  title: { en: 'Resume message distribution', zh: '恢复聊天室消息分发' },
  description: { en: "Resumes delivering a chatroom's messages to its members.", zh: '恢复向聊天室成员分发消息。' },
  source: 'Go ChatRoomDistributionResume; Java chatroom.distribute.resume; Node Chatroom.Distribute.resume',
  sdks: {
    go: 'ChatRoomDistributionResume(chatroomId)',
    java: 'chatroom.distribute.resume(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.Distribute.resume({id: chatroomId})',
    php: 'getChatroom()->Distribute()->resume({id: chatroomId})',
    python: 'get_chatroom().get_message().resume_distribution(chatroomId)',
  },
});

const priorityTypes: Text = { en: 'Message types, 1–5 values (repeat the parameter).', zh: '消息类型，1–5 个（重复该参数）' };
const priorityNote: Text = {
  en: 'The 1–5 count is Java verify.json message.type (20002); Java Demotion does not run that check and Go checks only that one is given.',
  zh: '1–5 个来自 Java verify.json 的 message.type（20002）；Java 的 Demotion 并未执行此检查，Go 只检查至少给出一个。',
};

export const CHATROOM_PRIORITY_ADD = chatroomEndpoint({
  id: 'chatroom.priorityAdd',
  path: '/chatroom/message/priority/add.json',
  title: { en: 'Add low-priority types', zh: '添加低级别消息类型' },
  description: { en: 'Marks message types as low priority: dropped first when a chatroom is busy.', zh: '将消息类型设为低级别：聊天室消息过多时优先丢弃。' },
  source: 'Go ChatRoomDemotionAdd; Java chatroom.demotion.add; Node Chatroom.Demotion.add',
  sdks: {
    go: 'ChatRoomDemotionAdd(objectName)',
    java: 'chatroom.demotion.add(objectName)',
    node: 'Chatroom.Demotion.add({msgs: objectName})',
    php: 'getChatroom()->Demotion()->add({msgs: objectName})',
    python: 'get_chatroom().get_message().get_priority().add(objectName)',
  },
  notes: priorityNote,
  params: [objectNameParam('objectName', MAX_PRIORITY_TYPES, priorityTypes)],
  success: [],
});

export const CHATROOM_PRIORITY_REMOVE = chatroomEndpoint({
  id: 'chatroom.priorityRemove',
  path: '/chatroom/message/priority/remove.json',
  title: { en: 'Remove low-priority types', zh: '移除低级别消息类型' },
  description: { en: 'Gives message types their normal priority back.', zh: '将消息类型恢复为正常级别。' },
  source: 'Go ChatRoomDemotionRemove; Java chatroom.demotion.remove; Node Chatroom.Demotion.remove',
  sdks: {
    go: 'ChatRoomDemotionRemove(objectName)',
    java: 'chatroom.demotion.remove(objectName)',
    node: 'Chatroom.Demotion.remove({msgs: objectName})',
    php: 'getChatroom()->Demotion()->remove({msgs: objectName})',
    python: 'get_chatroom().get_message().get_priority().remove(objectName)',
  },
  notes: priorityNote,
  params: [objectNameParam('objectName', MAX_PRIORITY_TYPES, priorityTypes)],
  success: [],
});

export const CHATROOM_PRIORITY_QUERY = chatroomEndpoint({
  id: 'chatroom.priorityQuery',
  path: '/chatroom/message/priority/query.json',
  title: { en: 'List low-priority types', zh: '查询低级别消息类型' },
  description: { en: 'Lists the message types marked low priority.', zh: '查询低级别消息类型。' },
  source: 'Go ChatRoomDemotionGetList (objectNames); Java chatroom.demotion.getList; Node Chatroom.Demotion.getList',
  sdks: {
    go: 'ChatRoomDemotionGetList()',
    java: 'chatroom.demotion.getList()',
    node: 'Chatroom.Demotion.getList()',
    php: 'getChatroom()->Demotion()->getList()',
    python: 'get_chatroom().get_message().get_priority().query()',
  },
  params: [],
  success: [{ name: 'objectNames', kind: 'list', label: { en: 'Message types', zh: '消息类型' } }],
});

const whitelistTypesNote: Text = {
  en: 'The parameter is objectnames, in lower case, in both SDKs. No count limit found: Java verify.json message.type (1–5) is not run by Java Messages; this data uses 5 as for priority. Node has Chatroom.Whitelist.Message but its calls are in message-api.json, which the data test does not read, so sdks.node is left out.',
  zh: '两个 SDK 的参数名均为小写的 objectnames。未找到数量限制：Java 的 Messages 不执行 verify.json 的 message.type（1–5）检查；本数据与低级别消息一样取 5。Node 有 Chatroom.Whitelist.Message，但其调用写在 message-api.json 中，数据测试不读该文件，故未填 sdks.node。',
};

export const CHATROOM_WHITELIST_ADD = chatroomEndpoint({
  id: 'chatroom.whitelistAdd',
  path: '/chatroom/whitelist/add.json',
  title: { en: 'Whitelist message types', zh: '加入聊天室消息白名单' },
  description: { en: 'Protects message types from being dropped in busy chatrooms.', zh: '保护这些类型的消息在聊天室繁忙时不被丢弃。' },
  source: 'Go ChatRoomWhitelistAdd; Java chatroom.whiteList.message.add',
  sdks: {
    go: 'ChatRoomWhitelistAdd(objectnames)',
    java: 'chatroom.whiteList.message.add(objectnames)',
    node: 'Chatroom.Whitelist.Message.add({msgs: objectnames})',
    php: 'getChatroom()->Whitelist()->Message()->add({msgs: objectnames})',
    python: 'get_chatroom().get_whitelist().add(objectnames)',
  },
  notes: whitelistTypesNote,
  params: [objectNameParam('objectnames', MAX_PRIORITY_TYPES, priorityTypes)],
  success: [],
});

export const CHATROOM_WHITELIST_DELETE = chatroomEndpoint({
  id: 'chatroom.whitelistDelete',
  path: '/chatroom/whitelist/delete.json',
  title: { en: 'Unwhitelist message types', zh: '移出聊天室消息白名单' },
  description: { en: 'Takes message types off the chatroom message whitelist.', zh: '将消息类型移出聊天室消息白名单。' },
  source: 'Go ChatRoomWhitelistRemove; Java chatroom.whiteList.message.remove',
  sdks: {
    go: 'ChatRoomWhitelistRemove(objectnames)',
    java: 'chatroom.whiteList.message.remove(objectnames)',
    node: 'Chatroom.Whitelist.Message.remove({msgs: objectnames})',
    php: 'getChatroom()->Whitelist()->Message()->remove({msgs: objectnames})',
    python: 'get_chatroom().get_whitelist().remove(objectnames)',
  },
  notes: whitelistTypesNote,
  params: [objectNameParam('objectnames', MAX_PRIORITY_TYPES, priorityTypes)],
  success: [],
});

export const CHATROOM_WHITELIST_QUERY = chatroomEndpoint({
  id: 'chatroom.whitelistQuery',
  path: '/chatroom/whitelist/query.json',
  title: { en: 'List whitelisted types', zh: '查询聊天室消息白名单' },
  description: { en: 'Lists the message types on the chatroom message whitelist.', zh: '查询聊天室消息白名单中的消息类型。' },
  source: 'Go ChatRoomWhitelistGetList (whitlistMsgType); Java chatroom.whiteList.message.getList',
  sdks: {
    go: 'ChatRoomWhitelistGetList()',
    java: 'chatroom.whiteList.message.getList()',
    node: 'Chatroom.Whitelist.Message.getList()',
    php: 'getChatroom()->Whitelist()->Message()->getList()',
    python: 'get_chatroom().get_whitelist().query()',
  },
  notes: { en: 'The answer field is spelled whitlistMsgType (Go reads it so).', zh: '返回字段拼写为 whitlistMsgType（Go 即按此读取）。' },
  params: [],
  success: [{ name: 'whitlistMsgType', kind: 'list', label: { en: 'Message types', zh: '消息类型' } }],
});

const whitelistUsers: Text = { en: 'User IDs, 1–5 values (repeat the parameter); a chatroom holds at most 5.', zh: '用户 ID，1–5 个（重复该参数）；每个聊天室最多 5 个白名单用户' };
const userWhitelistNote: Text = {
  en: 'The docs cap a chatroom\'s user whitelist at 5; neither SDK checks the count. Node\'s Chatroom.Whitelist.User calls are in user-api.json, which the data test does not read, so sdks.node is left out.',
  zh: '文档规定每个聊天室的用户白名单最多 5 人；两个 SDK 都不检查数量。Node 的 Chatroom.Whitelist.User 调用写在 user-api.json 中，数据测试不读该文件，故未填 sdks.node。',
};

export const CHATROOM_USER_WHITELIST_ADD = chatroomEndpoint({
  id: 'chatroom.userWhitelistAdd',
  path: '/chatroom/user/whitelist/add.json',
  title: { en: 'Add whitelisted users', zh: '加入聊天室用户白名单' },
  description: { en: 'Protects users from being removed when offline and their messages from being dropped.', zh: '保护用户离线时不被踢出聊天室，其消息不被丢弃。' },
  source: 'D:chatroom/whitelist/add-to-user-whitelist; Go ChatRoomUserWhitelistAdd; Java chatroom.whiteList.user.add',
  docs: docs('whitelist/add-to-user-whitelist'),
  sdks: {
    go: 'ChatRoomUserWhitelistAdd(chatroomId, userId)',
    java: 'chatroom.whiteList.user.add(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}]})',
    node: 'Chatroom.Whitelist.User.add({id: chatroomId, members: [{id: userId}]})',
    php: 'getChatroom()->Whitelist()->User()->add({id: chatroomId, members: [{id: userId}]})',
    python: 'get_chatroom().get_user().get_whitelist().add(chatroomId, userId)',
  },
  notes: userWhitelistNote,
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), userIdParam('userId', whitelistUsers, { repeated: { min: 1, max: MAX_CHATROOM_WHITELIST_USERS }, example: 'user-1' })],
  success: [],
});

export const CHATROOM_USER_WHITELIST_REMOVE = chatroomEndpoint({
  id: 'chatroom.userWhitelistRemove',
  path: '/chatroom/user/whitelist/remove.json',
  title: { en: 'Remove whitelisted users', zh: '移出聊天室用户白名单' },
  description: { en: "Takes users off a chatroom's user whitelist.", zh: '将用户移出聊天室用户白名单。' },
  source: 'Go ChatRoomUserWhitelistRemove; Java chatroom.whiteList.user.remove',
  sdks: {
    go: 'ChatRoomUserWhitelistRemove(chatroomId, userId)',
    java: 'chatroom.whiteList.user.remove(ChatroomModel{id: chatroomId, members: [ChatroomMember{id: userId}]})',
    node: 'Chatroom.Whitelist.User.remove({id: chatroomId, members: [{id: userId}]})',
    php: 'getChatroom()->Whitelist()->User()->remove({id: chatroomId, members: [{id: userId}]})',
    python: 'get_chatroom().get_user().get_whitelist().remove(chatroomId, userId)',
  },
  notes: userWhitelistNote,
  labelParam: 'chatroomId',
  params: [chatroomIdParam(), userIdParam('userId', whitelistUsers, { repeated: { min: 1, max: MAX_CHATROOM_WHITELIST_USERS }, example: 'user-1' })],
  success: [],
});

export const CHATROOM_USER_WHITELIST_QUERY = chatroomEndpoint({
  id: 'chatroom.userWhitelistQuery',
  path: '/chatroom/user/whitelist/query.json',
  title: { en: 'List whitelisted users', zh: '查询聊天室用户白名单' },
  description: { en: "Lists a chatroom's whitelisted users.", zh: '查询聊天室用户白名单中的用户。' },
  source: 'Go ChatRoomUserWhitelistGetList (users); Java chatroom.whiteList.user.getList',
  sdks: {
    go: 'ChatRoomUserWhitelistGetList(chatroomId)',
    java: 'chatroom.whiteList.user.getList(ChatroomModel{id: chatroomId})',
    node: 'Chatroom.Whitelist.User.getList({id: chatroomId})',
    php: 'getChatroom()->Whitelist()->User()->getList({id: chatroomId})',
    python: 'get_chatroom().get_user().get_whitelist().query(chatroomId)',
  },
  labelParam: 'chatroomId',
  params: [chatroomIdParam()],
  success: [{ name: 'users', kind: 'list', label: { en: 'Whitelisted users', zh: '白名单用户' } }],
});

const autoDeleteParam = (): ParamSpec =>
  flagParam('autoDelete', { en: "Delete the attribute when its owner leaves the chatroom (1); default 0.", zh: '所属用户退出聊天室时是否删除该属性，1 删除，默认 0' });
const entryNoticeParams = (): ParamSpec[] => [
  // Text, not messageType: the provider's RC:chrmKVNotiMsg is not among the known RC: types, so messageType would refuse it.
  { name: 'objectName', kind: 'text', required: false, code: PARAMETER_ERROR_CODE, maxChars: MESSAGE_TYPE_MAX_CHARS, description: { en: 'Type of the change notice message, e.g. RC:chrmKVNotiMsg.', zh: '属性变更通知消息的类型，如 RC:chrmKVNotiMsg' } },
  { name: 'content', kind: 'json', required: false, code: PARAMETER_ERROR_CODE, description: { en: 'Content of the change notice: a JSON text.', zh: '属性变更通知消息的内容，JSON 字符串' } },
];
const entryKeyParam = (): ParamSpec => ({
  name: 'key', kind: 'text', required: true, code: PARAMETER_ERROR_CODE, maxChars: ENTRY_KEY_MAX_CHARS,
  description: { en: 'Attribute name; letters, digits and + = - _, at most 128 characters.', zh: '属性名，支持字母、数字和 + = - _，最长 128 个字符' }, example: 'seat1',
});
const entryNote: Text = {
  en: 'Java sends objectName and content when set; Go never sends them.',
  zh: 'Java 在已设置时发送 objectName 与 content；Go 从不发送。',
};

export const CHATROOM_ENTRY_SET = chatroomEndpoint({
  id: 'chatroom.entrySet',
  path: '/chatroom/entry/set.json',
  title: { en: 'Set chatroom attribute', zh: '设置聊天室属性' },
  description: { en: 'Sets one custom attribute (key and value) of a chatroom; a chatroom holds at most 100.', zh: '设置聊天室的一个自定义属性（KV）；每个聊天室最多 100 个。' },
  source: 'D:chatroom/kv-attribute/set-kv-entry; Go ChatRoomEntrySet; Java chatroom.entry.set',
  docs: docs('kv-attribute/set-kv-entry'),
  sdks: {
    go: 'ChatRoomEntrySet(chatroomId, userId, key, value, autoDelete)',
    java: 'chatroom.entry.set(ChatroomEntryModel{chatroomId: chatroomId, userId: userId, key: key, value: value, autoDelete: autoDelete, objectName: objectName, content: content})',
    php: 'getChatroom()->Entry()->set({id: chatroomId, userId: userId, key: key, value: value, autoDelete: autoDelete, objectName: objectName, content: content})',
  },
  notes: { en: `${entryNote.en} Go requires autoDelete; the docs make it optional (default 0).`, zh: `${entryNote.zh}Go 要求必传 autoDelete；文档中为可选（默认 0）。` },
  labelParam: 'chatroomId',
  params: [
    chatroomIdParam(),
    userIdParam('userId', { en: 'The operator, who owns the attribute.', zh: '操作人用户 ID，即属性的所属用户' }, { example: 'user-1' }),
    entryKeyParam(),
    { name: 'value', kind: 'text', required: true, code: PARAMETER_ERROR_CODE, maxChars: ENTRY_VALUE_MAX_CHARS, description: { en: 'Attribute value; at most 4096 characters.', zh: '属性值，最长 4096 个字符' }, example: 'taken' },
    autoDeleteParam(),
    ...entryNoticeParams(),
  ],
  success: [],
});

export const CHATROOM_ENTRY_BATCH_SET = chatroomEndpoint({
  id: 'chatroom.entryBatchSet',
  path: '/chatroom/entry/batch/set.json',
  title: { en: 'Set chatroom attributes', zh: '批量设置聊天室属性' },
  description: { en: 'Sets up to 20 custom attributes of a chatroom at once, overwriting existing ones.', zh: '一次设置最多 20 个聊天室自定义属性，已存在的属性被覆盖。' },
  source: 'D:chatroom/kv-attribute/set-kv-entry-batch; Go ChatRoomEntryBatchSet; Java chatroom.entry.batchSet',
  docs: docs('kv-attribute/set-kv-entry-batch'),
  sdks: {
    go: 'ChatRoomEntryBatchSet(chatroomId, autoDelete, entryOwnerId, entryInfo:map)',
    java: 'chatroom.entry.batchSet(ChatroomEntryModel{chatroomId: chatroomId, autoDelete: autoDelete, entryOwnerId: entryOwnerId, entryInfo: entryInfo:map})',
    php: 'getChatroom()->Entry()->batchSet({id: chatroomId, autoDelete: autoDelete, entryOwnerId: entryOwnerId, entryInfo: entryInfo})',
  },
  notes: {
    en: 'The docs allow at most 20 pairs in entryInfo; this data cannot count a JSON object\'s keys, and neither SDK checks it. Java sends autoDelete as true/false, Go as 0/1, the docs say 0/1.',
    zh: '文档规定 entryInfo 最多 20 对；本数据无法统计 JSON 对象的键数，两个 SDK 也都不检查。Java 以 true/false 发送 autoDelete，Go 以 0/1，文档为 0/1。',
  },
  labelParam: 'chatroomId',
  params: [
    chatroomIdParam(),
    autoDeleteParam(),
    userIdParam('entryOwnerId', { en: 'Owner of the attributes (a user ID).', zh: '属性的所属用户 ID' }, { example: 'user-1' }),
    { name: 'entryInfo', kind: 'json', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'The attributes: a JSON object of at most 20 keys and values.', zh: '属性，JSON 对象，最多 20 对' }, example: '{"seat1":"taken"}' },
  ],
  success: [],
});

export const CHATROOM_ENTRY_REMOVE = chatroomEndpoint({
  id: 'chatroom.entryRemove',
  path: '/chatroom/entry/remove.json',
  title: { en: 'Remove chatroom attribute', zh: '删除聊天室属性' },
  description: { en: 'Removes one custom attribute of a chatroom.', zh: '删除聊天室的一个自定义属性。' },
  source: 'Go ChatRoomEntryRemove; Java chatroom.entry.remove',
  sdks: {
    go: 'ChatRoomEntryRemove(chatroomId, userId, key)',
    java: 'chatroom.entry.remove(ChatroomEntryModel{chatroomId: chatroomId, userId: userId, key: key, objectName: objectName, content: content})',
    php: 'getChatroom()->Entry()->remove({id: chatroomId, userId: userId, key: key, objectName: objectName, content: content})',
  },
  notes: entryNote,
  labelParam: 'chatroomId',
  params: [
    chatroomIdParam(),
    userIdParam('userId', { en: 'The operator (a user ID).', zh: '操作人用户 ID' }, { example: 'user-1' }),
    entryKeyParam(),
    ...entryNoticeParams(),
  ],
  success: [],
});

export const CHATROOM_ENTRY_QUERY = chatroomEndpoint({
  id: 'chatroom.entryQuery',
  path: '/chatroom/entry/query.json',
  title: { en: 'Get chatroom attributes', zh: '查询聊天室属性' },
  description: { en: "Reads a chatroom's custom attributes: the keys given (up to 100) or all.", zh: '查询聊天室的自定义属性：指定的键（最多 100 个）或全部。' },
  source: 'D:chatroom/kv-attribute/query-kv-entry; Go ChatRoomEntryQuery (keys ≤ 100); Java chatroom.entry.query',
  docs: docs('kv-attribute/query-kv-entry'),
  sdks: {
    go: 'ChatRoomEntryQuery(chatroomId, ...keys)',
    java: 'chatroom.entry.query(ChatroomEntryModel{chatroomId: chatroomId, keys: keys})',
    php: 'getChatroom()->Entry()->query({id: chatroomId, keys: keys})',
  },
  notes: { en: 'Go reads the owner as userID (capital D); the docs name it userId.', zh: 'Go 以 userID（大写 D）读取所属用户；文档为 userId。' },
  labelParam: 'chatroomId',
  params: [
    chatroomIdParam(),
    { ...entryKeyParam(), name: 'keys', required: false, repeated: { min: 1, max: MAX_ENTRY_QUERY_KEYS }, description: { en: 'Keys to read, up to 100 (repeat the parameter); none reads all.', zh: '要查询的键，最多 100 个（重复该参数）；不传时查询全部' } },
  ],
  success: [
    {
      name: 'keys',
      kind: 'table',
      label: { en: 'Attributes', zh: '属性' },
      columns: [
        { keys: ['key'], label: { en: 'Key', zh: '键' } },
        { keys: ['value'], label: { en: 'Value', zh: '值' } },
        { keys: ['userId', 'userID'], label: userLabel },
        { keys: ['autoDelete'], label: { en: 'Auto delete', zh: '自动删除' } },
        { keys: ['lastSetTime'], label: { en: 'Last set', zh: '最近设置时间' } },
      ],
    },
  ],
});

/** Chatrooms one /chatroom/create.json call creates (docs, deprecated-create: up to 100). */
export const MAX_CHATROOMS_PER_CREATE = 100;
/** A chatroom name in /chatroom/create.json: the Python SDK checks 1–64 characters (chatroom.py create); no other source limits it. */
export const CHATROOM_NAME_MAX_CHARS = 64;

export const CHATROOM_CREATE = chatroomEndpoint({
  id: 'chatroom.create',
  path: '/chatroom/create.json',
  title: { en: 'Create chatroom (deprecated)', zh: '创建聊天室（已废弃）' },
  description: {
    en: 'Creates up to 100 chatrooms in one call, each sent as chatroom[<ID>]=<name>; /chatroom/create_new.json replaces it.',
    zh: '一次创建最多 100 个聊天室，每个以 chatroom[<ID>]=<名称> 发送；已由 /chatroom/create_new.json 取代。',
  },
  source: 'D:chatroom/deprecated-create; Go ChatRoomCreate; Java chatroom.create; Node Chatroom.create; PHP getChatroom()->create; Python get_chatroom().create',
  docs: docs('deprecated-create'),
  sdks: {
    go: 'ChatRoomCreate(chatroom:key, chatroom:value)',
    java: 'chatroom.create([ChatroomModel{id: chatroom:key, name: chatroom}])',
    node: 'Chatroom.create([{id: chatroom:key, name: chatroom}])',
    php: 'getChatroom()->create([{id: chatroom:key, name: chatroom}])',
    python: 'get_chatroom().create(chatroom:pairs)',
  },
  notes: {
    en: 'Go ChatRoomCreate sends one chatroom a call; Java, Node, PHP and Python send a list. The docs allow 100 a call; no SDK checks a count. Only Python limits the name (1–64 characters) and Java and Python the ID (1–64); Java and PHP mark the method deprecated.',
    zh: 'Go 的 ChatRoomCreate 每次只发送一个聊天室；Java、Node、PHP、Python 发送列表。文档允许每次 100 个；各 SDK 均不检查数量。只有 Python 限制名称（1–64 个字符），Java 与 Python 限制 ID（1–64）；Java 与 PHP 将此方法标为废弃。',
  },
  labelParam: 'chatroom',
  params: [
    {
      name: 'chatroom',
      kind: 'name',
      required: true,
      code: 1006,
      maxChars: CHATROOM_NAME_MAX_CHARS,
      description: {
        en: 'Chatroom name, sent as chatroom[<chatroom ID>]=<name>; one pair per chatroom, 1–100 pairs.',
        zh: '聊天室名称，以 chatroom[<聊天室 ID>]=<名称> 发送；每个聊天室一对，1–100 对',
      },
      keyed: { keyMaxBytes: CHATROOM_ID_MAX_BYTES, keyDescription: chatroomIdText },
      repeated: { min: 1, max: MAX_CHATROOMS_PER_CREATE },
      example: 'Room 1',
    },
  ],
  success: [],
});

export const CHATROOM_ENDPOINTS: readonly EndpointSpec[] = [
  CHATROOM_CREATE_NEW, CHATROOM_DESTROY, CHATROOM_DESTROY_SET, CHATROOM_GET, CHATROOM_QUERY, CHATROOM_MEMBERS,
  CHATROOM_USER_EXIST, CHATROOM_USERS_EXIST,
  CHATROOM_BLOCK_ADD, CHATROOM_BLOCK_ROLLBACK, CHATROOM_BLOCK_LIST,
  CHATROOM_GAG_ADD, CHATROOM_GAG_ROLLBACK, CHATROOM_GAG_LIST,
  CHATROOM_USER_BAN_ADD, CHATROOM_USER_BAN_REMOVE, CHATROOM_USER_BAN_QUERY,
  CHATROOM_BAN_ADD, CHATROOM_BAN_ROLLBACK, CHATROOM_BAN_CHECK, CHATROOM_BAN_QUERY,
  CHATROOM_BAN_WHITELIST_ADD, CHATROOM_BAN_WHITELIST_ROLLBACK, CHATROOM_BAN_WHITELIST_QUERY,
  CHATROOM_USER_WHITELIST_ADD, CHATROOM_USER_WHITELIST_REMOVE, CHATROOM_USER_WHITELIST_QUERY,
  CHATROOM_WHITELIST_ADD, CHATROOM_WHITELIST_DELETE, CHATROOM_WHITELIST_QUERY,
  CHATROOM_PRIORITY_ADD, CHATROOM_PRIORITY_REMOVE, CHATROOM_PRIORITY_QUERY,
  CHATROOM_KEEPALIVE_ADD, CHATROOM_KEEPALIVE_REMOVE, CHATROOM_KEEPALIVE_QUERY,
  CHATROOM_DISTRIBUTION_STOP, CHATROOM_DISTRIBUTION_RESUME,
  CHATROOM_ENTRY_SET, CHATROOM_ENTRY_BATCH_SET, CHATROOM_ENTRY_REMOVE, CHATROOM_ENTRY_QUERY,
  CHATROOM_CREATE,
];
