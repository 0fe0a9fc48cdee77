/**
 * No import cycle in src or webview, type-only imports included: a cycle is a module that is its
 * own import, and it is copied with every endpoint added. madge builds the graph as
 * `npx madge --circular --extensions ts --ts-config tsconfig.json src webview` does.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import madge from 'madge';

const root = join(__dirname, '../..');

async function graphOf(baseDir: string, paths: string[], tsConfig?: string): Promise<madge.MadgeInstance> {
  return madge(paths.map((p) => join(baseDir, p)), {
    baseDir,
    fileExtensions: ['ts'],
    ...(tsConfig ? { tsConfig: join(baseDir, tsConfig) } : {}),
    // `import type` is an edge too: a type cycle still ties the two modules together.
    detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
  });
}

test('madge sees a cycle made of type-only imports (the check can fail)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rong-cycles-'));
  try {
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport interface A { b?: B }\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a';\nexport interface B { a?: A }\n");
    assert.deepEqual((await graphOf(dir, ['.'])).circular(), [['a.ts', 'b.ts']]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('src and webview have no import cycle, type-only ones included', { timeout: 120_000 }, async () => {
  const graph = await graphOf(root, ['src', 'webview'], 'tsconfig.json');
  // The graph is the project's: its modules and their imports, resolved (no file skipped unread).
  const modules = graph.obj();
  assert.ok(Object.keys(modules).length > 150, `${Object.keys(modules).length} modules read`);
  assert.ok(modules['src/extension.ts']?.includes('src/services/index.ts'), 'extension.ts imports services/index.ts');
  assert.deepEqual(graph.warnings().skipped, [], 'modules madge could not resolve');
  const found = graph.circular();
  assert.deepEqual(found.map((c) => c.join(' > ')), [], 'import cycles (move the shared types to the module both sides may import)');
});
