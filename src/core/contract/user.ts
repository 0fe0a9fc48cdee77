/** The user module (endpoints.md, "The user module"); getToken is the contract, exactly. */
import { BLOCK_MINUTES, MAX_USERS_PER_CALL, PARAMETER_ERROR_CODE, USER_EXISTS_CODE } from './limits';
import { integerParam, nameParam, portraitParam, textParam, userIdParam } from './params';
import type { EndpointSpec } from './types';

const USERS = { min: 1, max: MAX_USERS_PER_CALL };
const userIdOf = { en: 'User ID; at most 64 bytes.', zh: '用户 ID，最大长度 64 字节' };
const userIds = { en: 'User IDs, 1–20 values (repeat the parameter).', zh: '用户 ID，1–20 个（重复该参数）' };

export const GET_TOKEN: EndpointSpec = {
  id: 'user.getToken',
  module: 'user',
  method: 'POST',
  path: '/user/getToken.json',
  title: { en: 'Register user (get token)', zh: '注册用户（获取 Token）' },
  description: {
    en: 'Registers a user and returns the token a client connects to Rong IM with.',
    zh: '注册用户是使用融云 IM 服务的第一步，通过此接口可以为用户获取连接融云 IM 服务所需的 Token。',
  },
  source: 'register-user.zh.md (the contract)',
  sdks: { go: 'UserRegister', java: 'user.register', node: 'User.register', php: 'getUser()->register', python: 'get_user().register' },
  issuesToken: true,
  labelParam: 'userId',
  singleFlightParam: 'userId',
  params: [
    userIdParam('userId', { en: 'User ID, unique in the app; at most 64 bytes.', zh: '用户 ID，最大长度 64 字节，是用户在 App 中的唯一标识' }, { example: 'user-1' }),
    nameParam('name', { en: 'Display name; at most 128 bytes.', zh: '用户名称，最大长度 128 字节' }, { example: 'Ironman' }),
    portraitParam(),
  ],
  success: [
    { name: 'userId', kind: 'value', label: { en: 'User ID', zh: '用户 ID' } },
    { name: 'token', kind: 'value', label: { en: 'Token', zh: 'Token' }, format: 'token' },
  ],
  hints: {
    [USER_EXISTS_CODE]: {
      en: 'This user ID is registered already: use another user ID, or "Rong: Copy Issued Token" if it was issued here.',
      zh: '该用户 ID 已注册：请换一个用户 ID；若 Token 是在这里签发的，可用“Rong: 复制已签发的 Token”。',
    },
  },
};

export const REFRESH: EndpointSpec = {
  id: 'user.refresh',
  module: 'user',
  method: 'POST',
  path: '/user/refresh.json',
  title: { en: 'Update user info', zh: '修改用户信息' },
  description: { en: "Changes a user's name or portrait.", zh: '修改用户的名称或头像。' },
  source: 'D:user/modify; Node User.update',
  sdks: { go: 'UserUpdate', java: 'user.update', node: 'User.update', php: 'getUser()->update', python: 'get_user().update' },
  notes: {
    en: 'Go UserUpdate always sends name and portraitUri, empty when not given; the docs make both optional.',
    zh: 'Go 的 UserUpdate 总是发送 name 和 portraitUri（未给时为空）；文档中二者均为可选。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', userIdOf, { example: 'user-1' }),
    nameParam('name', { en: 'New display name; at most 128 bytes.', zh: '新的用户名称，最大长度 128 字节' }, { required: false, example: 'Tony' }),
    portraitParam(),
  ],
  success: [],
};

export const INFO: EndpointSpec = {
  id: 'user.info',
  module: 'user',
  method: 'POST',
  path: '/user/info.json',
  title: { en: 'Get user info', zh: '获取用户信息' },
  description: { en: "Reads a user's name, portrait and creation time.", zh: '获取用户的名称、头像和创建时间。' },
  source: 'D:user/get',
  sdks: { go: 'UserInfoGet', java: 'user.get', php: 'getUser()->get', python: 'get_user().query' },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
  success: [
    { name: 'userName', kind: 'value', label: { en: 'Name', zh: '名称' } },
    { name: 'userPortrait', kind: 'value', label: { en: 'Portrait', zh: '头像' }, format: 'uri' },
    { name: 'createTime', kind: 'value', label: { en: 'Created', zh: '创建时间' }, format: 'datetime' },
  ],
  hints: {
    [PARAMETER_ERROR_CODE]: { en: 'Check the user ID: is it registered in this app?', zh: '请检查用户 ID：该用户是否已在此应用中注册？' },
  },
};

