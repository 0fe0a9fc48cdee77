/**
 * The Go SDK's REST-style ultragroup calls (issue 18): `/v2/ultragroups…` and `/v2/message/ultragroup/send`
 * in Go `sdk/ultragroup.go` (UGGroup*, UGQuery*, UGChannel*). No other SDK calls them and no docs page for
 * them was found, so every fact here is Go's: the HTTP method, the JSON field names (snake_case) and what
 * Go parses of the answer (under `data`). Go checks only that required values are not empty (1002).
 */
import { PARAMETER_ERROR_CODE, PUSH_TEXT_MAX_BYTES } from './limits';
import { flagParam, groupIdParam, groupNameParam, integerParam, messageBodyParams, textParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec, SuccessField } from './types';
import type { Text } from '../text';

/** Go sends int, 0 when the caller leaves it; no source states a bound. */
const INT_MAX = 2_147_483_647;
/** Go checks only that a user ID list is not empty; no source states a maximum. */
const NO_STATED_MAX = Number.MAX_SAFE_INTEGER;
const TRUE_FALSE = ['false', 'true'] as const;

const limitNote: Text = {
  en: 'Go is the only source: IDs and names keep the limits of the form endpoints (64-byte IDs, 128-byte group names); Go checks only that they are not empty.',
  zh: 'Go 是唯一来源：ID 与名称沿用表单接口的限制（ID 64 字节，群名 128 字节）；Go 只检查非空。',
};
const pagingNote: Text = {
  en: 'Go always sends the paging values (0 when the caller leaves them); no source states their bounds or defaults.',
  zh: 'Go 总是发送分页参数（调用方未设置时为 0）；没有来源说明其范围与默认值。',
};

const groupInPath = (): ParamSpec => ({ ...groupIdParam(), in: 'path', description: { en: 'Ultragroup ID (in the path).', zh: '超级群 ID（路径中）' } });
const userInPath = (): ParamSpec => ({ ...userIdParam('userId', { en: 'User ID (in the path).', zh: '用户 ID（路径中）' }, { example: 'user-1' }), in: 'path' });
const pageQuery = (name: string, description: Text): ParamSpec => ({ ...integerParam(name, 0, INT_MAX, description, { required: false }), in: 'query' });
const userIdsBody = (): ParamSpec =>
  userIdParam('user_ids', { en: 'User IDs, at least one (a JSON array).', zh: '用户 ID，至少 1 个（JSON 数组）' }, { repeated: { min: 1, max: NO_STATED_MAX }, example: 'user-2' });

const usersTable = (withTime: boolean): SuccessField => ({
  name: 'data.users',
  kind: 'table',
  label: { en: 'Users', zh: '用户' },
  columns: [
    { keys: ['id'], label: { en: 'User ID', zh: '用户 ID' } },
    ...(withTime ? [{ keys: ['time'], label: { en: 'Muted at', zh: '禁言时间' } }] : []),
  ],
});

/** The fields shared by every record of this file. */
const common = { module: 'ultragroup', body: 'json', issuesToken: false } as const;

export const UG_V2_CREATE_GROUP: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2CreateGroup',
  method: 'POST',
  path: '/v2/ultragroups',
  title: { en: 'Create ultragroup (v2)', zh: '创建超级群（v2）' },
  description: { en: 'Creates an ultragroup with its owner.', zh: '创建超级群并指定群主。' },
  source: 'Go UGGroupCreate',
  sdks: { go: 'UGGroupCreate(user_id, group_id, group_name)' },
  notes: limitNote,
  labelParam: 'group_id',
  params: [
    userIdParam('user_id', { en: 'The owner: a user ID.', zh: '群主用户 ID' }, { example: 'user-1' }),
    { ...groupIdParam(), name: 'group_id', description: { en: 'Ultragroup ID; at most 64 bytes.', zh: '超级群 ID，最大长度 64 字节' } },
    { ...groupNameParam(), name: 'group_name', description: { en: 'Ultragroup name; at most 128 bytes.', zh: '超级群名称，最大长度 128 字节' } },
  ],
  success: [],
};

