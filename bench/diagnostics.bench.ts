/**
 * `.rong.http` diagnostics on a generated file of 10,000 getToken requests (about 60,000 lines):
 * a full parse + check, and one edit re-checked through the incremental path. Measures the shipped
 * bundle (dist/language.js, which `npm run bench` builds first): run from source through tsx, every
 * call between the language's files goes through a CommonJS export getter that the bundle does not have.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as RongHttp from '../src/core/rongHttp/index';
import type { CheckResult, DiagnosticContext } from '../src/core/rongHttp/index';
import { ENDPOINTS, type EndpointSpec } from '../src/core/contract';
import { examplePairs } from '../src/core/examples';
import { requestTemplate } from '../src/core/rongHttp/templates';
import { encodeRequestParts } from '../src/core/wire';
import { median, type BenchFigure } from './figure';

function loadLanguage(): typeof RongHttp {
  const bundle = join(__dirname, '..', 'dist', 'language.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: npm run bench builds it first (or run npm run build)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as the extension loads it
  return require(bundle) as typeof RongHttp;
}

const REQUESTS = 10_000;
const context: DiagnosticContext = { secretFor: () => 'bench-secret-value', profiles: ['dev'] };

/** Six lines per request: separator, request line, a header, blank, body, blank. */
export function generateFile(requests: number): { text: string; editLine: number } {
  const lines = ['@suffix = -bench', ''];
  let editLine = -1;
  for (let i = 0; i < requests; i++) {
    const userId = i % 10 === 0 ? `user${i}{{suffix}}` : `user${i}`;
    const name = i % 3 === 0 ? `%E7%94%A8%E6%88%B7${i}` : `User%20${i}`;
    lines.push(`### user ${i}`, 'POST /user/getToken.json', 'Content-Type: application/x-www-form-urlencoded', '');
    if (i === requests >> 1) editLine = lines.length;
    lines.push(`userId=${userId}&name=${name}&portraitUri=https%3A%2F%2Fexample.com%2Favatar${i}.png`, '');
  }
  return { text: lines.join('\n'), editLine };
}

/** 50 endpoints spread over every module, form and JSON bodies and REST paths among them. */
export function mixedEndpoints(count = 50): EndpointSpec[] {
  const step = ENDPOINTS.length / count;
  return Array.from({ length: Math.min(count, ENDPOINTS.length) }, (_, i) => ENDPOINTS[Math.floor(i * step)]);
}

/**
 * 10,000 requests cycling through the mixed endpoints, each in its own body kind: as *New .rong.http
 * File* writes them (`template`: required parameters, optional ones as comments), or with every
 * parameter given (`all`: bodies of 10–20 pieces, the heavier case).
 */
