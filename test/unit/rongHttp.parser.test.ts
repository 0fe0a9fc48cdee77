import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  blockIndexAt,
  parseDocument,
  rangeContains,
  requestBlockIndexes,
  snapshotDocument,
  splitLines,
  syntaxProblems,
  type Range,
} from '../../src/core/rongHttp/index';

const r = (line: number, start: number, end: number): Range => ({ startLine: line, startCharacter: start, endLine: line, endCharacter: end });
const plain = (x: Range) => ({ startLine: x.startLine, startCharacter: x.startCharacter, endLine: x.endLine, endCharacter: x.endCharacter });
const kinds = (text: string) => syntaxProblems(parseDocument(text)).map((p) => `${p.kind}@${p.range.startLine}:${p.range.startCharacter}-${p.range.endCharacter}`);

test('lines split like VS Code: \\n, \\r\\n and a lone \\r', () => {
  assert.deepEqual(splitLines('a\nb\r\nc\rd'), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitLines(''), ['']);
  assert.deepEqual(splitLines('a\n'), ['a', '']);
  assert.equal(parseDocument('x\r\ny\rz').lines.length, 3);
});

test('blocks: split at ### lines in column 0; the text after ### names the request', () => {
  const doc = parseDocument('@a = 1\n\n### First one \nPOST /user/getToken.json\n\n  ### indented is a comment\n####\nPOST /x');
  assert.equal(doc.blocks.length, 3);
  assert.deepEqual(doc.blocks.map((b) => [b.startLine, b.endLine]), [[0, 1], [2, 5], [6, 7]]);
  const first = doc.blocks[1];
  assert.equal(first.name, 'First one');
  assert.deepEqual(plain(first.separator!.range), r(2, 0, 14));
  assert.deepEqual(plain(first.separator!.name!.range), r(2, 4, 13));
  assert.deepEqual(plain(first.range), { startLine: 2, startCharacter: 0, endLine: 5, endCharacter: 27 });
  assert.deepEqual(first.comments.map((c) => [c.text, plain(c.range)]), [['### indented is a comment', r(5, 2, 27)]]);
  assert.equal(doc.blocks[2].name, undefined);
  assert.equal(doc.blocks[2].separator!.name, undefined);
  assert.deepEqual(requestBlockIndexes(doc), [1, 2]);
  assert.equal(blockIndexAt(doc, 0), 0);
  assert.equal(blockIndexAt(doc, 4), 1);
  assert.equal(blockIndexAt(doc, 99), 2);
});

test('request line: method, target, optional HTTP version, each with its range', () => {
  const doc = parseDocument('  POST   /user/getToken.json   HTTP/1.1  ');
  const req = doc.blocks[0].request!;
  assert.deepEqual(plain(req.range), r(0, 2, 39));
  assert.equal(req.method!.text, 'POST');
  assert.deepEqual(plain(req.method!.range), r(0, 2, 6));
  assert.equal(req.target!.text, '/user/getToken.json');
  assert.deepEqual(plain(req.target!.range), r(0, 9, 28));
  assert.equal(req.version!.text, 'HTTP/1.1');
  assert.deepEqual(plain(req.version!.range), r(0, 31, 39));
  assert.deepEqual(kinds('POST /user/getToken.json'), []);
});

test('request line: full URLs, variables, lower-case methods; problems for the rest', () => {
  const full = parseDocument('POST https://api.rong-api.com/user/getToken.json').blocks[0].request!;
  assert.equal(full.target!.text, 'https://api.rong-api.com/user/getToken.json');
  const withVar = parseDocument('post {{host}}/user/getToken.json').blocks[0];
  assert.equal(withVar.request!.method!.text, 'post');
  assert.deepEqual(withVar.references.map((x) => [x.name, plain(x.range), plain(x.nameRange)]), [['host', r(0, 5, 13), r(0, 7, 11)]]);
  assert.deepEqual(kinds('/user/getToken.json'), ['missingMethod@0:0-19']);
  assert.deepEqual(kinds('POST'), ['malformedRequestLine@0:0-4']);
  assert.deepEqual(kinds('hello world'), ['malformedRequestLine@0:0-11']);
  assert.deepEqual(kinds('POST user/getToken.json'), ['malformedTarget@0:5-23']);
  assert.deepEqual(kinds('POST /user/get Token.json'), ['malformedTarget@0:5-25']);
});

