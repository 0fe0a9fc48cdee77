/**
 * Sensitive words (issue 18): /sensitiveword/… and the Java SDK's /wordfilter/… calls.
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 */
import type { Text } from '../text';
import { PARAMETER_ERROR_CODE } from './limits';
import type { EndpointSpec, ParamSpec, SuccessField } from './types';

/** A sensitive word and its replacement, in characters (docs add-sensitive-word and batch-add-sensitive-word; Go SensitiveAdd's comment; Java batchAdd checks 32). */
export const SENSITIVE_WORD_MAX_CHARS = 32;
/** The word of delete.json and /wordfilter/… (Java sensitiveword/verify.json keyword: length 1–64). */
export const LEGACY_WORD_MAX_CHARS = 64;
/** Words one batch call takes (docs batch-remove-sensitive-word and batch-add-sensitive-word; Java batchAdd and verify.json keywords size 1–50). */
export const SENSITIVE_WORDS_PER_CALL = 50;

const docsOf = (slug: string) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/moderation/${slug}`, en: `https://docs.rongcloud.io/platform-chat-api/moderation/${slug}` });

/** A word as text: `maxChars` when a source states one for this call. */
function wordParam(name: string, description: Text, options: Partial<ParamSpec> = {}): ParamSpec {
  return { name, kind: 'text', required: true, code: PARAMETER_ERROR_CODE, description, example: 'badword', ...options };
}

const word = wordParam('word', { en: 'The sensitive word: at most 32 characters.', zh: '敏感词，最长 32 个字符' }, { maxChars: SENSITIVE_WORD_MAX_CHARS });
const replaceWord = wordParam(
  'replaceWord',
  { en: 'What replaces the word in a message; without it, a message with the word is blocked. At most 32 characters.', zh: '替换后的词；不设置时含该敏感词的消息被屏蔽。最长 32 个字符' },
  { required: false, maxChars: SENSITIVE_WORD_MAX_CHARS, example: '***' },
);

const lengthNote: Text = {
  en: 'The docs, Go and Python (1–32) give 32 characters for word and replaceWord; Java verify.json, Node and PHP check 1–64 (Node and PHP say bytes); this data checks 32 characters.',
  zh: '文档、Go 与 Python（1–32）规定 word 与 replaceWord 最长 32 个字符；Java verify.json、Node、PHP 检查 1–64（Node 与 PHP 称单位为字节）；本数据按 32 个字符检查。',
};

const wordsTable: SuccessField = {
  name: 'words',
  kind: 'table',
  label: { en: 'Sensitive words', zh: '敏感词' },
  columns: [
    { keys: ['word', 'keyword'], label: { en: 'Word', zh: '敏感词' } },
    { keys: ['replaceWord', 'replace'], label: { en: 'Replacement', zh: '替换词' } },
    { keys: ['type'], label: { en: 'Type (0 replace, 1 block)', zh: '类型（0 替换，1 屏蔽）' } },
  ],
};

