/**
 * Group information hosting (群组信息托管, issue 18): /entrust/group/… and /entrust/joined/group/query.json.
 * Facts: the official SDKs' sources (Go sdk/entrustgroup.go, Java methods/profile/EntrustGroup.java with
 * jsonsource/profile/verify.json, PHP Lib/Entrust/**) and the provider's docs, named in each record's `source`.
 * Node and Python have no call for these paths.
 */
import type { Text } from '../text';
import { GROUP_ID_MAX_BYTES, LIMITS, PARAMETER_ERROR_CODE } from './limits';
import { flagParam, groupIdParam, integerParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec, SuccessField } from './types';

/** Group names, member nicknames and remark names: 1–64 characters (docs; Java verify.json 20003; PHP verify.json). */
export const ENTRUST_NAME_MAX_CHARS = 64;
/** A member's extra text: at most 128 characters (docs member/set; Java verify.json 20003). */
export const ENTRUST_EXTRA_MAX_CHARS = 128;
/** User IDs one join, quit, kick, member query or follow call takes (docs; PHP api.json). */
export const ENTRUST_USERS_PER_CALL = 100;
/** Members invited with create (docs.rongcloud.io create-group). */
export const ENTRUST_CREATE_USERS = 30;
/** Group IDs one profile query takes (docs query-group-profiles; PHP verify.json 1–50). */
export const ENTRUST_PROFILE_GROUPS = 50;
/** Managers one manager/remove call takes (docs remove-group-manager). */
export const ENTRUST_MANAGERS_PER_CALL = 10;
/** Page sizes: member and joined-group queries at most 100 (docs); the app's group list at most 1000 (docs; Go MaxPageSize). */
const PAGE_100 = 100;
const PAGE_1000 = 1000;
const INT_MAX = 2_147_483_647;

const docsOf = (slug: string) => ({
  zh: `https://docs.rongcloud.cn/platform-chat-api/group/group-profile/${slug}`,
  en: `https://docs.rongcloud.io/platform-chat-api/group/group-profile/${slug}`,
});

/**
 * IDs that Go and Java join with commas into one value (after removing duplicates); the byte limit
 * is `count` IDs of at most 64 bytes and their commas; no source states one for the joined text.
 */
function idListParam(name: string, kind: 'userId' | 'id', count: number, description: Text, options: Partial<ParamSpec> = {}): ParamSpec {
  const idBytes = kind === 'userId' ? LIMITS.userId : GROUP_ID_MAX_BYTES;
  return {
    name,
    kind,
    required: true,
    code: kind === 'userId' ? 1005 : PARAMETER_ERROR_CODE,
    maxBytes: count * idBytes + (count - 1),
    description,
    example: kind === 'userId' ? 'user-2,user-3' : 'group-1,group-2',
    ...options,
  };
}

const listNote = (count: number, what: Text): Text => ({
  en: `Go and Java join the ${what.en} with commas into one value (duplicates removed); PHP and some docs examples repeat the key instead. The docs allow ${count}; no SDK but PHP checks the count, so this data bounds the joined text's bytes only.`,
  zh: `Go 与 Java 将${what.zh}去重后以逗号连接为一个值；PHP 与部分文档示例则重复该参数。文档允许 ${count} 个；除 PHP 外没有 SDK 检查个数，故本数据只限制连接后文本的字节数。`,
});

/** A name or text limited in characters: kind text, because validation counts characters only for text (names are counted in bytes). */
function chars(name: string, max: number, description: Text, required: boolean, example?: string): ParamSpec {
  return { name, kind: 'text', required, code: PARAMETER_ERROR_CODE, maxChars: max, description, ...(example ? { example } : {}) };
}

const groupName = (required: boolean) =>
  chars('name', ENTRUST_NAME_MAX_CHARS, { en: 'Group name, 1–64 characters (names may repeat).', zh: '群名称，1–64 个字符（可重复）' }, required, 'Team');

const jsonParam = (name: string, description: Text, example: string): ParamSpec => ({
  name,
  kind: 'json',
  required: false,
  code: PARAMETER_ERROR_CODE,
  description,
  example,
});

/** groupProfile, permissions and groupExtProfile: JSON texts whose keys the docs list. */
function profileParams(): ParamSpec[] {
  return [
    jsonParam('groupProfile', {
      en: 'Basic group information, a JSON object: introduction (≤ 512 characters), announcement (≤ 1024), portraitUrl (≤ 128).',
      zh: '群基本信息，JSON 对象：introduction（≤ 512 个字符）、announcement（≤ 1024）、portraitUrl（≤ 128）',
    }, '{"introduction":"About us"}'),
    jsonParam('permissions', {
      en: 'Group permissions, a JSON object of numbers: joinPerm, removePerm, memInvitePerm, invitePerm, profilePerm, memProfilePerm.',
      zh: '群权限，JSON 对象（数值）：joinPerm、removePerm、memInvitePerm、invitePerm、profilePerm、memProfilePerm',
    }, '{"joinPerm":0}'),
    jsonParam('groupExtProfile', {
      en: 'Custom attributes, a JSON object: keys start with ext_ (≤ 32 characters), values ≤ 256 characters, 10 pairs by default.',
      zh: '群自定义属性，JSON 对象：key 以 ext_ 开头（≤ 32 个字符），value ≤ 256 个字符，默认最多 10 对',
    }, '{"ext_level":"1"}'),
  ];
}

const profileNote: Text = {
  en: 'Go sends groupProfile, permissions and groupExtProfile as the JSON texts given; Java takes them as maps and PHP as arrays, which they encode as JSON.',
  zh: 'Go 按所给 JSON 文本发送 groupProfile、permissions、groupExtProfile；Java 以 Map、PHP 以数组接收并编码为 JSON。',
};

