/**
 * The `.rong.http` files a run names: globs expanded with fast-glob (in the order given, each
 * file once), read, parsed with the core's parser. Syntax errors are file errors (exit 2) named by
 * file and line, found before anything is sent.
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import fg from 'fast-glob';
import { diagnose, parseDocument, requestBlockIndexes, syntaxProblems, type RongHttpDocument } from '../core/rongHttp';
import type { Locale } from '../core/text';
import { say } from './messages';
import { at, UsageError } from './usage';
import { readEnvFile } from './variables';

export interface RequestFile {
  /** As shown in messages and reports: relative to the working directory. */
  readonly path: string;
  readonly doc: RongHttpDocument;
  /** Blocks that hold a request line, in file order. */
  readonly requests: readonly number[];
  /** The .env beside the file, for {{$dotenv NAME}} (REST Client's rule). */
  readonly dotenv?: ReadonlyMap<string, string>;
}

async function dotenvBeside(path: string): Promise<ReadonlyMap<string, string> | undefined> {
  const env = join(dirname(path), '.env');
  try {
    await access(env);
  } catch {
    return undefined;
  }
  return new Map(await readEnvFile(env));
}

export async function expandPatterns(patterns: readonly string[], cwd: string, locale: Locale): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const pattern of patterns) {
    // A plain path is read as given, so that a missing one is reported as unreadable by name.
    const matches = fg.isDynamicPattern(pattern) ? (await fg(pattern, { cwd, absolute: true, onlyFiles: true })).sort() : [pattern];
    if (matches.length === 0) throw new UsageError(`${pattern}: ${say('noMatch', locale)}`);
    for (const m of matches) {
      const shown = relative(cwd, resolve(cwd, m)) || m;
      if (!seen.has(shown)) {
        seen.add(shown);
        out.push(shown);
      }
    }
  }
  return out;
}

/** A file's text; one that cannot be read is a file error (exit 2) naming it and why. */
export async function readRequestText(path: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new UsageError(at(path, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
  }
}

export async function loadRequestFile(path: string, cwd: string, locale: Locale): Promise<RequestFile> {
  const text = await readRequestText(path, cwd);
  const doc = parseDocument(text);
  const errors = syntaxErrors(doc, locale);
  if (errors.length > 0) throw new UsageError(errors.map((e) => at(path, e.line, e.message)).join('\n'));
  const requests = requestBlockIndexes(doc);
  if (requests.length === 0) throw new UsageError(at(path, undefined, 'has no request (a request starts with a line like "POST /user/getToken.json")'));
  return { path, doc, requests, dotenv: await dotenvBeside(resolve(cwd, path)) };
}

/** Syntax problems the editor shows as errors (the core's severities), with 1-based lines. */
function syntaxErrors(doc: RongHttpDocument, locale: Locale): Array<{ line: number; message: string }> {
  const kinds = new Set<string>(syntaxProblems(doc).map((p) => p.kind));
  if (kinds.size === 0) return [];
  return diagnose(doc, { locale })
    .filter((d) => d.severity === 'error' && kinds.has(d.rule))
    .map((d) => ({ line: d.range.startLine + 1, message: d.message }));
}
