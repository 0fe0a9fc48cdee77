/**
 * UI: the playground as a person uses it. The test runs its own sandbox (CLI, known app), stores
 * that app's credentials through the palette, points rong.baseUrl at the sandbox, then fills the
 * form, checks the shown signature against its own SHA-1, sends, sees 1005 at an over-long field,
 * copies a cURL and runs it with curl, reloads the window, and takes screenshots in three themes;
 * then finds /user/block.json by typing `block` in the endpoint search, blocks the user, and sees them in /user/block/query.json's table.
 */
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { ConsoleMessage } from 'playwright-core';
import type * as Contract from '../../src/core/contract';
import { notification, openWorkbench, root, runCommand, screenshot, screenshotOf, typeInInput, webview, type Workbench } from './workbench';

const APP_KEY = 'ui-playground-key';
const APP_SECRET = `ui-secret-${Date.now().toString(36)}`;
const sha1 = (s: string) => createHash('sha1').update(s, 'utf8').digest('hex');

let sandbox: ChildProcess;
let sandboxUrl: string;
let wb: Workbench;
const consoleLines: string[] = [];
const PROBE = 'rong-csp-probe';
/** Content-Security-Policy reports in the console of any frame (the probe proves the webview's frame is heard). */
const cspViolations = () => consoleLines.filter((t) => /Content Security Policy|Refused to (apply|load|execute)/i.test(t) && !t.includes(PROBE));

async function startSandbox(): Promise<string> {
  sandbox = spawn(process.execPath, [join(root, 'dist/sandbox-cli.js'), '--port', '0', '--app', `${APP_KEY}:${APP_SECRET}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the sandbox printed no JSON line: ${out}`)), 15_000);
    sandbox.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    sandbox.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
  });
}

before(async () => {
  sandboxUrl = await startSandbox();
  wb = await openWorkbench({ settings: { 'rong.baseUrl': sandboxUrl } });
  wb.page.on('console', (m: ConsoleMessage) => consoleLines.push(m.text()));
});

after(async () => {
  await wb?.close();
  try {
    process.kill(-sandbox.pid!, 'SIGTERM');
  } catch {
    // gone already
  }
});

const field = (name: string) => webview(wb.page).locator(`#param-${name} input`);

/** Waits until the signature shown is a SHA-1 (the host has answered for the values shown). */
async function shownSigning(): Promise<{ nonce: string; timestamp: string; signature: string; signingString: string }> {
  const wv = webview(wb.page);
  const sig = wv.locator('#signature');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const signature = (await sig.textContent())?.trim() ?? '';
    const nonce = await wv.locator('#nonce input').inputValue();
    const timestamp = await wv.locator('#timestamp input').inputValue();
    const signingString = (await wv.locator('#signing-string').textContent())?.trim() ?? '';
    if (/^[0-9a-f]{40}$/.test(signature) && signingString === `••••••${nonce}${timestamp}`) return { nonce, timestamp, signature, signingString };
    if (Date.now() > deadline) throw new Error(`no signature shown (signature "${signature}", signing string "${signingString}")`);
    await wb.page.waitForTimeout(100);
  }
}