/** What to clear for users who leave (0 keep, 1 clear; the docs' default is 1). */
function leaveFlags(who: Text): ParamSpec[] {
  const flag = (name: string, what: Text): ParamSpec => ({
    ...flagParam(name, { en: `${what.en} of ${who.en}: 1 clear (default), 0 keep.`, zh: `${who.zh}的${what.zh}：1 清除（默认），0 保留` }),
    defaultValue: '1',
  });
  return [
    flag('isDelBan', { en: 'Mute state', zh: '禁言状态' }),
    flag('isDelWhite', { en: 'Mute-exception entry', zh: '禁言白名单' }),
    flag('isDelFollowed', { en: 'Followed-member entries', zh: '特别关注' }),
  ];
}

const pageToken: ParamSpec = {
  name: 'pageToken',
  kind: 'text',
  required: false,
  code: PARAMETER_ERROR_CODE,
  description: { en: 'The pageToken of the previous answer; absent on the first call.', zh: '上一次返回的 pageToken；首次调用不传' },
};
const pageSize = (max: number) =>
  integerParam('size', 1, max, { en: `Items per page, 1–${max} (default 50).`, zh: `每页条数，1–${max}（默认 50）` }, { required: false, defaultValue: '50' });
/** order 0 ascending, 1 descending (Java verify.json 20004: 0–1); the docs' default for entrust queries is 1. */
const order = (by: Text) =>
  integerParam('order', 0, 1, { en: `Order by ${by.en}: 0 ascending, 1 descending (default).`, zh: `按${by.zh}排序：0 正序，1 倒序（默认）` }, { required: false, defaultValue: '1' });

const col = (key: string, en: string, zh: string, format?: 'datetime') => ({ keys: [key], label: { en, zh }, ...(format ? { format } : {}) });
const memberColumns = [
  col('userId', 'User ID', '用户 ID'),
  col('nickname', 'Nickname', '群昵称'),
  col('role', 'Role (1 member, 2 manager, 3 owner)', '角色（1 成员，2 管理员，3 群主）'),
  col('time', 'Joined', '入群时间', 'datetime'),
  col('extra', 'Extra', '附加信息'),
];
const pageTokenField: SuccessField = { name: 'pageToken', kind: 'value', label: { en: 'Next page token', zh: '下一页 pageToken' } };

const owner = userIdParam('owner', { en: 'The group owner (a user ID); joins the group.', zh: '群主用户 ID，自动加入群组' }, { example: 'user-1' });
const memberOf = { en: 'The member: a user ID.', zh: '群成员用户 ID' };

export const ENTRUST_CREATE: EndpointSpec = {
  id: 'entrust.create',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/create.json',
  title: { en: 'Create hosted group', zh: '创建群组' },
  description: { en: 'Creates a hosted group with its owner, profile, permissions and first members.', zh: '创建托管群组，设置群主、群资料、群权限并加入首批成员。' },
  source: 'D:group-manage/create-group; Go EntrustGroupCreate; Java entrustGroup.create; PHP Entrust Group.create',
  docs: docsOf('group-manage/create-group'),
  sdks: {
    go: 'EntrustGroupCreate(CreateEntrustGroupModel{GroupId: groupId, Name: name, Owner: owner, UserIds: [userIds], GroupProfile: groupProfile, GroupExtProfile: groupExtProfile, Permissions: permissions})',
    java: 'entrustGroup.create(CreateEntrustGroupModel{groupId: groupId, name: name, owner: owner, userIds: [userIds]})',
    php: 'getEntrust()->Group()->create({groupId: groupId, name: name, owner: owner, userIds: userIds, groupProfile: groupProfile, permissions: permissions, groupExtProfile: groupExtProfile})',
  },
  notes: {
    en: `${listNote(ENTRUST_CREATE_USERS, { en: 'member IDs', zh: '成员 ID' }).en} ${profileNote.en}`,
    zh: `${listNote(ENTRUST_CREATE_USERS, { en: 'member IDs', zh: '成员 ID' }).zh}${profileNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    groupIdParam(),
    groupName(true),
    owner,
    idListParam('userIds', 'userId', ENTRUST_CREATE_USERS, { en: 'Members to add besides the owner: up to 30 user IDs, comma-separated.', zh: '除群主外加入的成员：最多 30 个用户 ID，逗号分隔' }, { required: false }),
    ...profileParams(),
  ],
  success: [],
};

export const ENTRUST_IMPORT: EndpointSpec = {
  id: 'entrust.import',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/import.json',
  title: { en: 'Import group into hosting', zh: '群组信息托管导入' },
  description: { en: 'Turns a group created without hosting into a hosted group, with its owner and permissions (no callback).', zh: '将未托管时创建的群组导入为托管群组，并指定群主和权限（不触发回调）。' },
  source: 'D:group-manage/import-group; Go EntrustGroupImportGroup; Java entrustGroup.importGroup; PHP Entrust Group.import',
  docs: docsOf('group-manage/import-group'),
  sdks: {
    go: 'EntrustGroupImportGroup(ImportEntrustGroupModel{GroupId: groupId, Name: name, Owner: owner, GroupProfile: groupProfile, GroupExtProfile: groupExtProfile, Permissions: permissions})',
    java: 'entrustGroup.importGroup(ImportEntrustGroupModel{groupId: groupId, name: name, owner: owner})',
    php: 'getEntrust()->Group()->import({groupId: groupId, name: name, owner: owner, groupProfile: groupProfile, permissions: permissions, groupExtProfile: groupExtProfile})',
  },
  notes: profileNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), groupName(true), { ...owner, description: { en: 'The group owner: a user ID.', zh: '群主用户 ID' } }, ...profileParams()],
  success: [],
};

export const ENTRUST_PROFILE_UPDATE: EndpointSpec = {
  id: 'entrust.profileUpdate',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/profile/update.json',
  title: { en: 'Set hosted group information', zh: '设置群资料' },
  description: { en: "Updates a hosted group's profile, permissions and custom attributes.", zh: '更新托管群组的基本信息、权限与自定义属性。' },
  source: 'D:group-manage/update-group; Go EntrustGroupUpdateProfile; Java entrustGroup.updateProfile; PHP Entrust Group.update',
  docs: docsOf('group-manage/update-group'),
  sdks: {
    go: 'EntrustGroupUpdateProfile(EntrustGroupModel{GroupId: groupId, GroupProfile: groupProfile, GroupExtProfile: groupExtProfile, Permissions: permissions})',
    java: 'entrustGroup.updateProfile(EntrustGroupModel{groupId: groupId, name: name})',
    php: 'getEntrust()->Group()->update({groupId: groupId, name: name, groupProfile: groupProfile, permissions: permissions, groupExtProfile: groupExtProfile})',
  },
  notes: {
    en: `Java and PHP also send name (PHP requires it, 1–64 characters); Go never sends it, and the docs put the name inside groupProfile. ${profileNote.en}`,
    zh: `Java 与 PHP 还发送 name（PHP 要求必填，1–64 个字符）；Go 从不发送，文档则把群名放在 groupProfile 中。${profileNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), groupName(false), ...profileParams()],
  success: [],
};

