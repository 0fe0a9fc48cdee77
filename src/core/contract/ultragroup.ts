/**
 * Ultragroup module (issue 18): every form-body `/ultragroup/…` path, `/message/ultragroup/publish.json`,
 * `/v3/message/ultragroup/query.json` and `/ultragroup/usergroup/add.json` (JSON bodies). Facts: Go `sdk/ultragroup.go` and `sdk/message.go`,
 * Java `methods/ultragroup/**` with `jsonsource/ultragroup/verify.json` (20xxx codes), PHP `Lib/Ultragroup/**`
 * with its `verify.json`, and the provider's docs, named in each record's `source`. Node and Python have no
 * ultragroup calls. The Go SDK's REST-style `/v2/ultragroups…` calls live elsewhere.
 */
import { LIMITS, MESSAGE_CONTENT_MAX_BYTES, PARAMETER_ERROR_CODE } from './limits';
import { flagParam, groupIdParam, integerParam, messageBodyParams, userIdParam } from './params';
import type { EndpointSpec, ParamSpec, SuccessField } from './types';
import type { Text } from '../text';

/** An ultragroup's name: PHP verify.json 1–64 counted by strlen, so bytes (1005); Java verify.json 1–64 UTF-16 units (20003); the docs give none. */
export const ULTRAGROUP_NAME_MAX_BYTES = 64;
/** A channel ID (busChannel): PHP verify.json 1–20 bytes (strlen, 1005); Go's comment: letters and digits, at most 20 characters, so bytes too. */
export const BUS_CHANNEL_MAX_BYTES = 20;
/** User IDs a mute, mute-exception or private-channel call takes: Go checks 1–20 (1002); the docs say at most 20. */
export const ULTRAGROUP_USERS_PER_CALL = 20;
/** Ultragroups one /message/ultragroup/publish.json call reaches: Go checks 1–3 (1002); PHP's comment says three. */
export const ULTRAGROUP_PUBLISH_MAX_GROUPS = 3;
/** Expansion keys one set or delete call takes: Go checks at most 100 (1002); PHP's comment: 100 a call, 300 a message. */
export const EXPANSION_KEYS_PER_CALL = 100;
/** Messages /ultragroup/hismsg/msgid/query.json returns on each side of the given one: Go's comment, default 10, at most 50. */
export const HISMSG_AROUND = { min: 0, max: 50 } as const;
/** Page size of /ultragroup/hismsg/query.json: Go's comment and clamp, default 20, at most 100. */
export const HISMSG_PAGE_SIZE = { min: 1, max: 100 } as const;
/** Java and Go send int; no smaller bound is documented. */
const INT_MAX = 2_147_483_647;

type Options = Partial<Pick<ParamSpec, 'required' | 'repeated' | 'example' | 'defaultValue' | 'description'>>;

const ugGroupIdText: Text = { en: 'Ultragroup ID; at most 64 bytes.', zh: '超级群 ID，最大长度 64 字节' };
const ugGroupId = (options: Options = {}): ParamSpec => groupIdParam({ description: ugGroupIdText, example: 'ug-1', ...options });

function busChannelParam(options: Options = {}): ParamSpec {
  return {
    name: 'busChannel',
    kind: 'id',
    required: false,
    code: PARAMETER_ERROR_CODE,
    maxBytes: BUS_CHANNEL_MAX_BYTES,
    description: { en: 'Channel ID in the ultragroup: letters and digits, at most 20.', zh: '超级群频道 ID，字母与数字，最长 20 个' },
    example: 'channel1',
    ...options,
  };
}
const channelRequired = (): ParamSpec => busChannelParam({ required: true });

/**
 * Up to 20 user IDs of at most 64 bytes joined with commas (docs, Go); the byte limit follows from those two.
 * Repeated too: Java repeats the key once per member (methods/ultragroup/ban/User.java, WhiteList.java,
 * channel/BusChannel.java `&userIds=`), so a call carries 1–20 values (the docs' 20 IDs a call).
 */
function userIdsListParam(description: Text): ParamSpec {
  return {
    name: 'userIds',
    kind: 'text',
    required: true,
    code: PARAMETER_ERROR_CODE,
    repeated: { min: 1, max: ULTRAGROUP_USERS_PER_CALL },
    maxBytes: ULTRAGROUP_USERS_PER_CALL * LIMITS.userId + ULTRAGROUP_USERS_PER_CALL - 1,
    description,
    example: 'user-1,user-2',
  };
}
const userIdsNote: Text = {
  en: 'The docs and Go send userIds as one comma-separated value of at most 20 IDs (Go checks 1–20, code 1002); Java and PHP repeat the userIds key once per member and check no count.',
  zh: '文档与 Go 将 userIds 作为一个以逗号分隔的值发送，最多 20 个 ID（Go 检查 1–20，错误码 1002）；Java 与 PHP 每个成员重复一次 userIds 键，不检查个数。',
};

