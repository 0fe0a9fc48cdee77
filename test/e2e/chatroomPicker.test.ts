/**
 * UI: a person finds /chatroom/create_new.json in the playground's endpoint search by typing
 * `chatroom`, then `聊天室`, picks it, fills chatroomId and sends it to the embedded sandbox (Rong:
 * Start Local Sandbox), which creates the chatroom (#19): the answer is 200, and the sandbox's
 * control then lists the chatroom. The search screenshot (.test-artifacts/screenshots/endpoint-search-chatroom.png) is the
 * README's docs/screenshots/endpoint-search-chatroom.png, copied by hand as the others are.
 */
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { notification, openWorkbench, runCommand, screenshot, screenshotOf, webview, type Workbench } from './workbench';

let wb: Workbench;

before(async () => {
  wb = await openWorkbench();
});

after(async () => {
  await wb?.close();
});

/** The endpoint ids of the search's matches, in the order shown. */
async function matchedIds(): Promise<string[]> {
  const results = webview(wb.page).locator('#endpoint-results');
  await results.waitFor({ state: 'visible', timeout: 5_000 });
  return results.locator('[role=option]').evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.endpoint ?? ''));
}

test('the endpoint search finds /chatroom/create_new.json by chatroom and 聊天室, and its form reaches the embedded sandbox', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: Start Local Sandbox');
  const started = notification(page, /Rong sandbox running at http:\/\/127\.0\.0\.1:\d+/);
  await started.waitFor({ timeout: 30_000 });
  const sandboxHost = /http:\/\/(127\.0\.0\.1:\d+)/.exec((await started.textContent()) ?? '')?.[1];
  assert.ok(sandboxHost, 'the notification names the sandbox URL');

  await runCommand(page, 'Rong: Open Playground');
  const wv = webview(page);
  const search = wv.locator('#endpoint-search');
  await search.waitFor({ timeout: 30_000 });
  await wv.locator('#profile option:checked', { hasText: `sandbox — ${sandboxHost}` }).waitFor({ state: 'attached', timeout: 15_000 });

  // `chatroom`: the Chatroom module's endpoints, create_new among them, and nothing that does not say chatroom.
  await search.fill('chatroom');
  const byWord = await matchedIds();
  assert.ok(byWord.includes('chatroom.createNew'), byWord.join(' '));
  const texts = await wv.locator('#endpoint-results [role=option]').evaluateAll((os) => os.map((o) => `${(o as HTMLElement).dataset.endpoint} ${o.textContent}`));
  assert.deepEqual(texts.filter((t) => !/chatroom/i.test(t)), [], 'only endpoints whose id, title or path says chatroom');
  const chatroomGroup = wv.locator('#endpoint-results [role=group][data-module=chatroom]');
  assert.equal(await chatroomGroup.locator('.search-module').textContent(), 'Chatroom · 聊天室');
  const createNew = wv.locator('#endpoint-results [data-endpoint="chatroom.createNew"]');
  assert.match((await createNew.textContent()) ?? '', /Create chatroom · 创建聊天室\s*\/chatroom\/create_new\.json/);
  await screenshot(page, 'chatroom-search-chatroom');
  await screenshotOf(wv.locator('.field', { has: search }), 'endpoint-search-chatroom');

  // `聊天室`: the same endpoint by its Chinese title; every match is a chatroom endpoint or says 聊天室.
  await search.fill('聊天室');
  const byChinese = await matchedIds();
  assert.ok(byChinese.includes('chatroom.createNew'), byChinese.join(' '));
  const zhTexts = await wv.locator('#endpoint-results [role=option]').evaluateAll((os) => os.map((o) => `${(o as HTMLElement).dataset.endpoint} ${o.textContent}`));
  // The module's title matches too (聊天室 is the Chatroom module): every match says 聊天室 or is a chatroom endpoint.
  assert.deepEqual(zhTexts.filter((t) => !t.includes('聊天室') && !t.startsWith('chatroom.')), [], 'only chatroom endpoints or titles that say 聊天室');
  await screenshot(page, 'chatroom-search-zh');

  // A click picks it (the page asks the host for its record and form).
  await createNew.click();
  const endpoint = wv.locator('#endpoint');
  for (const deadline = Date.now() + 10_000; (await endpoint.inputValue()) !== 'chatroom.createNew' && Date.now() < deadline; ) await page.waitForTimeout(50);
  assert.equal(await endpoint.inputValue(), 'chatroom.createNew');
  assert.equal(await search.inputValue(), '', 'a pick ends the search');
  assert.match((await wv.locator('#endpoint-description').textContent()) ?? '', /^\/chatroom\/create_new\.json · /);

  const chatroomId = `ui-room-${Date.now().toString(36)}`;
  const field = wv.locator('#param-chatroomId input');
  await field.waitFor({ timeout: 10_000 });
  await field.fill(chatroomId);
  await wv.locator('#request-text', { hasText: `chatroomId=${chatroomId}` }).waitFor({ timeout: 10_000 });
  assert.match((await wv.locator('#request-text').textContent()) ?? '', /^POST \S*\/chatroom\/create_new\.json/m);
  await wv.locator('#send').click();

  const outcome = wv.locator('#outcome');
  await outcome.waitFor({ timeout: 30_000 });
  assert.match((await outcome.textContent()) ?? '', /^HTTP 200 · /);
  const response = (await wv.locator('#response').textContent()) ?? '';
  // Sent to the embedded sandbox (the host the notification named), with the form's chatroomId.
  assert.ok(response.includes(sandboxHost), response);
  const body = JSON.parse((await wv.locator('#response-body').textContent()) ?? '{}') as { code?: number; errorMessage?: string };
  assert.equal(body.code, 200, JSON.stringify(body));
  // The sandbox kept it: its control lists the chatroom (GET /_sandbox/state, the chatrooms list).
  const state = (await (await fetch(`http://${sandboxHost}/_sandbox/state`)).json()) as { apps: Array<{ chatrooms: Array<{ chatroomId: string }> }> };
  assert.ok(state.apps.some((a) => a.chatrooms.some((c) => c.chatroomId === chatroomId)), JSON.stringify(state.apps.map((a) => a.chatrooms)));
  assert.match(response, new RegExp(`chatroomId=${chatroomId}`), 'the request sent, as the response view shows it');
  assert.match((await wv.locator('#history li').first().textContent()) ?? '', new RegExp(`/chatroom/create_new\\.json · ${chatroomId} · 200`));
  await screenshot(page, 'chatroom-create');
});
