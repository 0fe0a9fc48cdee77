import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '../..');
const read = (rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join(',');

test('l10n/bundle.l10n.json holds exactly the vscode.l10n.t strings of src (npm run l10n regenerates it)', () => {
  const out = mkdtempSync(join(tmpdir(), 'rong-l10n-'));
  try {
    const r = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '--outDir', out, join(root, 'src')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const fresh = JSON.parse(readFileSync(join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.keys(read('l10n/bundle.l10n.json')).sort(), Object.keys(fresh).sort());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every string has a Simplified Chinese translation with the same placeholders', () => {
  const en = read('l10n/bundle.l10n.json');
  const zh = read('l10n/bundle.l10n.zh-cn.json');
  for (const key of Object.keys(en)) {
    assert.ok(zh[key], `no zh-cn translation of "${key}"`);
    assert.equal(placeholders(zh[key]), placeholders(key), `placeholders of "${key}"`);
  }
  assert.deepEqual(Object.keys(zh).filter((k) => !(k in en)), [], 'no stale translations');
});

test('package.nls.zh-cn.json translates every manifest string', () => {
  const en = read('package.nls.json');
  const zh = read('package.nls.zh-cn.json');
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  const manifest = readFileSync(join(root, 'package.json'), 'utf8');
  for (const m of manifest.matchAll(/"%([\w.]+)%"/g)) assert.ok(m[1] in en, `package.json uses %${m[1]}% without a package.nls.json entry`);
});
