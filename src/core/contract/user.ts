/** The user module (endpoints.md, "The user module"); getToken is the contract, exactly. */
import { BLOCK_MINUTES, LIMITS, MAX_USERS_PER_CALL, PARAMETER_ERROR_CODE, USER_EXISTS_CODE } from './limits';
import { flagParam, integerParam, nameParam, portraitParam, textParam, userIdParam } from './params';
import type { Text } from '../text';
import type { EndpointSpec, ParamSpec } from './types';

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
  sdks: {
    go: 'UserRegister(userId, name, portraitUri)',
    java: 'user.register(UserModel{id: userId, name: name, portrait: portraitUri})',
    node: 'User.register({id: userId, name: name, portrait: portraitUri})',
    php: 'getUser()->register({id: userId, name: name, portrait: portraitUri})',
    python: 'get_user().register(user_id=userId, name=name, portrait_uri=portraitUri)',
  },
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
  sdks: {
    go: 'UserUpdate(userId, name, portraitUri)',
    java: 'user.update(UserModel{id: userId, name: name, portrait: portraitUri})',
    node: 'User.update({id: userId, name: name, portrait: portraitUri})',
    php: 'getUser()->update({id: userId, name: name, portrait: portraitUri})',
    python: 'get_user().update(user_id=userId, name=name, portrait_uri=portraitUri)',
  },
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
  sdks: { go: 'UserInfoGet(userId)', java: 'user.get(UserModel{id: userId})', php: 'getUser()->get({id: userId})', python: 'get_user().query(user_id=userId)' },
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
  sdks: { go: 'UserTokenExpire(userId, time)', java: 'user.expire(ExpireModel{userId: userId, time: time})', php: 'getUser()->expire({id: userId, time: time})' },
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
  sdks: {
    go: 'BlockAdd(userId, minute)',
    java: 'user.block.add(UserModel{id: userId, minute: minute})',
    node: 'User.Block.add({id: userId, minute: minute})',
    php: 'getUser()->Block()->add({id: userId, minute: minute})',
    python: 'get_user().get_block().add(user_ids=userId, minute=minute)',
  },
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
  sdks: {
    go: 'BlockRemove(userId)',
    java: 'user.block.remove(userId)',
    node: 'User.Block.remove({id: userId})',
    php: 'getUser()->Block()->remove({id: userId})',
    python: 'get_user().get_block().remove(user_ids=userId)',
  },
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
  sdks: {
    go: 'BlockGetList()',
    java: 'user.block.getList(size, page)',
    node: 'User.Block.getList()',
    php: 'getUser()->Block()->getList()',
    python: 'get_user().get_block().query()',
  },
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
  sdks: {
    go: 'OnlineStatusCheck(userId)',
    java: 'user.onlineStatus.check(UserModel{id: userId})',
    node: 'User.OnlineStatus.get({id: userId})',
    php: 'getUser()->Onlinestatus()->check({id: userId})',
    python: 'get_user().check_online(user_id=userId)',
  },
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
  sdks: {
    go: 'BlacklistAdd(userId, blackUserId)',
    java: 'user.blackList.add(UserModel{id: userId, blacklist: [UserModel{id: blackUserId}]})',
    node: 'User.Blacklist.add({id: userId, blacklist: [{id: blackUserId}]})',
    php: 'getUser()->Blacklist()->add({id: userId, blacklist: [{id: blackUserId}]})',
    python: 'get_user().get_blacklist().add(user_id=userId, black_ids=blackUserId)',
  },
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
  sdks: {
    go: 'BlacklistRemove(userId, blackUserId)',
    java: 'user.blackList.remove(UserModel{id: userId, blacklist: [UserModel{id: blackUserId}]})',
    node: 'User.Blacklist.remove({id: userId, blacklist: [{id: blackUserId}]})',
    php: 'getUser()->Blacklist()->remove({id: userId, blacklist: [{id: blackUserId}]})',
    python: 'get_user().get_blacklist().remove(user_id=userId, black_ids=blackUserId)',
  },
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
  sdks: {
    go: 'BlacklistGet(userId)',
    java: 'user.blackList.pagingQueryBlacklist(userId, pageToken, size)',
    node: 'User.Blacklist.getList({id: userId})',
    php: 'getUser()->Blacklist()->getList({id: userId})',
    python: 'get_user().get_blacklist().query(user_id=userId)',
  },
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

/** Up to 100 user IDs of at most 64 bytes joined with commas (Go and Java join them so); the byte limit follows from those two, no source states one. */
function userIdListParam(description: Text, example = 'user-1,user-2'): ParamSpec {
  return { name: 'userId', kind: 'text', required: true, code: PARAMETER_ERROR_CODE, maxBytes: 100 * LIMITS.userId + 99, description, example };
}
const order = integerParam('order', 0, 1, { en: 'Order by registration time: 0 ascending (default), 1 descending.', zh: '按注册时间排序：0 升序（默认），1 降序' }, { required: false, defaultValue: '0' });