test('a person signs, sends and reads a getToken request in the playground', async () => {
  const { page } = wb;
  // Credentials through the palette, as a person stores them (App Key, App Secret, profile name).
  await runCommand(page, 'Rong: Set Credentials');
  await typeInInput(page, 'Set Credentials (1/3)', APP_KEY);
  await page.keyboard.press('Enter');
  await typeInInput(page, 'Set Credentials (2/3)', APP_SECRET);
  await page.keyboard.press('Enter');
  await typeInInput(page, 'Set Credentials (3/3)', 'ui');
  await page.keyboard.press('Enter');
  await notification(page, 'Saved profile "ui"').waitFor({ timeout: 15_000 });

  await runCommand(page, 'Rong: Open Playground');
  const wv = webview(page);
  await field('userId').waitFor({ timeout: 30_000 });
  assert.match((await wv.locator('#profile option:checked').textContent()) ?? '', /^ui — 127\.0\.0\.1:\d+$/);
  assert.equal(await wv.locator('#profile-hint').textContent(), `App Key ${APP_KEY}`);

  // An untouched form is not an error yet: no finding shows until a field is touched or Send is pressed.
  await wv.locator('#send-status', { hasText: 'Fill in userId, name to send.' }).waitFor({ timeout: 10_000 });
  assert.equal(await wv.locator('#param-userId-field-error').textContent(), '');
  assert.equal(await wv.locator('.params .error:not(:empty)').count(), 0, 'no error under any field');
  await wv.locator('#send').click();
  await wv.locator('#param-userId-field-error', { hasText: '1003 · userId is required' }).waitFor({ timeout: 5_000 });
  assert.match((await wv.locator('#send-status').textContent()) ?? '', /^Fix before sending: 1003 · userId is required · 1003 · name is required/);
  assert.equal(await wv.locator('#history .history-item').count(), 0, 'Send on an untouched form sends nothing');

  const userId = `pg-${Date.now().toString(36)}`;
  await field('userId').fill(userId);
  await field('name').fill('钢铁侠 Ironman');
  assert.equal(await wv.locator('#param-userId-bytes').textContent(), `${userId.length} / 64 bytes`);
  assert.equal(await wv.locator('#param-name-bytes').textContent(), `${Buffer.byteLength('钢铁侠 Ironman')} / 128 bytes`);

  // The signature shown is SHA-1 of the secret (known to this test only) + the nonce and timestamp shown.
  const shown = await shownSigning();
  assert.equal(shown.signature, sha1(APP_SECRET + shown.nonce + shown.timestamp));
  assert.ok(!(await wv.locator('body').innerText()).includes(APP_SECRET), 'the secret is nowhere in the webview');
  const body = `userId=${userId}&name=${encodeURIComponent('钢铁侠')}+Ironman`;
  await wv.locator('#request-text', { hasText: body }).waitFor({ timeout: 10_000 });
  const preview = (await wv.locator('#request-text').textContent()) ?? '';
  assert.ok(preview.includes(`Signature: ${shown.signature}`) && preview.includes(`App-Key: ${APP_KEY}`), preview);
  await screenshot(page, 'playground-01-dark-form');

  // Send with the keyboard only: focus the button, press Enter.
  await wv.locator('#send').focus();
  await page.keyboard.press('Enter');
  const outcome = wv.locator('#outcome');
  await outcome.waitFor({ timeout: 30_000 });
  assert.match((await wv.locator('#response').textContent()) ?? '', /HTTP 200/);
  assert.match((await outcome.textContent()) ?? '', /HTTP 200 · 200 · Success · \d+ ms/);
  const token = ((await wv.locator('#token').textContent()) ?? '').trim();
  assert.ok(token.length > 16, 'a token is shown');
  const used = (await wv.locator('#used-values').textContent()) ?? '';
  assert.match(used, /^Nonce \d+ · Timestamp \d{13}$/);
  assert.notEqual(used, `Nonce ${shown.nonce} · Timestamp ${shown.timestamp}`, 'unlocked: the send used fresh values');
  // The signing panel now shows what was sent: its nonce, timestamp and signature, not the next ones.
  const usedNonce = /^Nonce (\d+)/.exec(used)?.[1];
  for (let i = 0; i < 50 && (await wv.locator('#nonce input').inputValue()) !== usedNonce; i++) await page.waitForTimeout(100);
  const afterSend = await shownSigning();
  assert.equal(`Nonce ${afterSend.nonce} · Timestamp ${afterSend.timestamp}`, used);
  assert.equal(afterSend.signature, sha1(APP_SECRET + afterSend.nonce + afterSend.timestamp));
  assert.equal(((await wv.locator('#used-values + br + code').textContent()) ?? '').trim(), afterSend.signature, 'the signature the response shows as sent');
  assert.match((await wv.locator('#response .hint', { hasText: /^expires / }).textContent()) ?? '', /^expires \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC/, 'a time names its zone');
  assert.match((await wv.locator('#history li').first().textContent()) ?? '', new RegExp(`${userId} · 200 · 200`));
  await screenshot(page, 'playground-02-dark-response');

  // The code snippets: JavaScript reads the secret from the environment.
  await wv.locator('vscode-tab-header', { hasText: 'JavaScript' }).click();
  const js = wv.locator('#snippet-javascript');
  await js.scrollIntoViewIfNeeded();
  assert.match((await js.textContent()) ?? '', /process\.env\.RONG_APP_SECRET/);
  assert.ok(!((await js.textContent()) ?? '').includes(APP_SECRET));
  await screenshot(page, 'playground-06-dark-snippet');

  // Copy token goes through the host to the clipboard.
  await wv.locator('#copy-token').click();
  await wv.locator('#notice', { hasText: 'Copied the token' }).waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), token);

  // 65 bytes: 1005 at the field, the counter over its limit, Send disabled with the reason beside it.
  await field('userId').fill('x'.repeat(65));
  await wv.locator('#param-userId-error', { hasText: '1005' }).waitFor({ timeout: 5_000 });
  assert.equal(await wv.locator('#param-userId-error').textContent(), '1005 · userId is 65 bytes; the limit is 64');
  assert.equal(await wv.locator('#param-userId-bytes').textContent(), '65 / 64 bytes');
  assert.equal(await wv.locator('#send').getAttribute('disabled'), '');
  assert.match((await wv.locator('#send-status').textContent()) ?? '', /Fix before sending: 1005/);
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(500);
  assert.equal(await wv.locator('#history li').count(), 1, 'nothing was sent');
  await screenshot(page, 'playground-03-dark-1005');

  // Copy as cURL for a fresh user ID and run it with curl: the sandbox answers 200.
  const curlUser = `${userId}-curl`;
  await field('userId').fill(curlUser);
  const signing = await shownSigning();
  await wv.locator('#copy-curl').click();
  await wv.locator('#notice', { hasText: 'Copied the cURL command' }).waitFor({ timeout: 10_000 });
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(curl.startsWith(`curl -X POST '${sandboxUrl}/user/getToken.json'`), curl);
  assert.ok(curl.includes(`-H 'Signature: ${signing.signature}'`) && curl.includes(`-H 'Nonce: ${signing.nonce}'`));
  assert.ok(!curl.includes(APP_SECRET), 'the cURL has the signature, never the secret');
  const run = spawnSync('bash', ['-c', `${curl} --silent --show-error`], { encoding: 'utf8', timeout: 15_000 });
  assert.equal(run.status, 0, run.stderr);
  const answer = JSON.parse(run.stdout) as { code: number; userId: string; token: string };
  assert.equal(answer.code, 200, run.stdout);
  assert.equal(answer.userId, curlUser);

  // A typed nonce and timestamp lock themselves: the signature shown is for them (reproducible).
  await wv.locator('#nonce input').fill('14314');
  await wv.locator('#timestamp input').fill('1408710653000');
  const typed = await shownSigning();
  assert.equal(typed.signature, sha1(`${APP_SECRET}143141408710653000`));
  assert.equal(await wv.locator('#lock').getAttribute('checked'), '');
  await wv.locator('#nonce input').fill('12 ab');
  await wv.locator('#nonce-error', { hasText: 'printable ASCII without whitespace' }).waitFor({ timeout: 5_000 });
  assert.equal(await wv.locator('#send').getAttribute('disabled'), '');
  await wv.locator('#nonce input').fill('14314');
  await shownSigning();

  // The console listener hears the webview's own frame: a probe logged there arrives.
  let frame;
  for (const f of page.frames()) if (await f.$('#app vscode-tabs').catch(() => null)) frame = f;
  assert.ok(frame, `the webview content frame among ${page.frames().map((f) => `${f.name()} ${f.url().slice(0, 80)}`).join(', ')}`);
  await frame.evaluate((probe) => console.error(`Refused to apply nothing (${probe})`), PROBE);
  await page.waitForTimeout(300);
  assert.ok(consoleLines.some((t) => t.includes(PROBE)), 'console messages of the webview frame are collected');
  assert.deepEqual(cspViolations(), [], 'no Content-Security-Policy violation in any frame');
});