export const UG_V2_DISMISS_GROUP: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2DismissGroup',
  method: 'DELETE',
  path: '/v2/ultragroups/{groupId}',
  title: { en: 'Dismiss ultragroup (v2)', zh: '解散超级群（v2）' },
  description: { en: 'Dismisses an ultragroup.', zh: '解散超级群。' },
  source: 'Go UGGroupDismiss',
  sdks: { go: 'UGGroupDismiss(groupId)' },
  notes: limitNote,
  labelParam: 'groupId',
  params: [groupInPath()],
  success: [],
};

export const UG_V2_UPDATE_GROUP: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2UpdateGroup',
  method: 'PUT',
  path: '/v2/ultragroups/{groupId}',
  title: { en: 'Rename ultragroup (v2)', zh: '修改超级群名称（v2）' },
  description: { en: "Changes an ultragroup's name.", zh: '修改超级群的名称。' },
  source: 'Go UGGroupUpdate',
  sdks: { go: 'UGGroupUpdate(groupId, group_name)' },
  notes: limitNote,
  labelParam: 'groupId',
  params: [groupInPath(), { ...groupNameParam({ example: 'New team' }), name: 'group_name', description: { en: 'New ultragroup name; at most 128 bytes.', zh: '新的超级群名称，最大长度 128 字节' } }],
  success: [],
};

export const UG_V2_JOIN_GROUP: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2JoinGroup',
  method: 'POST',
  path: '/v2/ultragroups/{groupId}/users/{userId}',
  title: { en: 'Join ultragroup (v2)', zh: '加入超级群（v2）' },
  description: { en: 'Adds a user to an ultragroup.', zh: '将用户加入超级群。' },
  source: 'Go UGGroupJoin',
  sdks: { go: 'UGGroupJoin(userId, groupId)' },
  notes: limitNote,
  labelParam: 'groupId',
  params: [groupInPath(), userInPath()],
  success: [],
};

export const UG_V2_QUIT_GROUP: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2QuitGroup',
  method: 'DELETE',
  path: '/v2/ultragroups/{groupId}/users/{userId}',
  title: { en: 'Quit ultragroup (v2)', zh: '退出超级群（v2）' },
  description: { en: 'Removes a user from an ultragroup.', zh: '将用户移出超级群。' },
  source: 'Go UGGroupQuit',
  sdks: { go: 'UGGroupQuit(userId, groupId)' },
  notes: limitNote,
  labelParam: 'groupId',
  params: [groupInPath(), userInPath()],
  success: [],
};

export const UG_V2_USER_GROUPS: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2UserGroups',
  method: 'GET',
  path: '/v2/ultragroups/users/{userId}/groups',
  title: { en: "List user's ultragroups (v2)", zh: '查询用户所在超级群（v2）' },
  description: { en: 'Lists the ultragroups a user belongs to, by page.', zh: '分页查询用户所在的超级群。' },
  source: 'Go UGQueryUserGroups',
  sdks: { go: 'UGQueryUserGroups(userId, page, size)' },
  notes: pagingNote,
  labelParam: 'userId',
  params: [userInPath(), pageQuery('page', { en: 'Page number.', zh: '页码' }), pageQuery('size', { en: 'Groups per page.', zh: '每页条数' })],
  success: [
    {
      name: 'data.groups',
      kind: 'table',
      label: { en: 'Ultragroups', zh: '超级群' },
      columns: [
        { keys: ['group_id'], label: { en: 'Group ID', zh: '群 ID' } },
        { keys: ['group_name'], label: { en: 'Name', zh: '群名称' } },
      ],
    },
  ],
};

export const UG_V2_GROUP_USERS: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2GroupUsers',
  method: 'GET',
  path: '/v2/ultragroups/{groupId}/users',
  title: { en: 'List ultragroup members (v2)', zh: '查询超级群成员（v2）' },
  description: { en: "Lists an ultragroup's members, by page.", zh: '分页查询超级群成员。' },
  source: 'Go UGQueryGroupUsers',
  sdks: { go: 'UGQueryGroupUsers(groupId, page, size)' },
  notes: pagingNote,
  labelParam: 'groupId',
  params: [groupInPath(), pageQuery('page', { en: 'Page number.', zh: '页码' }), pageQuery('size', { en: 'Members per page.', zh: '每页条数' })],
  success: [usersTable(false)],
};