const profileColumns = [
  col('groupId', 'Group ID', '群组 ID'),
  col('groupName', 'Name', '群名称'),
  col('owner', 'Owner', '群主'),
  col('memberCount', 'Members', '成员数'),
  col('createTime', 'Created', '创建时间', 'datetime'),
  col('groupProfile', 'Profile', '基本信息'),
  col('permissions', 'Permissions', '权限'),
  col('groupExtProfile', 'Custom attributes', '自定义属性'),
];

export const ENTRUST_PROFILE_QUERY: EndpointSpec = {
  id: 'entrust.profileQuery',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/profile/query.json',
  title: { en: 'Query hosted groups', zh: '批量查询群资料' },
  description: { en: 'Reads the profile, permissions and custom attributes of up to 50 hosted groups.', zh: '批量查询最多 50 个托管群组的资料、权限与自定义属性。' },
  source: 'D:group-manage/query-group-profiles; Go EntrustGroupQueryProfiles; Java entrustGroup.queryProfiles; PHP Entrust Group.profileQuery',
  docs: docsOf('group-manage/query-group-profiles'),
  sdks: {
    go: 'EntrustGroupQueryProfiles(groupIds)',
    java: 'entrustGroup.queryProfiles(groupIds)',
    php: 'getEntrust()->Group()->profileQuery({groupIds: groupIds})',
  },
  notes: {
    en: `${listNote(ENTRUST_PROFILE_GROUPS, { en: 'group IDs', zh: '群组 ID' }).en} The docs' request example names the key groupId; the table, Go, Java and PHP say groupIds.`,
    zh: `${listNote(ENTRUST_PROFILE_GROUPS, { en: 'group IDs', zh: '群组 ID' }).zh}文档请求示例的参数名写作 groupId；表格、Go、Java、PHP 为 groupIds。`,
  },
  issuesToken: false,
  labelParam: 'groupIds',
  params: [idListParam('groupIds', 'id', ENTRUST_PROFILE_GROUPS, { en: 'Group IDs, up to 50, comma-separated.', zh: '群组 ID，最多 50 个，逗号分隔' })],
  success: [{ name: 'profiles', kind: 'table', label: { en: 'Groups', zh: '群组' }, columns: profileColumns }],
};

export const ENTRUST_JOIN: EndpointSpec = {
  id: 'entrust.join',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/join.json',
  title: { en: 'Join hosted group', zh: '加入群组' },
  description: { en: 'Adds users to a hosted group; answers with the group information.', zh: '将用户加入托管群组，返回群组信息。' },
  source: 'D:group-manage/join-group; Go EntrustGroupJoin; Java entrustGroup.join; PHP Entrust Group.join',
  docs: docsOf('group-manage/join-group'),
  sdks: {
    go: 'EntrustGroupJoin(groupId, userIds)',
    java: 'entrustGroup.join(groupId, userIds)',
    php: 'getEntrust()->Group()->join({groupId: groupId, userIds: userIds})',
  },
  notes: listNote(ENTRUST_USERS_PER_CALL, { en: 'user IDs', zh: '用户 ID' }),
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), idListParam('userIds', 'userId', ENTRUST_USERS_PER_CALL, { en: 'Users to add: up to 100 user IDs, comma-separated.', zh: '加入群组的用户：最多 100 个用户 ID，逗号分隔' })],
  success: [
    { name: 'groupId', kind: 'value', label: { en: 'Group ID', zh: '群组 ID' } },
    { name: 'name', kind: 'value', label: { en: 'Name', zh: '群名称' } },
    { name: 'owner', kind: 'value', label: { en: 'Owner', zh: '群主' } },
    { name: 'memberCount', kind: 'value', label: { en: 'Members', zh: '成员数' } },
    { name: 'createTime', kind: 'value', label: { en: 'Created', zh: '创建时间' }, format: 'datetime' },
    { name: 'remarkName', kind: 'value', label: { en: 'Remark name', zh: '群备注名' } },
    { name: 'groupProfile', kind: 'value', label: { en: 'Profile', zh: '基本信息' } },
    { name: 'permissions', kind: 'value', label: { en: 'Permissions', zh: '权限' } },
    { name: 'groupExtProfile', kind: 'value', label: { en: 'Custom attributes', zh: '自定义属性' } },
  ],
};

