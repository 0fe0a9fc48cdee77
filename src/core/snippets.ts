/**
 * Code snippets that send the playground's request from a program. Each reads the App Secret from
 * an environment variable and computes nonce, timestamp and signature itself: a snippet never holds
 * a secret or a signature, so it can be pasted anywhere. Pure: strings in, a string out. The SDK
 * snippets (`go-sdk`…) are rendered by core/sdkSnippets.ts from the endpoint's call templates.
 */
import type { EndpointSpec, HttpMethod, SdkId } from './contract/types';
import { encodeRequestParts, splitPairs } from './wire';

/** Raw-HTTP snippets: every endpoint has them. */
export type HttpSnippetId = 'javascript' | 'python' | 'java';
/** Snippets in an official SDK's own words: only for the endpoints that SDK implements. */
export type SdkSnippetId = `${SdkId}-sdk`;
export type SnippetId = HttpSnippetId | SdkSnippetId;

export const HTTP_SNIPPET_IDS: readonly HttpSnippetId[] = ['javascript', 'python', 'java'];
export const SDK_SNIPPET_IDS: readonly SdkSnippetId[] = ['go-sdk', 'java-sdk', 'node-sdk', 'php-sdk', 'python-sdk'];

/** The SDK a snippet speaks for, or undefined for a raw-HTTP snippet. */
export function sdkOfSnippet(id: SnippetId): SdkId | undefined {
  return id.endsWith('-sdk') ? (id.slice(0, -'-sdk'.length) as SdkId) : undefined;
}

export const snippetIdOfSdk = (sdk: SdkId): SdkSnippetId => `${sdk}-sdk`;

export const SECRET_ENV = 'RONG_APP_SECRET';

export interface SnippetInput {
  /** Full URL with its path parameters and query, e.g. https://api.rong-api.com/user/getToken.json. */
  readonly url: string;
  readonly appKey: string;
  /** The body's form parameters in order (decoded values); none for a JSON body. */
  readonly params: ReadonlyArray<readonly [string, string]>;
  /** POST when absent; the REST-style calls also GET, PUT and DELETE. */
  readonly method?: HttpMethod;
  /** A JSON body's text (`/push.json`, `/v3/…`, `/v2/…`), sent as written with Content-Type application/json. */
  readonly json?: string;
}

/** The raw-HTTP snippet's input for an endpoint and the form's pairs: the URL, method and body as the wire codec makes them. */
export function snippetInputFor(endpoint: EndpointSpec, base: string, appKey: string, pairs: ReadonlyArray<readonly [string, string]>): SnippetInput {
  const wire = encodeRequestParts(endpoint, pairs);
  const url = base.replace(/\/+$/, '') + wire.path + wire.query;
  if (endpoint.body === 'json') return { url, appKey, params: [], method: endpoint.method, ...(wire.contentType ? { json: wire.body } : {}) };
  return { url, appKey, params: splitPairs(endpoint, pairs).body, method: endpoint.method };
}

/** What the snippet sends: a form, a JSON text, or nothing (a REST GET or DELETE). */
function bodyOf(input: SnippetInput): 'form' | 'json' | 'none' {
  if (input.json !== undefined) return 'json';
  const method = input.method ?? 'POST';
  return input.params.length > 0 || method === 'POST' || method === 'PUT' ? 'form' : 'none';
}

export const SNIPPET_LABELS: Readonly<Record<SnippetId, string>> = {
  javascript: 'JavaScript (undici)',
  python: 'Python',
  java: 'Java',
  'go-sdk': 'Go SDK',
  'java-sdk': 'Java SDK',
  'node-sdk': 'Node SDK',
  'php-sdk': 'PHP SDK',
  'python-sdk': 'Python SDK',
};

const hex4 = (c: number) => c.toString(16).padStart(4, '0');

/** Whether a UTF-16 code unit at i is half of a proper surrogate pair. */
function pairedSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const n = s.charCodeAt(i + 1);
    return n >= 0xdc00 && n <= 0xdfff;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = s.charCodeAt(i - 1);
    return p >= 0xd800 && p <= 0xdbff;
  }
  return false;
}

/** Characters a literal must escape in every language: controls, separators, lone surrogates. */
function needsEscape(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  return c >= 0xd800 && c <= 0xdfff && !pairedSurrogate(s, i);
}

const COMMON: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A JavaScript single-quoted string literal; readable text (中文, emoji) stays as written. */
export function jsString(s: string): string {
  let out = "'";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (COMMON[ch]) out += COMMON[ch];
    else if (ch === "'") out += "\\'";
    else if (needsEscape(s, i)) out += `\\u${hex4(s.charCodeAt(i))}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A Python 3 double-quoted str literal (lone surrogates become U+FFFD: Python cannot encode them). */
export function pyString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (COMMON[ch]) out += COMMON[ch];
    else if (ch === '"') out += '\\"';
    else if (c >= 0xd800 && c <= 0xdfff && !pairedSurrogate(s, i)) out += '\\ufffd';
    else if (needsEscape(s, i)) out += c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${hex4(c)}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * A Java string literal. Java turns \uXXXX into characters before it lexes, so control characters
 * are written as octal escapes, which it does not.
 */
export function javaString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (COMMON[ch]) out += COMMON[ch];
    else if (ch === '"') out += '\\"';
    else if (needsEscape(s, i) && c < 0x100) out += `\\${c.toString(8).padStart(3, '0')}`;
    else if (needsEscape(s, i)) out += `\\u${hex4(c)}`;
    else out += ch;
  }
  return `${out}"`;
}