test('headers: name and value ranges; malformed lines; a body without the blank line', () => {
  const doc = parseDocument('POST /user/getToken.json\nNonce:   14314  \nX-Empty:\nnot a header\nuserId=a');
  const b = doc.blocks[0];
  assert.deepEqual(b.headers.map((h) => [h.name, h.value, plain(h.nameRange), plain(h.valueRange), plain(h.range)]), [
    ['Nonce', '14314', r(1, 0, 5), r(1, 9, 14), r(1, 0, 14)],
    ['X-Empty', '', r(2, 0, 7), r(2, 8, 8), r(2, 0, 8)],
  ]);
  assert.deepEqual(kinds(doc.lines.join('\n')), ['malformedHeader@3:0-12', 'missingBlankLine@4:0-8']);
  assert.deepEqual(b.params.map((p) => [p.name, p.value]), [['userId', 'a']]);
});

test('body: params with raw and decoded values and exact ranges; & continuation lines', () => {
  const doc = parseDocument('POST /user/getToken.json\n\nuserId=a%20b&name=Iron+Man\n  &portraitUri=http%3A%2F%2Fx.com%2Fa.png\n&flag');
  const b = doc.blocks[0];
  assert.deepEqual(
    b.params.map((p) => [p.name, p.rawValue, p.value, p.hasEquals, plain(p.nameRange), plain(p.valueRange), plain(p.range)]),
    [
      ['userId', 'a%20b', 'a b', true, r(2, 0, 6), r(2, 7, 12), r(2, 0, 12)],
      ['name', 'Iron+Man', 'Iron Man', true, r(2, 13, 17), r(2, 18, 26), r(2, 13, 26)],
      ['portraitUri', 'http%3A%2F%2Fx.com%2Fa.png', 'http://x.com/a.png', true, r(3, 3, 14), r(3, 15, 41), r(3, 3, 41)],
      ['flag', '', '', false, r(4, 1, 5), r(4, 5, 5), r(4, 1, 5)],
    ],
  );
  assert.deepEqual(b.bodyLines.map((l) => [l.text, plain(l.range)]), [
    ['userId=a%20b&name=Iron+Man', r(2, 0, 26)],
    ['&portraitUri=http%3A%2F%2Fx.com%2Fa.png', r(3, 2, 41)],
    ['&flag', r(4, 0, 5)],
  ]);
  assert.deepEqual(kinds(doc.lines.join('\n')), []);
});

test('body: a line without & is reported; empty names and bad percent-encoding are reported with their place', () => {
  assert.deepEqual(kinds('POST /x\n\nuserId=a\nname=b'), ['bodyLineWithoutAmpersand@3:0-6']);
  assert.deepEqual(kinds('POST /x\n\n=v&a=%zz&b=%E4%B8&c=%'), ['emptyParamName@2:0-2', 'badPercentEncoding@2:11-17']);
  const p = parseDocument('POST /x\n\na=%FF').blocks[0].params[0];
  assert.equal(p.value, undefined);
  assert.equal(p.rawValue, '%FF');
  // A lone % is literal (REST Client sends %25).
  assert.equal(parseDocument('POST /x\n\na=%zz').blocks[0].params[0].value, '%zz');
});

test('comments (# and //) anywhere in a request are not part of it', () => {
  const doc = parseDocument('# top\n// also\nPOST /x\n# between headers\nNonce: 1\n\n# in the body\nuserId=a\n// tail');
  const b = doc.blocks[0];
  assert.deepEqual(b.comments.map((c) => c.text), ['# top', '// also', '# between headers', '# in the body', '// tail']);
  assert.deepEqual(b.headers.map((h) => h.name), ['Nonce']);
  assert.deepEqual(b.params.map((p) => p.name), ['userId']);
});

test('file variables: name, value and reference ranges; problems when malformed or misplaced', () => {
  const doc = parseDocument('@base = https://{{host}}/x\n@host=api.rong-api.com\n@broken\n\n### r\nPOST /x\n@late = 1');
  assert.deepEqual(doc.variables.map((v) => [v.name, v.value, plain(v.nameRange), plain(v.valueRange), plain(v.range)]), [
    ['base', 'https://{{host}}/x', r(0, 1, 5), r(0, 8, 26), r(0, 0, 26)],
    ['host', 'api.rong-api.com', r(1, 1, 5), r(1, 6, 22), r(1, 0, 22)],
  ]);
  assert.deepEqual(doc.variables[0].references.map((x) => [x.name, plain(x.range)]), [['host', r(0, 16, 24)]]);
  assert.deepEqual(kinds(doc.lines.join('\n')), ['malformedVariable@2:0-7', 'misplacedVariable@6:0-9']);
});