const pageParam = (name = 'page'): ParamSpec =>
  integerParam(name, 1, INT_MAX, { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, { required: false, example: '1' });
const pageSizeParam = (name: string, what: Text): ParamSpec => integerParam(name, 1, INT_MAX, what, { required: false, example: '20' });

const docsOf = (slug: string) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/ultragroup/${slug}`, en: `https://docs.rongcloud.io/platform-chat-api/ultragroup/${slug}` });
const userLabel: Text = { en: 'User ID', zh: '用户 ID' };
const usersTable = (label: Text): SuccessField => ({ name: 'users', kind: 'table', label, columns: [{ keys: ['id'], label: userLabel }] });

/** The message columns the history and message-lookup answers share (Go UGHisMsgQueryData, UGMessageGetDataList). */
function messageColumns(timeKey: string) {
  return [
    { keys: ['msgUID'], label: { en: 'Message UID', zh: '消息 UID' } },
    { keys: ['fromUserId'], label: { en: 'Sender', zh: '发送者' } },
    { keys: ['busChannel'], label: { en: 'Channel', zh: '频道' } },
    { keys: [timeKey], label: { en: 'Sent', zh: '发送时间' }, format: 'datetime' as const },
    { keys: ['objectName'], label: { en: 'Type', zh: '消息类型' } },
    { keys: ['content'], label: { en: 'Content', zh: '消息内容' } },
  ];
}

const nameNote: Text = {
  en: 'PHP checks groupName as 1–64 bytes (1005) and Java as 1–64 UTF-16 units (20003); this data takes the bytes, the stricter for non-ASCII names. The docs give no limit.',
  zh: 'PHP 检查 groupName 为 1–64 字节（1005），Java 为 1–64 个 UTF-16 单元（20003）；本数据取字节数，对非 ASCII 名称更严格。文档未给出上限。',
};
const groupNameParam = (): ParamSpec => ({
  name: 'groupName',
  kind: 'name',
  required: true,
  code: 1006,
  maxBytes: ULTRAGROUP_NAME_MAX_BYTES,
  description: { en: 'Ultragroup name shown in push notifications; at most 64 bytes.', zh: '超级群名称，用于推送通知显示，最大 64 字节' },
  example: 'Community',
});

export const ULTRAGROUP_CREATE: EndpointSpec = {
  id: 'ultragroup.create',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/create.json',
  title: { en: 'Create ultragroup', zh: '创建超级群' },
  description: { en: 'Creates an ultragroup with one first member; apps enabled after 2022-10-13 also get the RCDefault channel.', zh: '创建超级群并加入一个首位成员；2022-10-13 之后开通的应用会同时得到 RCDefault 默认频道。' },
  source: 'D:ultragroup/create-ultragroup; Go UltraGroupCreate; Java ultraGroup.create; PHP Ultragroup.create',
  docs: docsOf('create-ultragroup'),
  sdks: { go: 'UltraGroupCreate(userId, groupId, groupName)', java: 'ultraGroup.create(UltraGroupModel{userId: userId, id: groupId, name: groupName})', php: 'getUltragroup()->create({id: groupId, name: groupName, member: {id: userId}})' },
  notes: {
    en: `The docs take exactly one userId. ${nameNote.en}`,
    zh: `文档规定 userId 只能传一个。${nameNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    userIdParam('userId', { en: 'The first member: one user ID.', zh: '创建后加入超级群的用户 ID，仅一个' }, { example: 'user-1' }),
    ugGroupId(),
    groupNameParam(),
  ],
  success: [],
};

export const ULTRAGROUP_DIS: EndpointSpec = {
  id: 'ultragroup.dis',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/dis.json',
  title: { en: 'Dismiss ultragroup', zh: '解散超级群' },
  description: { en: 'Dismisses an ultragroup.', zh: '解散超级群。' },
  source: 'Go UltraGroupDis; Java ultraGroup.dis; PHP Ultragroup.dismiss',
  sdks: { go: 'UltraGroupDis(groupId)', java: 'ultraGroup.dis(groupId)', php: 'getUltragroup()->dismiss({id: groupId})' },
  notes: { en: 'PHP also sends a member field (empty unless given); Go and Java send only groupId.', zh: 'PHP 还会发送 member 字段（未提供时为空）；Go 与 Java 只发送 groupId。' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId()],
  success: [],
};

const memberOf: Text = { en: 'The member: one user ID.', zh: '用户 ID，仅一个' };

export const ULTRAGROUP_JOIN: EndpointSpec = {
  id: 'ultragroup.join',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/join.json',
  title: { en: 'Join ultragroup', zh: '加入超级群' },
  description: { en: 'Adds one user to an ultragroup.', zh: '将一个用户加入超级群。' },
  source: 'Go UltraGroupJoin; Java ultraGroup.join; PHP Ultragroup.joins',
  sdks: { go: 'UltraGroupJoin(userId, groupId)', java: 'ultraGroup.join(UltraGroupModel{id: groupId, userId: userId})', php: 'getUltragroup()->joins({id: groupId, member: {id: userId}})' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', memberOf, { example: 'user-2' }), ugGroupId()],
  success: [],
};

export const ULTRAGROUP_QUIT: EndpointSpec = {
  id: 'ultragroup.quit',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/quit.json',
  title: { en: 'Quit ultragroup', zh: '退出超级群' },
  description: { en: 'Removes one user from an ultragroup.', zh: '将一个用户移出超级群。' },
  source: 'Go UltraGroupQuit; Java ultraGroup.quit; PHP Ultragroup.quit',
  sdks: { go: 'UltraGroupQuit(userId, groupId)', java: 'ultraGroup.quit(UltraGroupModel{id: groupId, userId: userId})', php: 'getUltragroup()->quit({id: groupId, member: {id: userId}})' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', memberOf, { example: 'user-2' }), ugGroupId()],
  success: [],
};

export const ULTRAGROUP_REFRESH: EndpointSpec = {
  id: 'ultragroup.refresh',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/refresh.json',
  title: { en: 'Refresh ultragroup info', zh: '刷新超级群信息' },
  description: { en: 'Updates the ultragroup name the service shows in push notifications.', zh: '更新服务端保存的超级群名称（用于推送通知显示）。' },
  source: 'Go UltraGroupRefresh; Java ultraGroup.refresh; PHP Ultragroup.update',
  sdks: { go: 'UltraGroupRefresh(groupId, groupName)', java: 'ultraGroup.refresh(UltraGroupModel{id: groupId, name: groupName})', php: 'getUltragroup()->update({id: groupId, name: groupName})' },
  notes: nameNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), groupNameParam()],
  success: [],
};

export const ULTRAGROUP_MEMBER_EXIST: EndpointSpec = {
  id: 'ultragroup.memberExist',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/member/exist.json',
  title: { en: 'Check ultragroup membership', zh: '查询用户是否为超级群成员' },
  description: { en: 'Tells whether a user is a member of an ultragroup.', zh: '查询用户是否在超级群中。' },
  source: 'Go UGMemberExists; Java ultraGroup.inMember (CheckStatusResult); PHP Ultragroup.isExist',
  sdks: { go: 'UGMemberExists(groupId, userId)', java: 'ultraGroup.inMember(UltraGroupModel{id: groupId, userId: userId})', php: 'getUltragroup()->isExist({id: groupId, member: userId})' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), userIdParam('userId', memberOf, { example: 'user-2' })],
  success: [{ name: 'status', kind: 'value', label: { en: 'Member', zh: '是否为成员' } }],
};

const busChannelOptionalNote: Text = {
  en: 'Java sends busChannel always (empty when not given); Go sends it only when given.',
  zh: 'Java 总是发送 busChannel（未提供时为空）；Go 仅在提供时发送。',
};

export const ULTRAGROUP_GLOBAL_BANNED_SET: EndpointSpec = {
  id: 'ultragroup.globalBannedSet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/globalbanned/set.json',
  title: { en: 'Mute whole ultragroup', zh: '设置超级群全体禁言' },
  description: { en: 'Mutes (true) or unmutes (false) every member of an ultragroup, or of one of its channels.', zh: '设置（true）或解除（false）超级群或其某个频道的全体禁言。' },
  source: 'Go UltraGroupGlobalBannedSet; Java ultraGroup.ban.set; PHP MuteAllMembers.set',
  sdks: { go: 'UltraGroupGlobalBannedSet(groupId, busChannel, status)', java: 'ultraGroup.ban.set(groupId, status, busChannel)', php: 'getUltragroup()->MuteAllMembers()->set({id: groupId, busChannel: busChannel, status: status})' },
  notes: busChannelOptionalNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    busChannelParam(),
    { ...flagParam('status', { en: 'Mute every member (true) or lift the mute (false).', zh: '是否全体禁言：true 禁言，false 解除' }, ['false', 'true']), required: true, example: 'true' },
  ],
  success: [],
};

export const ULTRAGROUP_GLOBAL_BANNED_GET: EndpointSpec = {
  id: 'ultragroup.globalBannedGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/globalbanned/get.json',
  title: { en: 'Get whole-ultragroup mute', zh: '查询超级群全体禁言状态' },
  description: { en: 'Tells whether an ultragroup, or one of its channels, is muted as a whole.', zh: '查询超级群或其某个频道是否全体禁言。' },
  source: 'Go UltraGroupGlobalBannedGet; Java ultraGroup.ban.check (CheckStatusResult); PHP MuteAllMembers.get',
  sdks: { go: 'UltraGroupGlobalBannedGet(groupId, busChannel)', java: 'ultraGroup.ban.check(groupId, busChannel)', php: 'getUltragroup()->MuteAllMembers()->get({id: groupId, busChannel: busChannel})' },
  notes: busChannelOptionalNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam()],
  success: [{ name: 'status', kind: 'value', label: { en: 'Muted', zh: '是否全体禁言' } }],
};

const mutedUsers: Text = { en: 'User IDs, comma-separated, at most 20.', zh: '用户 ID，逗号分隔，最多 20 个' };
const pagedListNote: Text = {
  en: 'Only Go sends page and pageSize (when not 0); Java and PHP send groupId and busChannel only. No limits for them were found.',
  zh: '只有 Go 发送 page 与 pageSize（非 0 时）；Java 与 PHP 只发送 groupId 与 busChannel。未找到它们的取值上限。',
};

export const ULTRAGROUP_USER_BANNED_ADD: EndpointSpec = {
  id: 'ultragroup.userBannedAdd',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/userbanned/add.json',
  title: { en: 'Mute ultragroup members', zh: '禁言超级群成员' },
  description: { en: 'Mutes members in an ultragroup, or in one of its channels.', zh: '在超级群或其某个频道中禁言指定成员。' },
  source: 'Go UltraGroupUserBannedAdd; Java ultraGroup.user.add; PHP Gag.add',
  sdks: { go: 'UltraGroupUserBannedAdd(groupId, busChannel, ...userIds)', java: 'ultraGroup.user.add(UltraGroupModel{id: groupId, busChannel: busChannel, members: [UltraGroupMember{id: userIds}]})', php: 'getUltragroup()->Gag()->add({id: groupId, busChannel: busChannel, members: [{id: userIds}]})' },
  notes: userIdsNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam(), userIdsListParam(mutedUsers)],
  success: [],
};

export const ULTRAGROUP_USER_BANNED_DEL: EndpointSpec = {
  id: 'ultragroup.userBannedDel',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/userbanned/del.json',
  title: { en: 'Unmute ultragroup members', zh: '取消超级群成员禁言' },
  description: { en: 'Lifts the mute of members in an ultragroup, or in one of its channels.', zh: '解除成员在超级群或其某个频道中的禁言。' },
  source: 'Go UltraGroupUserBannedDel; Java ultraGroup.user.remove; PHP Gag.remove',
  sdks: { go: 'UltraGroupUserBannedDel(groupId, busChannel, ...userIds)', java: 'ultraGroup.user.remove(UltraGroupModel{id: groupId, busChannel: busChannel, members: [UltraGroupMember{id: userIds}]})', php: 'getUltragroup()->Gag()->remove({id: groupId, busChannel: busChannel, members: [{id: userIds}]})' },
  notes: userIdsNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam(), userIdsListParam(mutedUsers)],
  success: [],
};

export const ULTRAGROUP_USER_BANNED_GET: EndpointSpec = {
  id: 'ultragroup.userBannedGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/userbanned/get.json',
  title: { en: 'List muted members', zh: '查询超级群禁言成员' },
  description: { en: 'Lists the muted members of an ultragroup, or of one of its channels.', zh: '查询超级群或其某个频道中被禁言的成员。' },
  source: 'Go UltraGroupUserBannedGet; Java ultraGroup.user.get (GroupUserQueryResult); PHP Gag.getList',
  sdks: { go: 'UltraGroupUserBannedGet(groupId, busChannel, page, pageSize)', java: 'ultraGroup.user.get(groupId, busChannel)', php: 'getUltragroup()->Gag()->getList({id: groupId, busChannel: busChannel})' },
  notes: pagedListNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam(), pageParam(), pageSizeParam('pageSize', { en: 'Users per page (Go only).', zh: '每页条数（仅 Go）' })],
  success: [usersTable({ en: 'Muted members', zh: '禁言成员' })],
};

const exceptionUsers: Text = { en: 'User IDs, comma-separated, at most 20.', zh: '用户 ID，逗号分隔，最多 20 个' };

export const ULTRAGROUP_BANNED_WHITELIST_ADD: EndpointSpec = {
  id: 'ultragroup.bannedWhitelistAdd',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/banned/whitelist/add.json',
  title: { en: 'Add mute exceptions', zh: '添加超级群禁言白名单' },
  description: { en: 'Lets these members still send while their ultragroup (or channel) is muted as a whole.', zh: '超级群（或频道）全体禁言时，白名单中的成员仍可发言。' },
  source: 'Go UltraGroupBannedWhiteListAdd; Java ultraGroup.whiteList.add; PHP MuteWhiteList.add',
  sdks: { go: 'UltraGroupBannedWhiteListAdd(groupId, busChannel, ...userIds)', java: 'ultraGroup.whiteList.add(UltraGroupModel{id: groupId, busChannel: busChannel, members: [UltraGroupMember{id: userIds}]})', php: 'getUltragroup()->MuteWhiteList()->add({id: groupId, busChannel: busChannel, members: [{id: userIds}]})' },
  notes: userIdsNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam(), userIdsListParam(exceptionUsers)],
  success: [],
};

export const ULTRAGROUP_BANNED_WHITELIST_DEL: EndpointSpec = {
  id: 'ultragroup.bannedWhitelistDel',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/banned/whitelist/del.json',
  title: { en: 'Remove mute exceptions', zh: '移出超级群禁言白名单' },
  description: { en: "Takes members off an ultragroup's (or channel's) mute exceptions.", zh: '将成员移出超级群（或频道）禁言白名单。' },
  source: 'Go UltraGroupBannedWhiteListDel; Java ultraGroup.whiteList.remove; PHP MuteWhiteList.remove',
  sdks: { go: 'UltraGroupBannedWhiteListDel(groupId, busChannel, ...userIds)', java: 'ultraGroup.whiteList.remove(UltraGroupModel{id: groupId, busChannel: busChannel, members: [UltraGroupMember{id: userIds}]})', php: 'getUltragroup()->MuteWhiteList()->remove({id: groupId, busChannel: busChannel, members: [{id: userIds}]})' },
  notes: userIdsNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam(), userIdsListParam(exceptionUsers)],
  success: [],
};

export const ULTRAGROUP_BANNED_WHITELIST_GET: EndpointSpec = {
  id: 'ultragroup.bannedWhitelistGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/banned/whitelist/get.json',
  title: { en: 'List mute exceptions', zh: '查询超级群禁言白名单' },
  description: { en: "Lists an ultragroup's (or channel's) mute exceptions.", zh: '查询超级群（或频道）禁言白名单中的成员。' },
  source: 'Go UltraGroupBannedWhiteListGet; Java ultraGroup.whiteList.get (GroupUserQueryResult); PHP MuteWhiteList.getList',
  sdks: { go: 'UltraGroupBannedWhiteListGet(groupId, busChannel, page, pageSize)', java: 'ultraGroup.whiteList.get(groupId, busChannel)', php: 'getUltragroup()->MuteWhiteList()->getList({id: groupId, busChannel: busChannel})' },
  notes: pagedListNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam(), pageParam(), pageSizeParam('pageSize', { en: 'Users per page (Go only).', zh: '每页条数（仅 Go）' })],
  success: [usersTable({ en: 'Mute exceptions', zh: '禁言白名单成员' })],
};

const channelType = (required: boolean): ParamSpec =>
  integerParam('type', 0, 1, { en: 'Channel type: 0 public, 1 private.', zh: '频道类型：0 公有频道，1 私有频道' }, required ? { example: '1' } : { required: false, defaultValue: '0' });

export const ULTRAGROUP_CHANNEL_CREATE: EndpointSpec = {
  id: 'ultragroup.channelCreate',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/create.json',
  title: { en: 'Create ultragroup channel', zh: '创建超级群频道' },
  description: { en: 'Creates a channel in an ultragroup, public by default.', zh: '在超级群中创建频道，默认为公有频道。' },
  source: 'Go UGGroupChannelCreate, UltraGroupChannelCreate; Java ultraGroup.busChannel.add; PHP BusChannel.add',
  sdks: { go: 'UGGroupChannelCreate(groupId, busChannel, type)', java: 'ultraGroup.busChannel.add(UltraGroupModel{id: groupId, busChannel: busChannel, type: type})', php: 'getUltragroup()->BusChannel()->add({id: groupId, busChannel: busChannel, type: type})' },
  notes: {
    en: 'Go UGGroupChannelCreate requires type (1002) and Java always sends it (0 unless set); Go UltraGroupChannelCreate and PHP add send no type. PHP checks busChannel as 1–20 (1005).',
    zh: 'Go 的 UGGroupChannelCreate 要求 type（1002），Java 总是发送（未设置时为 0）；Go 的 UltraGroupChannelCreate 与 PHP 的 add 不发送 type。PHP 检查 busChannel 为 1–20（1005）。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), channelType(false)],
  success: [],
};

export const ULTRAGROUP_CHANNEL_DEL: EndpointSpec = {
  id: 'ultragroup.channelDel',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/del.json',
  title: { en: 'Delete ultragroup channel', zh: '删除超级群频道' },
  description: { en: 'Deletes a channel of an ultragroup.', zh: '删除超级群中的频道。' },
  source: 'Go UltraGroupChannelDel; Java ultraGroup.busChannel.remove; PHP BusChannel.remove',
  sdks: { go: 'UltraGroupChannelDel(groupId, busChannel)', java: 'ultraGroup.busChannel.remove(UltraGroupModel{id: groupId, busChannel: busChannel})', php: 'getUltragroup()->BusChannel()->remove({id: groupId, busChannel: busChannel})' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired()],
  success: [],
};

export const ULTRAGROUP_CHANNEL_GET: EndpointSpec = {
  id: 'ultragroup.channelGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/get.json',
  title: { en: 'List ultragroup channels', zh: '查询超级群频道列表' },
  description: { en: "Lists an ultragroup's channels with their type and creation time.", zh: '查询超级群的频道及其类型和创建时间。' },
  source: 'Go UltraGroupChannelGet, UGGroupChannelGet; Java ultraGroup.busChannel.getList (ChannelListResult); PHP BusChannel.getList',
  sdks: { go: 'UltraGroupChannelGet(groupId, page, limit)', java: 'ultraGroup.busChannel.getList(groupId, page, limit)', php: 'getUltragroup()->BusChannel()->getList(groupId, page, limit)' },
  notes: {
    en: 'Go and PHP send the page size as limit (PHP default page 1, limit 20); Java sends it as size. No maximum was found.',
    zh: 'Go 与 PHP 以 limit 发送每页条数（PHP 默认 page 1、limit 20）；Java 以 size 发送。未找到上限。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), { ...pageParam(), defaultValue: '1' }, { ...pageSizeParam('limit', { en: 'Channels per page (default 20 in PHP).', zh: '每页条数（PHP 默认 20）' }), defaultValue: '20' }],
  success: [
    {
      name: 'channelList',
      kind: 'table',
      label: { en: 'Channels', zh: '频道' },
      columns: [
        { keys: ['channelId'], label: { en: 'Channel ID', zh: '频道 ID' } },
        { keys: ['type'], label: { en: 'Type (1 private)', zh: '类型（1 私有）' } },
        { keys: ['createTime'], label: { en: 'Created', zh: '创建时间' } },
      ],
    },
  ],
};

export const ULTRAGROUP_CHANNEL_TYPE_CHANGE: EndpointSpec = {
  id: 'ultragroup.channelTypeChange',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/type/change.json',
  title: { en: 'Change channel type', zh: '变更超级群频道类型' },
  description: { en: 'Makes a channel public (0) or private (1); RCDefault stays public.', zh: '将频道设为公有（0）或私有（1）；RCDefault 频道不能设为私有。' },
  source: 'Go UGGroupChannelChange; Java ultraGroup.busChannel.change; PHP BusChannel.change; D:ultragroup/create-ultragroup (RCDefault)',
  sdks: { go: 'UGGroupChannelChange(groupId, busChannel, type)', java: 'ultraGroup.busChannel.change(UltraGroupModel{id: groupId, busChannel: busChannel, type: type})', php: 'getUltragroup()->BusChannel()->change({id: groupId, busChannel: busChannel, type: type})' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), channelType(true)],
  success: [],
};

const privateUsers: Text = { en: 'Members of the ultragroup, comma-separated, at most 20.', zh: '超级群成员的用户 ID，逗号分隔，最多 20 个' };
const privateNote: Text = {
  en: 'The docs and Go send userIds as one comma-separated value of at most 20 (Go does not check the count); Java and PHP repeat the userIds key. Every ID must already be a member, or none is added (24406).',
  zh: '文档与 Go 将 userIds 作为一个以逗号分隔的值发送，最多 20 个（Go 不检查个数）；Java 与 PHP 重复 userIds 键。每个 ID 都必须已是超级群成员，否则全部添加失败（24406）。',
};

export const ULTRAGROUP_PRIVATE_USERS_ADD: EndpointSpec = {
  id: 'ultragroup.privateUsersAdd',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/private/users/add.json',
  title: { en: 'Add private channel members', zh: '添加私有频道成员' },
  description: { en: "Adds ultragroup members to a channel's private member list.", zh: '将超级群成员加入频道的私有频道成员列表。' },
  source: 'D:ultragroup/private-channel/add-to-private-channel-users; Go UGChannelPrivateUserAdd; Java ultraGroup.busChannel.privateUserAdd; PHP BusChannel.addPrivateUsers',
  docs: docsOf('private-channel/add-to-private-channel-users'),
  sdks: { go: 'UGChannelPrivateUserAdd(groupId, busChannel, userIds)', java: 'ultraGroup.busChannel.privateUserAdd(UltraGroupModel{id: groupId, busChannel: busChannel, members: [UltraGroupMember{id: userIds}]})', php: 'getUltragroup()->BusChannel()->addPrivateUsers({id: groupId, busChannel: busChannel, members: [{id: userIds}]})' },
  notes: privateNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), userIdsListParam(privateUsers)],
  success: [],
  hints: { 24406: { en: 'Every user must already be a member of the ultragroup (/ultragroup/join.json).', zh: '每个用户都必须已是超级群成员（/ultragroup/join.json）。' } },
};

export const ULTRAGROUP_PRIVATE_USERS_DEL: EndpointSpec = {
  id: 'ultragroup.privateUsersDel',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/private/users/del.json',
  title: { en: 'Remove private members', zh: '删除私有频道成员' },
  description: { en: "Takes users off a channel's private member list.", zh: '将用户移出频道的私有频道成员列表。' },
  source: 'Go UGChannelPrivateUserDel; Java ultraGroup.busChannel.privateUserRemove; PHP BusChannel.removePrivateUsers',
  sdks: { go: 'UGChannelPrivateUserDel(groupId, busChannel, userIds)', java: 'ultraGroup.busChannel.privateUserRemove(UltraGroupModel{id: groupId, busChannel: busChannel, members: [UltraGroupMember{id: userIds}]})', php: 'getUltragroup()->BusChannel()->removePrivateUsers({id: groupId, busChannel: busChannel, members: [{id: userIds}]})' },
  notes: {
    en: 'Go requires busChannel (1002); Java sends it only when set. The docs and Go send userIds comma-separated; Java and PHP repeat the key.',
    zh: 'Go 要求 busChannel（1002）；Java 仅在设置时发送。文档与 Go 以逗号分隔发送 userIds；Java 与 PHP 重复该键。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), userIdsListParam(privateUsers)],
  success: [],
};

export const ULTRAGROUP_PRIVATE_USERS_GET: EndpointSpec = {
  id: 'ultragroup.privateUsersGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/private/users/get.json',
  title: { en: 'List private channel members', zh: '查询私有频道成员' },
  description: { en: "Lists a channel's private member list.", zh: '查询频道的私有频道成员列表。' },
  source: 'Go UGChannelPrivateUserGetResObj; Java ultraGroup.busChannel.privateUserGet; PHP BusChannel.getPrivateUserList',
  sdks: { go: 'UGChannelPrivateUserGetResObj(groupId, busChannel, page, pageSize)', java: 'ultraGroup.busChannel.privateUserGet(groupId, busChannel, page, pageSize)', php: 'getUltragroup()->BusChannel()->getPrivateUserList({id: groupId, busChannel: busChannel, page: page, pageSize: pageSize})' },
  notes: {
    en: "Go and Java always send page and pageSize (Go's example: pageSize=1000); no limits for them were found.",
    zh: 'Go 与 Java 总是发送 page 与 pageSize（Go 的示例为 pageSize=1000）；未找到它们的上限。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), pageParam(), pageSizeParam('pageSize', { en: 'Users per page.', zh: '每页条数' })],
  success: [{ name: 'users', kind: 'list', label: { en: 'Private channel members', zh: '私有频道成员' } }],
};

export const ULTRAGROUP_NOTDISTURB_SET: EndpointSpec = {
  id: 'ultragroup.notdisturbSet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/notdisturb/set.json',
  title: { en: 'Set default do-not-disturb', zh: '设置超级群默认免打扰' },
  description: { en: 'Sets the default push level of an ultragroup, or of one of its channels, for its members.', zh: '设置超级群或其某个频道对成员的默认免打扰级别。' },
  source: 'Go UGNotDisturbSet (UGUnPushLevel*); Java ultraGroup.notdisturb.set; PHP Notdisturb.set',
  sdks: { go: 'UGNotDisturbSet(groupId, unpushLevel, busChannel)', java: 'ultraGroup.notdisturb.set(groupId, unpushLevel, busChannel)', php: 'getUltragroup()->Notdisturb()->set({id: groupId, busChannel: busChannel, unpushLevel: unpushLevel})' },
  notes: {
    en: 'Levels (Go constants, PHP comment): -1 all messages, 0 not set, 1 @ messages only, 2 @ me only, 4 @ all only, 5 none. 3 is not a level: Go rejects it (1002); this data checks only the range -1–5.',
    zh: '级别（Go 常量、PHP 注释）：-1 全部消息通知，0 未设置，1 仅 @ 消息，2 仅 @ 指定用户，4 仅 @ 所有人，5 不接收通知。3 不是有效级别：Go 会拒绝（1002）；本数据只检查 -1–5 的范围。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    integerParam('unpushLevel', -1, 5, { en: 'Push level: -1 all, 0 not set, 1 @ messages, 2 @ me, 4 @ all, 5 none.', zh: '免打扰级别：-1 全部通知，0 未设置，1 仅 @ 消息，2 仅 @ 指定用户，4 仅 @ 所有人，5 不接收' }, { example: '1' }),
    busChannelParam(),
  ],
  success: [],
};

export const ULTRAGROUP_NOTDISTURB_GET: EndpointSpec = {
  id: 'ultragroup.notdisturbGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/notdisturb/get.json',
  title: { en: 'Get default do-not-disturb', zh: '查询超级群默认免打扰' },
  description: { en: 'Reads the default push level of an ultragroup or of one of its channels.', zh: '查询超级群或其某个频道的默认免打扰级别。' },
  source: 'Go UGNotDisturbGet; Java ultraGroup.notdisturb.get (NotdisturbStatusResult); PHP Notdisturb.get',
  sdks: { go: 'UGNotDisturbGet(groupId, busChannel)', java: 'ultraGroup.notdisturb.get(groupId, busChannel)', php: 'getUltragroup()->Notdisturb()->get({id: groupId, busChannel: busChannel})' },
  notes: busChannelOptionalNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), busChannelParam()],
  success: [
    { name: 'groupId', kind: 'value', label: { en: 'Ultragroup ID', zh: '超级群 ID' } },
    { name: 'busChannel', kind: 'value', label: { en: 'Channel', zh: '频道' } },
    { name: 'unpushLevel', kind: 'value', label: { en: 'Push level', zh: '免打扰级别' } },
  ],
};

/** A message's UID as the callbacks and history give it; Java verify.json `expansion.msgUID` 1–64 (20003). */
const msgUidParam = (description: Text = { en: 'The message UID.', zh: '消息唯一标识 msgUID' }): ParamSpec => ({
  name: 'msgUID',
  kind: 'id',
  required: true,
  code: PARAMETER_ERROR_CODE,
  maxBytes: 64,
  description,
  example: 'BRGM-DEN2-01E4-BN66',
});
const expansionNote: Text = {
  en: 'Go requires groupId, userId and msgUID (1002) and sends busChannel only when given; Java checks msgUID, userId and the group ID as 1–64 (20003).',
  zh: 'Go 要求 groupId、userId、msgUID（1002），busChannel 仅在提供时发送；Java 检查 msgUID、userId 与群 ID 为 1–64（20003）。',
};

export const ULTRAGROUP_EXPANSION_SET: EndpointSpec = {
  id: 'ultragroup.expansionSet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/message/expansion/set.json',
  title: { en: 'Set message expansion', zh: '设置超级群消息扩展' },
  description: { en: 'Sets key-value expansion data on an expandable ultragroup message.', zh: '为可扩展的超级群消息设置键值对扩展数据。' },
  source: 'Go UGMessageExpansionSet; Java ultraGroup.expansion.set; PHP Expansion.set',
  sdks: { go: 'UGMessageExpansionSet(groupId, userId, msgUID, busChannel, extraKeyVal:stringmap)', java: 'ultraGroup.expansion.set(ExpansionModel{msgUID: msgUID, userId: userId, targetId: groupId, extraKeyVal: extraKeyVal:map, busChannel: busChannel})', php: 'getUltragroup()->Expansion()->set({msgUID: msgUID, userId: userId, groupId: groupId, busChannel: busChannel, extraKeyVal: extraKeyVal})' },
  notes: {
    en: `${expansionNote.en} Go rejects more than 100 keys in extraKeyVal (PHP's comment: 100 a call, 300 a message); this data does not count them.`,
    zh: `${expansionNote.zh} Go 拒绝 extraKeyVal 中超过 100 个键（PHP 注释：单次 100 个，单条消息 300 个）；本数据不计数。`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    userIdParam('userId', { en: 'The user who sets the expansion.', zh: '设置扩展的用户 ID' }, { example: 'user-1' }),
    msgUidParam(),
    { name: 'extraKeyVal', kind: 'json', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'Expansion data: a JSON object of string keys and values, at most 100 keys.', zh: '扩展内容，JSON 对象（字符串键值），最多 100 个键' }, example: '{"type":"3"}' },
    busChannelParam(),
  ],
  success: [],
};

export const ULTRAGROUP_EXPANSION_DELETE: EndpointSpec = {
  id: 'ultragroup.expansionDelete',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/message/expansion/delete.json',
  title: { en: 'Delete message expansion', zh: '删除超级群消息扩展' },
  description: { en: 'Removes expansion keys from an ultragroup message.', zh: '删除超级群消息的扩展键。' },
  source: 'Go UGMessageExpansionDelete; Java ultraGroup.expansion.remove; PHP Expansion.delete',
  sdks: { go: 'UGMessageExpansionDelete(groupId, userId, msgUID, busChannel, ...extraKey:set)', java: 'ultraGroup.expansion.remove(ExpansionModel{msgUID: msgUID, userId: userId, targetId: groupId, extraKey: extraKey:set, busChannel: busChannel})', php: 'getUltragroup()->Expansion()->delete({msgUID: msgUID, userId: userId, groupId: groupId, busChannel: busChannel, extraKey: extraKey})' },
  notes: { en: `${expansionNote.en} Go takes 1–100 keys (1002).`, zh: `${expansionNote.zh} Go 接受 1–100 个键（1002）。` },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    userIdParam('userId', { en: 'The user who deletes the expansion.', zh: '删除扩展的用户 ID' }, { example: 'user-1' }),
    msgUidParam(),
    { name: 'extraKey', kind: 'json', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'Keys to delete: a JSON array of 1–100 strings.', zh: '要删除的键，JSON 数组，1–100 个' }, example: '["type"]' },
    busChannelParam(),
  ],
  success: [],
};