export const TOKEN_EXPIRE: EndpointSpec = {
  id: 'user.tokenExpire',
  module: 'user',
  method: 'POST',
  path: '/user/token/expire.json',
  title: { en: 'Expire tokens', zh: '作废 Token' },
  description: { en: 'Tokens issued to these users before `time` stop working.', zh: '使这些用户在 time 之前获取的 Token 失效。' },
  source: 'D:user/expire',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/user/expire', en: 'https://docs.rongcloud.io/platform-chat-api/user/expire' },
  sdks: { go: 'UserTokenExpire', java: 'user.expire', php: 'getUser()->expire' },
  notes: {
    en: 'Go UserTokenExpire sends one userId a call; the docs and this data allow 1–20.',
    zh: 'Go 的 UserTokenExpire 每次只发送一个 userId；文档与本数据允许 1–20 个。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', userIds, { repeated: USERS, example: 'user-1' }),
    {
      name: 'time',
      kind: 'timestampMs',
      required: true,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'Milliseconds since the epoch: tokens issued before it stop working.', zh: '时间戳（毫秒），在此之前获取的 Token 失效' },
    },
  ],
  success: [],
};

export const BLOCK: EndpointSpec = {
  id: 'user.block',
  module: 'user',
  method: 'POST',
  path: '/user/block.json',
  title: { en: 'Block users', zh: '封禁用户' },
  description: { en: 'Blocks users from connecting for a number of minutes.', zh: '封禁用户，在指定分钟内不能连接融云服务。' },
  source: 'D:user/block; Go BlockAdd; Node Block.add',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/user/block', en: 'https://docs.rongcloud.io/platform-chat-api/user/block' },
  sdks: { go: 'BlockAdd', java: 'user.block.add', node: 'User.Block.add', php: 'getUser()->Block()->add', python: 'get_user().get_block().add' },
  notes: {
    en: 'Go BlockAdd and Java block.add send one userId a call (docs and this data: 1–20); Go checks minute 1–43200 itself (code 20004).',
    zh: 'Go 的 BlockAdd 与 Java 的 block.add 每次只发送一个 userId（文档与本数据：1–20 个）；Go 自行检查 minute 为 1–43200（错误码 20004）。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', userIds, { repeated: USERS, example: 'user-1' }),
    integerParam('minute', BLOCK_MINUTES.min, BLOCK_MINUTES.max, { en: 'Minutes the block lasts, 1–43200 (30 days).', zh: '封禁时长（分钟），1–43200（30 天）' }, { example: '10' }),
  ],
  success: [],
};

