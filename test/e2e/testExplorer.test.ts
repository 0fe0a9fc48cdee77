/**
 * UI: the Test Explorer as a person uses it — a file that registers, refreshes, blocks and queries a
 * user with `??` assertions (examples/user-lifecycle.rong.http) passes with "Run All Tests", each
 * `??` line shows ✓ with its value; one assertion changed to fail shows as a failed test.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { notification, openWorkbench, root, runCommand, screenshot, screenshotOf, type Workbench } from './workbench';

const LIFECYCLE = readFileSync(join(root, 'examples/user-lifecycle.rong.http'), 'utf8');
const FAILING = LIFECYCLE.replace('?? body code == 200\n\nuserId={{register.request.body.userId}}&minute=10', '?? body code == 1004\n\nuserId={{register.request.body.userId}}&minute=10');

let wb: Workbench;
before(async () => {
  assert.notEqual(FAILING, LIFECYCLE, 'the block request has the assertion this test changes');
  wb = await openWorkbench({ files: { 'lifecycle.rong.http': LIFECYCLE, 'broken/lifecycle-broken.rong.http': FAILING } });
});
after(async () => {
  await wb?.close();
});

test('Run All Tests: the lifecycle file passes, the changed assertion fails with expected and actual', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: Start Local Sandbox');
  await notification(page, /Rong sandbox running at/).waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('lifecycle.rong.http');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'lifecycle.rong.http' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.codelens-decoration', { hasText: 'Send Request' }).first().waitFor({ timeout: 30_000 });

  await runCommand(page, 'Testing: Focus on Test Explorer View');
  const rows = page.locator('.test-explorer .monaco-list-row');
  await rows.first().waitFor({ timeout: 30_000 });
  await runCommand(page, 'Test: Run All Tests');
  const passedFile = page.locator('.test-explorer .monaco-list-row[aria-label^="lifecycle.rong.http (Passed)"]');
  const failedFile = page.locator('.test-explorer .monaco-list-row[aria-label^="lifecycle-broken.rong.http (Failed)"]');
  await passedFile.waitFor({ timeout: 60_000 });
  await failedFile.waitFor({ timeout: 60_000 });
  for (const file of [passedFile, failedFile]) {
    if ((await file.getAttribute('aria-expanded')) === 'false') await file.locator('.monaco-tl-twistie').click();
  }
  const state = async (name: string) => {
    const found = rows.filter({ has: page.locator('.label', { hasText: new RegExp(`^${name}\\s*\\d+ assertion`) }) });
    await found.first().waitFor({ timeout: 10_000 });
    return Promise.all((await found.all()).map((r) => r.locator('.computed-state').getAttribute('class')));
  };
  for (const name of ['register', 'refresh', 'query']) {
    const states = await state(name);
    assert.equal(states.length, 2, `${name}: a test in each file`);
    for (const c of states) assert.match(c ?? '', /testing-passed-icon/, `${name} passed in both files`);
  }
  const block = await state('block');
  assert.deepEqual(block.map((c) => /passed/.test(c ?? '') ? 'passed' : /failed/.test(c ?? '') ? 'failed' : c).sort(), ['failed', 'passed']);

  // The ?? lines of the open file show what each found; the token only masked.
  const editor = page.locator('.editor-instance .view-lines', { hasText: '?? status == 200' }).first();
  // The marks are after-line decorations: their text is CSS content, not part of the document.
  const marks = await editor.evaluate((el) => [...el.querySelectorAll('span')].map((x) => getComputedStyle(x, '::after').content).filter((c) => c && c !== 'none' && c !== 'normal'));
  const shown = marks.join(' | ');
  assert.match(shown, /✓ 200/, shown);
  assert.match(shown, /✓ \S{6}…\S{4}/, `the token masked: ${shown}`);
  assert.ok(!marks.some((m) => m.includes('✗')), `no failed mark in the passing file: ${shown}`);
  await screenshot(page, 'test-explorer');

  // The Test Results panel: each test's request, answer and ?? lines.
  await runCommand(page, 'Test: Show Output');
  const output = page.locator('.xterm-rows', { hasText: 'register' }).first();
  await output.waitFor({ timeout: 15_000 });
  const log = await output.innerText();
  // (The panel shows the end of the run's output; which file ran last is not fixed.)
  assert.match(log, /[✓✗] (register|refresh|block|query) · POST \/user\/\S+\.json/, log);
  assert.match(log, /HTTP 200 · code 200 · \d+ ms/, log);
  assert.match(log, /[✓✗] line \d+: \S+.*: (got|expected)/, log);

  // The failure, where a person looks for it: at its line, with expected and actual.
  await page.keyboard.press('Control+Shift+M');
  const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'body code == 1004' });
  await problem.waitFor({ timeout: 15_000 });
  assert.match(await problem.innerText(), /body code == 1004: expected == 1004, got 200[\s\S]*Ln 30/);
  await screenshotOf(page.locator('.part.sidebar'), 'test-explorer-tree');
});
