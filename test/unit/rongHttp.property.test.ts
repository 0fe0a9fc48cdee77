import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeFormComponent, formUnescape } from '../../src/core/form';
import {
  IncrementalDiagnoser,
  completionsAt,
  diagnose,
  hoverAt,
  parseDocument,
  printRequest,
  quickFixes,
  resolveRequest,
  snapshotDocument,
  type DiagnosticContext,
  type Range,
  type RongHttpDocument,
  type TextChange,
} from '../../src/core/rongHttp/index';
import { essence } from './support/blockEssence';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixtures = ['valid', 'problems', 'signing'].map((f) => readFileSync(join(FIXTURES, `${f}.rong.http`), 'utf8'));
const ctx: DiagnosticContext = { secretFor: () => 'fixture-secret', profiles: ['dev'] };

/** Pieces that matter to the grammar, mixed with arbitrary code units (lone surrogates included). */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '#', '###', '// ', '@', '=', '&', '{{', '}}', ':', '%', '%2', '%E4', '%zz', ' ', '\t', 'POST ', 'GET ', '/user/getToken.json', 'https://h', 'userId', 'name', 'portraitUri', '$nonce', '$timestamp', '$randomInt 1 9', 'Nonce: ', 'Timestamp: ', 'Signature: ', 'App-Secret: ', '# @profile ', '# @name ', 'HTTP/1.1', '\u0000', '\ufeff', '\u2028', '中', '😀') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);
const randomText = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));

type Mutation = { kind: 'insert' | 'delete' | 'replace' | 'dupLine' | 'dropLine'; at: number; len: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace', 'dupLine', 'dropLine'),
  at: fc.nat(),
  len: fc.nat({ max: 40 }),
  text: fc.array(piece, { maxLength: 4 }).map((a) => a.join('')),
});

function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    switch (m.kind) {
      case 'insert':
        t = t.slice(0, at) + m.text + t.slice(at);
        break;
      case 'delete':
        t = t.slice(0, at) + t.slice(at + m.len);
        break;
      case 'replace':
        t = t.slice(0, at) + m.text + t.slice(at + Math.max(1, m.text.length));
        break;
      case 'dupLine':
      case 'dropLine': {
        const lines = t.split('\n');
        const i = m.at % lines.length;
        if (m.kind === 'dupLine') lines.splice(i, 0, lines[i]);
        else lines.splice(i, 1);
        t = lines.join('\n');
        break;
      }
    }
  }
  return t;
}

const mutatedFixture = fc.tuple(fc.constantFrom(...fixtures), fc.array(mutation, { maxLength: 8 })).map(([f, ms]) => mutate(f, ms));
const anyText = fc.oneof(randomText, mutatedFixture);

function checkRange(doc: RongHttpDocument, r: Range, what: string): void {
  const n = doc.lines.length;
  assert.ok(r.startLine >= 0 && r.startLine < n && r.endLine >= r.startLine && r.endLine < n, `${what}: lines ${JSON.stringify(r)} of ${n}`);
  assert.ok(r.startCharacter >= 0 && r.startCharacter <= doc.lines[r.startLine].length, `${what}: start ${JSON.stringify(r)}`);
  assert.ok(r.endCharacter >= 0 && r.endCharacter <= doc.lines[r.endLine].length, `${what}: end ${JSON.stringify(r)}`);
  assert.ok(r.endLine > r.startLine || r.endCharacter >= r.startCharacter, `${what}: reversed ${JSON.stringify(r)}`);
}

