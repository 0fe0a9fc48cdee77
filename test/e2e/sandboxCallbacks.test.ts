/**
 * UI (#20): with rong.sandbox.callbacks pointing at a receiver this test runs (plain node:http), a
 * simulated client's message reaches the receiver signed, and the Rong Sandbox view's Callbacks node
 * lists the routing URL and the delivery (kind, HTTP status, attempt); its Redeliver button sends it
 * again. The pane's screenshot (.test-artifacts/screenshots/sandbox-callbacks.png) is the README's
 * docs/screenshots/sandbox-callbacks.png, copied by hand as the others are.
 */
import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { notification, openWorkbench, runCommand, screenshotOf, type Workbench } from './workbench';

let wb: Workbench;
let receiver: Server;
const got: Array<{ url: string; body: string }> = [];

before(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      got.push({ url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const routing = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/rong/route`;
  wb = await openWorkbench({ settings: { 'rong.sandbox.callbacks': { routing } } });
});

after(async () => {
  await wb?.close();
  receiver?.closeAllConnections();
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
});

async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  for (const deadline = Date.now() + ms; !ok(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a simulated message is routed to the receiver and the Callbacks node shows the delivery, with Redeliver', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: Start Local Sandbox');
  const started = notification(page, /Rong sandbox running at http:\/\/127\.0\.0\.1:\d+/);
  await started.waitFor({ timeout: 30_000 });
  const sandbox = /(http:\/\/127\.0\.0\.1:\d+)/.exec((await started.textContent()) ?? '')?.[1];
  assert.ok(sandbox, 'the notification names the sandbox URL');

  const sent = await fetch(`${sandbox}/_sandbox/clients/send`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fromUserId: 'alice', toUserId: 'bob', objectName: 'RC:TxtMsg', content: '{"content":"hello from the UI test"}' }),
  });
  assert.equal(sent.status, 200);
  await until('the routing callback', () => got.length >= 1);
  assert.match(got[0].url, /^\/rong\/route\?nonce=[0-9a-f]+&signTimestamp=\d{13}&signature=[0-9a-f]{40}$/);
  assert.equal(new URLSearchParams(got[0].body).get('toUserId'), 'bob');

  await runCommand(page, 'View: Show Explorer');
  const header = page.locator('.pane-header', { hasText: 'Rong Sandbox' });
  await header.waitFor({ timeout: 15_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  // The folder's pane collapsed, so that the Rong Sandbox pane has the height for every row.
  const folder = page.locator('.pane-header', { hasText: 'workspace' });
  if ((await folder.getAttribute('aria-expanded')) === 'true') await folder.click();
  const pane = page.locator('.pane', { has: header });
  await pane.locator('.monaco-list-row', { hasText: 'Callbacks (1 sent)' }).waitFor({ timeout: 15_000 });
  const url = pane.locator('.monaco-list-row', { hasText: 'routing' }).first();
  assert.match(await url.innerText(), /\/rong\/route/);
  const delivery = pane.locator('.monaco-list-row', { hasText: 'routing · 200' });
  await delivery.waitFor({ timeout: 15_000 });
  assert.match(await delivery.innerText(), /attempt 1 · \d+ ms/);
  await delivery.hover();
  await screenshotOf(pane, 'sandbox-callbacks');

  await delivery.locator('.action-label[aria-label="Redeliver Callback"]').click();
  await until('the redelivery', () => got.length >= 2);
  assert.notEqual(new URLSearchParams(got[1].url.split('?')[1]).get('nonce'), new URLSearchParams(got[0].url.split('?')[1]).get('nonce'), 'a fresh signature');
  assert.equal(got[1].body, got[0].body);
  await pane.locator('.monaco-list-row', { hasText: 'Callbacks (2 sent)' }).waitFor({ timeout: 15_000 });
});