export const SENSITIVEWORD_ADD: EndpointSpec = {
  id: 'sensitiveword.add',
  module: 'sensitiveword',
  method: 'POST',
  path: '/sensitiveword/add.json',
  title: { en: 'Add sensitive word', zh: '添加敏感词' },
  description: {
    en: 'Adds a word that messages are filtered for: replaced by replaceWord, or blocked when there is none.',
    zh: '添加一个敏感词：含该词的消息中该词被替换为 replaceWord，未设置替换词时消息被屏蔽。',
  },
  source: 'D:moderation/add-sensitive-word; Go SensitiveAdd; Java SensitiveWord.add, sensitiveword/verify.json rule; Node Sensitive.add; PHP Sensitive.add; Python Sensitive.add',
  docs: docsOf('add-sensitive-word'),
  sdks: {
    go: 'SensitiveAdd(word, replaceWord, type)',
    java: 'sensitiveword.add(SensitiveWordModel{type: type, keyword: word, replace: replaceWord})',
    node: 'Sensitive.add({type: type, keyword: word, replace: replaceWord})',
    php: 'getSensitive()->add({type: type, keyword: word, replace: replaceWord})',
    python: 'get_sensitive().add(word=word, replace_word=replaceWord)',
  },
  notes: {
    en: `${lengthNote.en} The docs list only word and replaceWord. Node and PHP also send type=0 with a replacement (with type 1 they send neither type nor replaceWord); Go and Java send replaceWord only for type 0, and Go then requires it.`,
    zh: `${lengthNote.zh} 文档只列出 word 与 replaceWord。Node 与 PHP 替换时另发送 type=0（type 为 1 时既不发送 type 也不发送 replaceWord）；Go 与 Java 仅在 type 为 0 时发送 replaceWord，Go 此时要求必填。`,
  },
  issuesToken: false,
  labelParam: 'word',
  params: [
    word,
    replaceWord,
    { name: 'type', kind: 'integer', required: false, code: PARAMETER_ERROR_CODE, min: 0, max: 1, description: { en: 'What the SDKs mean: 0 replace the word, 1 block the message (Node and PHP send 0).', zh: 'SDK 中的含义：0 替换敏感词，1 屏蔽消息（Node 与 PHP 发送 0）' } },
  ],
  success: [],
};

export const SENSITIVEWORD_BATCH_ADD: EndpointSpec = {
  id: 'sensitiveword.batchAdd',
  module: 'sensitiveword',
  method: 'POST',
  path: '/sensitiveword/batch/add.json',
  title: { en: 'Add sensitive words in batch', zh: '批量添加敏感词' },
  description: { en: 'Adds up to 50 sensitive words, each with an optional replacement, in one JSON call.', zh: '一次添加最多 50 个敏感词，每个可带替换词（JSON 请求体）。' },
  source: 'D:moderation/batch-add-sensitive-word; Java SensitiveWord.batchAdd, AddSensitiveWordsModel, BatchAddSensitiveWordResult; PHP Sensitive.batchAdd',
  docs: docsOf('batch-add-sensitive-word'),
  body: 'json',
  sdks: {
    java: 'sensitiveword.batchAdd(AddSensitiveWordsModel{words: words})',
    php: 'getSensitive()->batchAdd({words: words})',
  },
  notes: {
    en: 'Java checks 1–50 entries, each word 1–32 characters and each replaceWord at most 32; the docs say the same and that going over the quota fails the whole batch. The contract cannot count the entries of a JSON array or check their fields, so only the JSON shape is checked here. PHP checks only that words is an array.',
    zh: 'Java 检查 1–50 项，每个 word 1–32 个字符、replaceWord 最多 32 个字符；文档相同，并说明超出配额时整批失败。合同无法计数 JSON 数组的项或检查其字段，此处只检查 JSON 格式。PHP 只检查 words 为数组。',
  },
  issuesToken: false,
  params: [
    {
      name: 'words',
      kind: 'json',
      required: true,
      code: PARAMETER_ERROR_CODE,
      jsonType: 'array',
      description: { en: 'The words: an array of {word, replaceWord?} objects, 1–50 of them.', zh: '敏感词数组，每项为 {word, replaceWord?} 对象，1–50 项' },
      example: '[{"word":"badword","replaceWord":"***"}]',
    },
  ],
  success: [{ name: 'remainQuota', kind: 'value', label: { en: 'Words still allowed', zh: '剩余敏感词配额' } }],
};

