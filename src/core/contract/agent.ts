/**
 * AI agents and bots (issue 18): /v3/agent/…, /v3/bot/… and /v3/chat/generate.json, JSON bodies that only
 * the Java SDK sends (`methods/agent/AIAgent.java`, `methods/chatbot/Chatbot.java`, the models under
 * `models/agent` and `models/bot`, serialized whole by Gson). Its verify.json files for `agent` and `chatbot`
 * are empty, so Java checks nothing but a few blank IDs (20005); the limits below come from the docs.
 */
import { MESSAGE_TYPE_MAX_CHARS, PARAMETER_ERROR_CODE } from './limits';
import { flagParam, integerParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec, SuccessField } from './types';
import type { Text } from '../text';

/** An agent ID: 3–64 characters (docs agent/create-a-agent); IDs are ASCII, so 64 bytes. The minimum of 3 is not checked here. */
export const AGENT_ID_MAX_BYTES = 64;
/** An agent's name: 2–128 characters (docs agent/create-a-agent). */
export const AGENT_NAME_MAX_CHARS = 128;
/** An agent's description: at most 256 characters (docs agent/create-a-agent). */
export const AGENT_DESCRIPTION_MAX_CHARS = 256;
/** Output tokens of the model: 1–8192 (docs agent/create-a-agent, model.options.maxTokens). */
export const AGENT_MAX_TOKENS = { min: 1, max: 8192 } as const;
/** Stop words: at most 10, each at most 50 characters (docs agent/create-a-agent, model.options.stop). */
export const AGENT_STOP_WORDS = { max: 10, maxChars: 50 } as const;
/** A prompt template ID: 0–64 characters (docs agent/create-a-agent, prompt.id). */
export const AGENT_PROMPT_ID_MAX_CHARS = 64;
/** System instructions: at most 10000 characters (docs agent/create-a-agent, prompt.instructions). */
export const AGENT_INSTRUCTIONS_MAX_CHARS = 10_000;
/** A bot's user ID: 64 characters (docs bot/create-a-bot); user IDs are ASCII, so the 64 bytes of every user ID. */
export const BOT_USER_ID_MAX_BYTES = 64;
/** A bot's name and its type: 128 characters each (docs bot/create-a-bot). */
export const BOT_NAME_MAX_CHARS = 128;
export const BOT_TYPE_MAX_CHARS = 128;
/** A bot's avatar URL: 256 characters (docs bot/create-a-bot); a URI is ASCII once percent-encoded. */
export const BOT_PROFILE_URL_MAX_BYTES = 256;
/** Bot user IDs /v3/bot/get.json takes: at most 20 (docs bot/get-bot). */
export const MAX_BOTS_PER_GET = 20;
/** Java sends Integer; no source states a smaller bound. */
const INT_MAX = 2_147_483_647;
/** Lists no source bounds (objectNames, events): Java sends any List. */
const NO_STATED_MAX = Number.MAX_SAFE_INTEGER;

const docsOf = (slug: string) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/${slug}`, en: `https://docs.rongcloud.io/platform-chat-api/${slug}` });
const TRUE_FALSE = ['false', 'true'] as const;

const text = (name: string, description: Text, options: Partial<ParamSpec> = {}): ParamSpec => ({ name, kind: 'text', required: false, code: PARAMETER_ERROR_CODE, description, ...options });
const object = (name: string, description: Text, options: Partial<ParamSpec> = {}): ParamSpec => ({ name, kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'object', description, example: '{}', ...options });
/** A decimal the Java model holds as Float: a JSON number (no decimal kind; the range is in the description). */
const decimal = (name: string, description: Text): ParamSpec => ({ name, kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'number', description });
const bool = (name: string, description: Text, defaultValue?: string): ParamSpec => ({ ...flagParam(name, description, TRUE_FALSE), ...(defaultValue ? { defaultValue } : {}) });

// ——— agents ———

