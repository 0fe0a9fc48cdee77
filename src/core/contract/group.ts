/** The group module: the first endpoints (endpoints.md, "Messages and groups") and every `/group/…` path the official SDKs call (#18). */
import { GROUP_ID_MAX_BYTES, PARAMETER_ERROR_CODE } from './limits';
import { flagParam, groupIdParam, groupNameParam, integerParam, messageBodyParams, userIdParam } from './params';
import type { EndpointSpec, ParamSpec } from './types';

const members = { en: 'Member user IDs, 1–1000 values.', zh: '群成员用户 ID，1–1000 个' };
const MEMBERS = { min: 1, max: 1000 };

const INT_MAX = 2_147_483_647;

const docsOf = (slug: string) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/group/${slug}`, en: `https://docs.rongcloud.io/platform-chat-api/group/${slug}` });
const mutedUsers = { en: 'User IDs, 1–20 values (repeat the parameter).', zh: '用户 ID，1–20 个（重复该参数）' };
const operatorOf = { en: 'The user whose remark it is: a user ID.', zh: '设置备注的用户 ID' };
const groupIds20 = { en: 'Group IDs, 1–20 values (repeat the parameter).', zh: '群组 ID，1–20 个（重复该参数）' };

/**
 * The notification message Go (MessageOptions) and Java (GroupModel) may bind to a group change: they send
 * these only with bindNotifyMsg=true, and then fromUserId, objectName and content are required.
 */
function notifyParams(): ParamSpec[] {
  const body = new Map(messageBodyParams().map((p) => [p.name, p]));
  const optional = (name: string): ParamSpec => ({ ...body.get(name)!, required: false });
  return [
    flagParam('bindNotifyMsg', { en: 'Send a notification message with the change (true).', zh: '是否随本次操作发送通知消息，true 为发送' }, ['false', 'true']),
    userIdParam('fromUserId', { en: 'Sender of the notification message (required with bindNotifyMsg=true).', zh: '通知消息的发送者（bindNotifyMsg 为 true 时必填）' }, { required: false }),
    optional('objectName'),
    optional('content'),
    optional('pushContent'),
    optional('pushData'),
    optional('isIncludeSender'),
    optional('isPersisted'),
    integerParam('maxMember', 0, INT_MAX, { en: 'Members the notification is delivered to at most.', zh: '通知消息最多投递的成员数' }, { required: false }),
    { name: 'pushExt', kind: 'json', required: false, code: PARAMETER_ERROR_CODE, description: { en: 'Push extension: a JSON text.', zh: '推送扩展，JSON 字符串' } },
    flagParam('disableUpdateLastMsg', { en: "Do not update the conversation's last message (true; Go only).", zh: '是否不更新会话最后一条消息，true 为不更新（仅 Go）' }, ['false', 'true']),
  ];
}

const notifyNote = {
  en: 'Go and Java send bindNotifyMsg and the notification fields only when bindNotifyMsg is true; Go then requires fromUserId, objectName and content (1002). Node, PHP and Python never send them; the docs page lists only groupId and groupName.',
  zh: 'Go 与 Java 仅在 bindNotifyMsg 为 true 时发送 bindNotifyMsg 及通知消息字段，此时 Go 要求 fromUserId、objectName、content 必填（1002）。Node、PHP、Python 从不发送；文档页只列出 groupId 与 groupName。',
};

export const GROUP_CREATE: EndpointSpec = {
  id: 'group.create',
  module: 'group',
  method: 'POST',
  path: '/group/create.json',
  title: { en: 'Create group', zh: '创建群组' },
  description: { en: 'Creates a group with its first members (a group holds at most 3,000).', zh: '创建群组并加入首批成员（一个群最多 3000 人）。' },
  source: 'D:group/create-group; Node Group.create',
  sdks: {
    go: 'GroupCreate(groupId, groupName, [userId])',
    java: 'group.create(GroupModel{id: groupId, name: groupName, members: [GroupMember{id: userId}]})',
    node: 'Group.create({id: groupId, name: groupName, members: [{id: userId}]})',
    php: 'getGroup()->create({id: groupId, name: groupName, members: [{id: userId}]})',
    python: 'get_group().create(user_ids=[userId], group_id=groupId, group_name=groupName)',
  },
  notes: notifyNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', members, { repeated: MEMBERS, example: 'user-1' }), groupIdParam(), groupNameParam(), ...notifyParams()],
  success: [],
};