export const SENSITIVEWORD_BATCH_DELETE: EndpointSpec = {
  id: 'sensitiveword.batchDelete',
  module: 'sensitiveword',
  method: 'POST',
  path: '/sensitiveword/batch/delete.json',
  title: { en: 'Remove sensitive words', zh: '批量移除敏感词' },
  description: { en: 'Removes 1–50 words from the sensitive word list.', zh: '从敏感词列表中移除 1–50 个敏感词。' },
  source: 'D:moderation/batch-remove-sensitive-word; Go SensitiveRemove; Java SensitiveWord.batchDelete, sensitiveword/verify.json sensitive.keywords; Node Sensitive.remove; PHP Sensitive.remove',
  docs: docsOf('batch-remove-sensitive-word'),
  sdks: {
    go: 'SensitiveRemove(words)',
    java: 'sensitiveword.batchDelete(words)',
    node: 'Sensitive.remove({keywords: words})',
    php: 'getSensitive()->remove({keywords: words})',
    python: 'get_sensitive().remove(words=words)',
  },
  notes: {
    en: 'The docs and Java verify.json allow 50 words a call; Go, Node and PHP check only that one is given. No length limit per word is stated for removal; the 32 characters of add are not checked here.',
    zh: '文档与 Java verify.json 允许单次 50 个；Go、Node、PHP 只检查至少一个。移除时未说明单个词的长度限制，此处不检查添加时的 32 个字符。',
  },
  issuesToken: false,
  params: [wordParam('words', { en: 'The words to remove, 1–50 values (repeat the parameter).', zh: '要移除的敏感词，1–50 个（重复该参数）' }, { repeated: { min: 1, max: SENSITIVE_WORDS_PER_CALL } })],
  success: [],
};

export const SENSITIVEWORD_DELETE: EndpointSpec = {
  id: 'sensitiveword.delete',
  module: 'sensitiveword',
  method: 'POST',
  path: '/sensitiveword/delete.json',
  title: { en: 'Remove sensitive word', zh: '移除敏感词' },
  description: { en: 'Removes one word from the sensitive word list.', zh: '从敏感词列表中移除一个敏感词。' },
  source: 'Java SensitiveWord.remove, sensitiveword/verify.json sensitive.keyword',
  sdks: { java: 'sensitiveword.remove(word)', python: 'get_sensitive().remove(words=word)' },
  notes: {
    en: 'Java calls this path and checks the word as 1–64 characters (verify.json), which this data checks; Python Sensitive.remove calls it when given one word and checks 1–32. No docs page was found.',
    zh: 'Java 调用此路径并检查该词为 1–64 个字符（verify.json），本数据按此检查；Python 的 Sensitive.remove 在只给一个词时调用此路径，检查 1–32。未找到文档页面。',
  },
  issuesToken: false,
  labelParam: 'word',
  params: [wordParam('word', { en: 'The word to remove: at most 64 characters.', zh: '要移除的敏感词，最长 64 个字符' }, { maxChars: LEGACY_WORD_MAX_CHARS })],
  success: [],
};

export const SENSITIVEWORD_LIST: EndpointSpec = {
  id: 'sensitiveword.list',
  module: 'sensitiveword',
  method: 'POST',
  path: '/sensitiveword/list.json',
  title: { en: 'List sensitive words', zh: '查询敏感词列表' },
  description: { en: 'Lists the sensitive words of the app with their replacements.', zh: '查询应用的敏感词及其替换词。' },
  source: 'Go SensitiveGetList (ListWordFilterResult); Java SensitiveWord.getList, ListWordfilterResult; Node Sensitive.getList; PHP Sensitive.getList',
  sdks: {
    go: 'SensitiveGetList()',
    java: 'sensitiveword.getList(type)',
    node: 'Sensitive.getList({type: type})',
    php: 'getSensitive()->getList({type: type})',
    python: 'get_sensitive().query(word_type=type)',
  },
  notes: {
    en: "Go sends no parameter; Java sends type only when given; Node and PHP send type 2 when not given, Python type 1. Go and Node's example answer name the fields word and replaceWord; Java's result model reads keyword and replace. No docs page was found.",
    zh: 'Go 不发送参数；Java 仅在给出时发送 type；Node 与 PHP 未给时发送 type 为 2，Python 为 1。Go 与 Node 的示例应答字段为 word 与 replaceWord；Java 的结果模型读取 keyword 与 replace。未找到文档页面。',
  },
  issuesToken: false,
  params: [{ name: 'type', kind: 'integer', required: false, code: PARAMETER_ERROR_CODE, min: 0, max: 2, description: { en: 'Which words: 0 replaced, 1 blocked, 2 all (as Node and PHP send by default).', zh: '查询哪类敏感词：0 替换类，1 屏蔽类，2 全部（Node 与 PHP 默认发送 2）' } }],
  success: [wordsTable],
};