export const ULTRAGROUP_EXPANSION_QUERY: EndpointSpec = {
  id: 'ultragroup.expansionQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/message/expansion/query.json',
  title: { en: 'Get message expansion', zh: '获取超级群消息扩展' },
  description: { en: "Reads an ultragroup message's expansion data (each key's value v and time ts).", zh: '查询超级群消息的扩展数据（每个键的值 v 与时间戳 ts）。' },
  source: 'Go UGMessageExpansionQuery; Java ultraGroup.expansion.getList (ExpansionResult); PHP Expansion.getList',
  sdks: { go: 'UGMessageExpansionQuery(groupId, msgUID, busChannel)', java: 'ultraGroup.expansion.getList(msgUID, groupId, busChannel, pageNo:string)', php: 'getUltragroup()->Expansion()->getList({msgUID: msgUID, groupId: groupId, busChannel: busChannel, pageNo: pageNo})' },
  notes: {
    en: 'Only Java sends pageNo (no meaning or limit found). Go sends busChannel only when given.',
    zh: '只有 Java 发送 pageNo（未找到其含义与上限）。Go 仅在提供时发送 busChannel。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), msgUidParam(), busChannelParam(), pageParam('pageNo')],
  success: [{ name: 'extraContent', kind: 'value', label: { en: 'Expansion', zh: '扩展内容' } }],
};

export const ULTRAGROUP_MSG_GET: EndpointSpec = {
  id: 'ultragroup.msgGet',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/msg/get.json',
  title: { en: 'Get messages by UID', zh: '根据消息 ID 获取超级群消息' },
  description: { en: 'Reads ultragroup messages by their UIDs.', zh: '按消息 UID 批量获取超级群消息。' },
  source: 'Go UGMessageGetObj, UGMessageGet (sdk/message.go)',
  sdks: { go: 'UGMessageGetObj' },
  notes: {
    en: 'Only Go calls this path. msgs is a JSON array of {msgUID, busChannel} sent as one form field; Go requires at least one and checks no maximum. Go sends busChannel only when given as an option. Go UGMessageGetObj has no snippet: it takes msgs as []UGMessageData records, which a template cannot build from the one JSON text of the form.',
    zh: '只有 Go 调用此路径。msgs 为 {msgUID, busChannel} 组成的 JSON 数组，作为一个表单字段发送；Go 要求至少一条，不检查上限。Go 仅在以选项提供时发送 busChannel。Go 的 UGMessageGetObj 没有代码片段：它以 []UGMessageData 记录接收 msgs，调用模板无法从表单中的一段 JSON 文本构造这些记录。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    { name: 'msgs', kind: 'json', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'Messages: a JSON array of {"msgUID", "busChannel"} objects.', zh: '消息列表，{"msgUID", "busChannel"} 对象组成的 JSON 数组' }, example: '[{"msgUID":"BRGM-DEN2-01E4-BN66","busChannel":"channel1"}]' },
    busChannelParam(),
  ],
  success: [{ name: 'data', kind: 'table', label: { en: 'Messages', zh: '消息' }, columns: messageColumns('sentTime') }],
};

export const ULTRAGROUP_MSG_MODIFY: EndpointSpec = {
  id: 'ultragroup.msgModify',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/msg/modify.json',
  title: { en: 'Modify ultragroup message', zh: '修改超级群消息' },
  description: { en: "Replaces the content of a sent ultragroup message.", zh: '修改已发送的超级群消息内容。' },
  source: 'Go UGMessageModify (sdk/message.go)',
  sdks: { go: 'UGMessageModify(groupId, fromUserId, msgUID, content, UgMessageExtension{BusChannel: busChannel, MsgRandom: msgRandom})' },
  notes: {
    en: "Only Go calls this path. Go sends busChannel and msgRandom together, only when its option is given. content's 128 KB and msgRandom's one-minute idempotency are from Go's comments.",
    zh: '只有 Go 调用此路径。Go 仅在提供选项时同时发送 busChannel 与 msgRandom。content 的 128 KB 上限与 msgRandom 一分钟内幂等均来自 Go 的注释。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    userIdParam('fromUserId', { en: 'The sender of the message.', zh: '消息发送者用户 ID' }, { example: 'user-1' }),
    msgUidParam(),
    { name: 'content', kind: 'json', required: true, code: PARAMETER_ERROR_CODE, maxBytes: MESSAGE_CONTENT_MAX_BYTES, description: { en: 'New message content: a JSON text of at most 128 KB.', zh: '新的消息内容，JSON 字符串，最大 128 KB' }, example: '{"content":"edited"}' },
    busChannelParam(),
    integerParam('msgRandom', 0, Number.MAX_SAFE_INTEGER, { en: 'Request ID: the same value within a minute is applied once.', zh: '请求唯一标识，一分钟内相同值只生效一次' }, { required: false }),
  ],
  success: [],
};

const hisColumns = messageColumns('msgTime');

export const ULTRAGROUP_HISMSG_QUERY: EndpointSpec = {
  id: 'ultragroup.hismsgQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/hismsg/query.json',
  title: { en: 'Query ultragroup history', zh: '查询超级群历史消息' },
  description: { en: "Lists a channel's messages sent after startTime up to endTime (at most 14 days apart), oldest first.", zh: '查询频道中 startTime 之后至 endTime 的消息（跨度不超过 14 天），按时间升序。' },
  source: 'Go UGHistoryQuery (sdk/ultragroup.go)',
  sdks: { go: 'UGHistoryQuery(groupId, busChannel, startTime, endTime, fromUserId, pageSize)' },
  notes: {
    en: "Only Go calls this path. Go's comment: busChannel required, 14 days at most between the times, pageSize default 20 and at most 100 (Go clamps it rather than refusing); 100 calls a minute per App Key. Go sends fromUserId only when given.",
    zh: '只有 Go 调用此路径。Go 的注释：busChannel 必填，起止时间相差不超过 14 天，pageSize 默认 20、最大 100（Go 会截断而不是拒绝）；每个 App Key 每分钟 100 次。Go 仅在提供时发送 fromUserId。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    channelRequired(),
    { name: 'startTime', kind: 'timestampMs', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'Start, in milliseconds (exclusive).', zh: '开始时间，毫秒时间戳（不含）' }, example: '1700000000000' },
    { name: 'endTime', kind: 'timestampMs', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'End, in milliseconds; at most 14 days after startTime.', zh: '结束时间，毫秒时间戳；与开始时间相差不超过 14 天' }, example: '1700086400000' },
    userIdParam('fromUserId', { en: 'Only messages from this sender.', zh: '仅查询该用户发送的消息' }, { required: false }),
    integerParam('pageSize', HISMSG_PAGE_SIZE.min, HISMSG_PAGE_SIZE.max, { en: 'Messages per page, 1–100 (default 20).', zh: '每页条数，1–100（默认 20）' }, { required: false, defaultValue: '20' }),
  ],
  success: [{ name: 'data', kind: 'table', label: { en: 'Messages', zh: '消息' }, columns: hisColumns }],
};