const agentIdParam = (): ParamSpec => ({
  name: 'agentId',
  kind: 'id',
  required: true,
  code: PARAMETER_ERROR_CODE,
  maxBytes: AGENT_ID_MAX_BYTES,
  description: { en: 'Agent ID, unique in the app; 3–64 characters.', zh: 'Agent 唯一标识，3–64 个字符' },
  example: 'agent-1',
});

/** The fields of Java's AgentModel (agentConfig nested as model, prompt and memory), the body of create and update. */
function agentModelParams(creating: boolean): ParamSpec[] {
  const c = 'agentConfig';
  return [
    agentIdParam(),
    { name: 'name', kind: 'name', required: creating, code: 1006, maxChars: AGENT_NAME_MAX_CHARS, description: { en: 'Agent name, 2–128 characters.', zh: 'Agent 名称，2–128 个字符' }, example: 'Helper' },
    text('description', { en: 'What the agent is for; at most 256 characters.', zh: 'Agent 描述，最多 256 个字符' }, { maxChars: AGENT_DESCRIPTION_MAX_CHARS }),
    text('type', { en: 'Agent type: only chat for now.', zh: 'Agent 类型，目前仅支持 chat' }, { defaultValue: 'chat', example: 'chat' }),
    text('status', { en: 'Agent status: active, inactive or draft.', zh: 'Agent 状态：active、inactive 或 draft' }, { example: 'active' }),
    text(`${c}.model.provider`, { en: 'Model provider.', zh: '模型提供商' }),
    text(`${c}.model.name`, { en: 'Model name.', zh: '模型名称' }, { required: creating, example: 'model-1' }),
    decimal(`${c}.model.options.temperature`, { en: 'Randomness, 0.0–2.0.', zh: '随机性，0.0–2.0' }),
    decimal(`${c}.model.options.topP`, { en: 'Nucleus sampling, 0.0–1.0.', zh: '核采样，0.0–1.0' }),
    integerParam(`${c}.model.options.maxTokens`, AGENT_MAX_TOKENS.min, AGENT_MAX_TOKENS.max, { en: 'Output tokens at most, 1–8192.', zh: '最大输出 token 数，1–8192' }, { required: false }),
    decimal(`${c}.model.options.frequencyPenalty`, { en: 'Frequency penalty, -2.0–2.0.', zh: '频率惩罚，-2.0–2.0' }),
    decimal(`${c}.model.options.presencePenalty`, { en: 'Presence penalty, -2.0–2.0.', zh: '存在惩罚，-2.0–2.0' }),
    text(`${c}.model.options.stop`, { en: 'Stop words, up to 10, each at most 50 characters.', zh: '停止词，最多 10 个，每个最多 50 个字符' }, { maxChars: AGENT_STOP_WORDS.maxChars, repeated: { min: 0, max: AGENT_STOP_WORDS.max } }),
    text(`${c}.prompt.id`, { en: 'Prompt template ID; at most 64 characters.', zh: '系统指令模版 ID，最多 64 个字符' }, { maxChars: AGENT_PROMPT_ID_MAX_CHARS }),
    object(`${c}.prompt.variables`, { en: "Values for the template's placeholders: an object of strings.", zh: '系统指令模版变量，字符串键值对对象' }),
    text(`${c}.prompt.instructions`, { en: 'System instructions; at most 10000 characters.', zh: '系统指令，最多 10000 个字符' }, { maxChars: AGENT_INSTRUCTIONS_MAX_CHARS }),
    text(`${c}.prompt.openingStatement`, { en: 'Opening statement of a conversation.', zh: '开场白' }),
    text(`${c}.memory.strategy`, { en: 'How the conversation history is kept.', zh: '记忆策略' }),
    integerParam(`${c}.memory.maxMessages`, 0, INT_MAX, { en: 'Messages kept in memory at most.', zh: '记忆保留的最大消息数' }, { required: false }),
    integerParam(`${c}.memory.maxTokens`, 0, INT_MAX, { en: 'Tokens kept in memory at most.', zh: '记忆保留的最大 token 数' }, { required: false }),
  ];
}

