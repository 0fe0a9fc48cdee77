/** `rong-http --help`, in English and Simplified Chinese. */
import { pick, type Locale } from '../core/text';

const HELP = {
  en: `rong-http: run .rong.http files against the Rong Server API or the embedded sandbox,
or check them as the editor does, without sending.

Usage: rong-http run FILE|GLOB… [options]
       rong-http check FILE|GLOB… [check options]

Target (one of):
  --sandbox              start the embedded sandbox (a demo app) and run against it
  --app-key KEY          the app's key; its App Secret is read from RONG_APP_SECRET only
  --base-url URL         where requests that name no host go (e.g. https://api.rong-api.com)
  --profile NAME         a profile from rong-http.profiles.json (name, appKey, region or baseUrl);
                         its App Secret from RONG_APP_SECRET_<NAME>, else RONG_APP_SECRET
  --profiles FILE        read the profiles from FILE instead

Options:
  --env-file FILE        NAME=value lines, variables below the file's own
  --var NAME=VALUE       a variable above the file's own (repeatable)
  --bail                 stop after the first failed request
  --timeout MS           per connection, response headers and body chunk (default 10000)
  --retries N            retries after a connection error, timeout, 5xx or 429 (default 2)
  --reporter NAME        pretty (default), json or junit
  -o, --output FILE      write the report here (default: standard output)
  --locale en|zh-cn      language of messages (default: from LANG)

Data files (the request once per row, columns as variables):
  --data FILE            .csv with a header row, or .json (an array of objects)
  --rate N               requests a second at most (default 200, the service's cap; 0 = off)
  --concurrency N        requests in flight at most (default 8)
  --journal FILE         the journal (default: OUTPUT.journal, else DATA.journal)
  --resume               continue the journal's run: answered rows are never sent again
  --tokens FILE          write userId,token,expiresAt per issued token (mode 0600)
  --skip-invalid         send the valid rows when some are malformed

Exit codes: 0 every request got its expected outcome; 1 one did not; 2 usage or file error;
130 / 143 stopped by SIGINT (Ctrl+C) / SIGTERM (the report is still written).

Check (the editor's diagnostics, same codes and severities; nothing is sent, no App Secret needed):
  --reporter NAME        pretty (default), json or github (annotations in GitHub Actions)
  --env-file FILE        NAME=value lines, variables below the file's own
  --var NAME=VALUE       a variable above the file's own (repeatable)
  --max-warnings N       also fail when there are more than N warnings
  --locale en|zh-cn      language of messages (default: from LANG)
Exit codes: 0 no error (warnings allowed); 1 an error, or more than --max-warnings warnings;
2 usage or file error (unknown option, no file matches, a file cannot be read).`,
  zh: `rong-http：针对融云 Server API 或内置沙箱运行 .rong.http 文件，
或像编辑器一样检查这些文件而不发送请求。

用法：rong-http run 文件|通配符… [选项]
      rong-http check 文件|通配符… [检查选项]

目标（二选一）：
  --sandbox              启动内置沙箱（一个演示应用）并对其运行
  --app-key KEY          应用的 App Key；App Secret 只从环境变量 RONG_APP_SECRET 读取
  --base-url URL         未写明主机的请求发往此处（如 https://api.rong-api.com）
  --profile NAME         使用 rong-http.profiles.json 中的凭据配置（name、appKey、region 或 baseUrl）；
                         App Secret 取自 RONG_APP_SECRET_<NAME>，否则取自 RONG_APP_SECRET
  --profiles FILE        从 FILE 读取凭据配置

选项：
  --env-file FILE        NAME=value 格式的变量，优先级低于文件内定义
  --var NAME=VALUE       变量，优先级高于文件内定义（可重复）
  --bail                 第一个请求失败后停止
  --timeout MS           连接、响应头、响应体分块各自的超时（默认 10000）
  --retries N            连接错误、超时、5xx、429 后的重试次数（默认 2）
  --reporter NAME        pretty（默认）、json 或 junit
  -o, --output FILE      报告写入此文件（默认：标准输出）
  --locale en|zh-cn      消息语言（默认取自 LANG）

数据文件（每行数据发送一次请求，列名即变量名）：
  --data FILE            带表头的 .csv，或 .json（对象数组）
  --rate N               每秒最多请求数（默认 200，即服务的上限；0 = 不限）
  --concurrency N        同时进行的请求数上限（默认 8）
  --journal FILE         日志文件（默认：OUTPUT.journal，否则 DATA.journal）
  --resume               继续日志文件记录的运行：已应答的行不会再次发送
  --tokens FILE          每个签发的 Token 写一行 userId,token,expiresAt（权限 0600）
  --skip-invalid         部分行有误时，仍发送其余正确的行

退出码：0 所有请求都得到预期结果；1 有请求未得到预期结果；2 用法或文件错误；
130 / 143 被 SIGINT（Ctrl+C）/ SIGTERM 停止（仍会写出报告）。

检查（与编辑器相同的诊断、代码和严重级别；不发送任何请求，无需 App Secret）：
  --reporter NAME        pretty（默认）、json 或 github（GitHub Actions 中的注解）
  --env-file FILE        NAME=value 格式的变量，优先级低于文件内定义
  --var NAME=VALUE       变量，优先级高于文件内定义（可重复）
  --max-warnings N       警告多于 N 个时也视为失败
  --locale en|zh-cn      消息语言（默认取自 LANG）
退出码：0 没有错误（可以有警告）；1 有错误，或警告多于 --max-warnings；
2 用法或文件错误（未知选项、没有匹配的文件、文件无法读取）。`,
};

export function helpText(locale: Locale): string {
  return `${pick(HELP, locale)}\n`;
}