const aroundParam = (name: string, side: Text): ParamSpec =>
  integerParam(name, HISMSG_AROUND.min, HISMSG_AROUND.max, side, { required: false, defaultValue: '10' });

export const ULTRAGROUP_HISMSG_MSGID_QUERY: EndpointSpec = {
  id: 'ultragroup.hismsgMsgidQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/hismsg/msgid/query.json',
  title: { en: 'History around a message', zh: '查询指定消息前后的超级群历史消息' },
  description: { en: 'Lists the messages of a channel before and after a given message.', zh: '查询频道中指定消息前后的历史消息。' },
  source: 'Go UGHisMsgIdQuery (sdk/ultragroup.go)',
  sdks: { go: 'UGHisMsgIdQuery(groupId, busChannel, msgUID, prevNum, lastNum)' },
  notes: {
    en: "Only Go calls this path; its comment marks busChannel required and gives prevNum and lastNum a default of 10, at most 50, 0 for none. Go checks none of them and sends prevNum and lastNum only when given.",
    zh: '只有 Go 调用此路径；其注释说明 busChannel 必填，prevNum 与 lastNum 默认 10、最大 50，0 表示不取。Go 不检查这些参数，prevNum 与 lastNum 仅在提供时发送。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    channelRequired(),
    msgUidParam({ en: 'The message to look around.', zh: '作为查询基准的消息 UID' }),
    aroundParam('prevNum', { en: 'Messages before it, 0–50 (default 10).', zh: '之前的消息条数，0–50（默认 10）' }),
    aroundParam('lastNum', { en: 'Messages after it, 0–50 (default 10).', zh: '之后的消息条数，0–50（默认 10）' }),
  ],
  success: [{ name: 'data', kind: 'table', label: { en: 'Messages', zh: '消息' }, columns: hisColumns }],
};