const agentJava = (method: string) =>
  `agent.${method}(AgentModel{agentId: agentId, name: name, description: description, type: type, status: status, agentConfig: AgentConfig{` +
  'model: Model{provider: agentConfig.model.provider, name: agentConfig.model.name, options: ModelOptions{temperature: agentConfig.model.options.temperature, topP: agentConfig.model.options.topP, maxTokens: agentConfig.model.options.maxTokens, frequencyPenalty: agentConfig.model.options.frequencyPenalty, presencePenalty: agentConfig.model.options.presencePenalty, stop: agentConfig.model.options.stop}}, ' +
  'prompt: Prompt{id: agentConfig.prompt.id, variables: agentConfig.prompt.variables, instructions: agentConfig.prompt.instructions, openingStatement: agentConfig.prompt.openingStatement}, ' +
  'memory: Memory{strategy: agentConfig.memory.strategy, maxMessages: agentConfig.memory.maxMessages, maxTokens: agentConfig.memory.maxTokens}}})';

const memoryNote = {
  en: 'No source states the memory fields (strategy, maxMessages, maxTokens) beyond their names and Java types, or the decimal options beyond the docs\' ranges (not checked here).',
  zh: '除字段名与 Java 类型外，没有来源说明 memory 字段（strategy、maxMessages、maxTokens）；小数选项只有文档给出的范围（此处不检查）。',
};