export const DEACTIVATE: EndpointSpec = {
  id: 'user.deactivate',
  module: 'user',
  method: 'POST',
  path: '/user/deactivate.json',
  title: { en: 'Deactivate users', zh: '注销用户' },
  description: { en: 'Deactivates users; the result of each arrives later through the deactivation callback.', zh: '注销用户；每个用户的结果随后通过注销与激活状态回调通知。' },
  source: 'Go UserDeactivate; Java user.deactivate',
  sdks: { go: 'UserDeactivate([userId])', java: 'user.deactivate(UserModel{id: userId})' },
  notes: {
    en: 'Go joins up to 100 user IDs with commas into one userId (its comment: at most 100); Java deactivate sends one userId (checked 1–64 bytes, code 20003). No byte limit for the joined text was found.',
    zh: 'Go 将最多 100 个用户 ID 以逗号连接为一个 userId（注释：最多 100 个）；Java 的 deactivate 只发送一个 userId（检查 1–64 字节，错误码 20003）。未找到连接后文本的字节上限。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdListParam({ en: 'User IDs to deactivate, comma-separated, at most 100.', zh: '要注销的用户 ID，逗号分隔，最多 100 个' })],
  success: [{ name: 'operateId', kind: 'value', label: { en: 'Operation ID', zh: '操作 ID' } }],
};

export const DEACTIVATE_QUERY: EndpointSpec = {
  id: 'user.deactivateQuery',
  module: 'user',
  method: 'POST',
  path: '/user/deactivate/query.json',
  title: { en: 'List deactivated users', zh: '查询已注销用户' },
  description: { en: 'Lists deactivated users, a page at a time.', zh: '分页查询已注销的用户。' },
  source: 'Go UserDeactivateQuery; Java user.deactivateList',
  sdks: { go: 'UserDeactivateQuery(pageNo, pageSize)', java: 'user.deactivateList(pageNo, pageSize)' },
  notes: {
    en: 'Go and Java send pageNo and pageSize always (Java defaults 1 and 50); the range 1–50 of pageSize is from the Go comment, neither SDK checks it.',
    zh: 'Go 与 Java 总是发送 pageNo 和 pageSize（Java 默认 1 和 50）；pageSize 的 1–50 来自 Go 的注释，两个 SDK 都不检查。',
  },
  issuesToken: false,
  params: [
    integerParam('pageNo', 1, 2_147_483_647, { en: 'Page number, from 1 (default 1).', zh: '页码，从 1 开始（默认 1）' }, { required: false, defaultValue: '1' }),
    integerParam('pageSize', 1, 50, { en: 'Users per page, 1–50 (default 50).', zh: '每页条数，1–50（默认 50）' }, { required: false, defaultValue: '50' }),
  ],
  success: [{ name: 'users', kind: 'list', label: { en: 'Deactivated users', zh: '已注销用户' } }],
};

export const REACTIVATE: EndpointSpec = {
  id: 'user.reactivate',
  module: 'user',
  method: 'POST',
  path: '/user/reactivate.json',
  title: { en: 'Reactivate users', zh: '重新激活用户' },
  description: { en: 'Reactivates deactivated users; the result of each arrives through the deactivation callback. Calling it again is not an error.', zh: '重新激活已注销的用户；每个用户的结果通过注销与激活状态回调通知，重复调用不会报错。' },
  source: 'Go UserReactivate; Java user.reactivate',
  sdks: { go: 'UserReactivate([userId])', java: 'user.reactivate(UserModel{ids: [userId]})' },
  notes: {
    en: 'Go and Java join the user IDs with commas into one userId; the limit of 100 is from the Go comment, neither SDK checks it.',
    zh: 'Go 与 Java 都将用户 ID 以逗号连接为一个 userId；100 个的上限来自 Go 的注释，两个 SDK 都不检查。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdListParam({ en: 'User IDs to reactivate, comma-separated, at most 100.', zh: '要重新激活的用户 ID，逗号分隔，最多 100 个' })],
  success: [{ name: 'operateId', kind: 'value', label: { en: 'Operation ID', zh: '操作 ID' } }],
};

export const ACTIVATE: EndpointSpec = {
  id: 'user.activate',
  module: 'user',
  method: 'POST',
  path: '/user/activate.json',
  title: { en: 'Activate user', zh: '激活用户' },
  description: { en: 'Activates one deactivated user (Java only; Go and the docs use reactivate).', zh: '激活一个已注销的用户（仅 Java；Go 与文档使用 reactivate）。' },
  source: 'Java user.activate',
  sdks: { java: 'user.activate(UserModel{id: userId})' },
  notes: {
    en: 'Only the Java SDK calls this path, with one userId checked 1–64 bytes (code 20003); no docs page for it was found.',
    zh: '只有 Java SDK 调用此路径，发送一个 userId，检查 1–64 字节（错误码 20003）；未找到其文档页面。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
  success: [],
};

export const QUERY: EndpointSpec = {
  id: 'user.query',
  module: 'user',
  method: 'POST',
  path: '/user/query.json',
  title: { en: 'List users', zh: '查询用户列表' },
  description: { en: "Lists the app's registered users with name, portrait and registration time, a page at a time.", zh: '分页查询应用中已注册的用户及其名称、头像和注册时间。' },
  source: 'Go UserQuery; Java user.querySandBoxUsers',
  sdks: { go: 'UserQuery(WithPage(page), WithPageSize(pageSize), WithOrder(order))', java: 'user.querySandBoxUsers(page, pageSize, order)' },
  notes: {
    en: 'Go sends page (default 1), pageSize (default 20, clamped to 1–100) and order; Java names the method querySandBoxUsers and sends only what is given.',
    zh: 'Go 发送 page（默认 1）、pageSize（默认 20，限制在 1–100）和 order；Java 的方法名为 querySandBoxUsers，只发送给出的参数。',
  },
  issuesToken: false,
  params: [
    integerParam('page', 1, 2_147_483_647, { en: 'Page number, from 1 (default 1).', zh: '页码，从 1 开始（默认 1）' }, { required: false, defaultValue: '1' }),
    integerParam('pageSize', 1, 100, { en: 'Users per page, 1–100 (default 20).', zh: '每页条数，1–100（默认 20）' }, { required: false, defaultValue: '20' }),
    order,
  ],
  success: [
    { name: 'total', kind: 'value', label: { en: 'Total', zh: '总数' } },
    {
      name: 'users',
      kind: 'table',
      label: { en: 'Users', zh: '用户' },
      columns: [
        { keys: ['userId'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['userName'], label: { en: 'Name', zh: '名称' } },
        { keys: ['userPortrait'], label: { en: 'Portrait', zh: '头像' } },
        { keys: ['regTime'], label: { en: 'Registered', zh: '注册时间' } },
      ],
    },
  ],
};

export const DELUSERS: EndpointSpec = {
  id: 'user.delusers',
  module: 'user',
  method: 'POST',
  path: '/user/delusers.json',
  title: { en: 'Delete users', zh: '删除用户' },
  description: { en: 'Deletes registered users, 1–100 a call.', zh: '删除已注册的用户，每次 1–100 个。' },
  source: 'Go UserDelUsers; Java user.deleteSandBoxUsers',
  sdks: { go: 'UserDelUsers(userId)', java: 'user.deleteSandBoxUsers(userId)' },
  notes: {
    en: 'Go repeats userId (checks 1–100 values, code 1002); Java joins the IDs with commas into one userId and checks no count.',
    zh: 'Go 重复发送 userId（检查 1–100 个，错误码 1002）；Java 将 ID 以逗号连接为一个 userId，不检查个数。',
  },
  issuesToken: false,
  labelParam: 'userId',
  // Each value may be a comma-joined list: Java user.deleteSandBoxUsers sends them so (methods/user/User.java); the handler counts the IDs.
  params: [
    {
      ...userIdParam('userId', { en: 'User IDs to delete, 1–100: the key repeated (Go) or the IDs joined with commas (Java).', zh: '要删除的用户 ID，1–100 个：重复该键（Go）或以逗号连接（Java）' }, { repeated: { min: 1, max: 100 }, example: 'user-1' }),
      // A value may hold up to 100 IDs joined with commas, so its byte limit is that of userIdListParam.
      maxBytes: 100 * LIMITS.userId + 99,
    },
  ],
  success: [],
};

export const GROUP_QUERY: EndpointSpec = {
  id: 'user.groupQuery',
  module: 'user',
  method: 'POST',
  path: '/user/group/query.json',
  title: { en: "List a user's groups", zh: '查询用户所在群组' },
  description: { en: 'Lists the groups a user is a member of.', zh: '查询用户加入的所有群组。' },
  source: 'Go GroupUserQuery; Java user.getGroups',
  sdks: { go: 'GroupUserQuery(userId)', java: 'user.getGroups(UserModel{id: userId})' },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
  success: [
    {
      name: 'groups',
      kind: 'table',
      label: { en: 'Groups', zh: '群组' },
      columns: [
        { keys: ['id'], label: { en: 'Group ID', zh: '群组 ID' } },
        { keys: ['name'], label: { en: 'Name', zh: '名称' } },
      ],
    },
  ],
};

const profileJson = (name: string, en: string, zh: string): ParamSpec => ({ name, kind: 'json', required: false, code: PARAMETER_ERROR_CODE, description: { en, zh } });

export const PROFILE_SET: EndpointSpec = {
  id: 'user.profileSet',
  module: 'user',
  method: 'POST',
  path: '/user/profile/set.json',
  title: { en: 'Set user profile (hosting)', zh: '设置用户资料（用户托管）' },
  description: { en: "Stores a user's basic and extended profile, JSON texts, with the user-profile hosting service.", zh: '通过用户资料托管服务保存用户的基本信息与扩展信息（JSON 字符串）。' },
  source: 'Go UserProfileSet; Java entrustUser.setProfile',
  sdks: { go: 'UserProfileSet(userId, userProfile, userExtProfile)', java: 'entrustUser.setProfile(UserProfileModel{userId: userId, userProfile: userProfile, userExtProfile: userExtProfile})' },
  notes: {
    en: 'Go always sends userProfile and userExtProfile, empty when not given; both SDKs check only that userId is given. No size limit for the JSON texts was found.',
    zh: 'Go 总是发送 userProfile 和 userExtProfile（未给时为空）；两个 SDK 都只检查 userId 必填。未找到 JSON 文本的大小上限。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', userIdOf, { example: 'user-1' }),
    { ...profileJson('userProfile', 'Basic profile: a JSON text (name, portrait …).', '基本信息，JSON 字符串（名称、头像等）'), example: '{"name":"Tony"}' },
    profileJson('userExtProfile', 'Extended profile: a JSON text of your own keys.', '扩展信息，JSON 字符串，键由应用自定'),
  ],
  success: [],
};

const profilesTable = {
  name: 'userList',
  kind: 'table',
  label: { en: 'Profiles', zh: '用户资料' },
  columns: [
    { keys: ['userId'], label: { en: 'User ID', zh: '用户 ID' } },
    { keys: ['version'], label: { en: 'Version', zh: '版本' } },
    { keys: ['userProfile'], label: { en: 'Profile', zh: '基本信息' } },
    { keys: ['userExtProfile'], label: { en: 'Extended profile', zh: '扩展信息' } },
  ],
} as const;

/**
 * One user ID, or several joined with commas: Java entrustUser.batchQueryUserProfiles / cleanProfile
 * (methods/profile/EntrustUser.java) join them so; no source gives how many a call takes, so no byte limit.
 */
const profileUserIds: ParamSpec = {
  name: 'userId',
  kind: 'userId',
  required: true,
  code: 1005,
  description: { en: 'A user ID, or several joined with commas (as Java sends them).', zh: '用户 ID，多个以英文逗号连接（Java SDK 如此发送）' },
  example: 'user-1',
};

export const PROFILE_BATCH_QUERY: EndpointSpec = {
  id: 'user.profileBatchQuery',
  module: 'user',
  method: 'POST',
  path: '/user/profile/batch/query.json',
  title: { en: 'Get user profiles (hosting)', zh: '批量获取用户资料（用户托管）' },
  description: { en: 'Reads the hosted profiles of the given users.', zh: '获取指定用户的托管资料。' },
  source: 'Go UserProfilBatchQuery; Java entrustUser.batchQueryUserProfiles',
  sdks: { go: 'UserProfilBatchQuery(userId)', java: 'entrustUser.batchQueryUserProfiles(userId)' },
  notes: {
    en: 'Go sends the userId it is given; Java joins several IDs, without duplicates, with commas into one userId. This data takes both; no source gives how many IDs a call takes.',
    zh: 'Go 原样发送给定的 userId；Java 将多个 ID 去重后以逗号连接为一个 userId。本数据两者均接受；没有来源给出每次可查询的个数。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [profileUserIds],
  success: [profilesTable],
};

export const PROFILE_CLEAN: EndpointSpec = {
  id: 'user.profileClean',
  module: 'user',
  method: 'POST',
  path: '/user/profile/clean.json',
  title: { en: 'Clear user profile (hosting)', zh: '清除用户资料（用户托管）' },
  description: { en: 'Removes the hosted profiles of users.', zh: '清除用户的托管资料。' },
  source: 'Go UserProfileClean; Java entrustUser.cleanProfile',
  sdks: { go: 'UserProfileClean(userId)', java: 'entrustUser.cleanProfile(userId)' },
  notes: {
    en: 'Go sends one userId; Java joins several IDs, without duplicates, with commas into one userId. This data takes both; no source gives how many IDs a call takes.',
    zh: 'Go 发送一个 userId；Java 将多个 ID 去重后以逗号连接为一个 userId。本数据两者均接受；没有来源给出每次的个数上限。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [profileUserIds],
  success: [],
};

export const PROFILE_QUERY: EndpointSpec = {
  id: 'user.profileQuery',
  module: 'user',
  method: 'POST',
  path: '/user/profile/query.json',
  title: { en: 'List user profiles (hosting)', zh: '分页获取用户资料（用户托管）' },
  description: { en: "Lists the app's hosted user profiles, a page at a time, by registration time.", zh: '按注册时间分页获取应用中所有托管的用户资料。' },
  source: 'Go UserProfilQuery; Java entrustUser.pagingQueryUserProfiles',
  sdks: { go: 'UserProfilQuery(page, size, order)', java: 'entrustUser.pagingQueryUserProfiles(PagingQueryUserProfilesModel{page: page, size: size, order: order})' },
  notes: {
    en: 'Go always sends page, size and order; Java checks only that they are integers. No source gives a maximum page size.',
    zh: 'Go 总是发送 page、size 和 order；Java 只检查它们是整数。没有来源给出每页条数的上限。',
  },
  issuesToken: false,
  params: [
    integerParam('page', 1, 2_147_483_647, { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, { required: false }),
    integerParam('size', 1, 2_147_483_647, { en: 'Profiles per page.', zh: '每页条数' }, { required: false }),
    order,
  ],
  success: [profilesTable],
};

export const TAGS_GET: EndpointSpec = {
  id: 'user.tagsGet',
  module: 'user',
  method: 'POST',
  path: '/user/tags/get.json',
  title: { en: 'Get user tags', zh: '查询用户标签' },
  description: { en: 'Reads the tags of up to 50 users.', zh: '查询用户的所有标签，每次最多 50 个用户。' },
  source: 'Go TagGet; Java user.tag.get (verify.json getTag); Node Tag.getList',
  sdks: { go: 'TagGet(userIds)', java: 'user.tag.get(GetTagModel{userIds: userIds})', node: 'User.Tag.getList([{id: userIds}])' },
  notes: {
    en: 'Java checks userIds 1–50 (code 20002); Go checks no count.',
    zh: 'Java 检查 userIds 为 1–50 个（错误码 20002）；Go 不检查个数。',
  },
  issuesToken: false,
  labelParam: 'userIds',
  params: [userIdParam('userIds', { en: 'User IDs, 1–50 values.', zh: '用户 ID，1–50 个' }, { repeated: { min: 1, max: 50 }, example: 'user-1' })],
  success: [{ name: 'result', kind: 'value', label: { en: 'Tags by user', zh: '各用户的标签' } }],
};

const docsOf = (slug: string) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/${slug}`, en: `https://docs.rongcloud.io/platform-chat-api/${slug}` });

/** Push remarks a remarks/set call carries (docs set-remark-for-push: up to 100 at once); a count inside a JSON text, so stated, not checked. */
const MAX_REMARKS_PER_CALL = 100;
/** Remarks a remarks/get page holds (docs get-remark-for-push: default 50, at most 50 returned). */
const REMARKS_PAGE = { min: 1, max: 50 } as const;

export const REMARKS_SET: EndpointSpec = {
  id: 'user.remarksSet',
  module: 'user',
  method: 'POST',
  path: '/user/remarks/set.json',
  title: { en: 'Set push remarks', zh: '设置用户级推送备注名' },
  description: {
    en: `Sets the names a user sees for other users in push notifications (up to ${MAX_REMARKS_PER_CALL} a call).`,
    zh: `设置某用户收到其他用户推送时显示的备注名（每次最多 ${MAX_REMARKS_PER_CALL} 个）。`,
  },
  source: 'D:push/remark/set-remark-for-push; Go UserRemarksSet; Java user.remark.set; PHP Remark.set',
  docs: docsOf('push/remark/set-remark-for-push'),
  sdks: { go: 'UserRemarksSet(userId, remarks)', java: 'user.remark.set(userId, remarks)', php: 'getUser()->Remark()->set({userId: userId, remarks: remarks})' },
  notes: {
    en: 'A form with remarks as a JSON text (Go marshals its []UserRemark, Java sends the text as given, not URL-encoded). The docs allow 100 entries a call; no SDK checks the count.',
    zh: 'remarks 以 JSON 字符串放在表单中（Go 序列化 []UserRemark，Java 原样发送且不做 URL 编码）。文档允许每次 100 条；各 SDK 均不检查条数。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'The user who sees the remarks.', zh: '设置备注名的用户 ID' }, { example: 'user-1' }),
    {
      name: 'remarks',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'A JSON array of {"id": target user ID, "remark": name shown}, at most 100 entries.', zh: 'JSON 数组，元素为 {"id": 目标用户 ID, "remark": 备注名}，最多 100 个' },
      example: '[{"id":"user-2","remark":"Tony"}]',
    },
  ],
  success: [],
};

export const REMARKS_DEL: EndpointSpec = {
  id: 'user.remarksDel',
  module: 'user',
  method: 'POST',
  path: '/user/remarks/del.json',
  title: { en: 'Delete a push remark', zh: '删除用户级推送备注名' },
  description: { en: "Removes the push remark a user set for one other user.", zh: '删除某用户为另一用户设置的推送备注名。' },
  source: 'Go UserRemarksDel; Java user.remark.del; PHP Remark.del',
  sdks: { go: 'UserRemarksDel(userId, targetId)', java: 'user.remark.del(userId, targetId)', php: 'getUser()->Remark()->del({userId: userId, targetId: targetId})' },
  notes: { en: 'Go requires both IDs (1002); Java checks only userId. No docs page was found for this path.', zh: 'Go 要求两个 ID 均必填（1002）；Java 只检查 userId。未找到此路径的文档页面。' },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'The user who set the remark.', zh: '设置备注名的用户 ID' }, { example: 'user-1' }),
    userIdParam('targetId', { en: 'The user whose remark is removed.', zh: '要删除备注名的目标用户 ID' }, { example: 'user-2' }),
  ],
  success: [],
};

export const REMARKS_GET: EndpointSpec = {
  id: 'user.remarksGet',
  module: 'user',
  method: 'POST',
  path: '/user/remarks/get.json',
  title: { en: 'List push remarks', zh: '查询用户级推送备注名' },
  description: { en: 'Lists the push remarks a user has set, a page at a time.', zh: '分页查询某用户设置的推送备注名。' },
  source: 'D:push/remark/get-remark-for-push; Go UserRemarksGetResObj; Java user.remark.get',
  docs: docsOf('push/remark/get-remark-for-push'),
  sdks: { go: 'UserRemarksGetResObj(userId, page, size)', java: 'user.remark.get(userId, page, size)', php: 'getUser()->Remark()->get({userId: userId})' },
  notes: {
    en: 'Go and Java always send page and size (Java defaults 1 and 50); PHP sends what it is given. The docs return at most 50 a page; no SDK checks size.',
    zh: 'Go 与 Java 总是发送 page 和 size（Java 默认 1 和 50）；PHP 只发送给出的参数。文档每页最多返回 50 条；各 SDK 均不检查 size。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', userIdOf, { example: 'user-1' }),
    integerParam('page', 1, 2_147_483_647, { en: 'Page number, from 1 (default 1).', zh: '页码，从 1 开始（默认 1）' }, { required: false, defaultValue: '1' }),
    integerParam('size', REMARKS_PAGE.min, REMARKS_PAGE.max, { en: 'Remarks per page, 1–50 (default 50).', zh: '每页条数，1–50（默认 50）' }, { required: false, defaultValue: '50' }),
  ],
  success: [
    { name: 'total', kind: 'value', label: { en: 'Total', zh: '总数' } },
    {
      name: 'users',
      kind: 'table',
      label: { en: 'Remarks', zh: '备注名' },
      columns: [
        { keys: ['id'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['remark'], label: { en: 'Remark', zh: '备注名' } },
      ],
    },
  ],
};

/** Users a whitelist add/remove call takes (Go AddWhiteList and Python Whitelist.add check 1–20). */
const WHITELIST_USERS = { min: 1, max: 20 };
const whiteUserIds = { en: 'User IDs to put on or take off the whitelist, 1–20 values.', zh: '白名单中的用户 ID，1–20 个' };
const whitelistOwner = { en: 'The user whose whitelist it is.', zh: '白名单所属的用户 ID' };

export const WHITELIST_ADD: EndpointSpec = {
  id: 'user.whitelistAdd',
  module: 'user',
  method: 'POST',
  path: '/user/whitelist/add.json',
  title: { en: 'Add to whitelist', zh: '添加白名单' },
  description: { en: "Puts users on a user's whitelist: with the whitelist service on, only they can send the user private messages.", zh: '将用户加入某用户的白名单；开启白名单服务后，只有白名单中的用户可以向其发送单聊消息。' },
  source: 'Go AddWhiteList; Java user.whiteList.add; Python Whitelist.add; PHP Whitelist.add',
  sdks: {
    go: 'AddWhiteList(userId, whiteUserId)',
    java: 'user.whiteList.add(UserModel{id: userId, whitelist: [UserModel{id: whiteUserId}]})',
    php: 'getUser()->Whitelist()->add({id: userId, whitelist: [{id: whiteUserId}]})',
    python: 'get_user().get_whitelist().add(user_id=userId, white_ids=whiteUserId)',
  },
  notes: { en: 'Go and Python check 1–20 whiteUserId values (Go code 1002); Java does not count them. The docs page of this path was not found.', zh: 'Go 与 Python 检查 whiteUserId 为 1–20 个（Go 错误码 1002）；Java 不检查个数。未找到此路径的文档页面。' },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', whitelistOwner, { example: 'user-1' }), userIdParam('whiteUserId', whiteUserIds, { repeated: WHITELIST_USERS, example: 'user-2' })],
  success: [],
};

export const WHITELIST_REMOVE: EndpointSpec = {
  id: 'user.whitelistRemove',
  module: 'user',
  method: 'POST',
  path: '/user/whitelist/remove.json',
  title: { en: 'Remove from whitelist', zh: '移除白名单' },
  description: { en: "Takes users off a user's whitelist.", zh: '将用户从某用户的白名单中移除。' },
  source: 'Go RemoveWhiteList; Java user.whiteList.remove; Python Whitelist.remove; PHP Whitelist.remove',
  sdks: {
    go: 'RemoveWhiteList(userId, whiteUserId)',
    java: 'user.whiteList.remove(UserModel{id: userId, whitelist: [UserModel{id: whiteUserId}]})',
    php: 'getUser()->Whitelist()->remove({id: userId, whitelist: [{id: whiteUserId}]})',
    python: 'get_user().get_whitelist().remove(user_id=userId, white_ids=whiteUserId)',
  },
  notes: { en: 'Go and Python check 1–20 whiteUserId values; Java does not count them.', zh: 'Go 与 Python 检查 whiteUserId 为 1–20 个；Java 不检查个数。' },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', whitelistOwner, { example: 'user-1' }), userIdParam('whiteUserId', whiteUserIds, { repeated: WHITELIST_USERS, example: 'user-2' })],
  success: [],
};

export const WHITELIST_QUERY: EndpointSpec = {
  id: 'user.whitelistQuery',
  module: 'user',
  method: 'POST',
  path: '/user/whitelist/query.json',
  title: { en: 'List whitelist', zh: '查询白名单' },
  description: { en: "Lists a user's whitelist, newest first, a page at a time.", zh: '按加入时间倒序分页查询某用户的白名单。' },
  source: 'D:user/whitelist/query-whitelist; Go QueryWhiteList; Java user.whiteList.pagingQueryWhitelist',
  docs: docsOf('user/whitelist/query-whitelist'),
  sdks: {
    go: 'QueryWhiteList(userId)',
    java: 'user.whiteList.pagingQueryWhitelist(userId, pageToken, size)',
    php: 'getUser()->Whitelist()->getList({id: userId})',
    python: 'get_user().get_whitelist().query(user_id=userId)',
  },
  notes: {
    en: 'Go, PHP, Python and Java whiteList.getList send only userId; Java pagingQueryWhitelist also sends pageToken and size (docs: default and maximum 1000).',
    zh: 'Go、PHP、Python 与 Java 的 whiteList.getList 只发送 userId；Java 的 pagingQueryWhitelist 还发送 pageToken 和 size（文档：默认且最大 1000）。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', whitelistOwner, { example: 'user-1' }),
    textParam('pageToken', 256, { en: 'Where the page starts: the `next` of the previous page.', zh: '分页标识：上一页返回的 next' }),
    integerParam('size', 1, 1000, { en: 'Users per page, 1–1000 (default 1000).', zh: '每页条数，1–1000（默认 1000）' }, { required: false, defaultValue: '1000' }),
  ],
  success: [
    { name: 'users', kind: 'list', label: { en: 'Whitelisted users', zh: '白名单用户' } },
    { name: 'next', kind: 'value', label: { en: 'Next page', zh: '下一页' } },
  ],
};

/** A do-not-disturb window's length in minutes (docs set-push-disabled-period: 0–1439, 0 means none). */
const PUSH_PERIOD_MINUTES = { min: 0, max: 1439 } as const;
/** HH:MM:SS, the start of a do-not-disturb window (docs set-push-disabled-period). */
const START_TIME_BYTES = 8;

export const BLOCK_PUSH_PERIOD_SET: EndpointSpec = {
  id: 'user.blockPushPeriodSet',
  module: 'user',
  method: 'POST',
  path: '/user/blockPushPeriod/set.json',
  title: { en: 'Set do-not-disturb period', zh: '设置用户免打扰时段' },
  description: { en: "Sets a user's daily do-not-disturb window and level; a new call replaces the old window.", zh: '设置用户每日重复的免打扰时段与级别；再次设置会覆盖之前的时段。' },
  source: 'D:push/set-push-disabled-period; Go UserBlockPushPeriodSet; Java user.blockPushPeriod.add; PHP BlockPushPeriod.add',
  docs: docsOf('push/set-push-disabled-period'),
  sdks: {
    go: 'UserBlockPushPeriodSet(userId, startTime, period, level)',
    java: 'user.blockPushPeriod.add(BlockPushPeriodModel{id: userId, startTime: startTime, period: period, level: level})',
    php: 'getUser()->BlockPushPeriod()->add({id: userId, startTime: startTime, period: period, level: level})',
  },
  notes: {
    en: 'The docs make level required with values 1 (only @ mentions notify) and 5 (nothing notifies); Go, Java and PHP send 1 when it is not given. The docs give period 0–1439; no SDK checks it.',
    zh: '文档中 level 必填，取值 1（仅 @ 消息通知）或 5（均不通知）；Go、Java、PHP 未给出时发送 1。文档给出 period 为 0–1439；各 SDK 均不检查。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', userIdOf, { example: 'user-1' }),
    { ...textParam('startTime', START_TIME_BYTES, { en: 'Start of the daily window, HH:MM:SS (Beijing time in the China data center, UTC elsewhere).', zh: '每日免打扰开始时间，格式 HH:MM:SS（北京数据中心为北京时间，海外为 UTC）' }), required: true, example: '22:00:00' },
    integerParam('period', PUSH_PERIOD_MINUTES.min, PUSH_PERIOD_MINUTES.max, { en: 'Length of the window in minutes, 0–1439 (0: none).', zh: '免打扰时长（分钟），0–1439（0 表示未设置）' }, { example: '120' }),
    integerParam('level', 1, 5, { en: 'Level: 1 only @ mentions notify (default), 5 nothing notifies.', zh: '免打扰级别：1 仅 @ 消息通知（默认），5 均不通知' }, { required: false, defaultValue: '1' }),
  ],
  success: [],
};

