/**
 * UI: the Chinese UI once (issue 10). code-server with a stub zh-cn language pack and --locale zh-cn
 * (workbench.ts): this extension's command titles come from package.nls.zh-cn.json, its
 * notifications from l10n/bundle.l10n.zh-cn.json, the endpoint picker's titles from the contract data.
 */
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { notification, openWorkbench, runCommand, screenshot, screenshotOf, type Workbench } from './workbench';

let wb: Workbench;
before(async () => {
  wb = await openWorkbench({ locale: 'zh-cn' });
});
after(async () => {
  await wb?.close();
});

/** Opens the palette with `text` and returns the rows once one contains `expected` (retrying while the extension loads). */
async function paletteRows(page: Page, text: string, expected: string): Promise<string[]> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10_000 });
    await input.fill(text);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    try {
      await rows.filter({ hasText: expected }).first().waitFor({ timeout: 4_000 });
      return await rows.allInnerTexts();
    } catch {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000);
    }
  }
  throw new Error(`"${expected}" did not appear in the palette within 60 s`);
}

test('a person with VS Code in Chinese sees the extension in Chinese: palette, notification, endpoint picker', async () => {
  const { page } = wb;
  // The palette's list is virtual (only the rows in view exist): each title is looked up by its own text.
  for (const title of ['Rong: 打开接口…', 'Rong: 启动本地沙箱', 'Rong: 打开调试面板', 'Rong: 新建 .rong.http 文件', 'Rong: 注册用户']) {
    const rows = (await paletteRows(page, `>${title}`, title)).join('\n');
    assert.ok(rows.includes(title), `the palette shows "${title}":\n${rows}`);
    if (title !== 'Rong: 注册用户') await page.keyboard.press('Escape');
  }
  await screenshot(page, 'palette-zh');
  await screenshotOf(page.locator('.quick-input-widget'), 'palette-zh-crop');
  await page.keyboard.press('Escape');

  await runCommand(page, 'Rong: 启动本地沙箱');
  const started = notification(page, /融云沙箱运行于 http:\/\/127\.0\.0\.1:\d+/);
  await started.waitFor({ timeout: 30_000 });
  assert.match(await started.innerText(), /配置“sandbox”已启用/);
  await screenshot(page, 'sandbox-zh');
  await screenshotOf(started, 'sandbox-zh-crop');

  await runCommand(page, 'Rong: 打开接口…');
  const picker = page.locator('.quick-input-widget');
  await picker.locator('.quick-input-title', { hasText: 'Rong: 打开接口' }).waitFor({ timeout: 15_000 });
  const list = page.locator('.quick-input-list');
  await list.locator('.monaco-list-row', { hasText: '注册用户（获取 Token）' }).first().waitFor({ timeout: 10_000 });
  const shown = (await list.innerText()).replace(/\u00a0/g, ' ');
  await list.locator('.quick-input-list-separator', { hasText: '用户' }).first().waitFor({ timeout: 5_000 });
  assert.match(shown, /\/user\/getToken\.json/, 'the path as detail');
  await screenshot(page, 'endpoint-picker-zh');
  await screenshotOf(picker, 'endpoint-picker-zh-crop');
  await picker.locator('input').first().fill('/user/block.json');
  await list.locator('.monaco-list-row', { hasText: '封禁用户' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab', { hasText: '融云调试面板' }).first().waitFor({ timeout: 30_000 });
});
