/**
 * Friends (好友, user information hosting, issue 18): every /friend/… path. Facts: Go sdk/friend.go, Java
 * methods/profile/Friend.java with jsonsource/profile/verify.json, PHP Lib/User/Friend (get and check only)
 * and the provider's docs, named in each record's `source`. Node and Python have no friend call.
 */
import type { Text } from '../text';
import { LIMITS, PARAMETER_ERROR_CODE } from './limits';
import { integerParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec } from './types';

/** User IDs one delete, check or permission call takes (docs; PHP check comment). */
export const FRIEND_IDS_PER_CALL = 100;
/** A friend request's extra text: at most 128 characters (docs add-friend; Java verify.json 20003). */
export const FRIEND_EXTRA_MAX_CHARS = 128;
/** A friend's remark name: at most 64 characters (docs set-friend-profile; Java verify.json 20003). */
export const FRIEND_REMARK_MAX_CHARS = 64;
/** Friends per page: default 50, at most 100 (docs get-friend; PHP comment). */
const FRIEND_PAGE_MAX = 100;

const docsOf = (slug: string) => ({
  zh: `https://docs.rongcloud.cn/platform-chat-api/user/friend-profile/${slug}`,
  en: `https://docs.rongcloud.io/platform-chat-api/user/friend-profile/${slug}`,
});

/** Up to 100 user IDs joined with commas, as the docs' examples and every SDK send them; the byte limit follows from 100 IDs of 64 bytes. */
function idListParam(name: string, description: Text): ParamSpec {
  return {
    name,
    kind: 'userId',
    required: true,
    code: 1005,
    maxBytes: FRIEND_IDS_PER_CALL * LIMITS.userId + (FRIEND_IDS_PER_CALL - 1),
    description,
    example: 'user-2,user-3',
  };
}

const listNote: Text = {
  en: 'The docs, Go, Java and PHP send the IDs joined with commas in one value (Go and Java remove duplicates). The docs allow 100; no SDK checks the count, so this data bounds the joined text\'s bytes only.',
  zh: '文档、Go、Java、PHP 均将 ID 以逗号连接为一个值发送（Go 与 Java 会去重）。文档允许 100 个；没有 SDK 检查个数，故本数据只限制连接后文本的字节数。',
};

const operator = userIdParam('userId', { en: 'The operating user: a user ID.', zh: '操作用户 ID' }, { example: 'user-1' });
const target = userIdParam('targetId', { en: 'The other user: a user ID.', zh: '目标用户 ID' }, { example: 'user-2' });

export const FRIEND_ADD: EndpointSpec = {
  id: 'friend.add',
  module: 'friend',
  method: 'POST',
  path: '/friend/add.json',
  title: { en: 'Add friend', zh: '添加好友' },
  description: { en: "Sends a friend request, or adds the friend directly (optType 2) without the other user's approval.", zh: '发起好友请求，或直接添加好友（optType 为 2，无需对方同意）。' },
  source: 'D:friend-profile/add-friend; Go FriendAdd; Java friend.add',
  docs: docsOf('add-friend'),
  sdks: {
    go: 'FriendAdd(FriendModel{UserId: userId, TargetId: targetId, Extra: extra})',
    java: 'friend.add(FriendModel{userId: userId, targetId: targetId, optType: optType, extra: extra})',
  },
  notes: {
    en: 'Java checks optType 1–2 (20004) and extra 1–128 characters (20003); Go sends optType only when set (a pointer field) and checks neither. Java FriendModel also has directionType, which add never sends.',
    zh: 'Java 检查 optType 为 1–2（20004）、extra 为 1–128 个字符（20003）；Go 仅在设置时发送 optType（指针字段），两者都不检查。Java 的 FriendModel 还有 directionType，add 从不发送。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    operator,
    { ...target, description: { en: 'The user to add as a friend.', zh: '要添加为好友的用户 ID' } },
    integerParam('optType', 1, 2, { en: "1 follow the other user's verification setting (default), 2 add directly.", zh: '1 按对方的加好友验证方式添加（默认），2 直接添加' }, { required: false, defaultValue: '1' }),
    { name: 'extra', kind: 'text', required: false, code: PARAMETER_ERROR_CODE, maxChars: FRIEND_EXTRA_MAX_CHARS, description: { en: 'Text sent with the request, at most 128 characters.', zh: '好友请求附言，最多 128 个字符' }, example: 'Hi' },
  ],
  success: [],
};