test('references: system variables with arguments, unterminated and empty ones', () => {
  const b = parseDocument('POST /x\nNonce: {{$nonce}}\n\nuserId={{ $randomInt 1 100 }}&name={{name').blocks[0];
  assert.deepEqual(b.references.map((x) => [x.name, x.system, x.args, plain(x.range), plain(x.nameRange)]), [
    ['$nonce', true, [], r(1, 7, 17), r(1, 9, 15)],
    ['$randomInt', true, ['1', '100'], r(3, 7, 29), r(3, 10, 20)],
  ]);
  assert.deepEqual(kinds('POST /x\n\nuserId={{name&a={{}}'), ['unterminatedReference@2:7-13', 'emptyReference@2:16-20']);
  const p = parseDocument('POST /x\n\nuserId={{u}}').blocks[0].params[0];
  assert.equal(p.hasReferences, true);
  assert.equal(p.value, undefined, 'a value with references is decoded after substitution');
});

test('directives: @profile and @name above the request line; misplaced, empty and repeated ones are reported', () => {
  const doc = parseDocument('### title\n# @profile  dev \n// @name  reg\nPOST /x\n# @profile late');
  assert.equal(doc.blocks.length, 1, 'a separator on the first line opens block 0');
  const b = doc.blocks[0];
  assert.equal(b.profile!.value, 'dev');
  assert.deepEqual(plain(b.profile!.valueRange), r(1, 12, 15));
  assert.deepEqual(plain(b.profile!.nameRange), r(1, 3, 10));
  assert.equal(b.name, 'reg', '@name wins over the separator text');
  assert.deepEqual(b.directives.map((d) => d.name), ['profile', 'name', 'profile']);
  assert.deepEqual(kinds(doc.lines.join('\n')), ['misplacedDirective@4:0-15']);
  assert.deepEqual(kinds('# @profile\nPOST /x'), ['malformedDirective@0:0-10']);
  assert.deepEqual(kinds('# @profile a\n# @profile b\nPOST /x'), ['duplicateDirective@1:0-12']);
  assert.equal(parseDocument('# @profile a\n# @profile b\nPOST /x').blocks[0].profile!.value, 'b');
  assert.deepEqual(kinds('# @profile a\n@x = 1'), ['misplacedDirective@0:0-12']);
  assert.deepEqual(kinds('# @profile:dev\nPOST /x'), [], 'not a directive: just a comment');
});

test('never throws and keeps ranges inside the text for odd input: BOM, NULs, lone \\r, binary', () => {
  const inputs = ['\ufeff### x\nPOST /x', '\u0000\u0000\nPOST /\u0000', 'POST /x\r\r\n\rname=\r', '\ud800\udfff{{\ud800', '###\n###\n###', '@=\n@ = x\n@a=', '\n\n\n'];
  for (const text of inputs) {
    const doc = parseDocument(text);
    const snap = snapshotDocument(doc);
    assert.equal(snap.lines.length, splitLines(text).length);
    assert.ok(doc.blocks.length >= 1);
  }
  const bom = parseDocument('\ufeff### named\nPOST /x');
  assert.equal(bom.blocks[0].name, 'named');
});

test('rangeContains treats the end as inside (a cursor at a token end still touches it)', () => {
  assert.equal(rangeContains(r(1, 2, 5), 1, 5), true);
  assert.equal(rangeContains(r(1, 2, 5), 1, 6), false);
  assert.equal(rangeContains(r(1, 2, 5), 0, 3), false);
});

test('a block parsed once and read again gives equal content (lazy content is kept)', () => {
  const doc = parseDocument('### a\nPOST /user/getToken.json\n\nuserId=a&name=b');
  const first = snapshotDocument(doc);
  const second = snapshotDocument(doc);
  assert.deepEqual(first, second);
  assert.equal(doc.blocks[0].params, doc.blocks[0].params, 'the same list on every read');
});