export const BLOCK_PUSH_PERIOD_GET: EndpointSpec = {
  id: 'user.blockPushPeriodGet',
  module: 'user',
  method: 'POST',
  path: '/user/blockPushPeriod/get.json',
  title: { en: 'Get do-not-disturb period', zh: '查询用户免打扰时段' },
  description: { en: "Reads a user's do-not-disturb window: start, length in minutes and level.", zh: '查询用户的免打扰时段：开始时间、时长（分钟）与级别。' },
  source: 'D:push/get-push-disabled-period; Go UserBlockPushPeriodGet; Java user.blockPushPeriod.getList',
  docs: docsOf('push/get-push-disabled-period'),
  sdks: {
    go: 'UserBlockPushPeriodGet(userId)',
    java: 'user.blockPushPeriod.getList(UserModel{id: userId})',
    php: 'getUser()->BlockPushPeriod()->getList({id: userId})',
  },
  notes: {
    en: 'The answer nests startTime, period and unPushLevel in data (Go PushPeriodGet); Java reads data into BlockPushPeriodModel, whose level field is named level, not unPushLevel.',
    zh: '返回的 startTime、period、unPushLevel 位于 data 中（Go PushPeriodGet）；Java 将 data 读入 BlockPushPeriodModel，其字段名为 level 而非 unPushLevel。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
  success: [{ name: 'data', kind: 'value', label: { en: 'Window (startTime, period, unPushLevel)', zh: '免打扰时段（startTime、period、unPushLevel）' } }],
};

export const BLOCK_PUSH_PERIOD_DELETE: EndpointSpec = {
  id: 'user.blockPushPeriodDelete',
  module: 'user',
  method: 'POST',
  path: '/user/blockPushPeriod/delete.json',
  title: { en: 'Delete do-not-disturb period', zh: '删除用户免打扰时段' },
  description: { en: "Removes a user's do-not-disturb window.", zh: '删除用户的免打扰时段。' },
  source: 'Go UserBlockPushPeriodDelete; Java user.blockPushPeriod.remove; PHP BlockPushPeriod.remove',
  sdks: {
    go: 'UserBlockPushPeriodDelete(userId)',
    java: 'user.blockPushPeriod.remove(UserModel{id: userId})',
    php: 'getUser()->BlockPushPeriod()->remove({id: userId})',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
  success: [],
};

/** Users a one-to-one mute call takes (docs one-to-one/ban and PHP Ban.set: at most 1000). */
const CHAT_BAN_USERS = { min: 1, max: 1000 };
/** Rows a mute list page holds (docs query-banned-list and Go: default 100, at most 200). */
const CHAT_BAN_PAGE = { min: 1, max: 200 } as const;
const chatType: ParamSpec = {
  name: 'type',
  kind: 'text',
  required: true,
  code: PARAMETER_ERROR_CODE,
  maxBytes: 64,
  description: { en: 'Conversation type: PERSON (one-to-one chat, the only one today).', zh: '会话类型：目前仅支持单聊 PERSON' },
  example: 'PERSON',
};

export const CHAT_FB_SET: EndpointSpec = {
  id: 'user.chatFbSet',
  module: 'user',
  method: 'POST',
  path: '/user/chat/fb/set.json',
  title: { en: 'Mute one-to-one chat', zh: '设置单聊禁言' },
  description: { en: 'Mutes (state 1) or unmutes (state 0) users in one-to-one chats sent from the client; the Server API still sends for them.', zh: '在单聊中禁言（state 为 1）或解除禁言（state 为 0）用户；被禁言用户仍可通过服务端 API 发送单聊消息。' },
  source: 'D:one-to-one/ban; Go UserChatFbSet; Java user.ban.set (verify.json set); PHP Ban.set',
  docs: docsOf('one-to-one/ban'),
  sdks: {
    go: 'UserChatFbSet(userId, state, type)',
    java: 'user.ban.set(BanModel{userId: userId, state: state, type: type})',
    php: 'getUser()->Ban()->set({id: userId, state: state, type: type})',
  },
  notes: {
    en: 'Go sends one userId a call; Java, PHP and the docs repeat it, up to 1000. Java checks type as 1–64 characters (code 1005).',
    zh: 'Go 每次只发送一个 userId；Java、PHP 与文档重复发送，最多 1000 个。Java 检查 type 为 1–64 个字符（错误码 1005）。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'User IDs to mute or unmute, 1–1000 values.', zh: '要禁言或解除禁言的用户 ID，1–1000 个' }, { repeated: CHAT_BAN_USERS, example: 'user-1' }),
    { ...flagParam('state', { en: 'Mute (1) or unmute (0).', zh: '禁言状态：1 禁言，0 解除禁言' }), required: true, example: '1' },
    chatType,
  ],
  success: [],
};

export const CHAT_FB_QUERYLIST: EndpointSpec = {
  id: 'user.chatFbQuerylist',
  module: 'user',
  method: 'POST',
  path: '/user/chat/fb/querylist.json',
  title: { en: 'List one-to-one chat mutes', zh: '查询单聊禁言用户列表' },
  description: { en: 'Lists the users muted in one-to-one chats, from an offset.', zh: '从指定位置起查询单聊中被禁言的用户。' },
  source: 'D:one-to-one/query-banned-list; Go UserChatFbQueryListResObj; Java user.ban.getList; PHP Ban.getList',
  docs: docsOf('one-to-one/query-banned-list'),
  sdks: {
    go: 'UserChatFbQueryListResObj(num, offset, type)',
    java: 'user.ban.getList(BanListModel{num: num, offset: offset, type: type})',
    php: 'getUser()->Ban()->getList({num: num, offset: offset, type: type})',
  },
  notes: { en: 'Go always sends num (100 when 0) and offset; Java defaults them to 100 and 0. The maximum 200 is from the docs; no SDK checks it.', zh: 'Go 总是发送 num（为 0 时发送 100）和 offset；Java 默认 100 和 0。上限 200 来自文档，各 SDK 均不检查。' },
  issuesToken: false,
  params: [
    integerParam('num', CHAT_BAN_PAGE.min, CHAT_BAN_PAGE.max, { en: 'Rows to return, 1–200 (default 100).', zh: '获取行数，1–200（默认 100）' }, { required: false, defaultValue: '100' }),
    integerParam('offset', 0, 2_147_483_647, { en: 'Where to start, from 0 (default 0).', zh: '查询起始位置，从 0 开始（默认 0）' }, { required: false, defaultValue: '0' }),
    chatType,
  ],
  success: [
    { name: 'total', kind: 'value', label: { en: 'Total', zh: '总数' } },
    { name: 'users', kind: 'list', label: { en: 'Muted users', zh: '被禁言用户' } },
  ],
};

/** Tags a user holds (docs set-user-tag; Java verify.json tag.tags size 1–20, code 20002). */
/** 0–20 tags: the docs clear a user's tags with an empty array, which the Node SDK's Tag.remove sends. */
const USER_TAGS = { min: 0, max: 20 };
/** One user tag's length (docs set-user-tag; Python checks 1–40). */
const USER_TAG_MAX_BYTES = 40;
/** Users a batch tag call takes (docs batch-set-user-tag; Java verify.json batchTag.userIds 1–1000). */
const BATCH_TAG_USERS = { min: 1, max: 1000 };
const tagsParam: ParamSpec = {
  ...textParam('tags', USER_TAG_MAX_BYTES, { en: 'The full set of tags, 0–20, each at most 40 bytes, no special characters; an empty array clears them.', zh: '全量标签，0–20 个，每个最多 40 字节，不能含特殊字符；空数组清除全部标签' }, { repeated: USER_TAGS, example: 'beijing' }),
  required: false,
};
const tagNote = {
  en: 'The docs clear the tags with an empty array (Node Tag.remove and batchRemove send []), so 0 tags are accepted; Java refuses fewer than 1 on its own side (20002). The canonical pairs of a JSON body cannot tell an empty array from an absent field, so tags left out clear them too.',
  zh: '文档以空数组清除标签（Node 的 Tag.remove 与 batchRemove 发送 []），故接受 0 个标签；Java 在本地拒绝少于 1 个（20002）。JSON 请求体的规范键值对无法区分空数组与缺省字段，因此省略 tags 同样清除标签。',
};

export const TAG_SET: EndpointSpec = {
  id: 'user.tagSet',
  module: 'user',
  method: 'POST',
  path: '/user/tag/set.json',
  title: { en: 'Set user tags', zh: '设置用户标签' },
  description: { en: "Replaces a user's tags (push by tag uses them).", zh: '以全量方式设置单个用户的标签（用于按标签推送）。' },
  source: 'D:user/tag/set-user-tag; Go TagSet; Java user.tag.set (verify.json tag); Node Tag.set',
  docs: docsOf('user/tag/set-user-tag'),
  body: 'json',
  sdks: {
    go: 'TagSet(Tag{UserID: userId, Tags: tags})',
    java: 'user.tag.set(TagModel{userId: userId, tags: tags})',
    node: 'User.Tag.set({id: userId, tags: tags})',
    php: 'getUser()->Tag()->set({userId: userId, tags: tags})',
    python: 'get_user().get_tag().set(user_ids=userId, tags=tags)',
  },
  notes: tagNote,
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' }), tagsParam],
  success: [],
};

export const TAG_BATCH_SET: EndpointSpec = {
  id: 'user.tagBatchSet',
  module: 'user',
  method: 'POST',
  path: '/user/tag/batch/set.json',
  title: { en: 'Set tags of many users', zh: '批量设置用户标签' },
  description: { en: 'Replaces the tags of up to 1000 users with one set of tags.', zh: '将最多 1000 个用户的标签全量设置为同一组标签。' },
  source: 'D:user/tag/batch-set-user-tag; Go TagBatchSet; Java user.tag.batchSet (verify.json batchTag); Node Tag.batchSet',
  docs: docsOf('user/tag/batch-set-user-tag'),
  ratePerSecond: 10,
  body: 'json',
  sdks: {
    go: 'TagBatchSet(TagBatch{UserIDs: userIds, Tags: tags})',
    java: 'user.tag.batchSet(BatchTagModel{userIds: userIds, tags: tags})',
    node: 'User.Tag.batchSet({users: [{id: userIds}], tags: tags})',
    php: 'getUser()->Tag()->batchset({userIds: userIds, tags: tags})',
    python: 'get_user().get_tag().set(user_ids=userIds, tags=tags)',
  },
  notes: {
    en: `${tagNote.en} Python calls this path from Tag.set when given several users and checks the tags, not the users, as 1–1000. The docs allow 10 calls a second.`,
    zh: `${tagNote.zh} Python 在给出多个用户时由 Tag.set 调用此路径，并把 1–1000 的检查用在 tags 而非用户上。文档限每秒 10 次。`,
  },
  issuesToken: false,
  labelParam: 'userIds',
  params: [userIdParam('userIds', { en: 'User IDs, 1–1000 values.', zh: '用户 ID，1–1000 个' }, { repeated: BATCH_TAG_USERS, example: 'user-1' }), tagsParam],
  success: [],
};

/** Conversation tags a user holds (docs user-conversation-tag-set: at most 20). */
const CONVERSATION_TAGS = { min: 1, max: 20 };

export const CONVERSATION_TAG_SET: EndpointSpec = {
  id: 'user.conversationTagSet',
  module: 'user',
  method: 'POST',
  path: '/user/conversation/tag/set.json',
  title: { en: 'Set user conversation tags', zh: '设置用户会话标签' },
  description: { en: 'Creates or renames the tags a user groups conversations with (at most 20 a user).', zh: '为用户创建或修改用于会话分组的标签（每个用户最多 20 个）。' },
  source: 'D:conversation/conversation-tag/user-conversation-tag-set; Java conversation.setUserConversationTag',
  docs: docsOf('conversation/conversation-tag/user-conversation-tag-set'),
  body: 'json',
  sdks: { java: 'conversation.setUserConversationTag(UserConversationTagModel{userId: userId, tags: tags})' },
  notes: {
    en: 'The docs limit tagId to 10 characters in the table and 20 in the tips, and tagName to 15; Java checks only that tagId and tagName are given. Those limits sit inside the tags array, so this data states them and does not check them.',
    zh: '文档中 tagId 的长度上限在表格中为 10 个字符、在提示中为 20 个字符，tagName 为 15 个字符；Java 只检查 tagId 与 tagName 必填。这些限制位于 tags 数组内部，本数据仅说明而不检查。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'The user the tags belong to.', zh: '标签所属的用户 ID' }, { example: 'user-1' }),
    {
      name: 'tags',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      jsonType: 'array',
      description: { en: 'Array of {"tagId", "tagName"}, at most 20; tagId unique for the user, tagName at most 15 characters.', zh: '{"tagId", "tagName"} 数组，最多 20 个；tagId 在该用户下唯一，tagName 最多 15 个字符' },
      example: '[{"tagId":"work","tagName":"Work"}]',
    },
  ],
  success: [],
};

export const CONVERSATION_TAG_DEL: EndpointSpec = {
  id: 'user.conversationTagDel',
  module: 'user',
  method: 'POST',
  path: '/user/conversation/tag/del.json',
  title: { en: 'Untag user conversations', zh: '删除用户会话标签' },
  description: { en: 'Deletes conversation tags of a user by tag ID.', zh: '按标签 ID 删除用户的会话标签。' },
  source: 'Java conversation.deleteUserConversationTag',
  body: 'json',
  sdks: { java: 'conversation.deleteUserConversationTag(userId, tagIds)' },
  notes: {
    en: 'Java sends {userId, tagIds} and checks only that both are given; the bound of 20 follows from the 20 tags a user holds. No docs page was found.',
    zh: 'Java 发送 {userId, tagIds}，只检查二者必填；20 个的上限来自每个用户最多 20 个标签。未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'The user the tags belong to.', zh: '标签所属的用户 ID' }, { example: 'user-1' }),
    { ...textParam('tagIds', 64, { en: 'Tag IDs to delete, 1–20.', zh: '要删除的标签 ID，1–20 个' }, { repeated: CONVERSATION_TAGS, example: 'work' }), required: true },
  ],
  success: [],
};

export const CONVERSATION_TAG_GET: EndpointSpec = {
  id: 'user.conversationTagGet',
  module: 'user',
  method: 'GET',
  path: '/user/conversation/tag/get.json',
  title: { en: 'List user conversation tags', zh: '获取用户会话标签' },
  description: { en: 'Lists the conversation tags a user has.', zh: '获取用户的全部会话标签。' },
  source: 'Java conversation.queryUserConversationTags',
  sdks: { java: 'conversation.queryUserConversationTags(userId)' },
  notes: {
    en: 'Java sends a GET with userId in the query string and reads data as {userId, tags: [{tagId, tagName, createTime}]}. No docs page was found.',
    zh: 'Java 以 GET 请求在查询串中发送 userId，并将 data 读作 {userId, tags: [{tagId, tagName, createTime}]}。未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [{ ...userIdParam('userId', { en: 'The user the tags belong to.', zh: '标签所属的用户 ID' }, { example: 'user-1' }), in: 'query' }],
  success: [{ name: 'data', kind: 'value', label: { en: 'Tags (userId, tags)', zh: '标签（userId、tags）' } }],
};

export const USER_ENDPOINTS: readonly EndpointSpec[] = [
  GET_TOKEN, REFRESH, INFO, TOKEN_EXPIRE, BLOCK, UNBLOCK, BLOCK_QUERY, CHECK_ONLINE, BLACKLIST_ADD, BLACKLIST_REMOVE, BLACKLIST_QUERY,
  DEACTIVATE, DEACTIVATE_QUERY, REACTIVATE, ACTIVATE, QUERY, DELUSERS, GROUP_QUERY,
  PROFILE_SET, PROFILE_BATCH_QUERY, PROFILE_CLEAN, PROFILE_QUERY, TAGS_GET,
  REMARKS_SET, REMARKS_DEL, REMARKS_GET, WHITELIST_ADD, WHITELIST_REMOVE, WHITELIST_QUERY,
  BLOCK_PUSH_PERIOD_SET, BLOCK_PUSH_PERIOD_GET, BLOCK_PUSH_PERIOD_DELETE, CHAT_FB_SET, CHAT_FB_QUERYLIST,
  TAG_SET, TAG_BATCH_SET, CONVERSATION_TAG_SET, CONVERSATION_TAG_DEL, CONVERSATION_TAG_GET,
];