test('after a window reload the playground comes back with its form', async () => {
  const { page } = wb;
  await page.waitForTimeout(1_000); // a person does not reload within a moment of typing
  await page.reload();
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  const wv = webview(page);
  try {
    await field('userId').waitFor({ timeout: 60_000 });
  } finally {
    await screenshot(page, 'playground-05-after-reload');
  }
  const deadline = Date.now() + 20_000;
  while ((await field('userId').inputValue()) === '' && Date.now() < deadline) await page.waitForTimeout(200);
  assert.match(await field('userId').inputValue(), /^pg-.*-curl$/);
  assert.equal(await field('name').inputValue(), '钢铁侠 Ironman');
  assert.equal(await wv.locator('#nonce input').inputValue(), '14314', 'locked values survive the reload');
  const shown = await shownSigning();
  assert.equal(shown.signature, sha1(`${APP_SECRET}143141408710653000`));
  assert.deepEqual(cspViolations(), []);
});

test('screenshots in light, dark and high-contrast themes', async () => {
  const { page } = wb;
  const wv = webview(page);
  // Unlock and send once more, so the response view has content in every theme.
  await wv.locator('#lock').click();
  await field('userId').fill(`pg-${Date.now().toString(36)}-themes`);
  await shownSigning();
  const first = await field('userId').inputValue();
  await wv.locator('#send').click();
  await wv.locator('#outcome', { hasText: 'HTTP 200' }).waitFor({ timeout: 30_000 });
  // A second send, then the history: selecting the older entry shows it, and loads it into the form.
  await field('userId').fill(`${first}-2`);
  await shownSigning();
  await wv.locator('#send').click();
  await wv.locator('#history li').nth(1).waitFor({ timeout: 30_000 });
  assert.match((await wv.locator('#response').textContent()) ?? '', new RegExp(`${first}-2`));
  await wv.locator('#history li').nth(1).locator('.history-item').click();
  assert.equal(await wv.locator('#history li').nth(1).locator('.history-item').getAttribute('aria-pressed'), 'true');
  assert.doesNotMatch((await wv.locator('#response').textContent()) ?? '', new RegExp(`${first}-2`));
  await wv.locator('#history li').nth(1).locator('vscode-button', { hasText: 'Load into form' }).click();
  assert.equal(await field('userId').inputValue(), first);
  const settingsDir = join(wb.workspace, '.vscode');
  mkdirSync(settingsDir, { recursive: true });
  for (const [theme, name] of [
    ['Default Light Modern', 'light'],
    ['Default High Contrast', 'high-contrast'],
    ['Default Dark Modern', 'dark'],
  ] as const) {
    writeFileSync(join(settingsDir, 'settings.json'), JSON.stringify({ 'workbench.colorTheme': theme }));
    await page.waitForTimeout(2_500);
    await screenshot(page, `playground-04-${name}`);
  }
  assert.deepEqual(cspViolations(), []);
});

