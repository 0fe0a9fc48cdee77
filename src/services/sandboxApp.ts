/**
 * The embedded sandbox's demo app, kept in a file beside its state file (`sandbox-app.json`, mode 0600).
 *
 * Why a file and not each window's SecretStorage: every window of one VS Code (and, in code-server,
 * every browser, whose secrets stay in that browser) shares the state file and the sandbox that holds
 * it, so they must all sign with the one app that sandbox knows; a window that starts the sandbox
 * after its owner went must start it with that app too, or the users registered before are unknown.
 * The file is no weaker than the state file beside it, which holds every token of that app; the app
 * is the local sandbox's own (it opens nothing else). A control route that adds the borrowing
 * window's app would let any local process or page that reaches the control add apps.
 * No `vscode` here: a unit test drives it with a real folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface DemoApp {
  readonly appKey: string;
  readonly appSecret: string;
}

/** What is wrong with a field (credentials.ts checkCredentialField), or undefined. */
export type FieldCheck = (field: 'appKey' | 'appSecret', value: string) => string | undefined;

export type DemoAppLoad = { readonly app: DemoApp } | { readonly problem: string };

/**
 * The app kept at `path`; when there is none, `fresh()` kept there (created exclusively: when two
 * windows start at once, both end with the one that was written first).
 */
export async function loadDemoApp(path: string, fresh: () => DemoApp | Promise<DemoApp>, check: FieldCheck): Promise<DemoAppLoad> {
  const kept = await readDemoApp(path, check);
  if (kept) return kept;
  const app = await fresh();
  const problem = check('appKey', app.appKey) ?? check('appSecret', app.appSecret);
  if (problem) return { problem };
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, `${JSON.stringify({ appKey: app.appKey, appSecret: app.appSecret })}\n`, { flag: 'wx', mode: 0o600 });
    return { app };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return { problem: `cannot write: ${(err as Error).message}` };
  }
  return (await readDemoApp(path, check)) ?? { problem: 'it vanished while it was being read' };
}

/** The kept app, a problem naming what is wrong with the file, or undefined when there is no file. */
async function readDemoApp(path: string, check: FieldCheck): Promise<DemoAppLoad | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: `cannot read: ${(err as Error).message}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  if (typeof v.appKey !== 'string' || typeof v.appSecret !== 'string') return { problem: 'it needs the strings "appKey" and "appSecret"' };
  const problem = check('appKey', v.appKey) ?? check('appSecret', v.appSecret);
  return problem ? { problem } : { app: { appKey: v.appKey, appSecret: v.appSecret } };
}
