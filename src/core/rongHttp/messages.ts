/**
 * Diagnostic texts of `.rong.http` files in English and Chinese. The contract's own findings are
 * worded by validation.ts's formatFinding; everything else is here, one entry per rule.
 */
import { pick, type Locale, type Text } from '../text';
import type { SyntaxProblem } from './model';
import { ASSERTION_OPERATORS } from './assertions';

/** Each message in every language; `{name}` is filled from the arguments. */
export const RONG_HTTP_MESSAGES = {
  malformedRequestLine: {
    en: 'Malformed request line near "{detail}": expected a method and a target, e.g. POST /user/getToken.json',
    zh: '请求行格式错误（“{detail}”附近）：应为方法加目标，例如 POST /user/getToken.json',
  },
  malformedRequestLineBare: {
    en: 'Malformed request line: expected a method and a target, e.g. POST /user/getToken.json',
    zh: '请求行格式错误：应为方法加目标，例如 POST /user/getToken.json',
  },
  malformedTargetWhitespace: { en: 'The target must not contain whitespace (percent-encode it as %20)', zh: '请求目标不能包含空白字符（请编码为 %20）' },
  malformedTargetRelative: {
    en: 'The target must start with / (resolved against the profile\'s host) or http:// or https://',
    zh: '请求目标必须以 /（相对于凭据配置的主机）或 http://、https:// 开头',
  },
  missingMethod: { en: 'No method: REST Client would send GET; Rong endpoints take POST', zh: '缺少请求方法：REST Client 会发送 GET，融云接口需要 POST' },
  malformedHeader: { en: 'Malformed header line: expected "Name: value"', zh: '请求头格式错误：应为“名称: 值”' },
  missingBlankLine: { en: 'A blank line must separate the headers from the form body', zh: '请求头与表单正文之间必须有一个空行' },
  bodyLineWithoutAmpersand: {
    en: 'A form body continues on lines that start with &; without it the lines are joined into one value',
    zh: '表单正文的续行必须以 & 开头，否则各行会被拼接成一个值',
  },
  misplacedVariable: { en: 'File variables (@name = value) go above the request line or between requests', zh: '文件变量（@name = value）应写在请求行之上或两个请求之间' },
  malformedVariable: { en: 'Malformed variable definition: expected @name = value', zh: '变量定义格式错误：应为 @name = value' },
  misplacedDirective: {
    en: '@{detail} applies to the request below it: put it above the request line of a request',
    zh: '@{detail} 作用于其下方的请求，请放在某个请求的请求行之上',
  },
  malformedDirective: { en: '@{detail} needs a name, e.g. # @{detail} dev', zh: '@{detail} 需要一个名称，例如 # @{detail} dev' },
  duplicateDirective: { en: '@{detail} is given more than once; the last one is used', zh: '@{detail} 出现多次，以最后一个为准' },
  emptyParamName: { en: 'A form parameter without a name', zh: '表单参数缺少名称' },
  badPercentEncoding: {
    en: 'Malformed percent-encoding: % must be followed by two hex digits that form UTF-8',
    zh: '百分号编码错误：% 后应为两位十六进制数字，且须构成合法 UTF-8',
  },
  queryContinuation: {
    en: 'REST Client and httpyac append this line to the URL as its query; Rong reads parameters from the form body only, so sending is refused: move them into the body (name=value&…)',
    zh: 'REST Client 与 httpyac 会把这一行作为查询字符串拼接到 URL；融云只从表单正文读取参数，因此拒绝发送：请将参数移入正文（name=value&…）',
  },
  fileBody: {
    en: '"{detail}": REST Client and httpyac send that file\'s content as the body; here the form body is written inline (name=value&…), so sending is refused',
    zh: '“{detail}”：REST Client 与 httpyac 会把该文件的内容作为正文发送；这里表单正文须直接写出（name=value&…），因此拒绝发送',
  },
  assertionJs: {
    en: 'httpyac runs `?? js …` as JavaScript; this extension never runs JavaScript from a file: use status, body <path>, header <name> or duration',
    zh: 'httpyac 会把 `?? js …` 当作 JavaScript 执行；本扩展从不执行文件中的 JavaScript：请改用 status、body <路径>、header <名称> 或 duration',
  },
  assertionSubject: {
    en: 'Unknown assertion subject "{word}": httpyac\'s syntax is ?? <status|body [path]|header <name>|duration> <operator> [expected], e.g. ?? body code == 200',
    zh: '未知的断言对象“{word}”：httpyac 的语法为 ?? <status|body [路径]|header <名称>|duration> <运算符> [期望值]，例如 ?? body code == 200',
  },
  assertionSubjectBare: {
    en: 'Unknown assertion subject: httpyac\'s syntax is ?? <status|body [path]|header <name>|duration> <operator> [expected], e.g. ?? body code == 200',
    zh: '未知的断言对象：httpyac 的语法为 ?? <status|body [路径]|header <名称>|duration> <运算符> [期望值]，例如 ?? body code == 200',
  },
  assertionOperator: { en: 'Unknown assertion operator "{word}": use {operators}', zh: '未知的断言运算符“{word}”：可用 {operators}' },
  assertionOperatorBare: { en: 'The assertion has no operator: use {operators}', zh: '断言缺少运算符：可用 {operators}' },
  assertionExpected: {
    en: 'The assertion has no expected value: httpyac\'s syntax is ?? <subject> <operator> <expected>, e.g. ?? status == 200',
    zh: '断言缺少期望值：httpyac 的语法为 ?? <对象> <运算符> <期望值>，例如 ?? status == 200',
  },
  assertionHeaderName: {
    en: 'A header assertion needs the header\'s name: ?? header <name> <operator> [expected], e.g. ?? header content-type includes json',
    zh: '请求头断言需要请求头名称：?? header <名称> <运算符> [期望值]，例如 ?? header content-type includes json',
  },
  assertionExtra: {
    en: 'This operator takes no expected value; the rest of the line would be ignored, so it is refused: e.g. ?? body token exists',
    zh: '该运算符不接受期望值；行尾的内容会被忽略，因此拒绝：例如 ?? body token exists',
  },
  badPercentAfterSubstitution: { en: 'After substituting variables, this value is not valid percent-encoding', zh: '替换变量后，该值不是合法的百分号编码' },
  unterminatedReference: { en: 'Unterminated variable reference: {{ without }}', zh: '变量引用未闭合：有 {{ 而没有 }}' },
  emptyReference: { en: 'Empty variable reference {{}}', zh: '空的变量引用 {{}}' },
  undefinedVariable: {
    en: 'Variable "{name}" is not defined (define it with @{name} = value); Send Anyway sends {{{name}}} as written, as REST Client does',
    zh: '变量“{name}”未定义（用 @{name} = value 定义）；选择“仍然发送”会按原样发送 {{{name}}}，与 REST Client 相同',
  },
  unresolvedVariable: { en: 'Variable "{name}" uses a variable that cannot be resolved', zh: '变量“{name}”引用了无法解析的变量' },
  variableCycle: { en: 'Variable cycle: {cycle}', zh: '变量循环引用：{cycle}' },
  variableTooDeep: { en: 'Variable "{name}" nests variables deeper than {limit}', zh: '变量“{name}”的嵌套深度超过 {limit}' },
  variableTooLong: { en: 'Variable "{name}" grows past {limit} characters', zh: '变量“{name}”展开后超过 {limit} 个字符' },
  duplicateRequestName: {
    en: 'The request on line {first} is named "{name}" too: a reference reads only the first, so give each request its own name',
    zh: '第 {first} 行的请求也叫“{name}”：引用只读取第一个，请为每个请求取不同的名称',
  },
  duplicateVariable: { en: '@{name} is defined again further down; the last definition wins', zh: '@{name} 在下文被再次定义，以最后一次定义为准' },
  unknownSystemVariable: {
    en: 'Unknown system variable {name} (known: $timestamp, $nonce, $guid, $randomInt, $datetime, $localDatetime, $processEnv, $dotenv)',
    zh: '未知的系统变量 {name}（可用：$timestamp、$nonce、$guid、$randomInt、$datetime、$localDatetime、$processEnv、$dotenv）',
  },
  badSystemVariableArgs: { en: 'Bad arguments for {name}; usage: {usage}', zh: '{name} 的参数错误；用法：{usage}' },
  unknownEndpoint: {
    en: 'Unknown endpoint {path}: its parameters are not checked (did you mean {suggestion}?)',
    zh: '未知接口 {path}：不检查其参数（是否想用 {suggestion}？）',
  },
  unknownEndpointBare: { en: 'Unknown endpoint {path}: its parameters are not checked', zh: '未知接口 {path}：不检查其参数' },
  methodNotAllowed: { en: '{path} takes {expected}, not {method}', zh: '{path} 需要 {expected} 方法，而不是 {method}' },
  queryString: {
    en: 'A query string is not sent: Rong reads parameters from the form body, so sending is refused until you move them into the body (name=value&…)',
    zh: '查询字符串不会发送：融云只从表单正文读取参数，因此在将参数移入正文（name=value&…）之前拒绝发送',
  },
  realHostInLocalFile: {
    en: 'This request goes to {host}, a real Rong host ({region}), while other requests of this file go to a local one: it would act on real users',
    zh: '此请求发往融云真实主机 {host}（{region}），而本文件的其他请求发往本地主机：它会作用于真实用户',
  },
  unsupportedScheme: { en: 'Only http:// and https:// targets can be sent', zh: '只能发送 http:// 或 https:// 目标' },
  signatureMismatch: {
    en: 'Signature does not match App-Key/Nonce/Timestamp with the stored App Secret; expected {expected}',
    zh: 'Signature 与 App-Key/Nonce/Timestamp 及已保存的 App Secret 不匹配；应为 {expected}',
  },
  signatureNotReproducible: {
    en: 'An explicit Signature is sent as written, but the Nonce and Timestamp are generated for each request, so it cannot match: give fixed Nonce and Timestamp headers too, or remove the Signature',
    zh: '显式的 Signature 会原样发送，但 Nonce 与 Timestamp 每次都重新生成，签名不可能匹配：请同时给出固定的 Nonce 和 Timestamp，或删除 Signature',
  },
  badNonce: { en: '{problem}', zh: 'Nonce 必须是 1 到 {limit} 个可打印 ASCII 字符，不含空白' },
  longNonce: {
    en: 'Nonce is {length} characters, longer than the documentation\'s {limit}: the official SDKs send such nonces and the service accepts them',
    zh: 'Nonce 为 {length} 个字符，超过文档写的 {limit} 个：官方 SDK 也会发送这样的 Nonce，服务端可以接受',
  },
  badTimestamp: { en: '{problem}', zh: 'Timestamp 必须是最多 16 位十进制数字（距纪元的毫秒数）' },
  secretInFile: {
    en: 'This looks like an App Secret: keep it in the credential store (Rong: Set Credentials), not in the file',
    zh: '这看起来像 App Secret：请保存在凭据存储中（Rong: 设置凭据），不要写在文件里',
  },
  unknownProfile: { en: 'No credential profile named "{name}"', zh: '没有名为“{name}”的凭据配置' },
  contentTypeIgnored: { en: 'The body is always sent as {expected}; this Content-Type is ignored', zh: '正文总是以 {expected} 发送；此 Content-Type 会被忽略' },
  requestIdTooLong: { en: 'X-Request-ID is {actual} characters; the limit is {limit}', zh: 'X-Request-ID 为 {actual} 个字符，上限为 {limit}' },
  prefixedSigningHeader: {
    en: '{name} is sent besides the {plain} header the extension adds; write {plain} instead',
    zh: '{name} 会与扩展添加的 {plain} 请求头一同发送；请改写为 {plain}',
  },
  duplicateHeader: { en: 'Header {name} is given more than once', zh: '请求头 {name} 出现多次' },
  jsonBodyExpected: {
    en: '{path} takes a JSON body ({"name": value, …}), not a form: sending is refused until the body is JSON',
    zh: '{path} 需要 JSON 请求体（{"name": value, …}），而不是表单：请求体改为 JSON 之前拒绝发送',
  },
  formBodyExpected: {
    en: '{path} takes a form body (name=value&…), not JSON: sending is refused until the body is a form',
    zh: '{path} 需要表单请求体（name=value&…），而不是 JSON：请求体改为表单之前拒绝发送',
  },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof RONG_HTTP_MESSAGES;

/** Messages worded otherwise when an argument is empty: the argument and the key of that wording. */
const WHEN_EMPTY: Partial<Record<MessageKey, readonly [string, MessageKey]>> = {
  malformedRequestLine: ['detail', 'malformedRequestLineBare'],
  assertionSubject: ['word', 'assertionSubjectBare'],
  assertionOperator: ['word', 'assertionOperatorBare'],
  unknownEndpoint: ['suggestion', 'unknownEndpointBare'],
};

export function message(key: MessageKey, locale: Locale, args: Readonly<Record<string, string>> = {}): string {
  const empty = WHEN_EMPTY[key];
  return pick(RONG_HTTP_MESSAGES[empty && !args[empty[0]] ? empty[1] : key], locale, args);
}

/** The text of a parser problem. */
export function syntaxMessage(p: SyntaxProblem, locale: Locale): string {
  const args = { detail: p.detail ?? '' };
  switch (p.kind) {
    case 'malformedTarget':
      return message(p.detail === 'whitespace' ? 'malformedTargetWhitespace' : 'malformedTargetRelative', locale);
    case 'malformedAssertion':
      return assertionMessage(p.detail ?? '', locale);
    default:
      return message(p.kind, locale, args);
  }
}

/** A malformed `??` line's text, from the parser's detail ('js', 'subject:<word>', 'operator:<word>', 'expected', 'path', 'extra'). */
function assertionMessage(detail: string, locale: Locale): string {
  if (detail === 'js') return message('assertionJs', locale);
  if (detail === 'expected') return message('assertionExpected', locale);
  if (detail === 'path') return message('assertionHeaderName', locale);
  if (detail === 'extra') return message('assertionExtra', locale);
  const colon = detail.indexOf(':');
  const word = colon < 0 ? '' : detail.slice(colon + 1);
  if (detail.startsWith('operator:')) return message('assertionOperator', locale, { word, operators: ASSERTION_OPERATORS.join(' ') });
  return message('assertionSubject', locale, { word });
}