test('pick /user/block.json, block the user, then see them in /user/block/query.json\'s table', async () => {
  const { page } = wb;
  const wv = webview(page);
  const endpoint = wv.locator('#endpoint');
  // The picker groups the endpoints by module; shown open (as a list) for the screenshot.
  // Every module and endpoint the VSIX ships (dist/contract.js, which the sources may have outgrown since the build); the page gets them in the host's catalogue (#18).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built file, read at run time
  const { ENDPOINTS, MODULE_TITLES, MODULES } = require(join(root, 'dist/contract.js')) as typeof Contract;
  assert.deepEqual(await endpoint.locator('optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label)), MODULES.map((m) => MODULE_TITLES[m].en));
  assert.equal(await endpoint.locator('option').count(), ENDPOINTS.length);
  await endpoint.evaluate((el) => ((el as HTMLSelectElement).size = 24));
  await screenshot(page, 'playground-endpoints');
  await endpoint.evaluate((el) => ((el as HTMLSelectElement).size = 0));

  const user = await field('userId').inputValue();
  assert.ok(user, 'the form holds the user registered above');
  // The search box: `block` leaves only the block endpoints, under User; Enter picks the first.
  const search = wv.locator('#endpoint-search');
  await search.fill('block');
  const results = wv.locator('#endpoint-results');
  await results.waitFor({ state: 'visible', timeout: 5_000 });
  // Other modules' block endpoints (chatroom.blockAdd…) follow under their own names as the data grows.
  const matched = await results.locator('[role=option]').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.endpoint ?? ''));
  assert.deepEqual(matched.filter((id) => id.startsWith('user.')), ['user.block', 'user.unblock', 'user.blockQuery', 'user.blockPushPeriodSet', 'user.blockPushPeriodGet', 'user.blockPushPeriodDelete']);
  const texts = await results.locator('[role=option]').evaluateAll((os) => os.map((o) => `${(o as HTMLElement).dataset.endpoint} ${o.textContent}`));
  assert.deepEqual(texts.filter((t) => !/block/i.test(t)), [], 'only endpoints whose id, title or path says block');
  assert.equal((await results.locator('.search-module').allTextContents())[0], 'User · 用户');
  assert.equal(await results.locator('[aria-selected=true]').getAttribute('data-endpoint'), 'user.block');
  await screenshotOf(wv.locator('.field', { has: search }), 'endpoint-search');
  await search.press('Enter');
  await results.waitFor({ state: 'hidden', timeout: 5_000 });
  // The page holds only the records of the endpoints shown: the pick asks the host, which answers with the form.
  for (const deadline = Date.now() + 5_000; (await endpoint.inputValue()) !== 'user.block' && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
  assert.equal(await endpoint.inputValue(), 'user.block');
  assert.equal(await search.inputValue(), '', 'a pick ends the search');
  assert.equal(await wv.locator('#endpoint-docs').isVisible(), true, 'the block endpoint links its docs page');
  // The userId the form held stays, now as the first value of a list of 1–20.
  const row0 = wv.locator('#param-userId-0 input');
  await row0.waitFor({ timeout: 10_000 });
  assert.equal(await row0.inputValue(), user);
  assert.equal(await wv.locator('#param-userId-count').textContent(), '1 / 20');
  await wv.locator('#param-userId-add').click();
  await wv.locator('#param-userId-1 input').waitFor({ timeout: 5_000 });
  assert.equal(await wv.locator('#param-userId-1').evaluate((el) => el.ownerDocument.activeElement === el), true, 'the new row has the focus');
  await wv.locator('#param-userId-1 input').fill('has space');
  await wv.locator('#param-userId-1-error', { hasText: '1005 · value 2 of userId must not contain whitespace' }).waitFor({ timeout: 5_000 });
  assert.equal(await wv.locator('#param-userId-count').textContent(), '2 / 20');
  await wv.locator('#param-userId-1-remove').click();
  await wv.locator('#param-userId-1').waitFor({ state: 'detached', timeout: 5_000 });
  assert.equal(await wv.locator('#param-userId-count').textContent(), '1 / 20');

  const minute = wv.locator('#param-minute input');
  assert.equal(await wv.locator('#param-minute-hint').textContent(), 'Minutes the block lasts, 1–43200 (30 days).', 'the range once');
  assert.equal(await minute.getAttribute('type'), 'number');
  await minute.fill('0');
  await wv.locator('#param-minute-error', { hasText: '1003 · minute is 0; the range is 1–43200' }).waitFor({ timeout: 5_000 });
  assert.equal(await wv.locator('#send').getAttribute('disabled'), '');
  assert.match((await wv.locator('#send-status').textContent()) ?? '', /Fix before sending: 1003 · minute is 0/);
  await minute.fill('10');
  await shownSigning();
  await wv.locator('#request-text', { hasText: `userId=${user}&minute=10` }).waitFor({ timeout: 10_000 });
  await wv.locator('#send').click();
  await wv.locator('#outcome', { hasText: 'HTTP 200' }).waitFor({ timeout: 30_000 });
  assert.match((await wv.locator('#history li').first().textContent()) ?? '', new RegExp(`/user/block\\.json · ${user} · 200 · 200`));

  await endpoint.selectOption('user.blockQuery');
  await wv.locator('#param-page input').waitFor({ timeout: 10_000 });
  await shownSigning();
  await wv.locator('#send').click();
  const table = wv.locator('#success-users');
  await table.waitFor({ timeout: 30_000 });
  assert.deepEqual(await table.locator('th').allTextContents(), ['User ID', 'Blocked until']);
  const row = table.locator('tbody tr', { hasText: user });
  await row.waitFor({ timeout: 5_000 });
  const [shownUser, until] = await row.locator('td').allTextContents();
  assert.equal(shownUser, user);
  assert.match(until, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC\+8$/, 'the end of the block names its zone');
  await screenshot(page, 'playground-block-query');
  assert.deepEqual(cspViolations(), []);
});