function leaveEndpoint(id: string, path: string, title: Text, description: Text, source: string, slug: string, sdks: EndpointSpec['sdks']): EndpointSpec {
  return {
    id,
    module: 'entrust',
    method: 'POST',
    path,
    title,
    description,
    source,
    docs: docsOf(slug),
    sdks,
    notes: {
      en: `${listNote(ENTRUST_USERS_PER_CALL, { en: 'user IDs', zh: '用户 ID' }).en} The docs' request example names the flags isQuitWhite, isDelAttention and isQuitBan; the table and every SDK say isDelWhite, isDelFollowed and isDelBan.`,
      zh: `${listNote(ENTRUST_USERS_PER_CALL, { en: 'user IDs', zh: '用户 ID' }).zh}文档请求示例中的标志名为 isQuitWhite、isDelAttention、isQuitBan；表格与各 SDK 为 isDelWhite、isDelFollowed、isDelBan。`,
    },
    issuesToken: false,
    labelParam: 'groupId',
    params: [
      groupIdParam(),
      idListParam('userIds', 'userId', ENTRUST_USERS_PER_CALL, { en: 'Users who leave: up to 100 user IDs, comma-separated.', zh: '离开群组的用户：最多 100 个用户 ID，逗号分隔' }),
      ...leaveFlags({ en: 'these users', zh: '这些用户' }),
    ],
    success: [],
  };
}

export const ENTRUST_QUIT = leaveEndpoint(
  'entrust.quit',
  '/entrust/group/quit.json',
  { en: 'Quit hosted group', zh: '退出群组' },
  { en: 'Makes users leave a hosted group, clearing their mute, mute-exception and follow entries unless told not to.', zh: '使用户退出托管群组，默认清除其禁言、禁言白名单与特别关注记录。' },
  'D:group-manage/quit-group; Go EntrustGroupQuit; Java entrustGroup.quit; PHP Entrust Group.quit',
  'group-manage/quit-group',
  {
    go: 'EntrustGroupQuit(QuitEntrustGroupModel{GroupId: groupId, UserIds: [userIds]})',
    java: 'entrustGroup.quit(QuitEntrustGroupModel{groupId: groupId, userIds: [userIds], isDelBan: isDelBan, isDelWhite: isDelWhite, isDelFollowed: isDelFollowed})',
    php: 'getEntrust()->Group()->quit({groupId: groupId, userIds: userIds, isDelBan: isDelBan, isDelWhite: isDelWhite, isDelFollowed: isDelFollowed})',
  },
);

export const ENTRUST_KICK = leaveEndpoint(
  'entrust.kick',
  '/entrust/group/member/kick.json',
  { en: 'Remove from hosted group', zh: '踢出群组' },
  { en: 'Removes users from a hosted group, clearing their mute, mute-exception and follow entries unless told not to.', zh: '将用户移出托管群组，默认清除其禁言、禁言白名单与特别关注记录。' },
  'D:group-manage/kick-group; Go EntrustGroupKickOut; Java entrustGroup.kickOut; PHP Entrust GroupMember.kick',
  'group-manage/kick-group',
  {
    go: 'EntrustGroupKickOut(KickOutEntrustGroupModel{GroupId: groupId, UserIds: [userIds]})',
    java: 'entrustGroup.kickOut(KickOutEntrustGroupModel{groupId: groupId, userIds: [userIds], isDelBan: isDelBan, isDelWhite: isDelWhite, isDelFollowed: isDelFollowed})',
    php: 'getEntrust()->GroupMember()->kick({groupId: groupId, userIds: userIds, isDelBan: isDelBan, isDelWhite: isDelWhite, isDelFollowed: isDelFollowed})',
  },
);