/** Go's UGMessage: the JSON of /v2/message/ultragroup/send, field for field. */
function sendParams(): ParamSpec[] {
  const body = new Map(messageBodyParams().map((p) => [p.name, p]));
  return [
    userIdParam('from_user_id', { en: 'Sender user ID.', zh: '发送者用户 ID' }, { example: 'user-1' }),
    { ...groupIdParam({ repeated: { min: 1, max: NO_STATED_MAX } }), name: 'to_group_ids', description: { en: 'Ultragroup IDs, at least one (a JSON array).', zh: '超级群 ID，至少 1 个（JSON 数组）' } },
    userIdParam('to_user_ids', { en: 'Only these members receive it (a JSON array; optional).', zh: '仅这些群成员接收（JSON 数组，可选）' }, { required: false, repeated: { min: 0, max: NO_STATED_MAX } }),
    { ...body.get('objectName')!, name: 'object_name' },
    { ...body.get('content')!, name: 'content', jsonType: 'string' },
    textParam('push_content', PUSH_TEXT_MAX_BYTES, { en: 'Push notification text.', zh: '推送通知显示的内容' }),
    textParam('push_data', PUSH_TEXT_MAX_BYTES, { en: 'Data attached to the push notification.', zh: '推送通知附加的数据' }),
    flagParam('include_sender_enable', { en: "Also deliver to the sender's other devices (true).", zh: '发送者自己是否接收此消息，true 为接收' }, TRUE_FALSE),
    flagParam('store_flag', { en: 'Store the message on the server (true); Go always sends it, false when unset.', zh: '是否在服务端存储消息，true 为存储；Go 总是发送，未设置时为 false' }, TRUE_FALSE),
    flagParam('mentioned_flag', { en: 'An @ message (true).', zh: '是否为 @ 消息，true 为是' }, TRUE_FALSE),
    flagParam('silence_push', { en: 'Send without a push notification (true).', zh: '是否静默推送，true 为不推送' }, TRUE_FALSE),
    { name: 'push_ext', kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'string', description: { en: 'Push extension: a JSON text (sent as a string).', zh: '推送扩展，JSON 字符串' } },
    { name: 'bus_channel', kind: 'id', required: false, code: PARAMETER_ERROR_CODE, description: { en: 'Channel ID inside the ultragroup.', zh: '超级群频道 ID' } },
  ];
}

export const UG_V2_SEND: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2Send',
  method: 'POST',
  path: '/v2/message/ultragroup/send',
  title: { en: 'Send ultragroup message (v2)', zh: '发送超级群消息（v2）' },
  description: { en: 'Sends a message to ultragroups, optionally only to some members or in a channel.', zh: '向超级群发送消息，可只发给部分成员或发到某个频道。' },
  source: 'Go UGGroupSend (UGMessage)',
  sdks: {
    go: 'UGGroupSend(UGMessage{FromUserId: from_user_id, ToGroupIds: to_group_ids, ToUserIds: to_user_ids, ObjectName: object_name, Content: content, PushContent: push_content, PushData: push_data, IncludeSenderEnable: include_sender_enable, StoreFlag: store_flag, MentionedFlag: mentioned_flag, SilencePush: silence_push, PushExt: push_ext, BusChannel: bus_channel})',
  },
  notes: {
    en: 'Go checks only from_user_id and to_group_ids (1002) but always sends object_name, content and store_flag (no omitempty), so object_name and content are required here; content travels as a JSON string. Type, content and push limits are those of the form message endpoints.',
    zh: 'Go 只检查 from_user_id 与 to_group_ids（1002），但总是发送 object_name、content 与 store_flag（无 omitempty），因此此处要求 object_name 与 content；content 以 JSON 字符串发送。类型、内容与推送的限制沿用表单消息接口。',
  },
  labelParam: 'to_group_ids',
  params: sendParams(),
  success: [],
};

const userListEndpoint = (
  id: string,
  method: 'POST' | 'DELETE',
  path: string,
  go: string,
  title: Text,
  description: Text,
): EndpointSpec => ({
  ...common,
  id,
  method,
  path,
  title,
  description,
  source: `Go ${go}`,
  sdks: { go: `${go}(groupId, user_ids)` },
  notes: { en: `${limitNote.en} Go sends user_ids as a JSON array and requires at least one.`, zh: `${limitNote.zh} Go 以 JSON 数组发送 user_ids，且至少 1 个。` },
  labelParam: 'groupId',
  params: [groupInPath(), userIdsBody()],
  success: [],
});