/** The message fields publish shares with the other publish endpoints, as JSON fields. */
function publishBodyParams(): ParamSpec[] {
  const body = new Map(messageBodyParams().map((p) => [p.name, p]));
  const take = (name: string): ParamSpec => body.get(name)!;
  return [
    take('objectName'),
    { ...take('content'), jsonType: 'string' },
    take('pushContent'),
    take('pushData'),
    take('isPersisted'),
    flagParam('isCounted', { en: 'Count the message as unread (1, the default).', zh: '是否计入未读数，1 计入（默认）' }),
    flagParam('isMentioned', { en: 'An @ message (1).', zh: '是否为 @ 消息，1 为是' }),
    take('contentAvailable'),
    take('expansion'),
  ];
}

export const ULTRAGROUP_PUBLISH: EndpointSpec = {
  id: 'ultragroup.publish',
  module: 'ultragroup',
  method: 'POST',
  path: '/message/ultragroup/publish.json',
  title: { en: 'Send ultragroup message', zh: '发送超级群消息' },
  description: { en: 'Sends a message to up to 3 ultragroups, or to some of their members, in one channel.', zh: '向最多 3 个超级群（或其中的指定成员）的某个频道发送消息。' },
  source: 'Go UGMessagePublish; Java message.ultraGroup.send; PHP Message.Ultragroup.send',
  body: 'json',
  sdks: { go: 'UGMessagePublish(fromUserId, objectName, content, pushContent, pushData, isPersisted:string, isCounted:string, isMentioned:string, contentAvailable:string, busChannel, extraContent, expansion, unreadCountFlag, nil, ...toGroupIds)', java: 'message.ultraGroup.send(UltraGroupMessage{senderId: fromUserId, targetId: toGroupIds, toUserIds: toUserIds, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isCounted: isCounted, isMentioned: isMentioned, contentAvailable: contentAvailable, expansion: expansion, busChannel: busChannel, extraContent: extraContent:map, pushExt: pushExt})', php: 'getMessage()->Ultragroup()->send({senderId: fromUserId, targetId: toGroupIds, objectName: objectName, content: content, pushContent: pushContent, pushData: pushData, isPersisted: isPersisted, isCounted: isCounted, isMentioned: isMentioned, contentAvailable: contentAvailable, expansion: expansion, busChannel: busChannel})' },
  notes: {
    en: 'A JSON body in Go, Java and PHP. Go checks 1–3 toGroupIds (1002) and sends isPersisted, isCounted, isMentioned and contentAvailable as strings ("1"), Java as numbers; Go always sends isCounted ("1" unless 0) and expansion, and unreadCountFlag unless isMentioned is 1. Only Java sends toUserIds, msgRandom and disableUpdateLastMsg; only Go sends unreadCountFlag. Java checks fromUserId as 1–64 and objectName as 1–32.',
    zh: 'Go、Java、PHP 均以 JSON 正文发送。Go 检查 toGroupIds 为 1–3 个（1002），并以字符串（"1"）发送 isPersisted、isCounted、isMentioned、contentAvailable，Java 以数字发送；Go 总是发送 isCounted（非 0 即 "1"）与 expansion，isMentioned 不为 1 时发送 unreadCountFlag。只有 Java 发送 toUserIds、msgRandom、disableUpdateLastMsg；只有 Go 发送 unreadCountFlag。Java 检查 fromUserId 为 1–64、objectName 为 1–32。',
  },
  issuesToken: false,
  labelParam: 'fromUserId',
  params: [
    userIdParam('fromUserId', { en: 'The sender: a user ID.', zh: '发送者用户 ID' }, { example: 'user-1' }),
    { ...ugGroupId({ repeated: { min: 1, max: ULTRAGROUP_PUBLISH_MAX_GROUPS } }), name: 'toGroupIds', description: { en: 'Ultragroup IDs, 1–3.', zh: '超级群 ID，1–3 个' } },
    userIdParam('toUserIds', { en: 'Only these members receive it (Java only).', zh: '仅发给这些群成员（仅 Java）' }, { required: false, repeated: { min: 1, max: INT_MAX } }),
    ...publishBodyParams(),
    busChannelParam(),
    { name: 'extraContent', kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'string', description: { en: 'Expansion data sent with an expandable message: a JSON object of string keys and values.', zh: '可扩展消息的扩展内容，JSON 对象（字符串键值）' } },
    flagParam('unreadCountFlag', { en: 'Count an @ message as unread (Go only).', zh: '是否计入未读数（仅 Go）' }, ['false', 'true']),
    { name: 'pushExt', kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'string', description: { en: 'Push extension: a JSON text.', zh: '推送扩展，JSON 字符串' } },
    integerParam('msgRandom', 0, Number.MAX_SAFE_INTEGER, { en: 'Request ID for idempotency (Java only).', zh: '请求唯一标识，用于幂等（仅 Java）' }, { required: false }),
    flagParam('disableUpdateLastMsg', { en: "Do not update the conversation's last message (true; Java only).", zh: '是否不更新会话最后一条消息，true 为不更新（仅 Java）' }, ['false', 'true']),
  ],
  success: [
    { name: 'messageUID', kind: 'value', label: { en: 'Message UID', zh: '消息 UID' } },
    {
      name: 'messageUIDs',
      kind: 'table',
      label: { en: 'Message UIDs', zh: '消息 UID' },
      columns: [
        { keys: ['groupId'], label: { en: 'Ultragroup ID', zh: '超级群 ID' } },
        { keys: ['messageUID'], label: { en: 'Message UID', zh: '消息 UID' } },
      ],
    },
  ],
};

