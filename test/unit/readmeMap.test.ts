/**
 * The README's architecture map (the first code block under "## Architecture") names every folder
 * under src/ and webview/, at any depth, as `name/`, so a newcomer finds where a thing lives.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** The map: the first fenced block of the Architecture section. */
function architectureMap(readme: string): string {
  const section = readme.split(/^## Architecture$/m)[1];
  assert.ok(section !== undefined, 'README.md has a "## Architecture" section');
  const block = /^```[^\n]*\n([\s\S]*?)^```$/m.exec(section.split(/^## /m)[0]);
  assert.ok(block, 'the Architecture section has a code block (the map)');
  return block[1];
}

/** Every folder below `dir` (relative to the repository), at any depth. */
function folders(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => [`${dir}/${e.name}`, ...folders(`${dir}/${e.name}`)]);
}

/** The folders the map does not name as `name/`. */
function missingFromMap(map: string, dirs: readonly string[]): string[] {
  return dirs.filter((d) => !map.includes(`${d.split('/').pop()}/`));
}

test('every folder under src/ and webview/ is in the README\'s architecture map', () => {
  const map = architectureMap(readFileSync(join(root, 'README.md'), 'utf8'));
  const dirs = [...folders('src'), ...folders('webview')];
  assert.ok(dirs.length >= 10, `${dirs.length} folders found`);
  assert.deepEqual(missingFromMap(map, dirs), [], `README.md's map (## Architecture) should name each of these folders as "name/"`);
});

test('a folder that the map does not name is reported, by its path', () => {
  const map = 'src/\n  core/   pure\n    http/   the client\n';
  assert.deepEqual(missingFromMap(map, ['src/core', 'src/core/http', 'src/core/verdict']), ['src/core/verdict']);
  assert.deepEqual(missingFromMap('src/\n  core/ http is mentioned without a slash\n', ['src/core/http']), ['src/core/http']);
});
