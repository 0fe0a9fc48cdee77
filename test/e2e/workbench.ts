/**
 * A person's view of the extension: code-server (a real VS Code) with the packaged VSIX installed,
 * driven by headless Chromium through playwright-core. Used by the UI suites in this folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as playwright, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';

// The same paths as scripts/vscode-env.mjs (which installs the tools before this suite runs).
export const root = join(__dirname, '../..');
const cache = join(root, '.vscode-test');
const node24 = join(cache, 'node24/node_modules/.bin/node');
const codeServer = join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.RONG_CHROMIUM ?? '/usr/bin/chromium';
export const vsix = join(root, 'rong-playground.vsix');
export const screenshotDir = join(root, '.test-artifacts/screenshots');

export interface WorkbenchOptions {
  readonly theme?: 'Default Dark Modern' | 'Default Light Modern' | 'Default High Contrast';
  readonly settings?: Record<string, unknown>;
  /** Files to put in the workspace (relative path → content). */
  readonly files?: Record<string, string>;
  /**
   * 'zh-cn': a stub language pack is built and installed and code-server starts with --locale
   * zh-cn, so that this extension's own Chinese (package.nls.zh-cn.json, its l10n bundle) shows.
   */
  readonly locale?: 'zh-cn';
}

export interface Workbench {
  readonly page: Page;
  readonly url: string;
  readonly workspace: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer /healthz within 60 s:\n${log.join('')}`);
}

const PACK_ID = 'rong-test.zh-stub-pack';
const PACK_VERSION = '0.0.1';

/**
 * code-server shows English unless a language pack for the locale is installed. No real pack can
 * be downloaded here, and VS Code's own strings are not what we test, so the pack is a stub: it
 * contributes `localizations` for zh-cn with empty translations. Installing from the command line
 * does not register it, so languagepacks.json is written into the user data folder as VS Code
 * would (see /work/shared/guides/real-vscode-testing.md).
 */
function installChineseLanguagePack(tmp: string, userData: string, extensions: string, common: readonly string[]): void {
  const dir = join(tmp, 'zh-pack');
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const [publisher, name] = PACK_ID.split('.');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name, publisher, version: PACK_VERSION, displayName: 'zh-cn stub language pack (tests only)', license: 'MIT',
    engines: { vscode: '*' }, categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }));
  writeFileSync(join(dir, 'translations/main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(dir, 'README.md'), '# zh-cn stub language pack for the UI tests\n');
  const packVsix = join(tmp, 'zh-pack.vsix');
  const vsce = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', packVsix], { cwd: dir, encoding: 'utf8' });
  if (vsce.status !== 0) throw new Error(`packaging the stub language pack failed:\n${vsce.stdout}\n${vsce.stderr}`);
  const install = spawnSync(node24, [codeServer, ...common, '--install-extension', packVsix], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing the stub language pack failed:\n${install.stdout}\n${install.stderr}`);
  const translations = join(extensions, `${PACK_ID}-${PACK_VERSION}`, 'translations/main.i18n.json');
  if (!existsSync(translations)) throw new Error(`the stub language pack is not where it was installed to: ${translations}`);
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({
    'zh-cn': { hash: 'stub1', label: '中文(简体)', extensions: [{ extensionIdentifier: { id: PACK_ID }, version: PACK_VERSION }], translations: { vscode: translations } },
  }));
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  for (const [what, path] of [['Node 24', node24], ['code-server', codeServer], ['Chromium', chromiumPath], ['the VSIX (npm run package)', vsix]]) {
    if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: run scripts/install-test-tools.sh and npm run package`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'rong-ui-'));
  const userData = join(tmp, 'user');
  const extensions = join(tmp, 'ext');
  const workspace = join(tmp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(workspace);
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    mkdirSync(join(workspace, rel, '..'), { recursive: true });
    writeFileSync(join(workspace, rel), content);
  }
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'workbench.colorTheme': options.theme ?? 'Default Dark Modern',
      'workbench.tips.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'security.workspace.trust.enabled': false,
      'window.commandCenter': false,
      ...options.settings,
    }),
  );
  const config = join(tmp, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const common = ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(node24, [codeServer, ...common, '--install-extension', vsix], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing the VSIX failed:\n${install.stdout}\n${install.stderr}`);
  if (options.locale) installChineseLanguagePack(tmp, userData, extensions, common);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = spawn(
    node24,
    [codeServer, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--reconnection-grace-time', '5',
      ...(options.locale ? ['--locale', options.locale] : []), workspace],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (c: Buffer) => log.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => log.push(c.toString()));
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => undefined);
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // gone already
    }
    rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitForHealth(url, child, log);
    context = await playwright.launchPersistentContext(join(tmp, 'browser'), {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The status bar item appears once the extension has activated.
    return { page, url, workspace, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Runs a command from the palette as a person would (F1, type, Enter), retrying while it loads. */
export async function runCommand(page: Page, title: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: 4_000 });
      await page.keyboard.press('Enter');
      return;
    } catch {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000);
    }
  }
  throw new Error(`command "${title}" did not appear in the palette within 60 s`);
}

/** Waits for the input box whose title contains `title`, then types `text` into it. */
export async function typeInInput(page: Page, title: string, text: string): Promise<void> {
  const widget = page.locator('.quick-input-widget', { has: page.locator('.quick-input-title', { hasText: title }) });
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  await widget.locator('input').first().fill(text);
}

export function notification(page: Page, text: string | RegExp) {
  return page.locator('.notification-toast', { hasText: text });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await page.waitForTimeout(400); // let notifications and widgets finish their animation
  await page.screenshot({ path: file });
  return file;
}

/** A screenshot of one element (a palette, a notification): small enough for the README. */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${name}.png`);
  await locator.page().waitForTimeout(400);
  await locator.screenshot({ path: file });
  return file;
}

/** The content frame of the (single) webview that is open. */
export function webview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

export function copyFixture(from: string, to: string): void {
  cpSync(from, to);
}