export const GROUP_JOIN: EndpointSpec = {
  id: 'group.join',
  module: 'group',
  method: 'POST',
  path: '/group/join.json',
  title: { en: 'Join group', zh: '加入群组' },
  description: { en: 'Adds users to a group.', zh: '将用户加入群组。' },
  source: 'D:group/join-group',
  sdks: {
    go: 'GroupJoin(groupId, groupName, [userId])',
    java: 'group.join(GroupModel{id: groupId, name: groupName, members: [GroupMember{id: userId}]})',
    node: 'Group.join({id: groupId, name: groupName, member: {id: userId}})',
    php: 'getGroup()->joins({id: groupId, name: groupName, member: {id: userId}})',
    python: 'get_group().join(user_ids=[userId], group_id=groupId, group_name=groupName)',
  },
  notes: {
    en: `Java and Node also call this path as invite; PHP names the method joins. ${notifyNote.en}`,
    zh: `Java 与 Node 还以 invite 调用此路径；PHP 的方法名为 joins。${notifyNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', members, { repeated: MEMBERS, example: 'user-2' }), groupIdParam(), groupNameParam({ required: false }), ...notifyParams()],
  success: [],
};

export const GROUP_QUIT: EndpointSpec = {
  id: 'group.quit',
  module: 'group',
  method: 'POST',
  path: '/group/quit.json',
  title: { en: 'Quit group', zh: '退出群组' },
  description: { en: 'Removes users from a group.', zh: '将用户移出群组。' },
  source: 'D:group/quit-group; Node Group.quit',
  sdks: {
    go: 'GroupQuit([userId], groupId)',
    java: 'group.quit(GroupModel{id: groupId, members: [GroupMember{id: userId}]})',
    node: 'Group.quit({id: groupId, member: {id: userId}})',
    php: 'getGroup()->quit({id: groupId, member: {id: userId}})',
    python: 'get_group().quit(user_ids=[userId], group_id=groupId)',
  },
  notes: {
    en: `Node and PHP also call this path as kick. ${notifyNote.en}`,
    zh: `Node 与 PHP 还以 kick 调用此路径。${notifyNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', members, { repeated: MEMBERS, example: 'user-2' }), groupIdParam(), ...notifyParams()],
  success: [],
};

export const GROUP_DISMISS: EndpointSpec = {
  id: 'group.dismiss',
  module: 'group',
  method: 'POST',
  path: '/group/dismiss.json',
  title: { en: 'Dismiss group', zh: '解散群组' },
  description: { en: 'Dismisses a group; userId is the operator.', zh: '解散群组；userId 为操作人。' },
  source: 'D:group/dismiss-group; Node Group.dismiss',
  sdks: {
    go: 'GroupDismiss(groupId, userId)',
    java: 'group.dismiss(GroupModel{id: groupId, members: [GroupMember{id: userId}]})',
    node: 'Group.dismiss({id: groupId, member: {id: userId}})',
    php: 'getGroup()->dismiss({id: groupId, member: {id: userId}})',
    python: 'get_group().dismiss(user_id=userId, group_id=groupId)',
  },
  notes: notifyNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', { en: 'The operator: a user ID.', zh: '操作人用户 ID' }, { example: 'user-1' }), groupIdParam(), ...notifyParams()],
  success: [],
};

export const GROUP_MEMBERS: EndpointSpec = {
  id: 'group.members',
  module: 'group',
  method: 'POST',
  path: '/group/user/query.json',
  title: { en: 'List group members', zh: '查询群成员' },
  description: { en: "Lists a group's members.", zh: '查询群组成员。' },
  source: 'Go group.go',
  sdks: {
    go: 'GroupGet(groupId)',
    java: 'group.get(GroupModel{id: groupId})',
    node: 'Group.get({id: groupId})',
    php: 'getGroup()->get({id: groupId})',
    python: 'get_group().query(group_id=groupId)',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam()],
  success: [{ name: 'users', kind: 'table', label: { en: 'Members', zh: '成员' }, columns: [{ keys: ['id', 'userId'], label: { en: 'User ID', zh: '用户 ID' } }] }],
  hints: { 1003: { en: 'Check the group ID: was the group created in this app?', zh: '请检查群组 ID：该群组是否已在此应用中创建？' } },
};

/** Mute minutes: 0 is a permanent mute, at most 30 days (docs gag-user; Python and Node check 0–43200). */
const MUTE_MINUTES = { min: 0, max: 43_200 } as const;
/** User IDs a mute or mute-exception call takes (docs; Python checks 1–20). */
const USERS_20 = { min: 1, max: 20 };
/** Group IDs a mute-all call takes (docs ban-group; Python 1–20, Node 20003). */
const GROUPS_20 = { min: 1, max: 20 };
/** Java and Go send int; no smaller bound is documented. */

export const GROUP_REFRESH: EndpointSpec = {
  id: 'group.refresh',
  module: 'group',
  method: 'POST',
  path: '/group/refresh.json',
  title: { en: 'Refresh group info', zh: '刷新群组信息' },
  description: { en: 'Updates the group name the service shows in push notifications (effective within 5 minutes).', zh: '更新服务端保存的群组名称（用于推送通知显示），5 分钟内生效。' },
  source: 'D:group/refresh-group-info; Go GroupUpdate; Java group.update',
  docs: docsOf('refresh-group-info'),
  sdks: {
    go: 'GroupUpdate(groupId, groupName)',
    java: 'group.update(GroupModel{id: groupId, name: groupName})',
    node: 'Group.update({id: groupId, name: groupName})',
    php: 'getGroup()->update({id: groupId, name: groupName})',
    python: 'get_group().update(group_id=groupId, group_name=groupName)',
  },
  notes: {
    en: `Java checks the name as 1–255 characters, Node, PHP and Python 1–64; this data keeps the 128 bytes of the other group endpoints. ${notifyNote.en}`,
    zh: `Java 检查群名为 1–255 个字符，Node、PHP、Python 为 1–64；本数据沿用其他群组接口的 128 字节。${notifyNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam(), groupNameParam({ example: 'New team' }), ...notifyParams()],
  success: [],
};

export const GROUP_BAN_ADD: EndpointSpec = {
  id: 'group.banAdd',
  module: 'group',
  method: 'POST',
  path: '/group/ban/add.json',
  title: { en: 'Mute whole groups', zh: '设置群组全体禁言' },
  description: { en: 'Mutes every member of these groups: only the mute exceptions can still send from the client SDK.', zh: '禁言群组全体成员：仅禁言白名单中的用户仍可通过客户端 SDK 发言。' },
  source: 'D:group/mute/ban-group; Python Ban.add; Node Mute.All.add',
  docs: docsOf('mute/ban-group'),
  sdks: {
    go: 'GroupMuteAllMembersAdd([groupId])',
    java: 'group.muteAllMembers.add([groupId])',
    node: 'Group.Mute.All.add({groups: [{id: groupId}]})',
    php: 'getGroup()->MuteAllMembers()->add({id: groupId})',
    python: 'get_group().get_user().get_ban().add(group_ids=[groupId])',
  },
  notes: {
    en: 'Java also calls this path as group.ban.add. Go and Java do not check the count; the docs, Python and Node allow 1–20 group IDs.',
    zh: 'Java 还以 group.ban.add 调用此路径。Go 与 Java 不检查个数；文档、Python、Node 允许 1–20 个群组 ID。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [{ ...groupIdParam({ repeated: GROUPS_20 }), description: groupIds20 }],
  success: [],
};

export const GROUP_BAN_ROLLBACK: EndpointSpec = {
  id: 'group.banRollback',
  module: 'group',
  method: 'POST',
  path: '/group/ban/rollback.json',
  title: { en: 'Unmute whole groups', zh: '解除群组全体禁言' },
  description: { en: 'Lifts the whole-group mute of these groups.', zh: '解除这些群组的全体禁言。' },
  source: 'Go GroupMuteAllMembersRemove; Python Ban.remove; Node Mute.All.remove',
  sdks: {
    go: 'GroupMuteAllMembersRemove([groupId])',
    java: 'group.muteAllMembers.remove([groupId])',
    node: 'Group.Mute.All.remove({groups: [{id: groupId}]})',
    php: 'getGroup()->MuteAllMembers()->remove({id: groupId})',
    python: 'get_group().get_user().get_ban().remove(group_ids=[groupId])',
  },
  notes: {
    en: 'Java also calls this path as group.ban.remove. Python and Node allow 1–20 group IDs; Go and Java do not check the count.',
    zh: 'Java 还以 group.ban.remove 调用此路径。Python 与 Node 允许 1–20 个群组 ID；Go 与 Java 不检查个数。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [{ ...groupIdParam({ repeated: GROUPS_20 }), description: groupIds20 }],
  success: [],
};

export const GROUP_BAN_QUERY: EndpointSpec = {
  id: 'group.banQuery',
  module: 'group',
  method: 'POST',
  path: '/group/ban/query.json',
  title: { en: 'List whole-group mutes', zh: '查询群组全体禁言' },
  description: { en: 'Lists the groups muted as a whole, or tells for the given groups whether they are (stat 1 muted, 0 not).', zh: '查询被全体禁言的群组，或查询指定群组是否被全体禁言（stat 为 1 已禁言，0 未禁言）。' },
  source: 'Go GroupMuteAllMembersGetList; Python Ban.query',
  sdks: {
    go: 'GroupMuteAllMembersGetList([groupId], page, size)',
    java: 'group.muteAllMembers.getList()',
    node: 'Group.Mute.All.getList()',
    php: 'getGroup()->MuteAllMembers()->getList({id: groupId})',
    python: 'get_group().get_user().get_ban().query(group_ids=[groupId])',
  },
  notes: {
    en: 'Only Go sends page and size (its comment: with either, groupId is ignored; size defaults to 50, at most 200). Java getList and Node send nothing, Java check sends groupIds; Python allows 1–20 group IDs. No upper bound for page was found.',
    zh: '只有 Go 发送 page 和 size（其注释：传入任一项时 groupId 无效；size 默认 50，最大 200）。Java 的 getList 与 Node 不发送参数，Java 的 check 发送 groupId；Python 允许 1–20 个群组 ID。未找到 page 的上限。',
  },
  issuesToken: false,
  params: [
    { ...groupIdParam({ required: false, repeated: { min: 0, max: 20 } }), description: { en: 'Group IDs to check, up to 20; none lists every muted group.', zh: '要查询的群组 ID，最多 20 个；不传则查询所有全体禁言的群组' } },
    integerParam('page', 1, INT_MAX, { en: 'Page number, from 1 (Go only).', zh: '页码，从 1 开始（仅 Go）' }, { required: false, defaultValue: '1' }),
    integerParam('size', 1, 200, { en: 'Groups per page, 1–200 (Go only; default 50).', zh: '每页条数，1–200（仅 Go；默认 50）' }, { required: false, defaultValue: '50' }),
  ],
  success: [
    {
      name: 'groupinfo',
      kind: 'table',
      label: { en: 'Groups', zh: '群组' },
      columns: [
        { keys: ['groupId'], label: { en: 'Group ID', zh: '群组 ID' } },
        { keys: ['stat'], label: { en: 'Muted (1)', zh: '是否禁言（1 是）' } },
      ],
    },
  ],
};

const gagGroupId = (what: { en: string; zh: string }): ParamSpec => ({ ...groupIdParam({ required: false }), description: what });
const gagNote = {
  en: 'groupId is optional in the docs, Python and Go GroupUserGagAdd (absent: every group the users joined; at most 100 users muted that way); Java group.ban.user sends no groupId; Go GroupGagAdd and Java gag/muteMembers always send one.',
  zh: '文档、Python 与 Go 的 GroupUserGagAdd 中 groupId 可选（不传则作用于用户加入的所有群组；以此方式最多禁言 100 个用户）；Java 的 group.ban.user 不发送 groupId；Go 的 GroupGagAdd 与 Java 的 gag/muteMembers 总是发送。',
};

export const GROUP_GAG_ADD: EndpointSpec = {
  id: 'group.gagAdd',
  module: 'group',
  method: 'POST',
  path: '/group/user/gag/add.json',
  title: { en: 'Mute group members', zh: '禁言指定群成员' },
  description: { en: 'Mutes users in a group (or in every group they joined) for some minutes, or for good with 0.', zh: '在群组中（或在用户加入的所有群组中）禁言用户若干分钟，0 为永久禁言。' },
  source: 'D:group/mute/gag-user; Python Gag.add; Go GroupMuteMembersAdd',
  docs: docsOf('mute/gag-user'),
  sdks: {
    go: 'GroupMuteMembersAdd(groupId, [userId], minute)',
    java: 'group.muteMembers.add(GroupModel{id: groupId, members: [GroupMember{id: userId}], minute: minute})',
    node: 'Group.Mute.Member.add({id: groupId, members: [{id: userId}], minute: minute})',
    php: 'getGroup()->Gag()->add({id: groupId, members: [{id: userId}], minute: minute})',
    python: 'get_group().get_user().get_gag().add(user_ids=[userId], group_id=groupId, minute=minute)',
  },
  notes: {
    en: `Minute: the docs, Python and Node allow 0 (permanent) to 43200; Java checks 1–43200 (20004) while its message says 0–43200; Go rejects 0 (1002). ${gagNote.en} Java also calls this path as group.gag.add and group.ban.user.add; Go as GroupGagAdd and GroupUserGagAdd; Node as Group.Gag.add.`,
    zh: `minute：文档、Python、Node 允许 0（永久）到 43200；Java 检查 1–43200（20004），其提示却写 0–43200；Go 拒绝 0（1002）。${gagNote.zh} Java 还以 group.gag.add、group.ban.user.add 调用此路径；Go 以 GroupGagAdd、GroupUserGagAdd；Node 以 Group.Gag.add。`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    userIdParam('userId', mutedUsers, { repeated: USERS_20, example: 'user-2' }),
    gagGroupId({ en: 'Group ID; absent: every group the users joined.', zh: '群组 ID；不传则作用于用户加入的所有群组' }),
    integerParam('minute', MUTE_MINUTES.min, MUTE_MINUTES.max, { en: 'Minutes the mute lasts, 0 (permanent) to 43200 (30 days).', zh: '禁言时长（分钟），0（永久）到 43200（30 天）' }, { example: '60' }),
  ],
  success: [],
};

export const GROUP_GAG_ROLLBACK: EndpointSpec = {
  id: 'group.gagRollback',
  module: 'group',
  method: 'POST',
  path: '/group/user/gag/rollback.json',
  title: { en: 'Unmute group members', zh: '取消指定群成员禁言' },
  description: { en: 'Lifts the mute of users in a group (or in every group).', zh: '解除用户在群组中（或在所有群组中）的禁言。' },
  source: 'Go GroupMuteMembersRemove; Python Gag.remove',
  sdks: {
    go: 'GroupMuteMembersRemove(groupId, [userId])',
    java: 'group.muteMembers.remove(GroupModel{id: groupId, members: [GroupMember{id: userId}]})',
    node: 'Group.Mute.Member.remove({id: groupId, members: [{id: userId}]})',
    php: 'getGroup()->Gag()->remove({id: groupId, members: [{id: userId}]})',
    python: 'get_group().get_user().get_gag().remove(user_ids=[userId], group_id=groupId)',
  },
  notes: {
    en: `Python allows 1–20 user IDs; Go, Java and Node do not check the count. ${gagNote.en} Java also calls this path as group.gag.remove and group.ban.user.remove; Go as GroupGagRemove; Node as Group.Gag.remove.`,
    zh: `Python 允许 1–20 个用户 ID；Go、Java、Node 不检查个数。${gagNote.zh} Java 还以 group.gag.remove、group.ban.user.remove 调用此路径；Go 以 GroupGagRemove；Node 以 Group.Gag.remove。`,
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    userIdParam('userId', mutedUsers, { repeated: USERS_20, example: 'user-2' }),
    gagGroupId({ en: 'Group ID; absent: every group.', zh: '群组 ID；不传则作用于所有群组' }),
  ],
  success: [],
};

export const GROUP_GAG_LIST: EndpointSpec = {
  id: 'group.gagList',
  module: 'group',
  method: 'POST',
  path: '/group/user/gag/list.json',
  title: { en: 'List muted group members', zh: '查询群成员禁言列表' },
  description: { en: 'Lists the users muted in a group (without groupId: muted in every group), with when each mute ends.', zh: '查询群组中被禁言的用户（不传 groupId 则查询在所有群组中被禁言的用户）及解除时间。' },
  source: 'D:group/mute/query-gagged-user; Go GroupMuteMembersGetList',
  docs: docsOf('mute/query-gagged-user'),
  sdks: {
    go: 'GroupMuteMembersGetList(groupId)',
    java: 'group.muteMembers.getList(groupId)',
    node: 'Group.Mute.Member.getList({id: groupId})',
    php: 'getGroup()->Gag()->getList({id: groupId})',
    python: 'get_group().get_user().get_gag().query(group_id=groupId)',
  },
  notes: {
    en: 'The docs answer users[{userId, startTime, time}] (times as "YYYY-MM-DD HH:MM:SS" in the data center\'s zone); Go parses users[{id, userId, time}], Java members[{id, time}]. Go and Java require groupId; the docs and Python make it optional. Java also calls this path as group.gag.getList and group.ban.user.getList; Go as GroupGagList.',
    zh: '文档的返回为 users[{userId, startTime, time}]（时间格式 "YYYY-MM-DD HH:MM:SS"，按数据中心所在时区）；Go 解析 users[{id, userId, time}]，Java 解析 members[{id, time}]。Go 与 Java 要求 groupId；文档与 Python 中为可选。Java 还以 group.gag.getList、group.ban.user.getList 调用此路径；Go 以 GroupGagList。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [gagGroupId({ en: 'Group ID; absent: users muted in every group.', zh: '群组 ID；不传则查询在所有群组中被禁言的用户' })],
  success: [
    {
      name: 'users',
      kind: 'table',
      label: { en: 'Muted members', zh: '被禁言成员' },
      columns: [
        { keys: ['userId', 'id'], label: { en: 'User ID', zh: '用户 ID' } },
        { keys: ['startTime'], label: { en: 'Muted since', zh: '禁言开始时间' } },
        { keys: ['time'], label: { en: 'Muted until', zh: '解除禁言时间' } },
      ],
    },
  ],
};

const whitelistNote = {
  en: 'The docs and Python allow 1–20 user IDs; Go, Java and Node do not check the count. Java also calls this path through group.ban.whitelist.user.',
  zh: '文档与 Python 允许 1–20 个用户 ID；Go、Java、Node 不检查个数。Java 还通过 group.ban.whitelist.user 调用此路径。',
};

export const GROUP_BAN_WHITELIST_ADD: EndpointSpec = {
  id: 'group.banWhitelistAdd',
  module: 'group',
  method: 'POST',
  path: '/group/user/ban/whitelist/add.json',
  title: { en: 'Add group mute exceptions', zh: '加入群组禁言白名单' },
  description: { en: 'Lets these members still send while their group is muted as a whole (a member muted one by one stays muted).', zh: '群组全体禁言时，白名单中的成员仍可发言（被单独禁言的成员仍不能发言）。' },
  source: 'D:group/mute/add-to-group-ban-whitelist; Python Whitelist.add',
  docs: docsOf('mute/add-to-group-ban-whitelist'),
  sdks: {
    go: 'GroupMuteWhiteListUserAdd(groupId, [userId])',
    java: 'group.muteWhiteList.user.add(GroupModel{id: groupId, members: [GroupMember{id: userId}]})',
    node: 'Group.Mute.Whitelist.add({id: groupId, members: [{id: userId}]})',
    php: 'getGroup()->MuteWhiteList()->add({id: groupId, members: [{id: userId}]})',
    python: 'get_group().get_user().get_ban().get_whitelist().add(user_ids=[userId], group_id=groupId)',
  },
  notes: whitelistNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', mutedUsers, { repeated: USERS_20, example: 'user-2' }), groupIdParam()],
  success: [],
};

export const GROUP_BAN_WHITELIST_ROLLBACK: EndpointSpec = {
  id: 'group.banWhitelistRollback',
  module: 'group',
  method: 'POST',
  path: '/group/user/ban/whitelist/rollback.json',
  title: { en: 'Remove group mute exceptions', zh: '移出群组禁言白名单' },
  description: { en: "Takes members off a group's mute exceptions.", zh: '将成员移出群组禁言白名单。' },
  source: 'Go GroupMuteWhiteListUserRemove; Python Whitelist.remove',
  sdks: {
    go: 'GroupMuteWhiteListUserRemove(groupId, [userId])',
    java: 'group.muteWhiteList.user.remove(GroupModel{id: groupId, members: [GroupMember{id: userId}]})',
    node: 'Group.Mute.Whitelist.remove({id: groupId, members: [{id: userId}]})',
    php: 'getGroup()->MuteWhiteList()->remove({id: groupId, members: [{id: userId}]})',
    python: 'get_group().get_user().get_ban().get_whitelist().remove(user_ids=[userId], group_id=groupId)',
  },
  notes: whitelistNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', mutedUsers, { repeated: USERS_20, example: 'user-2' }), groupIdParam()],
  success: [],
};

export const GROUP_BAN_WHITELIST_QUERY: EndpointSpec = {
  id: 'group.banWhitelistQuery',
  module: 'group',
  method: 'POST',
  path: '/group/user/ban/whitelist/query.json',
  title: { en: 'List group mute exceptions', zh: '查询群组禁言白名单' },
  description: { en: "Lists a group's mute exceptions.", zh: '查询群组禁言白名单中的用户。' },
  source: 'D:group/mute/query-group-ban-whitelist; Java GroupBanWhitelistResult',
  docs: docsOf('mute/query-group-ban-whitelist'),
  sdks: {
    go: 'GroupMuteWhiteListUserGetList(groupId)',
    java: 'group.muteWhiteList.user.getList(groupId)',
    node: 'Group.Mute.Whitelist.getList({id: groupId})',
    php: 'getGroup()->MuteWhiteList()->getList({id: groupId})',
    python: 'get_group().get_user().get_ban().get_whitelist().query(group_id=groupId)',
  },
  notes: {
    en: 'The docs, Java and Python read userIds; Go GroupMuteWhiteListUserGetList reads "userids" (Go\'s JSON matching ignores case, so it gets the same field).',
    zh: '文档、Java、Python 读取 userIds；Go 的 GroupMuteWhiteListUserGetList 读取 "userids"（Go 的 JSON 匹配不区分大小写，读到的是同一字段）。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam()],
  success: [{ name: 'userIds', kind: 'list', label: { en: 'Mute exceptions', zh: '禁言白名单用户' } }],
};

const remarkNote = {
  en: 'No SDK or docs page found states a limit for remark. Java sends userId, groupId and remark without URL-encoding them. Node and Python have no remark call.',
  zh: '未找到任何 SDK 或文档页说明 remark 的长度上限。Java 发送 userId、groupId、remark 时不做 URL 编码。Node 与 Python 没有备注调用。',
};

export const GROUP_REMARKS_SET: EndpointSpec = {
  id: 'group.remarksSet',
  module: 'group',
  method: 'POST',
  path: '/group/remarks/set.json',
  title: { en: 'Set group remark', zh: '设置群组备注名' },
  description: { en: "Sets the name a user gives a group (shown in that user's push notifications).", zh: '设置用户为群组设定的备注名。' },
  source: 'Go GroupRemarksSet; Java group.remark.set',
  sdks: {
    go: 'GroupRemarksSet(userId, groupId, remark)',
    java: 'group.remark.set(userId, groupId, remark)',
    php: 'getGroup()->Remark()->set({userId: userId, groupId: groupId, remark: remark})',
  },
  notes: remarkNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [
    userIdParam('userId', operatorOf, { example: 'user-1' }),
    groupIdParam(),
    { name: 'remark', kind: 'text', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'The remark (no length limit found in the sources).', zh: '备注名（各来源均未给出长度上限）' }, example: 'My team' },
  ],
  success: [],
};

export const GROUP_REMARKS_GET: EndpointSpec = {
  id: 'group.remarksGet',
  module: 'group',
  method: 'POST',
  path: '/group/remarks/get.json',
  title: { en: 'Get group remark', zh: '查询群组备注名' },
  description: { en: 'Reads the name a user gave a group.', zh: '查询用户为群组设定的备注名。' },
  source: 'Go GroupRemarksGetResObj',
  sdks: {
    go: 'GroupRemarksGet(userId, groupId)',
    java: 'group.remark.get(userId, groupId)',
    php: 'getGroup()->Remark()->get({userId: userId, groupId: groupId})',
  },
  notes: remarkNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', operatorOf, { example: 'user-1' }), groupIdParam()],
  success: [{ name: 'remark', kind: 'value', label: { en: 'Remark', zh: '备注名' } }],
};

export const GROUP_REMARKS_DEL: EndpointSpec = {
  id: 'group.remarksDel',
  module: 'group',
  method: 'POST',
  path: '/group/remarks/del.json',
  title: { en: 'Delete group remark', zh: '删除群组备注名' },
  description: { en: 'Removes the name a user gave a group.', zh: '删除用户为群组设定的备注名。' },
  source: 'Go GroupRemarksDel; Java group.remark.del',
  sdks: {
    go: 'GroupRemarksDel(userId, groupId)',
    java: 'group.remark.del(userId, groupId)',
    php: 'getGroup()->Remark()->del({userId: userId, groupId: groupId})',
  },
  notes: remarkNote,
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', operatorOf, { example: 'user-1' }), groupIdParam()],
  success: [],
};

/** The Python SDK's check of a group name in /group/sync.json (group.py sync: 1–64 characters); the docs give none for this path. */
export const SYNC_GROUP_NAME_MAX_CHARS = 64;
/** Groups one /group/sync.json call takes: no source states a maximum (docs, group overview: a user may join any number of groups); this data's guard, not the server's. */
export const MAX_GROUPS_PER_SYNC = 3000;

export const GROUP_SYNC: EndpointSpec = {
  id: 'group.sync',
  module: 'group',
  method: 'POST',
  path: '/group/sync.json',
  title: { en: "Sync a user's groups", zh: '同步用户所在群组' },
  description: {
    en: 'Replaces the groups the server knows a user to be in with the given ones, each sent as group[<group ID>]=<name>; without any, the user leaves every group.',
    zh: '以所给群组替换服务端记录的用户所在群组，每个以 group[<群组 ID>]=<名称> 发送；一个都不传时解除该用户与所有群组的关系。',
  },
  source: 'D:group/sync-group; Go GroupSync; Java group.sync; Node Group.sync; PHP getGroup()->sync; Python get_group().sync',
  docs: { zh: 'https://docs.rongcloud.cn/platform-chat-api/group/sync-group', en: 'https://docs.rongcloud.io/platform-chat-api/group/sync-group' },
  sdks: {
    go: 'GroupSync(userId, [Group{ID: group:key, Name: group}])',
    java: 'group.sync(UserGroup{id: userId, groups: [GroupModel{id: group:key, name: group}]})',
    node: 'Group.sync({id: userId, groups: [{id: group:key, name: group}]})',
    php: 'getGroup()->sync({id: userId, groups: [{id: group:key, name: group}]})',
    python: 'get_group().sync(userId, group:pairs)',
  },
  notes: {
    en: 'The docs make group optional (none: the user leaves all groups); Go and Java refuse a call without one. The docs say an existing group\'s name is refreshed, the Python SDK\'s comment says it is not. Only Python limits the name (1–64 characters); the group ID is 64 bytes as everywhere. No source gives a maximum count: 3000 here is this data\'s guard, not the server\'s.',
    zh: '文档中 group 为可选（不传则解除该用户所有群组关系）；Go 与 Java 不传时拒绝调用。文档称已存在的群组会刷新名称，Python SDK 的注释称不会。只有 Python 限制名称（1–64 个字符）；群组 ID 与其他接口一样为 64 字节。各来源均未给出数量上限：此处 3000 是本数据的保护值，并非服务端的限制。',
  },
  issuesToken: false,
  labelParam: 'userId',
  params: [
    userIdParam('userId', { en: 'The user whose groups are synced.', zh: '被同步群信息的用户 ID' }, { example: 'user-1' }),
    {
      name: 'group',
      kind: 'name',
      required: false,
      code: 1006,
      maxChars: SYNC_GROUP_NAME_MAX_CHARS,
      description: {
        en: 'Group name, sent as group[<group ID>]=<name>; one pair per group the user is in.',
        zh: '群组名称，以 group[<群组 ID>]=<名称> 发送；用户所在的每个群组一对',
      },
      keyed: { keyMaxBytes: GROUP_ID_MAX_BYTES, keyDescription: { en: 'Group ID; at most 64 bytes.', zh: '群组 ID，最大长度 64 字节' } },
      repeated: { min: 1, max: MAX_GROUPS_PER_SYNC },
      example: 'Team',
    },
  ],
  success: [],
};

export const GROUP_ENDPOINTS: readonly EndpointSpec[] = [
  GROUP_CREATE, GROUP_JOIN, GROUP_QUIT, GROUP_DISMISS, GROUP_MEMBERS, GROUP_REFRESH,
  GROUP_BAN_ADD, GROUP_BAN_ROLLBACK, GROUP_BAN_QUERY,
  GROUP_GAG_ADD, GROUP_GAG_ROLLBACK, GROUP_GAG_LIST,
  GROUP_BAN_WHITELIST_ADD, GROUP_BAN_WHITELIST_ROLLBACK, GROUP_BAN_WHITELIST_QUERY,
  GROUP_REMARKS_SET, GROUP_REMARKS_GET, GROUP_REMARKS_DEL,
  GROUP_SYNC,
];