const listEndpoint = (id: string, path: string, go: string, title: Text, description: Text, success: SuccessField[]): EndpointSpec => ({
  ...common,
  id,
  method: 'GET',
  path,
  title,
  description,
  source: `Go ${go}`,
  sdks: { go: `${go}(groupId)` },
  notes: limitNote,
  labelParam: 'groupId',
  params: [groupInPath()],
  success,
});

const MUTED = '/v2/ultragroups/{groupId}/muted-users';
const ALLOWED = '/v2/ultragroups/{groupId}/allowed-users';
const STATUS = '/v2/ultragroups/{groupId}/muted-status';

export const UG_V2_MUTE_MEMBERS_ADD = userListEndpoint('ultragroup.v2MuteMembersAdd', 'POST', MUTED, 'UGGroupMuteMembersAdd', { en: 'Mute ultragroup members (v2)', zh: '禁言超级群成员（v2）' }, { en: 'Mutes these members in an ultragroup.', zh: '在超级群中禁言这些成员。' });
export const UG_V2_MUTE_MEMBERS_REMOVE = userListEndpoint('ultragroup.v2MuteMembersRemove', 'DELETE', MUTED, 'UGGroupMuteMembersRemove', { en: 'Unmute members (v2)', zh: '解除超级群成员禁言（v2）' }, { en: 'Lifts the mute of these members.', zh: '解除这些成员的禁言。' });
export const UG_V2_MUTE_MEMBERS_LIST = listEndpoint('ultragroup.v2MuteMembersList', MUTED, 'UGGroupMuteMembersGetList', { en: 'List muted members (v2)', zh: '查询超级群禁言成员（v2）' }, { en: "Lists an ultragroup's muted members with when they were muted.", zh: '查询超级群中被禁言的成员及禁言时间。' }, [usersTable(true)]);
export const UG_V2_ALLOWED_USERS_ADD = userListEndpoint('ultragroup.v2AllowedUsersAdd', 'POST', ALLOWED, 'UGGroupMutedWhitelistAdd', { en: 'Add mute exceptions (v2)', zh: '添加超级群禁言白名单（v2）' }, { en: 'Lets these members speak while the whole ultragroup is muted.', zh: '超级群全体禁言时允许这些成员发言。' });
export const UG_V2_ALLOWED_USERS_REMOVE = userListEndpoint('ultragroup.v2AllowedUsersRemove', 'DELETE', ALLOWED, 'UGGroupMutedWhitelistRemove', { en: 'Remove mute exceptions (v2)', zh: '移除超级群禁言白名单（v2）' }, { en: 'Removes these members from the mute exceptions.', zh: '将这些成员移出禁言白名单。' });
export const UG_V2_ALLOWED_USERS_LIST = listEndpoint('ultragroup.v2AllowedUsersList', ALLOWED, 'UGGroupMutedWhitelistQuery', { en: 'List mute exceptions (v2)', zh: '查询超级群禁言白名单（v2）' }, { en: "Lists an ultragroup's mute exceptions.", zh: '查询超级群的禁言白名单。' }, [usersTable(false)]);
export const UG_V2_MUTED_STATUS_GET = listEndpoint('ultragroup.v2MutedStatusGet', STATUS, 'UGGroupMutedQuery', { en: 'Get whole-group mute (v2)', zh: '查询超级群全体禁言状态（v2）' }, { en: 'Tells whether the whole ultragroup is muted.', zh: '查询超级群是否处于全体禁言。' }, [
  { name: 'data.status', kind: 'value', label: { en: 'Muted', zh: '是否全体禁言' } },
]);

export const UG_V2_MUTED_STATUS_SET: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2MutedStatusSet',
  method: 'PUT',
  path: STATUS,
  title: { en: 'Mute whole ultragroup (v2)', zh: '设置超级群全体禁言（v2）' },
  description: { en: 'Mutes (true) or unmutes (false) every member of an ultragroup.', zh: '设置（true）或解除（false）超级群全体禁言。' },
  source: 'Go UGGroupMuted',
  sdks: { go: 'UGGroupMuted(groupId, status)' },
  notes: { en: `${limitNote.en} Go always sends status as a JSON boolean.`, zh: `${limitNote.zh} Go 总是以 JSON 布尔值发送 status。` },
  labelParam: 'groupId',
  params: [groupInPath(), { ...flagParam('status', { en: 'Mute the whole ultragroup (true) or lift it (false).', zh: 'true 为全体禁言，false 为解除' }, TRUE_FALSE), required: true, example: 'true' }],
  success: [],
};