export function generateMixedFile(requests: number, endpoints: readonly EndpointSpec[], shape: 'template' | 'all' = 'template'): { text: string; editLine: number } {
  const blocks = endpoints.map((e) => {
    if (shape === 'template') {
      const lines = requestTemplate(e).replace(/\n+$/, '').split('\n').filter((l) => !l.startsWith('###'));
      const blank = lines.indexOf('');
      return { head: lines.slice(0, blank + 1), body: lines.slice(blank + 1) };
    }
    const parts = encodeRequestParts(e, examplePairs(e, true), { pretty: true });
    const header = parts.contentType ? [`Content-Type: ${parts.contentType}`] : [];
    return { head: [`${e.method} ${parts.path}${parts.query}`, ...header, ''], body: parts.body.split('\n') };
  });
  const lines = ['@suffix = -bench', ''];
  let editLine = -1;
  for (let i = 0; i < requests; i++) {
    const b = blocks[i % blocks.length];
    lines.push(`### request ${i}`, ...b.head);
    if (i === requests >> 1) editLine = lines.length;
    lines.push(...b.body, '');
  }
  return { text: lines.join('\n'), editLine };
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function run(): Promise<BenchFigure[]> {
  const { diagnose, IncrementalDiagnoser, parseDocument } = loadLanguage();
  const { text, editLine } = generateFile(REQUESTS);
  const lineCount = text.split('\n').length;

  // Full: parse + diagnose; the previous result stays alive until the next, as in an editor.
  let kept: unknown;
  const full: number[] = [];
  for (let i = 0; i < 25; i++) {
    const ms = time(() => {
      const doc = parseDocument(text);
      kept = [doc, diagnose(doc, context)];
    });
    if (i >= 5) full.push(ms);
  }
  void kept;

  // Incremental: one character typed into (then removed from) a value in the middle request.
  const inc = new IncrementalDiagnoser(context);
  let result: CheckResult = inc.update(text);
  const at = result.document.lines[editLine].indexOf('&name=');
  const incremental: number[] = [];
  for (let i = 0; i < 60; i++) {
    const insert = i % 2 === 0;
    const ms = time(() => {
      result = inc.applyChanges([
        insert
          ? { range: { startLine: editLine, startCharacter: at, endLine: editLine, endCharacter: at }, text: 'x' }
          : { range: { startLine: editLine, startCharacter: at, endLine: editLine, endCharacter: at + 1 }, text: '' },
      ]);
    });
    if (i >= 10) incremental.push(ms);
  }
  const stats = inc.stats;

  // The same edit when the adapter hands over the whole text instead of the change.
  const edited = text.split('\n');
  const original = edited[editLine];
  const wholeText: number[] = [];
  for (let i = 0; i < 30; i++) {
    edited[editLine] = i % 2 === 0 ? original.slice(0, at) + 'x' + original.slice(at) : original;
    const next = edited.join('\n');
    const ms = time(() => {
      result = inc.update(next);
    });
    if (i >= 6) wholeText.push(ms);
  }

  // The same size of file mixing 50 endpoints (issue 18: within 1.2x of the getToken-only figure, side by side).
  const mixed = mixedEndpoints();
  const mixedFile = generateMixedFile(REQUESTS, mixed);
  const heavyFile = generateMixedFile(REQUESTS, mixed, 'all');
  // Interleaved with the getToken file, in a rotating order, so that the ratios compare runs under the same load and heap.
  const files = { base: text, mixed: mixedFile.text, heavy: heavyFile.text };
  const runs: Record<keyof typeof files, number[]> = { base: [], mixed: [], heavy: [] };
  const order: (keyof typeof files)[] = ['base', 'mixed', 'heavy'];
  for (let i = 0; i < 30; i++) {
    for (let j = 0; j < order.length; j++) {
      const which = order[(i + j) % order.length];
      const ms = time(() => {
        const doc = parseDocument(files[which]);
        kept = [doc, diagnose(doc, context)];
      });
      if (i >= 6) runs[which].push(ms);
    }
  }
  const mixedFull = runs.mixed;
  const heavyFull = runs.heavy;
  const sideBySide = median(runs.base);
  const mixedInc = new IncrementalDiagnoser(context);
  mixedInc.update(mixedFile.text);
  const mixedIncremental: number[] = [];
  const baseIncremental: number[] = [];
  // The same one-character edit in both files, alternating, so that both pay the same heap and load.
  const baseInc = new IncrementalDiagnoser(context);
  baseInc.update(text);
  const edit = (line: number, character: number, insert: boolean) =>
    insert ? { range: { startLine: line, startCharacter: character, endLine: line, endCharacter: character }, text: 'x' } : { range: { startLine: line, startCharacter: character, endLine: line, endCharacter: character + 1 }, text: '' };
  for (let i = 0; i < 60; i++) {
    const insert = i % 2 === 0;
    const ms = time(() => mixedInc.applyChanges([edit(mixedFile.editLine, 0, insert)]));
    const base = time(() => baseInc.applyChanges([edit(editLine, at, insert)]));
    if (i >= 10) {
      mixedIncremental.push(ms);
      baseIncremental.push(base);
    }
  }
  const jsonCount = mixed.filter((e) => e.body === 'json').length;

  const fullMs = median(full);
  const incMs = median(incremental);
  const mixedMs = median(mixedFull);
  const heavyMs = median(heavyFull);
  const mixedIncMs = median(mixedIncremental);
  return [
    {
      name: 'diagnostics.mixed_full_10k_ms',
      value: round(mixedMs),
      unit: 'ms',
      baseline: round(sideBySide),
      ratio: round(mixedMs / sideBySide),
      goal: 'ratio <= 1.2',
      note: `parseDocument + diagnose, ${REQUESTS} requests over ${mixed.length} endpoints (${jsonCount} with JSON bodies), every module, as New .rong.http File writes them (${(mixedFile.text.length / 1e6).toFixed(1)} MB); baseline: the getToken-only file, timed interleaved with it (median of ${runs.base.length})`,
    },
    {
      name: 'diagnostics.mixed_all_params_10k_ms',
      value: round(heavyMs),
      unit: 'ms',
      baseline: round(sideBySide),
      ratio: round(heavyMs / sideBySide),
      note: `the same ${mixed.length} endpoints with every parameter given (${(heavyFile.text.length / 1e6).toFixed(1)} MB, ${heavyFile.text.split('\n').length} lines): bodies of 10–20 pieces each; baseline: the getToken-only file`,
    },
    {
      name: 'diagnostics.mixed_incremental_ms',
      value: round(mixedIncMs),
      unit: 'ms',
      baseline: round(median(baseIncremental)),
      ratio: round(mixedIncMs / median(baseIncremental)),
      goal: 'ratio <= 1.2',
      note: `IncrementalDiagnoser.applyChanges, one character in request ${REQUESTS >> 1} of the mixed file; baseline: the same edit in the getToken-only file, alternating`,
    },
    {
      name: 'diagnostics.full_10k_ms',
      value: round(fullMs),
      unit: 'ms',
      goal: '<= 50',
      note: `dist/language.js: parseDocument + diagnose, ${REQUESTS} getToken requests, ${lineCount} lines, ${(text.length / 1e6).toFixed(1)} MB; median of ${full.length} runs after 5 warm-up`,
    },
    {
      name: 'diagnostics.incremental_ms',
      value: round(incMs),
      unit: 'ms',
      baseline: round(fullMs),
      ratio: round(incMs / fullMs),
      note: `IncrementalDiagnoser.applyChanges, one character in request ${REQUESTS >> 1}; reused ${stats.reusedBlocks}, parsed ${stats.parsedBlocks}, re-checked ${stats.diagnosedBlocks} blocks; median of ${incremental.length}`,
    },
    {
      name: 'diagnostics.incremental_text_ms',
      value: round(median(wholeText)),
      unit: 'ms',
      baseline: round(fullMs),
      ratio: round(median(wholeText) / fullMs),
      note: `IncrementalDiagnoser.update(whole text) for the same edit (splits and compares all lines); median of ${wholeText.length}`,
    },
  ];
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
