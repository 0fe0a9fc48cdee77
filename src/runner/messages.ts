/**
 * What the runner says to a person, in English and Simplified Chinese. The locale comes from
 * --locale, else LC_ALL / LC_MESSAGES / LANG (zh… → Chinese).
 */
import { pick, toLocale, type Locale, type Text, type TextVars } from '../core/text';

export const RUNNER_MESSAGES = {
  needTarget: { en: 'give --sandbox, or --app-key KEY (and --base-url URL for relative requests) with the App Secret in RONG_APP_SECRET', zh: '请指定 --sandbox，或 --app-key KEY（相对地址的请求还需 --base-url URL），App Secret 放在环境变量 RONG_APP_SECRET 中' },
  sandboxAndBase: { en: '--sandbox runs against the embedded sandbox: leave out --base-url and --app-key', zh: '--sandbox 使用内置沙箱：请去掉 --base-url 和 --app-key' },
  noSecret: { en: 'RONG_APP_SECRET is not set: the App Secret is read from this environment variable only', zh: '未设置 RONG_APP_SECRET：App Secret 只从该环境变量读取' },
  secretArgument: { en: 'the App Secret is never a command-line argument (it would stay in the shell history): set RONG_APP_SECRET', zh: 'App Secret 不能作为命令行参数（会留在 shell 历史中）：请设置环境变量 RONG_APP_SECRET' },
  noFiles: { en: 'name at least one .rong.http file or glob: rong-http run FILE…', zh: '请至少指定一个 .rong.http 文件或通配符：rong-http run FILE…' },
  noMatch: { en: 'no file matches', zh: '没有匹配的文件' },
  resumeNeedsData: { en: '--resume, --tokens, --skip-invalid and --journal go with --data', zh: '--resume、--tokens、--skip-invalid 和 --journal 需与 --data 一起使用' },
  summary: { en: '{total} requests: {passed} passed, {failed} failed', zh: '共 {total} 个请求：{passed} 个通过，{failed} 个失败' },
  byCode: { en: 'by code', zh: '按返回码' },
  earlier: { en: 'registered by the earlier attempt', zh: '已由先前的尝试注册' },
  answeredBefore: { en: 'answered in an earlier run (from the journal)', zh: '已在先前的运行中得到应答（见日志文件）' },
  journalAt: { en: 'journal: {path}', zh: '日志文件：{path}' },
  resumed: { en: 'resuming: {answered} rows answered before, {pending} to send', zh: '继续运行：{answered} 行此前已应答，{pending} 行待发送' },
  invalidRows: { en: '{count} malformed rows; nothing was sent (--skip-invalid sends the others)', zh: '{count} 行数据有误，未发送任何请求（--skip-invalid 可发送其余行）' },
  skippedRows: { en: 'skipped {count} malformed rows', zh: '已跳过 {count} 行有误的数据' },
  interrupted: { en: 'interrupted: run again with --resume to continue', zh: '已中断：加 --resume 重新运行即可继续' },
  realHost: { en: 'warning: this request goes to {host}, a real host, while other requests of the file go to a local one', zh: '警告：此请求发往真实主机 {host}，而该文件的其他请求发往本地主机' },
  assertionsFailed: { en: '{failed} of {total} assertions failed', zh: '{total} 个断言中有 {failed} 个未通过' },
  expected: { en: 'expected {expected}, got {actual}', zh: '预期 {expected}，实际 {actual}' },
  repeatedRow: {
    en: '{param} "{value}" is on line {first} too: a run sends each {param} once (two sends of one {param} at once are merged into one)',
    zh: '{param} "{value}" 与第 {first} 行重复：一次运行中每个 {param} 只发送一次（同一 {param} 同时发送两次会被合并为一次）',
  },
  repeatedKey: { en: 'row {row} has the key "{key}" twice; a row names each column once', zh: '第 {row} 行的键 "{key}" 出现了两次；每行的每一列只能出现一次' },
  repeatedColumn: { en: 'the header names the column "{column}" twice; each column is named once', zh: '表头中列 "{column}" 出现了两次；每一列只能出现一次' },
  journalInUse: {
    en: 'is used by another run ({holder}): wait for it to end, or stop it; one run at a time writes a journal',
    zh: '正被另一个运行使用（{holder}）：请等待其结束或停止它；同一时间只有一个运行写入日志文件',
  },
  journalHolder: { en: 'PID {pid}{host}, started {started}', zh: 'PID {pid}{host}，开始于 {started}' },
  journalHolderUnknown: { en: 'its owner file is missing; the lock is free {seconds} s after its last refresh', zh: '缺少其属主文件；锁在最后一次刷新 {seconds} 秒后释放' },
  outputUnwritable: { en: 'the report cannot be written here ({reason}); nothing was sent', zh: '无法在此写入报告（{reason}）；未发送任何请求' },
  secretRefused: {
    en: 'refused: {place} would carry the App Secret (a variable or a .env value that holds it?); a request that holds it is never sent',
    zh: '已拒绝：{place} 会带上 App Secret（某个变量或 .env 中的值就是它？）；含有 App Secret 的请求从不发送',
  },
  unknownCommand: { en: 'unknown command "{command}": rong-http run FILE… or rong-http check FILE… (rong-http --help)', zh: '未知命令 "{command}"：请用 rong-http run FILE… 或 rong-http check FILE…（rong-http --help）' },
  noCheckFiles: { en: 'name at least one .rong.http file or glob: rong-http check FILE…', zh: '请至少指定一个 .rong.http 文件或通配符：rong-http check FILE…' },
  notCheckOption: {
    en: '{option} is not an option of rong-http check, which sends nothing: it takes --reporter, --env-file, --var, --max-warnings and --locale',
    zh: '{option} 不是 rong-http check 的选项（check 不发送任何请求）：可用 --reporter、--env-file、--var、--max-warnings 和 --locale',
  },
  checkOnlyOption: { en: '{option} goes with rong-http check', zh: '{option} 需与 rong-http check 一起使用' },
  checkSummary: {
    en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s); nothing was sent',
    zh: '共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告；未发送任何请求',
  },
  tooManyWarnings: { en: '{warnings} warning(s): more than --max-warnings {max}', zh: '{warnings} 个警告：超过 --max-warnings {max}' },
  requestCycle: { en: 'these requests read from each other in a cycle, so none of them can be sent first: {cycle}', zh: '这些请求相互引用形成循环，无法确定先发送哪一个：{cycle}' },
} satisfies Record<string, Text>;

export type RunnerMessage = keyof typeof RUNNER_MESSAGES;

/** The runner's message `key` through the one pick (a name for a table entry, not a second mechanism). */
export function say(key: RunnerMessage, locale: Locale, vars: TextVars = {}): string {
  return pick(RUNNER_MESSAGES[key], locale, vars);
}

/** The person's locale from the environment (the same words as VS Code's display language). */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  return toLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
