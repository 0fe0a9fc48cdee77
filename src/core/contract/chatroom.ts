/**
 * The chatroom module (issue 18). Facts from Go `sdk/chatroom.go`, Java `methods/chatroom/**` with its
 * `jsonsource/chatroom/verify.json` checks (20xxx codes), the Node SDK's api.json files, and the provider's docs.
 */
import { PARAMETER_ERROR_CODE } from './limits';
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

const destroyTimeParam = (): ParamSpec =>
  integerParam(
    'destroyTime',
    CHATROOM_DESTROY_MINUTES.min,
    CHATROOM_DESTROY_MINUTES.max,
    {
      en: 'Minutes: the inactivity (type 0) or the lifetime (type 1) before destruction, 60–10080.',
      zh: '分钟：不活跃时长（类型 0）或存活时长（类型 1），60–10080',
    },
    { required: false, defaultValue: '60' },
  );

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
  sdks: { go: 'ChatRoomCreateNew', java: 'chatroom.createV2' },
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
  sdks: { go: 'ChatRoomDestroy', java: 'chatroom.destroy', node: 'Chatroom.destory' },
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
    en: 'Go ChatRoomQuery calls this path (not in sdk-paths.md, which missed its fmt.Sprintf URL, so sdks.go is left out here). Go sends every ID given, unchecked; the docs allow 20. The old docs\' example answers with chatroomId where the table and Go say chrmId. No Java method calls this path in the SDK read (its chatroom.query calls /chatroom/get.json).',
    zh: 'Go 的 ChatRoomQuery 调用此路径（sdk-paths.md 漏掉了其以 fmt.Sprintf 拼出的 URL，故此处未填 sdks.go）。Go 发送所给的全部 ID，不做检查；文档允许 20 个。旧文档示例返回 chatroomId，而表格与 Go 为 chrmId。所读 Java SDK 中没有方法调用此路径（其 chatroom.query 调用 /chatroom/get.json）。',
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
  sdks: { go: 'ChatRoomGetNew', java: 'chatroom.query' },
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
  sdks: { go: 'ChatRoomGet', java: 'chatroom.get', node: 'Chatroom.get' },
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

export const CHATROOM_ENDPOINTS: readonly EndpointSpec[] = [CHATROOM_CREATE_NEW, CHATROOM_DESTROY, CHATROOM_QUERY, CHATROOM_GET, CHATROOM_MEMBERS];