export const UG_V2_CHANNEL_CREATE: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2ChannelCreate',
  method: 'POST',
  path: '/v2/ultragroups/channels',
  title: { en: 'Create channel (v2)', zh: '创建超级群频道（v2）' },
  description: { en: 'Creates a channel in an ultragroup.', zh: '在超级群中创建频道。' },
  source: 'Go UGChannelCreate',
  sdks: { go: 'UGChannelCreate(group_id, channel_id)' },
  notes: limitNote,
  labelParam: 'group_id',
  params: [
    { ...groupIdParam(), name: 'group_id', description: { en: 'Ultragroup ID; at most 64 bytes.', zh: '超级群 ID，最大长度 64 字节' } },
    { name: 'channel_id', kind: 'id', required: true, code: PARAMETER_ERROR_CODE, description: { en: 'The new channel ID.', zh: '新频道 ID' }, example: 'channel-1' },
  ],
  success: [],
};

export const UG_V2_CHANNEL_DELETE: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2ChannelDelete',
  method: 'DELETE',
  path: '/v2/ultragroups/{groupId}/channels/{channelId}',
  title: { en: 'Delete channel (v2)', zh: '删除超级群频道（v2）' },
  description: { en: 'Deletes a channel of an ultragroup.', zh: '删除超级群的频道。' },
  source: 'Go UGChannelDelete',
  sdks: { go: 'UGChannelDelete(groupId, channelId)' },
  notes: limitNote,
  labelParam: 'groupId',
  params: [groupInPath(), { name: 'channelId', kind: 'id', required: true, code: PARAMETER_ERROR_CODE, in: 'path', description: { en: 'Channel ID (in the path).', zh: '频道 ID（路径中）' }, example: 'channel-1' }],
  success: [],
};

export const UG_V2_CHANNEL_LIST: EndpointSpec = {
  ...common,
  id: 'ultragroup.v2ChannelList',
  method: 'GET',
  path: '/v2/ultragroups/{groupId}/channels',
  title: { en: 'List channels (v2)', zh: '查询超级群频道（v2）' },
  description: { en: "Lists an ultragroup's channels, by page.", zh: '分页查询超级群的频道。' },
  source: 'Go UGChannelQuery',
  sdks: { go: 'UGChannelQuery(groupId, page, limit)' },
  notes: { en: `${pagingNote.en} Go's argument is named size but travels as limit.`, zh: `${pagingNote.zh} Go 的参数名为 size，但以 limit 发送。` },
  labelParam: 'groupId',
  params: [groupInPath(), pageQuery('page', { en: 'Page number.', zh: '页码' }), pageQuery('limit', { en: 'Channels per page.', zh: '每页条数' })],
  success: [
    {
      name: 'data.channel_list',
      kind: 'table',
      label: { en: 'Channels', zh: '频道' },
      columns: [
        { keys: ['channel_id'], label: { en: 'Channel ID', zh: '频道 ID' } },
        { keys: ['create_time'], label: { en: 'Created', zh: '创建时间' } },
      ],
    },
  ],
};

export const ULTRAGROUP_REST_ENDPOINTS: readonly EndpointSpec[] = [
  UG_V2_CREATE_GROUP,
  UG_V2_DISMISS_GROUP,
  UG_V2_UPDATE_GROUP,
  UG_V2_JOIN_GROUP,
  UG_V2_QUIT_GROUP,
  UG_V2_USER_GROUPS,
  UG_V2_GROUP_USERS,
  UG_V2_SEND,
  UG_V2_MUTE_MEMBERS_ADD,
  UG_V2_MUTE_MEMBERS_REMOVE,
  UG_V2_MUTE_MEMBERS_LIST,
  UG_V2_MUTED_STATUS_SET,
  UG_V2_MUTED_STATUS_GET,
  UG_V2_ALLOWED_USERS_ADD,
  UG_V2_ALLOWED_USERS_REMOVE,
  UG_V2_ALLOWED_USERS_LIST,
  UG_V2_CHANNEL_CREATE,
  UG_V2_CHANNEL_DELETE,
  UG_V2_CHANNEL_LIST,
];