export const ENTRUST_KICK_ALL: EndpointSpec = {
  id: 'entrust.kickAll',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/member/kick/all.json',
  title: { en: 'Leave all hosted groups', zh: '指定用户踢出所有群组' },
  description: { en: 'Removes a user from every hosted group they are in (not where they are the owner: transfer first).', zh: '将用户移出其加入的所有托管群组（用户为群主的群组除外，需先转让群主）。' },
  source: 'D:group-manage/kick-mem-all-group; Go EntrustGroupKickOutAllGroups; Java entrustGroup.kickOutAllGroups; PHP Entrust GroupMember.kickAll',
  docs: docsOf('group-manage/kick-mem-all-group'),
  sdks: {
    go: 'EntrustGroupKickOutAllGroups(userId)',
    java: 'entrustGroup.kickOutAllGroups(userId)',
    php: 'getEntrust()->GroupMember()->kickAll({userId: userId})',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [userIdParam('userId', { en: 'The user to remove: a user ID.', zh: '要移出的用户 ID' }, { example: 'user-2' })],
  success: [],
};

export const ENTRUST_DISMISS: EndpointSpec = {
  id: 'entrust.dismiss',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/dismiss.json',
  title: { en: 'Dismiss hosted group', zh: '解散群组' },
  description: { en: 'Dismisses a hosted group.', zh: '解散托管群组。' },
  source: 'Go EntrustGroupDismiss; Java entrustGroup.dismiss; PHP Entrust Group.dismiss',
  sdks: {
    go: 'EntrustGroupDismiss(groupId)',
    java: 'entrustGroup.dismiss(groupId)',
    php: 'getEntrust()->Group()->dismiss({groupId: groupId})',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam()],
  success: [],
};

export const ENTRUST_TRANSFER_OWNER: EndpointSpec = {
  id: 'entrust.transferOwner',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/transfer/owner.json',
  title: { en: 'Transfer group ownership', zh: '转让群组' },
  description: { en: 'Makes another member the owner; the former owner may also leave (isQuit=1).', zh: '将群主转让给其他成员，原群主可同时退出群组（isQuit=1）。' },
  source: 'D:group-manage/transfer-group; Go EntrustGroupTransferOwner; Java entrustGroup.transferOwner; PHP Entrust Group.transferOwner',
  docs: docsOf('group-manage/transfer-group'),
  sdks: {
    go: 'EntrustGroupTransferOwner(TransferOwnerModel{GroupId: groupId, NewOwner: newOwner})',
    java: 'entrustGroup.transferOwner(TransferOwnerModel{groupId: groupId, newOwner: newOwner, isQuit: isQuit, isDelBan: isDelBan, isDelWhite: isDelWhite, isDelFollowed: isDelFollowed})',
    php: 'getEntrust()->Group()->transferOwner({groupId: groupId, newOwner: newOwner, isQuit: isQuit, isDelBan: isDelBan, isDelWhite: isDelWhite, isDelFollowed: isDelFollowed})',
  },
  notes: {
    en: 'The docs say isDelBan, isDelWhite and isDelFollowed apply only with isQuit=1. Go sends the four flags only when set (pointer fields).',
    zh: '文档说明 isDelBan、isDelWhite、isDelFollowed 仅在 isQuit=1 时生效。Go 仅在设置时发送这四个标志（指针字段）。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    groupIdParam(),
    userIdParam('newOwner', { en: 'The new owner: a member user ID.', zh: '新群主用户 ID' }, { example: 'user-2' }),
    { ...flagParam('isQuit', { en: 'The former owner leaves the group: 1 yes, 0 no (default).', zh: '原群主是否退出群组：1 退出，0 不退出（默认）' }), defaultValue: '0' },
    ...leaveFlags({ en: 'the former owner (with isQuit=1)', zh: '原群主（isQuit=1 时）' }),
  ],
  success: [],
};

const managerNote = (max: number, docs: string): Text => ({
  en: `Go and Java join the user IDs with commas into one value; PHP repeats the key. ${docs} allows ${max} per call; only PHP checks the count (api.json says 100, its verify.json checks none). The IDs must be members.`,
  zh: `Go 与 Java 将用户 ID 以逗号连接为一个值；PHP 重复该参数。${docs}每次允许 ${max} 个；只有 PHP 有个数说明（api.json 写 100，verify.json 不检查）。用户须为群成员。`,
});

export const ENTRUST_MANAGER_ADD: EndpointSpec = {
  id: 'entrust.managerAdd',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/manager/add.json',
  title: { en: 'Add group managers', zh: '设置群管理员' },
  description: { en: 'Makes members managers of a hosted group; answers with the IDs that are not members and the manager count.', zh: '将成员设为托管群组的管理员，返回非群成员的用户 ID 与管理员数量。' },
  source: 'Go EntrustGroupAddManagers; Java entrustGroup.addManagers; PHP Entrust GroupManager.add',
  sdks: {
    go: 'EntrustGroupAddManagers(groupId, userIds)',
    java: 'entrustGroup.addManagers(groupId, userIds)',
    php: 'getEntrust()->GroupManager()->add({groupId: groupId, userIds: userIds})',
  },
  notes: managerNote(ENTRUST_USERS_PER_CALL, 'PHP'),
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), idListParam('userIds', 'userId', ENTRUST_USERS_PER_CALL, { en: 'Members to make managers: user IDs, comma-separated.', zh: '设为管理员的成员用户 ID，逗号分隔' })],
  success: [
    { name: 'userIds', kind: 'list', label: { en: 'Not members (not added)', zh: '非群成员（未设置）' } },
    { name: 'managerCount', kind: 'value', label: { en: 'Managers', zh: '管理员数量' } },
  ],
};

export const ENTRUST_MANAGER_REMOVE: EndpointSpec = {
  id: 'entrust.managerRemove',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/manager/remove.json',
  title: { en: 'Remove group managers', zh: '移除群管理员' },
  description: { en: 'Takes the manager role from members of a hosted group.', zh: '移除托管群组成员的管理员身份。' },
  source: 'D:group-manage/remove-group-manager; Go EntrustGroupRemoveManagers; Java entrustGroup.removeManagers; PHP Entrust GroupManager.remove',
  docs: docsOf('group-manage/remove-group-manager'),
  sdks: {
    go: 'EntrustGroupRemoveManagers(groupId, userIds)',
    java: 'entrustGroup.removeManagers(groupId, userIds)',
    php: 'getEntrust()->GroupManager()->remove({groupId: groupId, userIds: userIds})',
  },
  notes: managerNote(ENTRUST_MANAGERS_PER_CALL, 'The docs page'),
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), idListParam('userIds', 'userId', ENTRUST_MANAGERS_PER_CALL, { en: 'Managers to remove: up to 10 user IDs, comma-separated.', zh: '要移除的管理员：最多 10 个用户 ID，逗号分隔' })],
  success: [],
};

export const ENTRUST_MEMBER_QUERY: EndpointSpec = {
  id: 'entrust.memberQuery',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/member/query.json',
  title: { en: 'List hosted group members', zh: '分页查询群成员信息' },
  description: { en: "Lists a hosted group's members a page at a time, by role and join time.", zh: '按角色与入群时间分页查询托管群组的成员信息。' },
  source: 'D:group-member/query-group-member; Go EntrustGroupPagingQueryMembers; Java entrustGroup.pagingQueryMembers; PHP Entrust GroupMember.query',
  docs: docsOf('group-member/query-group-member'),
  sdks: {
    go: 'EntrustGroupPagingQueryMembers(PagingQueryMembersModel{GroupId: groupId, Type: type, PageToken: pageToken, Size: size, Order: order})',
    java: 'entrustGroup.pagingQueryMembers(PagingQueryMembersModel{groupId: groupId, type: type, pageToken: pageToken, size: size, order: order})',
    php: 'getEntrust()->GroupMember()->query({groupId: groupId, type: type, pageToken: pageToken, size: size, order: order})',
  },
  notes: {
    en: "Go sends order whenever it is 0 or more, so its zero value asks for ascending order; the docs' default is 1 (descending). The docs also answer totalCount, which Java reads and Go does not.",
    zh: 'Go 在 order ≥ 0 时即发送，其零值即请求正序；文档默认为 1（倒序）。文档还返回 totalCount，Java 读取而 Go 不读取。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    groupIdParam(),
    integerParam('type', 0, 3, { en: 'Members of which role: 0 all (default), 1 members, 2 managers, 3 owner.', zh: '成员角色：0 全部（默认），1 普通成员，2 管理员，3 群主' }, { required: false, defaultValue: '0' }),
    pageToken,
    pageSize(PAGE_100),
    order({ en: 'join time', zh: '入群时间' }),
  ],
  success: [
    { name: 'totalCount', kind: 'value', label: { en: 'Total members', zh: '成员总数' } },
    pageTokenField,
    { name: 'members', kind: 'table', label: { en: 'Members', zh: '成员' }, columns: memberColumns },
  ],
};