export const ULTRAGROUP_HISTORY_V3: EndpointSpec = {
  id: 'ultragroup.historyV3',
  module: 'ultragroup',
  method: 'POST',
  path: '/v3/message/ultragroup/query.json',
  title: { en: 'Message history (v3)', zh: '查询超级群历史消息（v3）' },
  description: { en: 'Lists the messages of an ultragroup (or one channel) a user can see between two times.', zh: '查询用户在两个时间点之间可见的超级群（或某个频道）消息。' },
  source: 'Go GetUltraGroupHistoryMessage; Java message.history.queryUltraGroupHistoryMessage; PHP Message.Ultragroup.getHistoryMsg',
  body: 'json',
  sdks: {
    go: 'GetUltraGroupHistoryMessage(QueryHistoryMessageModel{UserID: userId, TargetID: targetId, BusChannel: busChannel, StartTime: startTime, EndTime: endTime, PageSize: pageSize, IncludeStart: includeStart})',
    java: 'message.history.queryUltraGroupHistoryMessage(QueryHistoryMessageModel{userId: userId, targetId: targetId, busChannel: busChannel, startTime: startTime, endTime: endTime, pageSize: pageSize, includeStart: includeStart})',
    php: 'getMessage()->Ultragroup()->getHistoryMsg({userId: userId, targetId: targetId, busChannel: busChannel, startTime: startTime, endTime: endTime, pageSize: pageSize, includeStart: includeStart})',
  },
  notes: {
    en: 'Java sends startTime, endTime and pageSize as numbers and includeStart as a boolean; Go sends every field as a JSON string ("1700000000000", "true"). Java checks userId and targetId as 1–64 (20003) and requires includeStart; Go requires userId, targetId, startTime and endTime (1002). No pageSize limit was found.',
    zh: 'Java 以数字发送 startTime、endTime、pageSize，以布尔值发送 includeStart；Go 以 JSON 字符串发送所有字段（"1700000000000"、"true"）。Java 检查 userId 与 targetId 为 1–64（20003）并要求 includeStart；Go 要求 userId、targetId、startTime、endTime（1002）。未找到 pageSize 的上限。',
  },
  issuesToken: false,
  labelParam: 'targetId',
  params: [
    userIdParam('userId', { en: 'The user whose view of the history is read.', zh: '查询其可见历史消息的用户 ID' }, { example: 'user-1' }),
    { ...ugGroupId(), name: 'targetId', description: { en: 'Ultragroup ID; at most 64 bytes.', zh: '超级群 ID，最大长度 64 字节' } },
    busChannelParam(),
    { name: 'startTime', kind: 'timestampMs', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'Start, in milliseconds.', zh: '开始时间，毫秒时间戳' }, example: '1700000000000' },
    { name: 'endTime', kind: 'timestampMs', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'End, in milliseconds.', zh: '结束时间，毫秒时间戳' }, example: '1700086400000' },
    pageSizeParam('pageSize', { en: 'Messages per page.', zh: '每页条数' }),
    { ...flagParam('includeStart', { en: 'Include a message sent exactly at startTime (true).', zh: '是否包含开始时间点的消息，true 为包含' }, ['false', 'true']), required: true, example: 'true' },
  ],
  success: [
    {
      name: 'data',
      kind: 'table',
      label: { en: 'Messages', zh: '消息' },
      columns: [
        { keys: ['messageUID'], label: { en: 'Message UID', zh: '消息 UID' } },
        { keys: ['fromUserId'], label: { en: 'Sender', zh: '发送者' } },
        { keys: ['busChannel'], label: { en: 'Channel', zh: '频道' } },
        { keys: ['msgTime'], label: { en: 'Sent', zh: '发送时间' }, format: 'datetime' },
        { keys: ['objectName'], label: { en: 'Type', zh: '消息类型' } },
        { keys: ['content'], label: { en: 'Content', zh: '消息内容' } },
      ],
    },
  ],
};