export const FRIEND_DELETE: EndpointSpec = {
  id: 'friend.delete',
  module: 'friend',
  method: 'POST',
  path: '/friend/delete.json',
  title: { en: 'Delete friends', zh: '删除好友' },
  description: { en: "Removes users from a user's friends (each ID counts as one call against the rate limit).", zh: '批量删除好友（按 ID 个数计入频率限制）。' },
  source: 'D:friend-profile/del-friend; Go FriendDelete; Java friend.delete',
  docs: docsOf('del-friend'),
  sdks: { go: 'FriendDelete(userId, targetIds)', java: 'friend.delete(userId, targetIds)' },
  notes: {
    en: `${listNote.en} The docs' request example names the key targetId; the table, Go and Java say targetIds. Java verify.json lists optType for delete, which its call never sends.`,
    zh: `${listNote.zh}文档请求示例的参数名为 targetId；表格、Go、Java 为 targetIds。Java verify.json 为 delete 列出 optType，但其调用从不发送。`,
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [operator, idListParam('targetIds', { en: 'Friends to remove: up to 100 user IDs, comma-separated.', zh: '要删除的好友：最多 100 个用户 ID，逗号分隔' })],
  success: [],
};

export const FRIEND_CLEAN: EndpointSpec = {
  id: 'friend.clean',
  module: 'friend',
  method: 'POST',
  path: '/friend/clean.json',
  title: { en: 'Clear friends', zh: '清空好友' },
  description: { en: "Removes every friend of a user.", zh: '清空用户的全部好友。' },
  source: 'D:friend-profile/clean-friend; Go FriendClean; Java friend.clean',
  docs: docsOf('clean-friend'),
  sdks: { go: 'FriendClean(userId)', java: 'friend.clean(userId)' },
  issuesToken: false,
  labelParam: 'userId',
  params: [{ ...operator, description: { en: 'The user whose friends are all removed.', zh: '要清空好友的用户 ID' } }],
  success: [],
};

export const FRIEND_PROFILE_SET: EndpointSpec = {
  id: 'friend.profileSet',
  module: 'friend',
  method: 'POST',
  path: '/friend/profile/set.json',
  title: { en: 'Set friend profile', zh: '设置好友资料' },
  description: { en: "Sets the remark name and custom attributes a user keeps for a friend.", zh: '设置用户为好友设定的备注名与自定义扩展属性。' },
  source: 'D:friend-profile/set-friend-profile; Go FriendSetProfile; Java friend.setProfile',
  docs: docsOf('set-friend-profile'),
  sdks: {
    go: 'FriendSetProfile(FriendProfileModel{UserId: userId, TargetId: targetId, RemarkName: remarkName, FriendExtProfile: friendExtProfile})',
    java: 'friend.setProfile(FriendProfileModel{userId: userId, targetId: targetId, remarkName: remarkName, friendExtProfile: friendExtProfile})',
  },
  notes: {
    en: 'The docs clear the remark name when it is sent empty; Go sends remarkName and friendExtProfile only when not empty, so it cannot clear it.',
    zh: '文档中 remarkName 传空即清除备注名；Go 仅在非空时发送 remarkName 与 friendExtProfile，因而无法清除。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    operator,
    { ...target, description: { en: 'The friend: a user ID.', zh: '好友用户 ID' } },
    { name: 'remarkName', kind: 'text', required: false, code: PARAMETER_ERROR_CODE, maxChars: FRIEND_REMARK_MAX_CHARS, description: { en: 'Remark name for the friend, at most 64 characters; empty clears it.', zh: '好友备注名，最多 64 个字符；传空则清除' }, example: 'Ann' },
    {
      name: 'friendExtProfile',
      kind: 'json',
      required: false,
      code: PARAMETER_ERROR_CODE,
      description: { en: 'Custom attributes, a JSON object: keys ext_… (≤ 32 characters), values ≤ 256 characters, 10 pairs by default.', zh: '自定义扩展属性，JSON 对象：key 形如 ext_…（≤ 32 个字符），value ≤ 256 个字符，默认最多 10 对' },
      example: '{"ext_tag":"school"}',
    },
  ],
  success: [],
};

export const FRIEND_GET: EndpointSpec = {
  id: 'friend.get',
  module: 'friend',
  method: 'POST',
  path: '/friend/get.json',
  title: { en: 'List friends', zh: '获取好友列表' },
  description: { en: "Lists a user's friends a page at a time.", zh: '分页获取用户的好友列表。' },
  source: 'D:friend-profile/get-friend; Go PagingGetFriends; Java friend.pagingGetFriends; PHP User Friend.get',
  docs: docsOf('get-friend'),
  sdks: {
    go: 'PagingGetFriends(PagingGetFriendsModel{UserId: userId, PageToken: pageToken, Size: size})',
    java: 'friend.pagingGetFriends(PagingGetFriendsModel{userId: userId, pageToken: pageToken, size: size, order: order})',
    php: 'getUser()->Friend()->get({userId: userId, pageToken: pageToken, size: size, order: order})',
  },
  notes: {
    en: 'Go sends order only when set (a pointer field). Java verify.json lists directionType for this call, which it never sends; Java FriendProfile also reads isBlacklist and directionType, which the docs do not list.',
    zh: 'Go 仅在设置时发送 order（指针字段）。Java verify.json 为此调用列出 directionType，但从不发送；Java 的 FriendProfile 还读取文档未列出的 isBlacklist 与 directionType。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    operator,
    { name: 'pageToken', kind: 'text', required: false, code: PARAMETER_ERROR_CODE, description: { en: 'The pageToken of the previous answer; absent on the first call.', zh: '上一次返回的 pageToken；首次调用不传' } },
    integerParam('size', 1, FRIEND_PAGE_MAX, { en: 'Friends per page, 1–100 (default 50).', zh: '每页数量，1–100（默认 50）' }, { required: false, defaultValue: '50' }),
    integerParam('order', 0, 1, { en: 'Order by when the friend was added: 0 ascending (default), 1 descending.', zh: '按添加好友时间排序：0 正序（默认），1 倒序' }, { required: false, defaultValue: '0' }),
  ],
  success: [
    { name: 'totalCount', kind: 'value', label: { en: 'Total friends', zh: '好友总数' } },
    { name: 'pageToken', kind: 'value', label: { en: 'Next page token', zh: '下一页 pageToken' } },
    {
      name: 'friendList',
      kind: 'table',
      label: { en: 'Friends', zh: '好友' },
      columns: [
        { keys: ['userId'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['name'], label: { en: 'Name', zh: '名称' } },
        { keys: ['remarkName'], label: { en: 'Remark name', zh: '备注名' } },
        { keys: ['friendExtProfile'], label: { en: 'Custom attributes', zh: '自定义属性' } },
        { keys: ['time'], label: { en: 'Added', zh: '添加时间' }, format: 'datetime' },
      ],
    },
  ],
};

export const FRIEND_CHECK: EndpointSpec = {
  id: 'friend.check',
  module: 'friend',
  method: 'POST',
  path: '/friend/check.json',
  title: { en: 'Check friendship', zh: '检查好友关系' },
  description: { en: 'Tells for each given user whether they and the operating user are friends (1 neither, 4 both).', zh: '检查操作用户与每个目标用户的好友关系（1 互不为好友，4 互为好友）。' },
  source: 'D:friend-profile/check-friend; Go FriendCheckFriends; Java friend.checkFriends; PHP User Friend.check',
  docs: docsOf('check-friend'),
  sdks: {
    go: 'FriendCheckFriends(userId, targetIds)',
    java: 'friend.checkFriends(userId, targetIds)',
    php: 'getUser()->Friend()->check({userId: userId, targetIds: targetIds})',
  },
  notes: {
    en: `${listNote.en} The docs define result 1 (neither is the other's friend) and 4 (both are), 2 and 3 reserved; Go's comment describes one-way and two-way checks with other meanings, and Java verify.json lists a directionType the call never sends.`,
    zh: `${listNote.zh}文档定义 result 为 1（互不为好友）与 4（互为好友），2、3 为预留；Go 注释描述了单向与双向检查及不同含义，Java verify.json 列出的 directionType 调用中从不发送。`,
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [operator, idListParam('targetIds', { en: 'Users to check: up to 100 user IDs, comma-separated.', zh: '待检查的目标用户：最多 100 个用户 ID，逗号分隔' })],
  success: [
    {
      name: 'results',
      kind: 'table',
      label: { en: 'Results', zh: '检查结果' },
      columns: [
        { keys: ['userId'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['result'], label: { en: 'Result (1 not friends, 4 friends)', zh: '结果（1 非好友，4 互为好友）' } },
      ],
    },
  ],
};

const permissionTypes = { en: '1 anyone may add directly, 2 needs approval, 3 nobody may add', zh: '1 任何人可直接添加，2 需要验证，3 不允许任何人添加' };

export const FRIEND_PERMISSION_SET: EndpointSpec = {
  id: 'friend.permissionSet',
  module: 'friend',
  method: 'POST',
  path: '/friend/permission/set.json',
  title: { en: 'Set friend permission', zh: '设置加好友验证方式' },
  description: { en: 'Sets how others may add these users as friends (each ID counts as one call against the rate limit).', zh: '设置他人添加这些用户为好友的验证方式（按 ID 个数计入频率限制）。' },
  source: 'D:friend-profile/set-friend-add-level; Go FriendSetPermission; Java friend.setPermission',
  docs: docsOf('set-friend-add-level'),
  sdks: { go: 'FriendSetPermission(permissionType, userIds)', java: 'friend.setPermission(permissionType, userIds)' },
  notes: {
    en: `${listNote.en} Go requires permissionType (not 0, 1002); the docs list it as a required string of 1–3; Java checks only that it is an integer.`,
    zh: `${listNote.zh}Go 要求 permissionType 必填（非 0，1002）；文档将其列为必填字符串，取值 1–3；Java 只检查其为整数。`,
  },
  issuesToken: false,
  labelParam: 'userIds',
  params: [
    idListParam('userIds', { en: 'Users to set: up to 100 user IDs, comma-separated.', zh: '要设置的用户：最多 100 个用户 ID，逗号分隔' }),
    integerParam('permissionType', 1, 3, { en: `Verification: ${permissionTypes.en}.`, zh: `验证方式：${permissionTypes.zh}` }, { example: '2' }),
  ],
  success: [],
};

export const FRIEND_PERMISSION_GET: EndpointSpec = {
  id: 'friend.permissionGet',
  module: 'friend',
  method: 'POST',
  path: '/friend/permission/get.json',
  title: { en: 'Get friend permission', zh: '查询加好友验证方式' },
  description: { en: 'Reads how others may add these users as friends.', zh: '查询他人添加这些用户为好友的验证方式。' },
  source: 'D:friend-profile/get-friend-add-level; Go FriendGetPermission; Java friend.getPermission',
  docs: docsOf('get-friend-add-level'),
  sdks: { go: 'FriendGetPermission(userIds)', java: 'friend.getPermission(userIds)' },
  notes: listNote,
  issuesToken: false,
  labelParam: 'userIds',
  params: [idListParam('userIds', { en: 'Users to read: up to 100 user IDs, comma-separated.', zh: '要查询的用户：最多 100 个用户 ID，逗号分隔' })],
  success: [
    {
      name: 'permissionSettings',
      kind: 'table',
      label: { en: 'Permissions', zh: '验证方式' },
      columns: [
        { keys: ['userId'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['type'], label: { en: `Type (${permissionTypes.en})`, zh: `类型（${permissionTypes.zh}）` } },
      ],
    },
  ],
};

export const FRIEND_ENDPOINTS: readonly EndpointSpec[] = [
  FRIEND_ADD, FRIEND_DELETE, FRIEND_CLEAN, FRIEND_PROFILE_SET, FRIEND_GET, FRIEND_CHECK, FRIEND_PERMISSION_SET, FRIEND_PERMISSION_GET,
];