export const ENTRUST_MEMBER_SPECIFIC_QUERY: EndpointSpec = {
  id: 'entrust.memberSpecificQuery',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/member/specific/query.json',
  title: { en: 'Query given group members', zh: '获取指定群成员信息' },
  description: { en: 'Reads the member information of given users in a hosted group.', zh: '查询托管群组中指定用户的成员信息。' },
  source: 'D:group-member/query-specific-group-member; Go EntrustGroupQueryMembersByUserIds; Java entrustGroup.queryMembersByUserIds; PHP Entrust GroupMember.specificQuery',
  docs: docsOf('group-member/query-specific-group-member'),
  sdks: {
    go: 'EntrustGroupQueryMembersByUserIds(groupId, userIds)',
    java: 'entrustGroup.queryMembersByUserIds(groupId, userIds)',
    php: 'getEntrust()->GroupMember()->specificQuery({groupId: groupId, userIds: userIds})',
  },
  notes: listNote(ENTRUST_USERS_PER_CALL, { en: 'user IDs', zh: '用户 ID' }),
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), idListParam('userIds', 'userId', ENTRUST_USERS_PER_CALL, { en: 'Members to read: up to 100 user IDs, comma-separated.', zh: '要查询的成员：最多 100 个用户 ID，逗号分隔' })],
  success: [{ name: 'members', kind: 'table', label: { en: 'Members', zh: '成员' }, columns: memberColumns }],
};

export const ENTRUST_MEMBER_SET: EndpointSpec = {
  id: 'entrust.memberSet',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/member/set.json',
  title: { en: 'Set group member information', zh: '设置群成员资料' },
  description: { en: "Sets a member's nickname in the group and extra information.", zh: '设置群成员的群昵称与附加信息。' },
  source: 'D:group-member/update-group-member-info; Go EntrustGroupSetMemberInfo; Java entrustGroup.setMemberInfo; PHP Entrust GroupMember.set',
  docs: docsOf('group-member/update-group-member-info'),
  sdks: {
    go: 'EntrustGroupSetMemberInfo(MemberInfoModel{GroupId: groupId, UserId: userId, Nickname: nickname, Extra: extra})',
    java: 'entrustGroup.setMemberInfo(MemberInfoModel{groupId: groupId, userId: userId, nickname: nickname, extra: extra})',
    php: 'getEntrust()->GroupMember()->set({groupId: groupId, userId: userId, nickname: nickname, extra: extra})',
  },
  notes: {
    en: 'nickname is required in the docs, Java (20005) and PHP; Go sends it only when not empty.',
    zh: '文档、Java（20005）与 PHP 要求 nickname 必填；Go 仅在非空时发送。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    groupIdParam(),
    userIdParam('userId', memberOf, { example: 'user-2' }),
    chars('nickname', ENTRUST_NAME_MAX_CHARS, { en: "The member's nickname in the group, 1–64 characters.", zh: '群成员昵称，1–64 个字符' }, true, 'Ann'),
    chars('extra', ENTRUST_EXTRA_MAX_CHARS, { en: 'Extra information, at most 128 characters.', zh: '附加信息，最多 128 个字符' }, false),
  ],
  success: [],
};

const remarkUser = userIdParam('userId', { en: 'The user whose remark name it is.', zh: '设置备注名的用户 ID' }, { example: 'user-1' });