export const UNBLOCK: EndpointSpec = {
  id: 'user.unblock',
  module: 'user',
  method: 'POST',
  path: '/user/unblock.json',
  title: { en: 'Unblock users', zh: '解除封禁' },
  description: { en: 'Lifts the block of users.', zh: '解除用户封禁。' },
  source: 'D:user/unblock; Node Block.remove',
  sdks: { go: 'BlockRemove', java: 'user.block.remove', node: 'User.Block.remove', php: 'getUser()->Block()->remove', python: 'get_user().get_block().remove' },
  notes: {
    en: 'Go BlockRemove and Java block.remove send one userId a call (docs and this data: 1–20).',
    zh: 'Go 的 BlockRemove 与 Java 的 block.remove 每次只发送一个 userId（文档与本数据：1–20 个）。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIds, { repeated: USERS, example: 'user-1' })],
  success: [],
};

export const BLOCK_QUERY: EndpointSpec = {
  id: 'user.blockQuery',
  module: 'user',
  method: 'POST',
  path: '/user/block/query.json',
  title: { en: 'List blocked users', zh: '查询封禁用户' },
  description: { en: 'Lists the users blocked now, with the end of each block.', zh: '查询当前被封禁的用户及封禁结束时间。' },
  source: 'D:user/query-blocked-list; Node Block.getList',
  sdks: { go: 'BlockGetList', java: 'user.block.getList', node: 'User.Block.getList', php: 'getUser()->Block()->getList', python: 'get_user().get_block().query' },
  notes: {
    en: 'Go BlockGetList sends neither page nor size; Java getList(size, page) sends both.',
    zh: 'Go 的 BlockGetList 不发送 page 和 size；Java 的 getList(size, page) 两者都发送。',
  },
  issuesToken: false,
  params: [
    integerParam('page', 1, 1_000_000, { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, { required: false, defaultValue: '1' }),
    integerParam('size', 1, 1000, { en: 'Users per page, 1–1000 (default 50).', zh: '每页条数，1–1000（默认 50）' }, { required: false, defaultValue: '50' }),
  ],
  success: [
    {
      name: 'users',
      kind: 'table',
      label: { en: 'Blocked users', zh: '被封禁用户' },
      columns: [
        { keys: ['userId', 'id'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['blockEndTime'], label: { en: 'Blocked until', zh: '封禁结束时间' }, format: 'datetime' },
      ],
    },
  ],
};

export const CHECK_ONLINE: EndpointSpec = {
  id: 'user.checkOnline',
  module: 'user',
  method: 'POST',
  path: '/user/checkOnline.json',
  title: { en: 'Check online status', zh: '查询用户在线状态' },
  description: { en: 'Whether a user is connected now: "1" online, "0" offline.', zh: '查询用户是否在线："1" 在线，"0" 离线。' },
  source: 'D:user/check-online-status-by-user',
  sdks: { go: 'OnlineStatusCheck', java: 'user.onlineStatus.check', node: 'User.OnlineStatus.get', php: 'getUser()->Onlinestatus()->check', python: 'get_user().check_online' },
  notes: {
    en: 'Go OnlineStatusCheck returns status as an int; the live service answers a string ("1"/"0").',
    zh: 'Go 的 OnlineStatusCheck 以整数返回 status；线上服务返回字符串（"1"/"0"）。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
  success: [{ name: 'status', kind: 'value', label: { en: 'Status', zh: '状态' }, format: 'onlineStatus' }],
};

const blackUserIds = { en: 'User IDs to put on or take off the blacklist, 1–20 values.', zh: '黑名单中的用户 ID，1–20 个' };
const blacklistOwner = { en: 'The user whose blacklist it is.', zh: '黑名单所属的用户 ID' };

export const BLACKLIST_ADD: EndpointSpec = {
  id: 'user.blacklistAdd',
  module: 'user',
  method: 'POST',
  path: '/user/blacklist/add.json',
  title: { en: 'Add to blacklist', zh: '添加黑名单' },
  description: { en: "Puts users on a user's blacklist: their private messages to the user are not delivered.", zh: '将用户加入某用户的黑名单，被拉黑的用户发来的单聊消息不会送达。' },
  source: 'D:user/blacklist/add-to-blacklist; Go; Java; Node Blacklist.add',
  sdks: { go: 'BlacklistAdd', java: 'user.blackList.add', node: 'User.Blacklist.add', php: 'getUser()->Blacklist()->add', python: 'get_user().get_blacklist().add' },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', blacklistOwner, { example: 'user-1' }), userIdParam('blackUserId', blackUserIds, { repeated: USERS, example: 'user-2' })],
  success: [],
};

export const BLACKLIST_REMOVE: EndpointSpec = {
  id: 'user.blacklistRemove',
  module: 'user',
  method: 'POST',
  path: '/user/blacklist/remove.json',
  title: { en: 'Remove from blacklist', zh: '移除黑名单' },
  description: { en: "Takes users off a user's blacklist.", zh: '将用户从某用户的黑名单中移除。' },
  source: 'D:user/blacklist/remove-from-blacklist; Node Blacklist.remove',
  sdks: { go: 'BlacklistRemove', java: 'user.blackList.remove', node: 'User.Blacklist.remove', php: 'getUser()->Blacklist()->remove', python: 'get_user().get_blacklist().remove' },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', blacklistOwner, { example: 'user-1' }), userIdParam('blackUserId', blackUserIds, { repeated: USERS, example: 'user-2' })],
  success: [],
};

export const BLACKLIST_QUERY: EndpointSpec = {
  id: 'user.blacklistQuery',
  module: 'user',
  method: 'POST',
  path: '/user/blacklist/query.json',
  title: { en: 'List blacklist', zh: '查询黑名单' },
  description: { en: "Lists a user's blacklist in the order users were added, a page at a time.", zh: '按加入顺序分页查询某用户的黑名单。' },
  source: 'D:user/blacklist/query-blacklist; Node Blacklist.getList',
  sdks: { go: 'BlacklistGet', java: 'user.blackList.pagingQueryBlacklist', node: 'User.Blacklist.getList', php: 'getUser()->Blacklist()->getList', python: 'get_user().get_blacklist().query' },
  notes: {
    en: 'Go BlacklistGet and Java blackList.getList send only userId; Java pagingQueryBlacklist also sends pageToken and size.',
    zh: 'Go 的 BlacklistGet 与 Java 的 blackList.getList 只发送 userId；Java 的 pagingQueryBlacklist 还发送 pageToken 和 size。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', blacklistOwner, { example: 'user-1' }),
    textParam('pageToken', 256, { en: 'Where the page starts: the `next` of the previous page.', zh: '分页标识：上一页返回的 next' }),
    integerParam('size', 1, 1000, { en: 'Users per page, 1–1000 (default 1000).', zh: '每页条数，1–1000（默认 1000）' }, { required: false, defaultValue: '1000' }),
  ],
  success: [
    { name: 'users', kind: 'list', label: { en: 'Blacklisted users', zh: '黑名单用户' } },
    { name: 'next', kind: 'value', label: { en: 'Next page', zh: '下一页' } },
  ],
};

export const USER_ENDPOINTS: readonly EndpointSpec[] = [
  GET_TOKEN, REFRESH, INFO, TOKEN_EXPIRE, BLOCK, UNBLOCK, BLOCK_QUERY, CHECK_ONLINE, BLACKLIST_ADD, BLACKLIST_REMOVE, BLACKLIST_QUERY,
];
