/**
 * UI: a .rong.http file as a person sees it — diagnostics with the contract's codes, the signature
 * lens above each request — then "Send Request" from the lens opens the response beside the file.
 */
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { notification, openWorkbench, runCommand, screenshot, type Workbench } from './workbench';

const FILE = `# Requests to the Rong IM Server API, signed with the active profile.

### Register a user
POST /user/getToken.json

userId=walkthrough-${Date.now().toString(36)}&name=Ironman

### Reproduce the contract's example signature
POST /user/getToken.json
Nonce: 14314
Timestamp: 1408710653000

userId=jlk456j5&name=Tony+Stark

### Problems the contract would refuse
POST /user/getToken.json

userId=has space&portraitUri=ftp://abc.com/a.jpg
`;

let wb: Workbench;
before(async () => {
  wb = await openWorkbench({ files: { 'requests.rong.http': FILE } });
});
after(async () => {
  await wb?.close();
});

test('a person sees diagnostics and signature lenses, then sends a request from its lens', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: Start Local Sandbox');
  await notification(page, /Rong sandbox running at/).waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('requests.rong.http');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'requests.rong.http' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');

  const lenses = page.locator('.contentWidgets .codelens-decoration, .codelens-decoration');
  await lenses.filter({ hasText: 'Send Request' }).first().waitFor({ timeout: 30_000 });
  await lenses.filter({ hasText: /Signature: [0-9a-f]{8}…/ }).first().waitFor({ timeout: 15_000 });
  const lensText = (await lenses.allInnerTexts()).join(' | ');
  assert.match(lensText, /Signature preview: [0-9a-f]{8}… \(changes on every send\)/);
  // The problems: squiggles, and the Problems panel lists the contract's codes.
  await page.locator('.squiggly-error').first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row');
  await problems.filter({ hasText: '1005' }).first().waitFor({ timeout: 15_000 });
  const problemText = (await problems.allInnerTexts()).join('\n');
  assert.match(problemText, /1005 · userId must not contain whitespace/);
  assert.match(problemText, /1003 · name is required/);
  assert.match(problemText, /1007 · portraitUri must be an absolute http/);
  await screenshot(page, 'rong-http-01-diagnostics-and-lenses');

  await lenses.filter({ hasText: 'Send Request' }).first().locator('a').first().click();
  const response = page.locator('.editor-group-container', { has: page.locator('.tab', { hasText: /Register-a-user-\d+\.json/ }) });
  await response.locator('.view-lines', { hasText: '"code": 200' }).waitFor({ timeout: 30_000 });
  const responseText = (await response.locator('.view-lines').innerText()).replace(/\u00a0/g, ' '); // monaco renders spaces as NBSP
  assert.match(responseText, /"outcome": "success"/);
  assert.match(responseText, /"token": "/);
  await screenshot(page, 'rong-http-02-response-beside');
});

test('"New .rong.http File" offers every endpoint grouped by module and starts the file with its template', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: New .rong.http File');
  const picker = page.locator('.quick-input-widget', { has: page.locator('.quick-input-title', { hasText: 'New .rong.http File' }) });
  await picker.waitFor({ timeout: 15_000 });
  await picker.locator('.quick-input-list-separator', { hasText: 'User' }).first().waitFor({ timeout: 10_000 });
  await picker.locator('input').first().fill('/message/private/publish.json');
  await picker.locator('.monaco-list-row', { hasText: 'Send private message' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-group-container', { has: page.locator('.tab.active', { hasText: /Untitled/ }) }).locator('.view-lines');
  await editor.filter({ hasText: 'POST /message/private/publish.json' }).waitFor({ timeout: 15_000 });
  const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
  assert.match(text, /### Send private message/);
  assert.match(text, /fromUserId=user-1/);
  assert.match(text, /&toUserId=user-2[\s\S]*&toUserId=user-3/, 'a repeated parameter twice');
  assert.match(text, /# &pushContent=/, 'an optional parameter commented out');
  await screenshot(page, 'rong-http-03-template');
});