function javascript(input: SnippetInput): string {
  const params = input.params.map(([k, v]) => `  [${jsString(k)}, ${jsString(v)}],`).join('\n');
  const kind = bodyOf(input);
  const body =
    kind === 'json' ? `const body = ${jsString(input.json ?? '')};\n\n` : kind === 'form' ? `const body = new URLSearchParams([\n${params}\n]).toString();\n\n` : '';
  const type = kind === 'json' ? `    'Content-Type': 'application/json',\n` : kind === 'form' ? `    'Content-Type': 'application/x-www-form-urlencoded',\n` : '';
  return `// npm install undici — run as an ES module (node snippet.mjs) with ${SECRET_ENV} set.
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { request } from 'undici';

const appKey = ${jsString(input.appKey)};
const appSecret = process.env.${SECRET_ENV};
if (!appSecret) throw new Error('Set ${SECRET_ENV} to the App Secret');

// Fresh for every request: a random decimal nonce and milliseconds since the epoch.
const nonce = String(randomInt(1_000_000_000, 10_000_000_000));
const timestamp = String(Date.now());
const signature = createHash('sha1').update(appSecret + nonce + timestamp, 'utf8').digest('hex');

${body}const { statusCode, body: response } = await request(${jsString(input.url)}, {
  method: ${jsString(input.method ?? 'POST')},
  headers: {
    'App-Key': appKey,
    Nonce: nonce,
    Timestamp: timestamp,
    Signature: signature,
${type}    'X-Request-ID': randomUUID(),
  },${kind === 'none' ? '' : '\n  body,'}
});
console.log(statusCode, await response.text());
`;
}

function python(input: SnippetInput): string {
  const params = input.params.map(([k, v]) => `    (${pyString(k)}, ${pyString(v)}),`).join('\n');
  const kind = bodyOf(input);
  const body =
    kind === 'json'
      ? `body = ${pyString(input.json ?? '')}.encode("utf-8")`
      : kind === 'form'
        ? `body = urllib.parse.urlencode([\n${params}\n]).encode("utf-8")`
        : 'body = None';
  const type = kind === 'json' ? `    "Content-Type": "application/json",\n` : kind === 'form' ? `    "Content-Type": "application/x-www-form-urlencoded",\n` : '';
  return `# Python 3, standard library only. Run with ${SECRET_ENV} set.
import hashlib
import os
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

app_key = ${pyString(input.appKey)}
app_secret = os.environ.get("${SECRET_ENV}")
if not app_secret:
    raise SystemExit("Set ${SECRET_ENV} to the App Secret")

# Fresh for every request: a random decimal nonce and milliseconds since the epoch.
nonce = str(1_000_000_000 + secrets.randbelow(9_000_000_000))
timestamp = str(int(time.time() * 1000))
signature = hashlib.sha1((app_secret + nonce + timestamp).encode("utf-8")).hexdigest()

${body}

req = urllib.request.Request(${pyString(input.url)}, data=body, method=${pyString(input.method ?? 'POST')}, headers={
    "App-Key": app_key,
    "Nonce": nonce,
    "Timestamp": timestamp,
    "Signature": signature,
${type}    "X-Request-ID": str(uuid.uuid4()),
})
try:
    with urllib.request.urlopen(req, timeout=10) as res:
        print(res.status, res.read().decode("utf-8"))
except urllib.error.HTTPError as err:
    print(err.code, err.read().decode("utf-8"))
`;
}

function java(input: SnippetInput): string {
  const params = input.params
    .map(([k, v]) => `        form.add(enc(${javaString(k)}) + "=" + enc(${javaString(v)}));`)
    .join('\n');
  const kind = bodyOf(input);
  const body =
    kind === 'json'
      ? `        String body = ${javaString(input.json ?? '')};`
      : kind === 'form'
        ? `        List<String> form = new ArrayList<>();\n${params}\n        String body = String.join("&", form);`
        : '';
  const type = kind === 'json' ? `            .header("Content-Type", "application/json")\n` : kind === 'form' ? `            .header("Content-Type", "application/x-www-form-urlencoded")\n` : '';
  const send = kind === 'none' ? `HttpRequest.BodyPublishers.noBody()` : `HttpRequest.BodyPublishers.ofString(body)`;
  return `// Java 11+, no dependencies: java RongRequest.java (with ${SECRET_ENV} set).
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public class RongRequest {
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        String appKey = ${javaString(input.appKey)};
        String appSecret = System.getenv("${SECRET_ENV}");
        if (appSecret == null || appSecret.isEmpty()) throw new IllegalStateException("Set ${SECRET_ENV} to the App Secret");

        // Fresh for every request: a random decimal nonce and milliseconds since the epoch.
        String nonce = String.valueOf(1_000_000_000L + Math.floorMod(new SecureRandom().nextLong(), 9_000_000_000L));
        String timestamp = String.valueOf(System.currentTimeMillis());
        StringBuilder signature = new StringBuilder();
        for (byte b : MessageDigest.getInstance("SHA-1").digest((appSecret + nonce + timestamp).getBytes(StandardCharsets.UTF_8))) {
            signature.append(String.format("%02x", b));
        }

${body}

        HttpRequest request = HttpRequest.newBuilder(URI.create(${javaString(input.url)}))
            .header("App-Key", appKey)
            .header("Nonce", nonce)
            .header("Timestamp", timestamp)
            .header("Signature", signature.toString())
${type}            .header("X-Request-ID", UUID.randomUUID().toString())
            .method(${javaString(input.method ?? 'POST')}, ${send})
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }
}
`;
}

/** A raw-HTTP snippet (the SDK ones need the endpoint's data: core/sdkSnippets.ts renderSdkSnippet). */
export function renderSnippet(id: HttpSnippetId, input: SnippetInput): string {
  switch (id) {
    case 'javascript':
      return javascript(input);
    case 'python':
      return python(input);
    case 'java':
      return java(input);
    default: {
      const never: never = id;
      return String(never);
    }
  }
}
