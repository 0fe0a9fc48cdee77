/**
 * UI: a person finds /push.json in the playground's endpoint search by typing `push` (`推送` does not
 * find it: its Chinese title says 不落地通知 and the search does not read module titles), picks it, and
 * edits its JSON body in the editor: the skeleton shows whole in a monospace area, Tab indents (Esc,
 * then Tab, leaves), a value of the wrong type shows its finding with line:column and field name while
 * typing and disables Send, and the fixed body goes to the embedded sandbox as JSON. The sandbox has
 * no handler for /push.json yet: it answers HTTP 404 after the App-Key, the signature and the body
 * passed. The editor screenshot (.test-artifacts/screenshots/json-editor.png) is the README's
 * docs/screenshots/json-editor.png, copied by hand as the others are.
 * Run alone: node scripts/build.mjs && npm run -s package && node --import tsx --test test/e2e/jsonEditor.test.ts
 */
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FrameLocator } from 'playwright-core';
import { notification, openWorkbench, runCommand, screenshot, screenshotOf, webview, type Workbench } from './workbench';

let wb: Workbench;

before(async () => {
  wb = await openWorkbench();
});

after(async () => {
  await wb?.close();
});

/** Waits until `read` gives what `ok` accepts (the webview renders a moment after a key press). */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > deadline) assert.fail(`${what}; last seen: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

/** Selects the first `from` in the editor's text and types `to` over it, key by key, as a person would. */
async function typeOver(wv: FrameLocator, from: string, to: string): Promise<void> {
  const inner = wv.locator('#param-jsonBody textarea');
  await inner.evaluate((el, f) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(f);
    if (at < 0) throw new Error(`"${f}" is not in the editor`);
    area.focus();
    area.setSelectionRange(at, at + f.length);
  }, from);
  await inner.pressSequentially(to, { delay: 20 });
}

const sendDisabled = (wv: FrameLocator) => wv.locator('#send').evaluate((b) => (b as HTMLElement & { disabled: boolean }).disabled);

test('the JSON editor: /push.json by push, its skeleton, a wrong type found at its line:column while typing, then sent as JSON', async () => {
  try {
    await drive();
  } catch (err) {
    // What a person would have seen when it failed (the machine may be slow, or the UI changed).
    await screenshot(wb.page, 'json-editor-failure').catch(() => undefined);
    throw err;
  }
});

async function drive(): Promise<void> {
  const { page } = wb;
  await runCommand(page, 'Rong: Start Local Sandbox');
  const started = notification(page, /Rong sandbox running at http:\/\/127\.0\.0\.1:\d+/);
  await started.waitFor({ timeout: 60_000 });
  const sandboxHost = /http:\/\/(127\.0\.0\.1:\d+)/.exec((await started.textContent()) ?? '')?.[1];
  assert.ok(sandboxHost, 'the notification names the sandbox URL');

  await runCommand(page, 'Rong: Open Playground');
  const wv = webview(page);
  const search = wv.locator('#endpoint-search');
  await search.waitFor({ timeout: 30_000 });
  await wv.locator('#profile option:checked', { hasText: `sandbox — ${sandboxHost}` }).waitFor({ state: 'attached', timeout: 15_000 });

  await search.fill('push');
  const push = wv.locator('#endpoint-results [data-endpoint="push.push"]');
  await push.waitFor({ timeout: 5_000 });
  assert.match((await push.textContent()) ?? '', /\/push\.json/);
  await push.click();
  const endpoint = wv.locator('#endpoint');
  await until(() => endpoint.inputValue(), (v) => v === 'push.push', 'the pick selects push.push');

  // The skeleton: the required fields with example values, whole in a monospace editor as tall as its lines.
  const editor = wv.locator('#param-jsonBody');
  const inner = editor.locator('textarea');
  await inner.waitFor({ timeout: 10_000 });
  const skeleton = await inner.inputValue();
  // audience.is_to_all is optional (Java leaves it out while null, the Node SDK's example omits it), so the skeleton has no audience.
  assert.deepEqual(JSON.parse(skeleton), { platform: ['ios'], notification: { alert: 'Hello' } });
  const lines = skeleton.split('\n').length;
  assert.equal(await editor.evaluate((el) => (el as HTMLElement & { rows: number }).rows), Math.max(8, lines));
  assert.equal(await editor.getAttribute('monospace'), '', 'the editor uses the editor font');
  const font = await inner.evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(font, /mono|courier|menlo|consol|droid sans mono/i, font);
  const hint = (await wv.locator('#param-jsonBody-hint').textContent()) ?? '';
  assert.match(hint, /platform\*, .*audience\.is_to_all(?!\*), .*notification\.alert\*/, 'the hint lists the body\'s fields, required ones starred');
  assert.equal(await wv.locator('#param-jsonBody-json').textContent(), 'Valid JSON');
  assert.equal(await sendDisabled(wv), false);

  // Tab indents by two spaces and keeps the focus; Esc, then Tab, moves on.
  await inner.evaluate((el) => {
    const area = el as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });
  await page.keyboard.press('Tab');
  await until(() => inner.inputValue(), (v) => v === `${skeleton}  `, 'Tab inserts two spaces at the caret');
  assert.equal(await editor.evaluate((el) => document.activeElement === el), true, 'the focus stays in the editor');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await until(() => editor.evaluate((el) => document.activeElement !== el), (gone) => gone, 'Esc, then Tab, leaves the editor');
  assert.equal(await inner.inputValue(), `${skeleton}  `, 'the Tab that left inserted nothing');

  // Wrong types, typed key by key: each finding on its own line, with its line:column and field, and Send disabled.
  const errors = wv.locator('#param-jsonBody-error');
  const placeOf = async (text: string) => {
    const value = await inner.inputValue();
    const at = value.slice(0, value.indexOf(text)).split('\n');
    return `${at.length}:${at[at.length - 1].length + 1}`;
  };
  await typeOver(wv, '"Hello"', '5');
  const alertAt = await placeOf('5');
  assert.equal(alertAt, '6:14', 'the value of notification.alert in the pretty-printed skeleton');
  await until(() => errors.innerText(), (v) => v.includes(`${alertAt} 1003 · notification.alert`), 'the finding shows while typing, at its line:column');
  await typeOver(wv, '[\n    "ios"\n  ]', '"ios"');
  const platformAt = await placeOf('"ios"');
  assert.equal(platformAt, '2:15', 'the value of platform');
  const shown = await until(() => errors.innerText(), (v) => v.split('\n').length === 2, 'two findings, one per line');
  const alertNow = await placeOf('5'); // the array's three lines became one: alert moved up
  assert.equal(alertNow, '4:14');
  assert.deepEqual(shown.split('\n'), [`${platformAt} 1003 · platform must be a JSON array`, `${alertNow} 1003 · notification.alert must be a JSON string`]);
  assert.equal(await sendDisabled(wv), true, 'Send is disabled while the body has findings');
  assert.match((await wv.locator('#send-status').textContent()) ?? '', /platform|notification\.alert/);
  assert.equal(await editor.evaluate((el) => el.hasAttribute('invalid')), true);
  await screenshotOf(wv.locator('.field[data-param=jsonBody]'), 'json-editor');

  // Fixed: no finding, Send enabled; the body goes out as JSON and reaches the sandbox.
  await typeOver(wv, '"platform": "ios"', '"audience": {"is_to_all": true}, "platform": ["ios"]');
  await typeOver(wv, '5', '"Hello from the JSON editor"');
  await until(() => errors.innerText(), (v) => v === '', 'the findings go once the body is right');
  await until(() => sendDisabled(wv), (d) => !d, 'Send is enabled again');
  await wv.locator('#request-text', { hasText: 'Hello from the JSON editor' }).waitFor({ timeout: 10_000 });
  await wv.locator('#send').click();

  const outcome = wv.locator('#outcome');
  await outcome.waitFor({ timeout: 30_000 });
  assert.match((await outcome.textContent()) ?? '', /^HTTP 200 · /);
  // The sandbox keeps the push and answers its id (docs push: { code: 200, id }).
  const body = JSON.parse((await wv.locator('#response-body').textContent()) ?? '{}') as { code?: number; id?: string };
  assert.equal(body.code, 200);
  assert.match(body.id ?? '', /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const sent = (await wv.locator('#response pre[aria-label="Request sent"]').textContent()) ?? '';
  assert.match(sent, new RegExp(`^POST http://${sandboxHost.replace(/\./g, '\\.')}/push\\.json\\n`));
  assert.match(sent, /^Content-Type: application\/json$/m);
  const sentBody = JSON.parse(sent.slice(sent.indexOf('\n\n') + 2)) as unknown;
  assert.deepEqual(sentBody, { platform: ['ios'], audience: { is_to_all: true }, notification: { alert: 'Hello from the JSON editor' } });
  await screenshot(page, 'json-editor-sent');
}