/** Page size of the user-group lists: D:ultragroup/usergroup/query-channel-bound-usergroup and private-channel/query-channel-by-user, default 10, at most 50. */
export const USERGROUP_PAGE_SIZE = { min: 1, max: 50 } as const;
/** User group IDs one /ultragroup/usergroup/del.json call takes: D:ultragroup/usergroup/delete-usergroup (more fail the whole call). */
export const USERGROUPS_PER_DELETE = 10;

/** Go builds these eleven URLs with fmt.Sprintf, which sdk-paths.md (and sdkPaths.ts) did not pick up. */
function sdkPathsMiss(goMethod: string): Text {
  return {
    en: `Only Go calls this path (${goMethod}, a URL built with fmt.Sprintf that sdk-paths.md misses; sdkPaths.ts lists it among the calls the list misses); Java, PHP and Node have no user-group call.`,
    zh: `只有 Go 调用此路径（${goMethod}，其 URL 由 fmt.Sprintf 拼出，sdk-paths.md 未收录；sdkPaths.ts 将其列入该清单遗漏的调用）；Java、PHP 与 Node 没有用户组相关方法。`,
  };
}
/** Joins a note's sentences after the sdk-paths.md miss. */
const missNote = (goMethod: string, more?: Text): Text => {
  const miss = sdkPathsMiss(goMethod);
  return more ? { en: `${miss.en} ${more.en}`, zh: `${miss.zh}${more.zh}` } : miss;
};

const userGroupIdParam = (description: Text = { en: 'User group ID in the ultragroup.', zh: '超级群用户组 ID' }): ParamSpec => ({
  name: 'userGroupId',
  kind: 'id',
  required: true,
  code: PARAMETER_ERROR_CODE,
  description,
  example: 'ugroup-1',
});

/** IDs joined with commas in one form value, as Go sends them (strings.Join(…, ",")); a count limit, where a source gives one, is in the description and notes. */
function commaListParam(name: string, description: Text, example: string): ParamSpec {
  return { name, kind: 'text', required: true, code: PARAMETER_ERROR_CODE, description, example };
}

const usergroupPage = (): ParamSpec => ({ ...pageParam(), defaultValue: '1' });
/** pageSize where the docs page states 1–50 (default 10). */
const usergroupPageSize = (): ParamSpec =>
  integerParam('pageSize', USERGROUP_PAGE_SIZE.min, USERGROUP_PAGE_SIZE.max, { en: 'Entries per page, 1–50 (default 10).', zh: '每页条数，1–50（默认 10）' }, { required: false, defaultValue: '10', example: '10' });
/** pageSize where no docs page was found: no limit is checked. */
const usergroupPageSizeUnstated = (): ParamSpec => pageSizeParam('pageSize', { en: 'Entries per page.', zh: '每页条数' });

const goPagingNote: Text = {
  en: 'Go always sends page and pageSize, 0 when its argument is 0; the docs number pages from 1.',
  zh: 'Go 总是发送 page 与 pageSize，参数为 0 时发送 0；文档中页码从 1 开始。',
};
const unstatedPageNote: Text = {
  en: `No docs page for this path was found; its sibling list pages default pageSize to 10 and cap it at 50, which this data does not assume here. ${goPagingNote.en}`,
  zh: `未找到此路径的文档页面；同类列表接口的 pageSize 默认 10、最大 50，本数据在此不作此假设。${goPagingNote.zh}`,
};
const userGroupIdsList = (): ParamSpec => commaListParam('userGroupIds', { en: 'User group IDs, comma-separated.', zh: '用户组 ID，多个以英文逗号分隔' }, 'ugroup-1,ugroup-2');
const groupMembersList = (): ParamSpec => commaListParam('userIds', { en: 'User IDs, comma-separated.', zh: '用户 ID，多个以英文逗号分隔' }, 'user-1,user-2');
const idList = (label: Text): SuccessField => ({ name: 'data', kind: 'list', label });
const groupLimitsNote: Text = {
  en: 'The client docs\' overview (android-imlib/ultragroup/user-group-about) allows 50 user groups per ultragroup and 100 members per user group; those totals span calls and are not checked here.',
  zh: '客户端文档的用户组概述（android-imlib/ultragroup/user-group-about）规定每个超级群最多 50 个用户组、每个用户组最多 100 名成员；这些总量跨多次调用，此处不检查。',
};

export const ULTRAGROUP_USERGROUP_ADD: EndpointSpec = {
  id: 'ultragroup.usergroupAdd',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/usergroup/add.json',
  sdks: { go: 'UGUserGroupAdd(groupId, userGroups)' },
  title: { en: 'Create user groups', zh: '创建用户组' },
  description: { en: 'Creates user groups in an ultragroup; bound to a private channel, a user group lets its members use that channel.', zh: '在超级群中批量创建用户组；用户组绑定私有频道后，其成员可在该频道收发消息。' },
  source: 'Go UGUserGroupAdd (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  body: 'json',
  notes: missNote('UGUserGroupAdd', {
    en: `Go sends a JSON body {groupId, userGroups: [{userGroupId}]} and requires at least one user group (1002). ${groupLimitsNote.en}`,
    zh: `Go 以 JSON 正文 {groupId, userGroups: [{userGroupId}]} 发送，且要求至少一个用户组（1002）。${groupLimitsNote.zh}`,
  }),
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    ugGroupId(),
    {
      name: 'userGroups',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      jsonType: 'array',
      description: { en: 'User groups to create: an array of {"userGroupId"} objects.', zh: '要创建的用户组，{"userGroupId"} 对象数组' },
      example: '[{"userGroupId":"ugroup-1"}]',
    },
  ],
  success: [],
};

export const ULTRAGROUP_USERGROUP_DEL: EndpointSpec = {
  id: 'ultragroup.usergroupDel',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/usergroup/del.json',
  sdks: { go: 'UGUserGroupDelete(groupId, userGroupIds)' },
  title: { en: 'Delete user groups', zh: '删除用户组' },
  description: { en: 'Deletes user groups of an ultragroup with their memberships and channel bindings; their members are notified.', zh: '删除超级群用户组，同时解除其成员关系与频道绑定；原成员会收到通知。' },
  source: 'D:ultragroup/usergroup/delete-usergroup; Go UGUserGroupDelete (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  docs: docsOf('usergroup/delete-usergroup'),
  notes: missNote('UGUserGroupDelete', {
    en: 'The docs take at most 10 comma-separated userGroupIds (more fail the whole call); Go requires at least one (1002) and checks no maximum. This data does not count the IDs inside the value.',
    zh: '文档规定 userGroupIds 以逗号分隔、单次最多 10 个（超过则全部失败）；Go 要求至少一个（1002），不检查上限。本数据不统计值中的 ID 个数。',
  }),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), { ...userGroupIdsList(), description: { en: 'User group IDs, comma-separated, at most 10.', zh: '用户组 ID，以英文逗号分隔，单次最多 10 个' } }],
  success: [],
};

export const ULTRAGROUP_USERGROUP_QUERY: EndpointSpec = {
  id: 'ultragroup.usergroupQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/usergroup/query.json',
  sdks: { go: 'UGUserGroupQuery(groupId, page, pageSize)' },
  title: { en: 'List ultragroup user groups', zh: '查询用户组列表' },
  description: { en: 'Lists the user groups of an ultragroup, page by page.', zh: '分页查询超级群下的用户组。' },
  source: 'Go UGUserGroupQuery (sdk/ultragroup.go, URL built with fmt.Sprintf; UGUserGroupInfo)',
  notes: missNote('UGUserGroupQuery', unstatedPageNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), usergroupPage(), usergroupPageSizeUnstated()],
  success: [{ name: 'userGroups', kind: 'table', label: { en: 'User groups', zh: '用户组' }, columns: [{ keys: ['userGroupId'], label: { en: 'User group ID', zh: '用户组 ID' } }] }],
};

export const ULTRAGROUP_USERGROUP_USER_ADD: EndpointSpec = {
  id: 'ultragroup.usergroupUserAdd',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/usergroup/user/add.json',
  sdks: { go: 'UGUserGroupUserAdd(groupId, userGroupId, userIds)' },
  title: { en: 'Add users to a user group', zh: '用户组添加用户' },
  description: { en: 'Adds users to a user group of an ultragroup.', zh: '向超级群的用户组中批量添加用户。' },
  source: 'Go UGUserGroupUserAdd (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  notes: missNote('UGUserGroupUserAdd', {
    en: `Go sends userIds as one comma-separated value and requires at least one (1002); no per-call maximum was found. ${groupLimitsNote.en}`,
    zh: `Go 将 userIds 作为一个以逗号分隔的值发送，要求至少一个（1002）；未找到单次上限。${groupLimitsNote.zh}`,
  }),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), userGroupIdParam(), groupMembersList()],
  success: [],
};