export const ENTRUST_REMARKNAME_SET: EndpointSpec = {
  id: 'entrust.remarknameSet',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/remarkname/set.json',
  title: { en: 'Set group remark name', zh: '设置群备注名' },
  description: { en: 'Sets the name a user gives a hosted group.', zh: '设置用户为托管群组设定的备注名。' },
  source: 'Go EntrustGroupSetRemarkName; Java entrustGroup.setRemarkName; PHP Entrust GroupRemarkName.set',
  sdks: {
    go: 'EntrustGroupSetRemarkName(GroupRemarkNameModel{UserId: userId, GroupId: groupId, RemarkName: remarkName})',
    java: 'entrustGroup.setRemarkName(GroupRemarkNameModel{userId: userId, groupId: groupId, remarkName: remarkName})',
    php: 'getEntrust()->GroupRemarkName()->set({groupId: groupId, userId: userId, remarkName: remarkName})',
  },
  notes: {
    en: 'Java (20003, 20005) and PHP require remarkName, 1–64 characters; Go sends it even when empty.',
    zh: 'Java（20003、20005）与 PHP 要求 remarkName 必填，1–64 个字符；Go 为空时也发送。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [remarkUser, groupIdParam(), chars('remarkName', ENTRUST_NAME_MAX_CHARS, { en: 'The remark name, 1–64 characters.', zh: '群备注名，1–64 个字符' }, true, 'My team')],
  success: [],
};

export const ENTRUST_REMARKNAME_DELETE: EndpointSpec = {
  id: 'entrust.remarknameDelete',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/remarkname/delete.json',
  title: { en: 'Delete group remark name', zh: '删除群备注名' },
  description: { en: 'Removes the name a user gave a hosted group.', zh: '删除用户为托管群组设定的备注名。' },
  source: 'Go EntrustGroupDelRemarkName; Java entrustGroup.delRemarkName; PHP Entrust GroupRemarkName.delete',
  sdks: {
    go: 'EntrustGroupDelRemarkName(groupId, userId)',
    java: 'entrustGroup.delRemarkName(groupId, userId)',
    php: 'getEntrust()->GroupRemarkName()->delete({groupId: groupId, userId: userId})',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [remarkUser, groupIdParam()],
  success: [],
};

export const ENTRUST_REMARKNAME_QUERY: EndpointSpec = {
  id: 'entrust.remarknameQuery',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/remarkname/query.json',
  title: { en: 'Get group remark name', zh: '查询群备注名' },
  description: { en: 'Reads the name a user gave a hosted group.', zh: '查询用户为托管群组设定的备注名。' },
  source: 'Go EntrustGroupQueryRemarkName; Java entrustGroup.queryRemarkName; PHP Entrust GroupRemarkName.query',
  sdks: {
    go: 'EntrustGroupQueryRemarkName(groupId, userId)',
    java: 'entrustGroup.queryRemarkName(groupId, userId)',
    php: 'getEntrust()->GroupRemarkName()->query({groupId: groupId, userId: userId})',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [remarkUser, groupIdParam()],
  success: [{ name: 'remarkName', kind: 'value', label: { en: 'Remark name', zh: '群备注名' } }],
};

function followEndpoint(id: string, path: string, title: Text, description: Text, source: string, slug: string, sdks: EndpointSpec['sdks']): EndpointSpec {
  return {
    id,
    module: 'entrust',
    method: 'POST',
    path,
    title,
    description,
    source,
    docs: docsOf(slug),
    sdks,
    notes: listNote(ENTRUST_USERS_PER_CALL, { en: 'followed user IDs', zh: '关注的用户 ID' }),
    issuesToken: false,
    labelParam: 'groupId',
    params: [
      groupIdParam(),
      userIdParam('userId', { en: 'The member who follows: a user ID.', zh: '设置特别关注的群成员用户 ID' }, { example: 'user-1' }),
      idListParam('followUserIds', 'userId', ENTRUST_USERS_PER_CALL, { en: 'Followed members: up to 100 user IDs, comma-separated.', zh: '特别关注的成员：最多 100 个用户 ID，逗号分隔' }),
    ],
    success: [],
  };
}

export const ENTRUST_MEMBER_FOLLOW = followEndpoint(
  'entrust.memberFollow',
  '/entrust/group/member/follow.json',
  { en: 'Follow group members', zh: '设置群成员特别关注' },
  { en: "Adds members to a user's followed members in a group: their messages notify even when the group is muted.", zh: '为用户设置群内特别关注的成员：即使群组免打扰，这些成员的消息仍会提醒。' },
  'D:group-member/set-group-mem-follow; Go EntrustGroupFollowMember; Java entrustGroup.followMember; PHP Entrust GroupMember.follow',
  'group-member/set-group-mem-follow',
  {
    go: 'EntrustGroupFollowMember(groupId, userId, followUserIds)',
    java: 'entrustGroup.followMember(groupId, userId, followUserIds)',
    php: 'getEntrust()->GroupMember()->follow({groupId: groupId, userId: userId, followUserIds: followUserIds})',
  },
);

export const ENTRUST_MEMBER_UNFOLLOW = followEndpoint(
  'entrust.memberUnfollow',
  '/entrust/group/member/unfollow.json',
  { en: 'Unfollow group members', zh: '删除群成员特别关注' },
  { en: "Removes members from a user's followed members in a group.", zh: '移除用户在群内特别关注的成员。' },
  'D:group-member/delete-group-mem-follow; Go EntrustGroupUnfollowMember; Java entrustGroup.unfollowMember; PHP Entrust GroupMember.unFollow',
  'group-member/delete-group-mem-follow',
  {
    go: 'EntrustGroupUnfollowMember(groupId, userId, followUserIds)',
    java: 'entrustGroup.unfollowMember(groupId, userId, followUserIds)',
    php: 'getEntrust()->GroupMember()->unFollow({groupId: groupId, userId: userId, followUserIds: followUserIds})',
  },
);

export const ENTRUST_MEMBER_FOLLOWED_GET: EndpointSpec = {
  id: 'entrust.memberFollowedGet',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/member/followed/get.json',
  title: { en: 'List followed group members', zh: '查询群成员特别关注' },
  description: { en: 'Lists the members a user follows in a hosted group, with when each was followed.', zh: '查询用户在托管群组中特别关注的成员及关注时间。' },
  source: 'Go EntrustGroupGetFollowedMember; Java entrustGroup.getFollowedMember; PHP Entrust GroupMember.getFollowed',
  sdks: {
    go: 'EntrustGroupGetFollowedMember(groupId, userId)',
    java: 'entrustGroup.getFollowedMember(groupId, userId)',
    php: 'getEntrust()->GroupMember()->getFollowed({groupId: groupId, userId: userId})',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), userIdParam('userId', { en: 'The member who follows: a user ID.', zh: '群成员用户 ID' }, { example: 'user-1' })],
  success: [
    {
      name: 'members',
      kind: 'table',
      label: { en: 'Followed members', zh: '特别关注的成员' },
      columns: [col('userId', 'User ID', '用户 ID'), col('timestamp', 'Followed at', '关注时间', 'datetime')],
    },
  ],
};

export const ENTRUST_GROUP_QUERY: EndpointSpec = {
  id: 'entrust.groupQuery',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/group/query.json',
  title: { en: "List the app's hosted groups", zh: '分页查询应用下群信息' },
  description: { en: "Lists the app's hosted groups a page at a time, by creation time.", zh: '按创建时间分页查询应用下的托管群组。' },
  source: 'D:group-query/query-app-all-group; Go EntrustGroupPagingQueryGroups; Java entrustGroup.pagingQueryGroups; PHP Entrust Group.query',
  docs: docsOf('group-query/query-app-all-group'),
  sdks: {
    go: 'EntrustGroupPagingQueryGroups(PageModel{PageToken: pageToken, Size: size, Order: order})',
    java: 'entrustGroup.pagingQueryGroups(PageModel{pageToken: pageToken, size: size, order: order})',
    php: 'getEntrust()->Group()->query({pageToken: pageToken, size: size, order: order})',
  },
  notes: {
    en: "Go sends order whenever it is 0 or more, so its zero value asks for ascending order; the docs' default is 1. The docs list groupProfile in the answer's table but not in its example; Go and Java read portraitUrl instead.",
    zh: 'Go 在 order ≥ 0 时即发送，其零值即请求正序；文档默认为 1。文档返回表格列出 groupProfile，示例中却没有；Go 与 Java 读取的是 portraitUrl。',
  },
  issuesToken: false,
  params: [pageToken, pageSize(PAGE_1000), order({ en: 'creation time', zh: '创建时间' })],
  success: [
    pageTokenField,
    {
      name: 'groups',
      kind: 'table',
      label: { en: 'Groups', zh: '群组' },
      columns: [
        col('groupId', 'Group ID', '群组 ID'),
        col('name', 'Name', '群名称'),
        col('owner', 'Owner', '群主'),
        col('creator', 'Creator', '创建者'),
        col('portraitUrl', 'Portrait', '群头像'),
        col('time', 'Created', '创建时间', 'datetime'),
      ],
    },
  ],
};

export const ENTRUST_JOINED_GROUP_QUERY: EndpointSpec = {
  id: 'entrust.joinedGroupQuery',
  module: 'entrust',
  method: 'POST',
  path: '/entrust/joined/group/query.json',
  title: { en: "List a user's hosted groups", zh: '分页查询用户加入的群组' },
  description: { en: 'Lists the hosted groups a user joined a page at a time, with the group information and the role there.', zh: '分页查询用户加入的托管群组，含群信息与用户在群中的角色。' },
  source: 'D:group-query/query-member-join-group; Go EntrustGroupPagingQueryJoinedGroups; Java entrustGroup.pagingQueryJoinedGroups; PHP Entrust Group.joinedQuery',
  docs: docsOf('group-query/query-member-join-group'),
  sdks: {
    go: 'EntrustGroupPagingQueryJoinedGroups(QueryJoinedGroupsModel{UserId: userId, Role: role, PageToken: pageToken, Size: size})',
    java: 'entrustGroup.pagingQueryJoinedGroups(QueryJoinedGroupsModel{userId: userId, role: role, pageToken: pageToken, size: size, order: order})',
    php: 'getEntrust()->Group()->joinedQuery({userId: userId, role: role, pageToken: pageToken, size: size, order: order})',
  },
  notes: {
    en: 'The role values were not readable in the docs page found; Go and Java send it as an integer (Go only when not 0). Go sends order only when set (pointer field). The docs, Go and Java read the same group fields (name, remarkName, role, count, joinTime, createTime …).',
    zh: '所找到的文档页中 role 的取值不可读；Go 与 Java 以整数发送（Go 仅在非 0 时发送）。Go 仅在设置时发送 order（指针字段）。文档、Go、Java 读取相同的群组字段（name、remarkName、role、count、joinTime、createTime 等）。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'The user: a user ID.', zh: '用户 ID' }, { example: 'user-1' }),
    integerParam('role', 0, INT_MAX, { en: 'Only groups where the user has this role (see the docs page); 0 or absent: any.', zh: '仅查询用户为该角色的群组（取值见文档页）；0 或不传为全部' }, { required: false }),
    pageToken,
    pageSize(PAGE_100),
    order({ en: 'join time', zh: '入群时间' }),
  ],
  success: [
    { name: 'totalCount', kind: 'value', label: { en: 'Total groups', zh: '群组总数' } },
    pageTokenField,
    {
      name: 'groups',
      kind: 'table',
      label: { en: 'Groups', zh: '群组' },
      columns: [
        col('groupId', 'Group ID', '群组 ID'),
        col('name', 'Name', '群名称'),
        col('remarkName', 'Remark name', '群备注名'),
        col('role', 'Role', '角色'),
        col('count', 'Members', '成员数'),
        col('owner', 'Owner', '群主'),
        col('joinTime', 'Joined', '入群时间', 'datetime'),
        col('createTime', 'Created', '创建时间', 'datetime'),
      ],
    },
  ],
};

export const ENTRUST_ENDPOINTS: readonly EndpointSpec[] = [
  ENTRUST_CREATE, ENTRUST_IMPORT, ENTRUST_PROFILE_UPDATE, ENTRUST_PROFILE_QUERY, ENTRUST_JOIN, ENTRUST_QUIT,
  ENTRUST_KICK, ENTRUST_KICK_ALL, ENTRUST_DISMISS, ENTRUST_TRANSFER_OWNER, ENTRUST_MANAGER_ADD, ENTRUST_MANAGER_REMOVE,
  ENTRUST_MEMBER_QUERY, ENTRUST_MEMBER_SPECIFIC_QUERY, ENTRUST_MEMBER_SET,
  ENTRUST_REMARKNAME_SET, ENTRUST_REMARKNAME_DELETE, ENTRUST_REMARKNAME_QUERY,
  ENTRUST_MEMBER_FOLLOW, ENTRUST_MEMBER_UNFOLLOW, ENTRUST_MEMBER_FOLLOWED_GET,
  ENTRUST_GROUP_QUERY, ENTRUST_JOINED_GROUP_QUERY,
];
