import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { IncrementalDiagnoser, diagnose, parseDocument, type DiagnosticContext, type DiagnosticRecord } from '../../src/core/rongHttp/index';

// Each fixture lists its expected diagnostics in "# expect LINE:START-END SEVERITY RULE [CODE]"
// comment lines; the VS Code integration tests read the same lines.
const FIXTURES = join(__dirname, '..', 'fixtures');

function expectations(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.startsWith('# expect ') && l !== '# expect none')
    .map((l) => l.slice('# expect '.length))
    .sort();
}

const format = (d: DiagnosticRecord) => `${d.range.startLine}:${d.range.startCharacter}-${d.range.endCharacter} ${d.severity} ${d.rule}${d.code ? ` ${d.code}` : ''}`;

const cases: Array<[string, DiagnosticContext]> = [
  ['valid', {}],
  ['valid', { profiles: ['dev'], secretFor: () => 'fixture-secret' }],
  ['problems', {}],
  ['problems', { locale: 'zh-cn' }],
  ['signing', { secretFor: () => 'fixture-secret' }],
];

for (const [name, context] of cases) {
  test(`fixture ${name}.rong.http gives the diagnostics it documents (${JSON.stringify(Object.keys(context))})`, () => {
    const text = readFileSync(join(FIXTURES, `${name}.rong.http`), 'utf8');
    const want = expectations(text);
    assert.deepEqual(diagnose(parseDocument(text), context).map(format).sort(), want);
    assert.deepEqual(new IncrementalDiagnoser(context).update(text.replace(/\n/g, '\r\n')).diagnostics.map(format).sort(), want, 'CRLF gives the same');
  });
}

test('the problems fixture covers every contract code and the main rules', () => {
  const want = expectations(readFileSync(join(FIXTURES, 'problems.rong.http'), 'utf8')).join('\n');
  for (const part of [' 1003', ' 1005', ' 1006', ' 1007', 'unknownEndpoint', 'undefinedVariable', 'malformedHeader', 'badPercentEncoding', 'variableCycle', 'secretInFile']) {
    assert.ok(want.includes(part), part);
  }
});