export const ULTRAGROUP_USERGROUP_USER_DEL: EndpointSpec = {
  id: 'ultragroup.usergroupUserDel',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/usergroup/user/del.json',
  sdks: { go: 'UGUserGroupUserDelete(groupId, userGroupId, userIds)' },
  title: { en: 'Remove users from user group', zh: '用户组移出用户' },
  description: { en: 'Removes users from a user group of an ultragroup.', zh: '从超级群的用户组中批量移出用户。' },
  source: 'Go UGUserGroupUserDelete (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  notes: missNote('UGUserGroupUserDelete', {
    en: 'Go sends userIds as one comma-separated value and requires at least one (1002); no per-call maximum was found.',
    zh: 'Go 将 userIds 作为一个以逗号分隔的值发送，要求至少一个（1002）；未找到单次上限。',
  }),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), userGroupIdParam(), groupMembersList()],
  success: [],
};

export const ULTRAGROUP_USER_USERGROUP_QUERY: EndpointSpec = {
  id: 'ultragroup.userUsergroupQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/user/usergroup/query.json',
  sdks: { go: 'UGUserUserGroupQuery(groupId, userId, page, pageSize)' },
  title: { en: "List a user's user groups", zh: '查询用户所属用户组' },
  description: { en: 'Lists the IDs of the user groups a user belongs to in an ultragroup.', zh: '分页查询用户在超级群中所属的用户组 ID。' },
  source: 'Go UGUserUserGroupQuery (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  notes: missNote('UGUserUserGroupQuery', unstatedPageNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), userIdParam('userId', { en: 'The user whose user groups are listed.', zh: '要查询的用户 ID' }, { example: 'user-1' }), usergroupPage(), usergroupPageSizeUnstated()],
  success: [idList({ en: 'User group IDs', zh: '用户组 ID' })],
};

const bindNote: Text = {
  en: 'Go requires groupId, busChannel and at least one user group ID (1002) and sends userGroupIds as one comma-separated value; no per-call maximum was found.',
  zh: 'Go 要求 groupId、busChannel 及至少一个用户组 ID（1002），并将 userGroupIds 作为一个以逗号分隔的值发送；未找到单次上限。',
};

export const ULTRAGROUP_CHANNEL_USERGROUP_BIND: EndpointSpec = {
  id: 'ultragroup.channelUsergroupBind',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/usergroup/bind.json',
  sdks: { go: 'UGChannelUserGroupBind(groupId, busChannel, userGroupIds)' },
  title: { en: 'Bind user groups to channel', zh: '频道绑定用户组' },
  description: { en: "Binds user groups to a channel: when the channel is private, the groups' members may use it.", zh: '将用户组绑定到频道：频道为私有频道时，这些用户组的成员可在其中收发消息。' },
  source: 'Go UGChannelUserGroupBind (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  notes: missNote('UGChannelUserGroupBind', bindNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), userGroupIdsList()],
  success: [],
};

export const ULTRAGROUP_CHANNEL_USERGROUP_UNBIND: EndpointSpec = {
  id: 'ultragroup.channelUsergroupUnbind',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/usergroup/unbind.json',
  sdks: { go: 'UGChannelUserGroupUnbind(groupId, busChannel, userGroupIds)' },
  title: { en: 'Unbind channel user groups', zh: '频道解绑用户组' },
  description: { en: 'Removes the binding between user groups and a channel.', zh: '解除用户组与频道的绑定。' },
  source: 'Go UGChannelUserGroupUnbind (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  notes: missNote('UGChannelUserGroupUnbind', bindNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), userGroupIdsList()],
  success: [],
};

export const ULTRAGROUP_CHANNEL_USERGROUP_QUERY: EndpointSpec = {
  id: 'ultragroup.channelUsergroupQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/channel/usergroup/query.json',
  sdks: { go: 'UGChannelUserGroupQuery(groupId, busChannel, page, pageSize)' },
  title: { en: "List channel's user groups", zh: '查询频道绑定的用户组列表' },
  description: { en: 'Lists the IDs of the user groups bound to an ultragroup channel, page by page.', zh: '分页查询超级群频道绑定的用户组 ID。' },
  source: 'D:ultragroup/usergroup/query-channel-bound-usergroup; Go UGChannelUserGroupQuery (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  docs: docsOf('usergroup/query-channel-bound-usergroup'),
  notes: missNote('UGChannelUserGroupQuery', goPagingNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), channelRequired(), usergroupPage(), usergroupPageSize()],
  success: [idList({ en: 'User group IDs', zh: '用户组 ID' })],
};

export const ULTRAGROUP_USERGROUP_CHANNEL_QUERY: EndpointSpec = {
  id: 'ultragroup.usergroupChannelQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/usergroup/channel/query.json',
  sdks: { go: 'UGUserGroupChannelQuery(groupId, userGroupId, page, pageSize)' },
  title: { en: "List user group's channels", zh: '查询用户组绑定的频道列表' },
  description: { en: 'Lists the IDs of the channels a user group is bound to, page by page.', zh: '分页查询用户组绑定的超级群频道 ID。' },
  source: 'Go UGUserGroupChannelQuery (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  notes: missNote('UGUserGroupChannelQuery', unstatedPageNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), userGroupIdParam(), usergroupPage(), usergroupPageSizeUnstated()],
  success: [idList({ en: 'Channel IDs', zh: '频道 ID' })],
};

export const ULTRAGROUP_USER_CHANNEL_QUERY: EndpointSpec = {
  id: 'ultragroup.userChannelQuery',
  module: 'ultragroup',
  method: 'POST',
  path: '/ultragroup/user/channel/query.json',
  sdks: { go: 'UGUserChannelQuery(groupId, userId, page, pageSize)' },
  title: { en: "List user's private channels", zh: '查询用户所属的私有频道' },
  description: { en: "Lists the channels whose private member list holds a user; public channels can have such a list too, so some IDs may not be private channels.", zh: '分页查询私有频道成员列表中包含该用户的频道；公有频道也可以有此列表，因此结果中可能包含非私有频道。' },
  source: 'D:ultragroup/private-channel/query-channel-by-user; Go UGUserChannelQuery (sdk/ultragroup.go, URL built with fmt.Sprintf)',
  docs: docsOf('private-channel/query-channel-by-user'),
  notes: missNote('UGUserChannelQuery', goPagingNote),
  issuesToken: false,
  labelParam: 'groupId',
  params: [ugGroupId(), userIdParam('userId', { en: 'The user whose channels are listed.', zh: '要查询的用户 ID' }, { example: 'user-1' }), usergroupPage(), usergroupPageSize()],
  success: [idList({ en: 'Channel IDs', zh: '频道 ID' })],
};

export const ULTRAGROUP_ENDPOINTS: readonly EndpointSpec[] = [
  ULTRAGROUP_CREATE, ULTRAGROUP_DIS, ULTRAGROUP_JOIN, ULTRAGROUP_QUIT, ULTRAGROUP_REFRESH, ULTRAGROUP_MEMBER_EXIST,
  ULTRAGROUP_GLOBAL_BANNED_SET, ULTRAGROUP_GLOBAL_BANNED_GET,
  ULTRAGROUP_USER_BANNED_ADD, ULTRAGROUP_USER_BANNED_DEL, ULTRAGROUP_USER_BANNED_GET,
  ULTRAGROUP_BANNED_WHITELIST_ADD, ULTRAGROUP_BANNED_WHITELIST_DEL, ULTRAGROUP_BANNED_WHITELIST_GET,
  ULTRAGROUP_CHANNEL_CREATE, ULTRAGROUP_CHANNEL_DEL, ULTRAGROUP_CHANNEL_GET, ULTRAGROUP_CHANNEL_TYPE_CHANGE,
  ULTRAGROUP_PRIVATE_USERS_ADD, ULTRAGROUP_PRIVATE_USERS_DEL, ULTRAGROUP_PRIVATE_USERS_GET,
  ULTRAGROUP_NOTDISTURB_SET, ULTRAGROUP_NOTDISTURB_GET,
  ULTRAGROUP_EXPANSION_SET, ULTRAGROUP_EXPANSION_DELETE, ULTRAGROUP_EXPANSION_QUERY,
  ULTRAGROUP_MSG_GET, ULTRAGROUP_MSG_MODIFY, ULTRAGROUP_HISMSG_QUERY, ULTRAGROUP_HISMSG_MSGID_QUERY,
  ULTRAGROUP_PUBLISH, ULTRAGROUP_HISTORY_V3,
  ULTRAGROUP_USERGROUP_ADD, ULTRAGROUP_USERGROUP_DEL, ULTRAGROUP_USERGROUP_QUERY,
  ULTRAGROUP_USERGROUP_USER_ADD, ULTRAGROUP_USERGROUP_USER_DEL, ULTRAGROUP_USER_USERGROUP_QUERY,
  ULTRAGROUP_CHANNEL_USERGROUP_BIND, ULTRAGROUP_CHANNEL_USERGROUP_UNBIND, ULTRAGROUP_CHANNEL_USERGROUP_QUERY,
  ULTRAGROUP_USERGROUP_CHANNEL_QUERY, ULTRAGROUP_USER_CHANNEL_QUERY,
];