export const AGENT_CREATE: EndpointSpec = {
  id: 'agent.create',
  module: 'agent',
  method: 'POST',
  path: '/v3/agent/create.json',
  body: 'json',
  title: { en: 'Create agent', zh: '创建 Agent' },
  description: { en: 'Creates an AI agent for conversations (at most 100 per app).', zh: '创建用于对话的 AI Agent（每个应用最多 100 个）。' },
  source: 'D:agent/create-a-agent; Java agent.create (AgentModel)',
  docs: docsOf('agent/create-a-agent'),
  sdks: { java: agentJava('create') },
  notes: {
    en: `The docs require agentId, name and agentConfig with model.name; Java checks none of them (its verify.json is empty). agentId and name also have minimums (3 and 2 characters) not checked here. ${memoryNote.en}`,
    zh: `文档要求 agentId、name 以及带 model.name 的 agentConfig；Java 不检查（其 verify.json 为空）。agentId 与 name 另有最短长度（3 和 2 个字符），此处不检查。${memoryNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'agentId',
  params: agentModelParams(true),
  success: [],
};

export const AGENT_UPDATE: EndpointSpec = {
  id: 'agent.update',
  module: 'agent',
  method: 'POST',
  path: '/v3/agent/update.json',
  body: 'json',
  title: { en: 'Update agent', zh: '更新 Agent' },
  description: { en: "Changes an agent's name, description, status or configuration.", zh: '修改 Agent 的名称、描述、状态或配置。' },
  source: 'Java agent.update (AgentModel)',
  sdks: { java: agentJava('update') },
  notes: {
    en: `Java sends the same AgentModel as create and checks nothing; no docs page for update was found, so only agentId is required here. ${memoryNote.en}`,
    zh: `Java 发送与创建相同的 AgentModel，且不做检查；未找到更新接口的文档页，此处仅要求 agentId。${memoryNote.zh}`,
  },
  issuesToken: false,
  labelParam: 'agentId',
  params: agentModelParams(false),
  success: [],
};

export const AGENT_DELETE: EndpointSpec = {
  id: 'agent.delete',
  module: 'agent',
  method: 'POST',
  path: '/v3/agent/delete.json',
  body: 'json',
  title: { en: 'Delete agent', zh: '删除 Agent' },
  description: { en: 'Deletes an agent.', zh: '删除 Agent。' },
  source: 'Java agent.delete',
  sdks: { java: 'agent.delete(agentId)' },
  issuesToken: false,
  labelParam: 'agentId',
  params: [agentIdParam()],
  success: [],
};

const agentColumns = [
  { keys: ['agentId'], label: { en: 'Agent ID', zh: 'Agent ID' } },
  { keys: ['name'], label: { en: 'Name', zh: '名称' } },
  { keys: ['type'], label: { en: 'Type', zh: '类型' } },
  { keys: ['status'], label: { en: 'Status', zh: '状态' } },
];

export const AGENT_GET: EndpointSpec = {
  id: 'agent.get',
  module: 'agent',
  method: 'POST',
  path: '/v3/agent/get.json',
  body: 'json',
  title: { en: 'Get agent', zh: '获取 Agent' },
  description: { en: "Reads one agent with its configuration.", zh: '获取一个 Agent 及其配置。' },
  source: 'Java agent.get (GetAIAgentResult)',
  sdks: { java: 'agent.get(agentId)' },
  issuesToken: false,
  labelParam: 'agentId',
  params: [agentIdParam()],
  success: [
    { name: 'agentId', kind: 'value', label: { en: 'Agent ID', zh: 'Agent ID' } },
    { name: 'name', kind: 'value', label: { en: 'Name', zh: '名称' } },
    { name: 'description', kind: 'value', label: { en: 'Description', zh: '描述' } },
    { name: 'type', kind: 'value', label: { en: 'Type', zh: '类型' } },
    { name: 'status', kind: 'value', label: { en: 'Status', zh: '状态' } },
    { name: 'agentConfig', kind: 'value', label: { en: 'Configuration', zh: '配置' } },
    { name: 'createdAt', kind: 'value', label: { en: 'Created', zh: '创建时间' }, format: 'datetime' },
    { name: 'updatedAt', kind: 'value', label: { en: 'Updated', zh: '更新时间' }, format: 'datetime' },
  ],
};

export const AGENT_QUERY: EndpointSpec = {
  id: 'agent.query',
  module: 'agent',
  method: 'POST',
  path: '/v3/agent/query.json',
  body: 'json',
  title: { en: 'List agents', zh: '查询 Agent 列表' },
  description: { en: "Lists the app's agents by page, optionally by status and type.", zh: '分页列出应用的 Agent，可按状态与类型筛选。' },
  source: 'Java agent.query (PagingQueryAgentsResult)',
  sdks: { java: 'agent.query(page, size, status, type)' },
  notes: {
    en: 'Java puts type in the body only when it is blank (an inverted check), so through Java the type filter never reaches the service. No source states the page bounds or defaults.',
    zh: 'Java 仅在 type 为空白时才把它放入请求体（判断写反），因此通过 Java 无法按类型筛选。没有来源说明分页的范围与默认值。',
  },
  issuesToken: false,
  params: [
    integerParam('page', 1, INT_MAX, { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, { required: false }),
    integerParam('size', 1, INT_MAX, { en: 'Agents per page.', zh: '每页数量' }, { required: false }),
    text('status', { en: 'Only agents in this status: active, inactive or draft.', zh: '仅列出此状态的 Agent：active、inactive 或 draft' }, { example: 'active' }),
    text('type', { en: 'Only agents of this type (chat).', zh: '仅列出此类型的 Agent（chat）' }, { example: 'chat' }),
  ],
  success: [
    { name: 'total', kind: 'value', label: { en: 'Total', zh: '总数' } },
    { name: 'totalPages', kind: 'value', label: { en: 'Pages', zh: '总页数' } },
    { name: 'hasNext', kind: 'value', label: { en: 'More pages', zh: '是否有下一页' } },
    { name: 'agents', kind: 'table', label: { en: 'Agents', zh: 'Agent 列表' }, columns: agentColumns },
  ],
};

export const CHAT_GENERATE: EndpointSpec = {
  id: 'agent.chatGenerate',
  module: 'agent',
  method: 'POST',
  path: '/v3/chat/generate.json',
  body: 'json',
  title: { en: 'Chat with agent', zh: '与 Agent 对话' },
  description: { en: "Sends a user's query to an agent and returns its answer.", zh: '向 Agent 发送用户问题并返回其回答。' },
  source: 'Java agent.chat (ChatModel, ChatAgentResult)',
  sdks: { java: 'agent.chat(ChatModel{conversationId: conversationId, memory: memory, agentId: agentId, query: query, variables: variables, user: user})' },
  notes: {
    en: 'Java checks nothing (empty verify.json) and no docs page was found: agentId and query are required here because a reply needs both; the rest is optional.',
    zh: 'Java 不做检查（verify.json 为空），也未找到文档页：此处要求 agentId 与 query，因为生成回答需要两者；其余可选。',
  },
  issuesToken: false,
  labelParam: 'agentId',
  params: [
    agentIdParam(),
    text('query', { en: "The user's question.", zh: '用户的问题' }, { required: true, example: 'Hello' }),
    text('conversationId', { en: 'Conversation to continue; absent: a new one.', zh: '要继续的会话 ID；不传则新建会话' }),
    bool('memory', { en: 'Use the conversation memory (true).', zh: '是否使用会话记忆，true 为使用' }),
    object('variables', { en: 'Template variables: an object of strings.', zh: '模版变量，字符串键值对对象' }),
    text('user', { en: 'The end user the call is made for.', zh: '发起对话的终端用户' }),
  ],
  success: [
    { name: 'answer', kind: 'value', label: { en: 'Answer', zh: '回答' } },
    { name: 'conversationId', kind: 'value', label: { en: 'Conversation ID', zh: '会话 ID' } },
    { name: 'runId', kind: 'value', label: { en: 'Run ID', zh: '运行 ID' } },
    { name: 'agentId', kind: 'value', label: { en: 'Agent ID', zh: 'Agent ID' } },
    { name: 'finishReason', kind: 'value', label: { en: 'Finish reason', zh: '结束原因' } },
    { name: 'timestamp', kind: 'value', label: { en: 'Time', zh: '时间' }, format: 'datetime' },
    { name: 'metadata', kind: 'value', label: { en: 'Token usage', zh: 'Token 用量' } },
  ],
};

// ——— bots ———

const botUserIdParam = (options: Partial<ParamSpec> = {}): ParamSpec => ({
  ...userIdParam('userId', { en: "The bot's user ID; at most 64 characters.", zh: '机器人的用户 ID，最多 64 个字符' }, { example: 'bot-1' }),
  maxBytes: BOT_USER_ID_MAX_BYTES,
  ...options,
});

function botModelParams(creating: boolean): ParamSpec[] {
  return [
    botUserIdParam(),
    { name: 'name', kind: 'name', required: creating, code: 1006, maxChars: BOT_NAME_MAX_CHARS, description: { en: "The bot's nickname; at most 128 characters.", zh: '机器人昵称，最多 128 个字符' }, example: 'Helper bot' },
    text('type', { en: 'A category of your own for the bot; at most 128 characters.', zh: '机器人类型，用于分类，最多 128 个字符' }, { required: creating, maxChars: BOT_TYPE_MAX_CHARS, example: 'assistant' }),
    { name: 'profileUrl', kind: 'httpUri', required: creating, code: 1007, maxBytes: BOT_PROFILE_URL_MAX_BYTES, description: { en: "The bot's avatar URL; at most 256 characters.", zh: '机器人头像 URL，最多 256 个字符' }, example: 'https://example.com/bot.png' },
    object('metadata', { en: 'Your own key-value pairs: up to 16, keys 1–32 and values 1–128 characters.', zh: '自定义键值对，最多 16 对，键 1–32 个字符，值 1–128 个字符' }),
    {
      name: 'integrations',
      kind: 'json',
      required: creating,
      code: PARAMETER_ERROR_CODE,
      jsonType: 'array',
      description: { en: 'Integrations (webhook, dify …): an array of objects with type, callbackUrl, enabled, objectNames, events, stream, handleResponse, auth, agent.', zh: '集成平台配置列表（webhook、dify 等）：对象数组，字段有 type、callbackUrl、enabled、objectNames、events、stream、handleResponse、auth、agent' },
      example: '[{"type":"webhook","callbackUrl":"https://example.com/bot"}]',
    },
  ];
}

const botJava = (method: string) => `chatbot.${method}(ChatbotInfoModel{userId: userId, name: name, type: type, profileUrl: profileUrl, metadata: metadata, integrations: integrations})`;
const botModelNote = {
  en: 'Java\'s ChatbotInfoModel also has createdAt and updatedAt, which the service returns; they are left out here. The docs bound metadata (16 pairs, keys 1–32, values 1–128 characters); not checked here.',
  zh: 'Java 的 ChatbotInfoModel 还有服务端返回的 createdAt 与 updatedAt，此处不列出。文档对 metadata 的限制（16 对，键 1–32、值 1–128 个字符）此处不检查。',
};

export const BOT_CREATE: EndpointSpec = {
  id: 'agent.botCreate',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/create.json',
  body: 'json',
  title: { en: 'Create bot', zh: '创建机器人' },
  description: { en: 'Creates a bot user with its integrations (a webhook or a platform such as Dify); at most 10 bots per app.', zh: '创建机器人及其集成（Webhook 或 Dify 等平台）；每个应用最多 10 个机器人。' },
  source: 'D:bot/create-a-bot; Java chatbot.create (ChatbotInfoModel)',
  docs: docsOf('bot/create-a-bot'),
  sdks: { java: botJava('create') },
  notes: { en: `The docs require userId, name, type, profileUrl and integrations; Java checks none of them. ${botModelNote.en}`, zh: `文档要求 userId、name、type、profileUrl 与 integrations；Java 不检查。${botModelNote.zh}` },
  issuesToken: false,
  labelParam: 'userId',
  params: botModelParams(true),
  success: [],
};

export const BOT_UPDATE: EndpointSpec = {
  id: 'agent.botUpdate',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/update.json',
  body: 'json',
  title: { en: 'Update bot', zh: '更新机器人' },
  description: { en: "Changes a bot's name, type, avatar, metadata or integrations.", zh: '修改机器人的昵称、类型、头像、元数据或集成。' },
  source: 'Java chatbot.update (ChatbotInfoModel)',
  sdks: { java: botJava('update') },
  notes: { en: `Java sends the same model as create without any check; no docs page for update was found, so only userId is required here. ${botModelNote.en}`, zh: `Java 发送与创建相同的模型且不做检查；未找到更新接口的文档页，此处仅要求 userId。${botModelNote.zh}` },
  issuesToken: false,
  labelParam: 'userId',
  params: botModelParams(false),
  success: [],
};

export const BOT_DELETE: EndpointSpec = {
  id: 'agent.botDelete',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/delete.json',
  body: 'json',
  title: { en: 'Delete bot', zh: '删除机器人' },
  description: { en: 'Deletes a bot.', zh: '删除机器人。' },
  source: 'Java chatbot.delete',
  sdks: { java: 'chatbot.delete(userId)' },
  issuesToken: false,
  labelParam: 'userId',
  params: [botUserIdParam()],
  success: [],
};

const botColumns = [
  { keys: ['userId'], label: { en: 'User ID', zh: '用户 ID' } },
  { keys: ['name'], label: { en: 'Name', zh: '昵称' } },
  { keys: ['type'], label: { en: 'Type', zh: '类型' } },
  { keys: ['profileUrl'], label: { en: 'Avatar', zh: '头像' } },
];
const botsTable: SuccessField = { name: 'bots', kind: 'table', label: { en: 'Bots', zh: '机器人' }, columns: botColumns };

export const BOT_GET: EndpointSpec = {
  id: 'agent.botGet',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/get.json',
  body: 'json',
  title: { en: 'Get bots', zh: '获取指定机器人' },
  description: { en: 'Reads the bots with these user IDs, with their integrations.', zh: '获取指定用户 ID 的机器人及其集成。' },
  source: 'D:bot/get-bot; Java chatbot.get (QueryChatbotsResult)',
  docs: docsOf('bot/get-bot'),
  sdks: { java: 'chatbot.get(userIds)' },
  issuesToken: false,
  labelParam: 'userIds',
  params: [userIdParam('userIds', { en: 'Bot user IDs, 1–20 values.', zh: '机器人用户 ID，1–20 个' }, { repeated: { min: 1, max: MAX_BOTS_PER_GET }, example: 'bot-1' })],
  success: [botsTable],
};

export const BOT_QUERY: EndpointSpec = {
  id: 'agent.botQuery',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/query.json',
  body: 'json',
  title: { en: 'List bots', zh: '列出机器人' },
  description: { en: "Lists the app's bots by page.", zh: '分页列出应用内的机器人。' },
  source: 'D:bot/list-bots; Java chatbot.query (PagingQueryChatbotsResult)',
  docs: docsOf('bot/list-bots'),
  sdks: { java: 'chatbot.query(page, pageSize, includeIntegration)' },
  notes: { en: 'No source states bounds for page and pageSize.', zh: '没有来源说明 page 与 pageSize 的范围。' },
  issuesToken: false,
  params: [
    integerParam('page', 1, INT_MAX, { en: 'Page number, from 1.', zh: '页码，从 1 开始' }, { required: false, defaultValue: '1' }),
    integerParam('pageSize', 1, INT_MAX, { en: 'Bots per page.', zh: '每页数量' }, { required: false, defaultValue: '10' }),
    bool('includeIntegration', { en: "Include each bot's integrations (true).", zh: '是否包含机器人的集成信息，true 为包含' }, 'false'),
  ],
  success: [
    { name: 'total', kind: 'value', label: { en: 'Total', zh: '总数' } },
    { name: 'hasNext', kind: 'value', label: { en: 'More pages', zh: '是否有下一页' } },
    botsTable,
  ],
};

// ——— bot integrations ———

/** Java's SetChatbotIntegration: the bot's userId plus the fields of one ChatbotIntegration. */
function integrationParams(): ParamSpec[] {
  return [
    botUserIdParam(),
    text('type', { en: 'Integration type (webhook, dify …).', zh: '集成类型（webhook、dify 等）' }, { required: true, example: 'webhook' }),
    { name: 'callbackUrl', kind: 'httpUri', required: true, code: 1007, description: { en: 'Where the service sends the messages and events.', zh: '接收用户消息或事件通知的回调地址' }, example: 'https://example.com/bot' },
    bool('enabled', { en: 'The integration is enabled (true).', zh: '是否启用该集成，true 为启用' }),
    { name: 'objectNames', kind: 'messageType', required: false, code: PARAMETER_ERROR_CODE, maxChars: MESSAGE_TYPE_MAX_CHARS, repeated: { min: 0, max: NO_STATED_MAX }, description: { en: 'Message types to forward.', zh: '要监听的消息类型' }, example: 'RC:TxtMsg' },
    text('events', { en: 'Events to forward.', zh: '触发的事件类型' }, { repeated: { min: 0, max: NO_STATED_MAX } }),
    bool('stream', { en: 'Stream the reply (platforms such as Dify; true).', zh: '是否启用流式响应（适用于 Dify 等平台），true 为启用' }, 'true'),
    bool('handleResponse', { en: "Handle the platform's reply (true).", zh: '是否处理第三方平台返回的结果，true 为处理' }, 'true'),
    text('auth.apiKey', { en: 'Credential for the third-party platform.', zh: '第三方平台的认证信息' }),
    object('agent', { en: 'The agent to answer with: an AgentModel object (agentId, name, agentConfig …).', zh: '用于应答的 Agent：AgentModel 对象（agentId、name、agentConfig 等）' }),
    bool('waitForInputCompletion', { en: "Java's waitForInputCompletion switch: wait for the input to complete (true).", zh: 'Java 的 waitForInputCompletion 开关：是否等待输入完成（true）' }),
    bool('gentleResponse', { en: "Java's gentleResponse switch (true); no source describes it.", zh: 'Java 的 gentleResponse 开关（true）；没有来源说明其含义' }),
  ];
}

const integrationJava = (method: string) =>
  `chatbot.${method}(SetChatbotIntegration{userId: userId, type: type, callbackUrl: callbackUrl, enabled: enabled, objectNames: objectNames, events: events, stream: stream, handleResponse: handleResponse, auth: ChatbotAuthInfo{apiKey: auth.apiKey}, agent: agent, waitForInputCompletion: waitForInputCompletion, gentleResponse: gentleResponse})`;
const integrationNote = {
  en: "The fields follow Java's SetChatbotIntegration and the integrations[] table of the docs' create-bot page (type and callbackUrl required; stream and handleResponse default to true); Java checks nothing. waitForInputCompletion, gentleResponse and agent appear only in Java.",
  zh: '字段依据 Java 的 SetChatbotIntegration 与文档创建机器人页的 integrations[] 表（type、callbackUrl 必填；stream 与 handleResponse 默认 true）；Java 不做检查。waitForInputCompletion、gentleResponse 与 agent 仅见于 Java。',
};

export const BOT_INTEGRATION_CREATE: EndpointSpec = {
  id: 'agent.botIntegrationCreate',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/integration/create.json',
  body: 'json',
  title: { en: 'Add bot integration', zh: '添加机器人集成' },
  description: { en: 'Adds an integration (a webhook or a platform) to a bot.', zh: '为机器人添加一个集成（Webhook 或第三方平台）。' },
  source: 'Java chatbot.createIntegration (SetChatbotIntegration); D:bot/create-a-bot integrations[]',
  sdks: { java: integrationJava('createIntegration') },
  notes: integrationNote,
  issuesToken: false,
  labelParam: 'userId',
  params: integrationParams(),
  success: [],
};

export const BOT_INTEGRATION_UPDATE: EndpointSpec = {
  id: 'agent.botIntegrationUpdate',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/integration/update.json',
  body: 'json',
  title: { en: 'Update bot integration', zh: '更新机器人集成' },
  description: { en: "Changes a bot's integration of this type.", zh: '修改机器人该类型的集成。' },
  source: 'Java chatbot.updateIntegration (SetChatbotIntegration)',
  sdks: { java: integrationJava('updateIntegration') },
  notes: integrationNote,
  issuesToken: false,
  labelParam: 'userId',
  params: integrationParams(),
  success: [],
};

export const BOT_INTEGRATION_DELETE: EndpointSpec = {
  id: 'agent.botIntegrationDelete',
  module: 'agent',
  method: 'POST',
  path: '/v3/bot/integration/delete.json',
  body: 'json',
  title: { en: 'Remove bot integration', zh: '删除机器人集成' },
  description: { en: "Removes a bot's integration of this type.", zh: '删除机器人该类型的集成。' },
  source: 'Java chatbot.deleteIntegration',
  sdks: { java: 'chatbot.deleteIntegration(userId, type)' },
  issuesToken: false,
  labelParam: 'userId',
  params: [botUserIdParam(), text('type', { en: 'Integration type (webhook, dify …).', zh: '集成类型（webhook、dify 等）' }, { required: true, example: 'webhook' })],
  success: [],
};

export const AGENT_ENDPOINTS: readonly EndpointSpec[] = [
  AGENT_CREATE,
  AGENT_DELETE,
  AGENT_GET,
  AGENT_QUERY,
  AGENT_UPDATE,
  CHAT_GENERATE,
  BOT_CREATE,
  BOT_DELETE,
  BOT_GET,
  BOT_QUERY,
  BOT_UPDATE,
  BOT_INTEGRATION_CREATE,
  BOT_INTEGRATION_DELETE,
  BOT_INTEGRATION_UPDATE,
];