const wordfilterNote: Text = {
  en: 'The Java SDK\'s older Wordfilter class calls this path; the current docs do not list it, and it checks the word against the same verify.json (1–64 characters).',
  zh: 'Java SDK 较早的 Wordfilter 类调用此路径；当前文档未列出，其按同一 verify.json 检查该词（1–64 个字符）。',
};

export const WORDFILTER_ADD: EndpointSpec = {
  id: 'sensitiveword.wordfilterAdd',
  module: 'sensitiveword',
  method: 'POST',
  path: '/wordfilter/add.json',
  title: { en: 'Add sensitive word (legacy)', zh: '添加敏感词（旧接口）' },
  description: { en: 'The older call that adds a word whose messages are blocked.', zh: '旧接口：添加敏感词，含该词的消息被屏蔽。' },
  source: 'Java Wordfilter.add, sensitiveword/verify.json',
  sdks: { java: 'wordfilter.add(word)' },
  notes: wordfilterNote,
  issuesToken: false,
  labelParam: 'word',
  params: [wordParam('word', { en: 'The sensitive word: at most 64 characters.', zh: '敏感词，最长 64 个字符' }, { maxChars: LEGACY_WORD_MAX_CHARS })],
  success: [],
};

export const WORDFILTER_DELETE: EndpointSpec = {
  id: 'sensitiveword.wordfilterDelete',
  module: 'sensitiveword',
  method: 'POST',
  path: '/wordfilter/delete.json',
  title: { en: 'Remove word (legacy)', zh: '移除敏感词（旧接口）' },
  description: { en: 'The older call that removes a sensitive word.', zh: '旧接口：移除一个敏感词。' },
  source: 'Java Wordfilter.remove, sensitiveword/verify.json',
  sdks: { java: 'wordfilter.remove(word)' },
  notes: wordfilterNote,
  issuesToken: false,
  labelParam: 'word',
  params: [wordParam('word', { en: 'The word to remove: at most 64 characters.', zh: '要移除的敏感词，最长 64 个字符' }, { maxChars: LEGACY_WORD_MAX_CHARS })],
  success: [],
};

export const WORDFILTER_LIST: EndpointSpec = {
  id: 'sensitiveword.wordfilterList',
  module: 'sensitiveword',
  method: 'POST',
  path: '/wordfilter/list.json',
  title: { en: 'List words (legacy)', zh: '查询敏感词列表（旧接口）' },
  description: { en: 'The older call that lists the sensitive words.', zh: '旧接口：查询敏感词列表。' },
  source: 'Java Wordfilter.getList, ListWordfilterResult',
  sdks: { java: 'wordfilter.getList()' },
  notes: { en: 'The Java SDK\'s older Wordfilter class calls this path with no parameter; the current docs do not list it.', zh: 'Java SDK 较早的 Wordfilter 类以无参数调用此路径；当前文档未列出。' },
  issuesToken: false,
  params: [],
  success: [wordsTable],
};

export const SENSITIVEWORD_ENDPOINTS: readonly EndpointSpec[] = [
  SENSITIVEWORD_ADD,
  SENSITIVEWORD_BATCH_ADD,
  SENSITIVEWORD_BATCH_DELETE,
  SENSITIVEWORD_DELETE,
  SENSITIVEWORD_LIST,
  WORDFILTER_ADD,
  WORDFILTER_DELETE,
  WORDFILTER_LIST,
];
