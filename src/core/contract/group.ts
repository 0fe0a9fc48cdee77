/** The first group endpoints (endpoints.md, "Messages and groups"). */
import { groupIdParam, groupNameParam, userIdParam } from './params';
import type { EndpointSpec } from './types';

const members = { en: 'Member user IDs, 1–1000 values.', zh: '群成员用户 ID，1–1000 个' };
const MEMBERS = { min: 1, max: 1000 };

export const GROUP_CREATE: EndpointSpec = {
  id: 'group.create',
  module: 'group',
  method: 'POST',
  path: '/group/create.json',
  title: { en: 'Create group', zh: '创建群组' },
  description: { en: 'Creates a group with its first members (a group holds at most 3,000).', zh: '创建群组并加入首批成员（一个群最多 3000 人）。' },
  source: 'D:group/create-group; Node Group.create',
  sdks: { go: 'GroupCreate', java: 'group.create', node: 'Group.create', php: 'getGroup()->create', python: 'get_group().create' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', members, { repeated: MEMBERS, example: 'user-1' }), groupIdParam(), groupNameParam()],
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
  sdks: { go: 'GroupJoin', java: 'group.join', node: 'Group.join', php: 'getGroup()->joins', python: 'get_group().join' },
  notes: {
    en: 'Java and Node also call this path as invite; PHP names the method joins.',
    zh: 'Java 与 Node 还以 invite 调用此路径；PHP 的方法名为 joins。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', members, { repeated: MEMBERS, example: 'user-2' }), groupIdParam(), groupNameParam({ required: false })],
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
  sdks: { go: 'GroupQuit', java: 'group.quit', node: 'Group.quit', php: 'getGroup()->quit', python: 'get_group().quit' },
  notes: {
    en: 'Node and PHP also call this path as kick.',
    zh: 'Node 与 PHP 还以 kick 调用此路径。',
  },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', members, { repeated: MEMBERS, example: 'user-2' }), groupIdParam()],
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
  sdks: { go: 'GroupDismiss', java: 'group.dismiss', node: 'Group.dismiss', php: 'getGroup()->dismiss', python: 'get_group().dismiss' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [userIdParam('userId', { en: 'The operator: a user ID.', zh: '操作人用户 ID' }, { example: 'user-1' }), groupIdParam()],
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
  sdks: { go: 'GroupGet', java: 'group.get', node: 'Group.get', php: 'getGroup()->get', python: 'get_group().query' },
  issuesToken: false,
  labelParam: 'groupId',
  params: [groupIdParam()],
  success: [{ name: 'users', kind: 'table', label: { en: 'Members', zh: '成员' }, columns: [{ keys: ['id', 'userId'], label: { en: 'User ID', zh: '用户 ID' } }] }],
  hints: { 1003: { en: 'Check the group ID: was the group created in this app?', zh: '请检查群组 ID：该群组是否已在此应用中创建？' } },
};

export const GROUP_ENDPOINTS: readonly EndpointSpec[] = [GROUP_CREATE, GROUP_JOIN, GROUP_QUIT, GROUP_DISMISS, GROUP_MEMBERS];