/** Every range anywhere in a plain snapshot. */
function eachRange(value: unknown, path: string, visit: (r: Range, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => eachRange(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    if ('startLine' in value && 'endCharacter' in value) visit(value as Range, path);
    for (const [k, v] of Object.entries(value)) if (k !== 'lines') eachRange(v, `${path}.${k}`, visit);
  }
}

test('property: parse and diagnose never throw, and every range lies inside the document', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const doc = parseDocument(text);
      assert.ok(doc.blocks.length >= 1);
      eachRange(snapshotDocument(doc), 'doc', (r, p) => checkRange(doc, r, p));
      const ds = diagnose(doc, ctx);
      for (const d of ds) {
        checkRange(doc, d.range, `${d.rule}`);
        for (const fix of quickFixes(doc, d)) for (const e of fix.edits) checkRange(doc, e.range, `fix for ${d.rule}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('property: completion, hover and resolution never throw at any position', () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat({ max: 120 }), (text, line, character) => {
      const doc = parseDocument(text);
      const l = line % (doc.lines.length + 1);
      for (const item of completionsAt(doc, l, character)) checkRange(doc, item.range, `completion ${item.label}`);
      const h = hoverAt(doc, l, character, { signing: { nonce: '1', timestamp: '2', signature: 'f'.repeat(40) }, clock: { now: () => 1 }, random: { bytes: (n) => new Uint8Array(n).fill(3) } });
      if (h) checkRange(doc, h.range, 'hover');
      for (let i = 0; i < doc.blocks.length; i++) resolveRequest(doc, i, { clock: { now: () => 1 }, random: { bytes: (n) => new Uint8Array(n).fill(3) } });
    }),
    { numRuns: 200 },
  );
});


test('property: printing a parsed request and parsing it again keeps method, target, headers and params', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const doc = parseDocument(text);
      for (const block of doc.blocks) {
        if (!block.request?.target) continue;
        const again = parseDocument(printRequest(block));
        assert.equal(again.blocks.length, 1, printRequest(block));
        assert.deepEqual(essence(again.blocks[0]), essence(block));
      }
    }),
    { numRuns: 300 },
  );
});

test('property: printing a resolved request and resolving it again keeps it', () => {
  const deps = { clock: { now: () => 1_700_000_000_000 }, random: { bytes: (n: number) => new Uint8Array(n).fill(5) } };
  const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  fc.assert(
    fc.property(anyText, (text) => {
      const doc = parseDocument(text);
      for (let i = 0; i < doc.blocks.length; i++) {
        const req = resolveRequest(doc, i, deps);
        if (!req || /\s/.test(req.target)) continue;
        const again = resolveRequest(parseDocument(printRequest(req)), 0, deps)!;
        assert.equal(again.method, req.method);
        assert.equal(again.target, req.target);
        assert.deepEqual(again.headers, req.headers);
        assert.deepEqual(again.params, req.params.map(([k, v]) => [wellFormed(k), wellFormed(v)]));
      }
    }),
    { numRuns: 300 },
  );
});

/** A change somewhere in the current lines (no \r: VS Code documents have one line-break style). */
const change = fc.record({ a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat(), text: fc.array(piece, { maxLength: 4 }).map((a) => a.join('').replace(/\r/g, '')) });

test('property: after random edits the incremental result equals a full parse and check', () => {
  fc.assert(
    fc.property(anyText, fc.array(change, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const text0 = start.replace(/\r\n?/g, '\n');
      const viaChanges = new IncrementalDiagnoser(ctx);
      const viaText = new IncrementalDiagnoser(ctx);
      viaChanges.update(text0);
      viaText.update(text0);
      let lines = text0.split('\n');
      for (const e of edits) {
        const sl = e.a % lines.length;
        const el = sl + (e.b % 3 === 0 ? e.b % Math.max(1, lines.length - sl) : 0);
        const c: TextChange = {
          range: { startLine: sl, startCharacter: e.c % (lines[sl].length + 1), endLine: el, endCharacter: e.d % (lines[el].length + 1) },
          text: e.text,
        };
        if (el === sl && c.range.endCharacter < c.range.startCharacter) continue;
        const result = viaChanges.applyChanges([c]);
        lines = [...result.document.lines];
        const text = lines.join('\n');
        const full = parseDocument(text);
        const fullDiagnostics = diagnose(full, ctx);
        assert.deepEqual(snapshotDocument(result.document), snapshotDocument(full));
        assert.deepEqual(result.diagnostics, fullDiagnostics);
        const other = viaText.update(text);
        assert.deepEqual(other.diagnostics, fullDiagnostics);
        assert.deepEqual(snapshotDocument(other.document), snapshotDocument(full));
      }
    }),
    { numRuns: 150 },
  );
});

test('property: the fast form decoder agrees with formUnescape', () => {
  const escaped = fc.array(fc.oneof(fc.constantFrom('%', '%2', '%20', '%3A', '%e4%b8%ad', '%FF', '%C3%A9', '+', 'a', '%7F', '%80'), fc.string({ maxLength: 3 })), { maxLength: 10 }).map((a) => a.join(''));
  fc.assert(
    fc.property(escaped, (raw) => {
      let expected: string | undefined;
      try {
        expected = formUnescape(raw);
      } catch {
        expected = undefined;
      }
      assert.equal(decodeFormComponent(raw), expected);
    }),
    { numRuns: 500 },
  );
});

test('a 10 MB file parses and is checked without throwing', () => {
  const block = '### r\nPOST /user/getToken.json\nNonce: {{$nonce}}\n\nuserId=user-{{$guid}}&name=%E5%BC%A0%E4%B8%89&portraitUri=https%3A%2F%2Fexample.com%2Fa.png\n\n';
  const broken = '### broken\nPOST /user/getToken.json\n\nuserId=has space&bogus=1\n\n';
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 10 * 1024 * 1024; i++) {
    const b = i % 100 === 99 ? broken : block;
    parts.push(b);
    size += b.length;
  }
  const text = parts.join('');
  const doc = parseDocument(text);
  assert.equal(doc.blocks.length, parts.length, "the first line is a separator: block 0 is the first request");
  const ds = diagnose(doc, ctx);
  const broken100 = Math.floor(parts.length / 100);
  assert.equal(ds.filter((d) => d.code === 1005).length, broken100);
  assert.equal(ds.filter((d) => d.rule === 'unknownParam').length, broken100);
  assert.equal(ds.filter((d) => d.rule === 'missingParam').length, broken100);
  assert.equal(ds.length, broken100 * 3);
  const oneLine = parseDocument(`POST /user/getToken.json\n\nuserId=${'a'.repeat(10 * 1024 * 1024)}&name=n`);
  assert.deepEqual(diagnose(oneLine).map((d) => d.code), [1005]);
});

test('a binary-looking file parses and is checked without throwing', () => {
  const bytes = Buffer.alloc(256 * 1024);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  for (const text of [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('utf16le')]) {
    const doc = parseDocument(text);
    const ds = diagnose(doc, ctx);
    assert.ok(doc.lines.length > 1);
    for (const d of ds) checkRange(doc, d.range, d.rule);
    const inc = new IncrementalDiagnoser(ctx);
    assert.deepEqual(inc.update(text).diagnostics, ds);
  }
});
