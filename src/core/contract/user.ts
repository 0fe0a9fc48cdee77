/** The user module (endpoints.md, "The user module"); getToken is the contract, exactly. */
import { BLOCK_MINUTES, LIMITS, MAX_USERS_PER_CALL, PARAMETER_ERROR_CODE, USER_EXISTS_CODE } from './limits';
import { integerParam, nameParam, portraitParam, textParam, userIdParam } from './params';
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
  sdks: { go: 'UserDeactivate', java: 'user.deactivate' },
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
  sdks: { go: 'UserDeactivateQuery', java: 'user.deactivateList' },
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
  sdks: { go: 'UserReactivate', java: 'user.reactivate' },
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
  sdks: { java: 'user.activate' },
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
  sdks: { go: 'UserQuery', java: 'user.querySandBoxUsers' },
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
  sdks: { go: 'UserDelUsers', java: 'user.deleteSandBoxUsers' },
  notes: {
    en: 'Go repeats userId (checks 1–100 values, code 1002); Java joins the IDs with commas into one userId and checks no count.',
    zh: 'Go 重复发送 userId（检查 1–100 个，错误码 1002）；Java 将 ID 以逗号连接为一个 userId，不检查个数。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', { en: 'User IDs to delete, 1–100 values.', zh: '要删除的用户 ID，1–100 个' }, { repeated: { min: 1, max: 100 }, example: 'user-1' })],
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
  sdks: { go: 'GroupUserQuery', java: 'user.getGroups' },
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
  sdks: { go: 'UserProfileSet', java: 'entrustUser.setProfile' },
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

export const PROFILE_BATCH_QUERY: EndpointSpec = {
  id: 'user.profileBatchQuery',
  module: 'user',
  method: 'POST',
  path: '/user/profile/batch/query.json',
  title: { en: 'Get user profiles (hosting)', zh: '批量获取用户资料（用户托管）' },
  description: { en: 'Reads the hosted profiles of the given users.', zh: '获取指定用户的托管资料。' },
  source: 'Go UserProfilBatchQuery; Java entrustUser.batchQueryUserProfiles',
  sdks: { go: 'UserProfilBatchQuery', java: 'entrustUser.batchQueryUserProfiles' },
  notes: {
    en: 'Go sends the userId it is given; Java joins several IDs, without duplicates, with commas into one userId. This data follows Go (one ID); no source gives how many IDs a call takes.',
    zh: 'Go 原样发送给定的 userId；Java 将多个 ID 去重后以逗号连接为一个 userId。本数据按 Go（一个 ID）；没有来源给出每次可查询的个数。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
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
  sdks: { go: 'UserProfileClean', java: 'entrustUser.cleanProfile' },
  notes: {
    en: 'Go sends one userId; Java joins several IDs, without duplicates, with commas into one userId. This data follows Go (one ID); no source gives how many IDs a call takes.',
    zh: 'Go 发送一个 userId；Java 将多个 ID 去重后以逗号连接为一个 userId。本数据按 Go（一个 ID）；没有来源给出每次的个数上限。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', userIdOf, { example: 'user-1' })],
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
  sdks: { go: 'UserProfilQuery', java: 'entrustUser.pagingQueryUserProfiles' },
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
  sdks: { go: 'TagGet', java: 'user.tag.get', node: 'User.Tag.getList' },
  notes: {
    en: 'Java checks userIds 1–50 (code 20002); Go checks no count.',
    zh: 'Java 检查 userIds 为 1–50 个（错误码 20002）；Go 不检查个数。',
  },
  issuesToken: false,
  labelParam: 'userIds',
  params: [userIdParam('userIds', { en: 'User IDs, 1–50 values.', zh: '用户 ID，1–50 个' }, { repeated: { min: 1, max: 50 }, example: 'user-1' })],
  success: [{ name: 'result', kind: 'value', label: { en: 'Tags by user', zh: '各用户的标签' } }],
};

export const USER_ENDPOINTS: readonly EndpointSpec[] = [
  GET_TOKEN, REFRESH, INFO, TOKEN_EXPIRE, BLOCK, UNBLOCK, BLOCK_QUERY, CHECK_ONLINE, BLACKLIST_ADD, BLACKLIST_REMOVE, BLACKLIST_QUERY,
  DEACTIVATE, DEACTIVATE_QUERY, REACTIVATE, ACTIVATE, QUERY, DELUSERS, GROUP_QUERY,
  PROFILE_SET, PROFILE_BATCH_QUERY, PROFILE_CLEAN, PROFILE_QUERY, TAGS_GET,
];
