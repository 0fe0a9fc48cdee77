/** UI: palette → Start Local Sandbox → Register User → a token; the same ID again → 1004; the Rong Sandbox view shows the user; 1005 typed. */
import * as assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { notification, openWorkbench, runCommand, screenshot, screenshotOf, typeInInput, type Workbench } from './workbench';

let wb: Workbench;
/** The user the first test registers (the view test looks for it). */
let registered = '';
before(async () => {
  wb = await openWorkbench();
});
after(async () => {
  await wb?.close();
});

test('a person registers a user against the local sandbox and sees the token, then 1004 for the same ID', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: Start Local Sandbox');
  const started = notification(page, /Rong sandbox running at http:\/\/127\.0\.0\.1:\d+/);
  await started.waitFor({ timeout: 30_000 });
  await screenshot(page, '01-sandbox-started');
  await page.locator('.statusbar-item', { hasText: 'sandbox · 127.0.0.1' }).first().waitFor({ timeout: 10_000 });

  const userId = `person-${Date.now().toString(36)}`;
  registered = userId;
  await runCommand(page, 'Rong: Register User');
  await typeInInput(page, 'Register User (1/3)', userId);
  await screenshot(page, '02-register-user-id');
  await page.keyboard.press('Enter');
  await typeInInput(page, 'Register User (2/3)', 'Ironman');
  await page.keyboard.press('Enter');
  await typeInInput(page, 'Register User (3/3)', '');
  await page.keyboard.press('Enter');
  const success = notification(page, `Registered ${userId}. Token:`);
  await success.waitFor({ timeout: 30_000 });
  const text = await success.innerText();
  assert.match(text, /Token: \S{16,}/);
  assert.match(text, /expires/);
  assert.match(text, /Copy Token/);
  await screenshot(page, '03-registered-token');

  // The toasts shown so far go, so that the one looked for next is not stacked behind them.
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'Rong: Register User');
  await typeInInput(page, 'Register User (1/3)', userId);
  await page.keyboard.press('Enter');
  await typeInInput(page, 'Register User (2/3)', 'Ironman');
  await page.keyboard.press('Enter');
  await typeInInput(page, 'Register User (3/3)', '');
  await page.keyboard.press('Enter');
  const dup = notification(page, '1004');
  // On a timeout, the screen as it was (.test-artifacts/screenshots) says what came instead.
  await dup.waitFor({ timeout: 30_000 }).catch(async (err: unknown) => {
    await screenshot(page, '04-duplicate-1004-missing');
    throw err;
  });
  assert.match(await dup.innerText(), /1004 · User ID already exists/);
  await screenshot(page, '04-duplicate-1004');
});

test('the Rong Sandbox view in the Explorer shows the registered user with a valid token', async () => {
  const { page } = wb;
  assert.ok(registered, 'the registration test ran first');
  await runCommand(page, 'View: Show Explorer');
  const header = page.locator('.pane-header', { hasText: 'Rong Sandbox' });
  await header.waitFor({ timeout: 15_000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.pane', { has: header });
  const row = pane.locator('.monaco-list-row', { hasText: registered });
  await row.waitFor({ timeout: 15_000 });
  assert.match(await row.innerText(), /Ironman · token valid/);
  assert.match(await pane.locator('.monaco-list-row').first().innerText(), /^Users \(\d+\)/);
  await row.hover();
  await pane.locator('.monaco-list-row', { hasText: registered }).locator('.action-label[aria-label="Copy Sandbox Token"]').waitFor({ timeout: 5_000 });
  await screenshotOf(pane, 'sandbox-view');
});

test('an over-long user ID shows 1005 with the numbers in the input box before anything is sent', async () => {
  const { page } = wb;
  await runCommand(page, 'Rong: Register User');
  await typeInInput(page, 'Register User (1/3)', 'é'.repeat(33)); // 66 bytes
  const message = page.locator('.quick-input-widget .quick-input-message');
  await message.filter({ hasText: '1005' }).waitFor({ timeout: 10_000 });
  assert.match(await message.innerText(), /1005 · userId is 66 bytes; the limit is 64/);
  await screenshot(page, '05-user-id-too-long');
  await page.keyboard.press('Enter');
  // Enter with an invalid value keeps the box open: nothing is sent.
  assert.equal(await page.locator('.quick-input-widget input').first().inputValue(), 'é'.repeat(33));
  await page.keyboard.press('Escape');
});
