import * as assert from 'node:assert/strict';
import { sampleName } from '../../src/core/examples';
import { test } from 'node:test';
import { ENDPOINTS, GET_TOKEN, findEndpointById } from '../../src/core/contract';
import { decodeFormComponent } from '../../src/core/form';
import { diagnose, parseDocument, resolveRequest } from '../../src/core/rongHttp/index';
import { fileTemplate, requestTemplate, templateEscape } from '../../src/core/rongHttp/templates';
import { validateParams } from '../../src/core/validation';

for (const locale of ['en', 'zh-cn'] as const) {
  test(`every endpoint's template (${locale}) parses without diagnostics and resolves to its endpoint with valid values`, () => {
    assert.ok(ENDPOINTS.length >= 19, 'at least the first 19 endpoints');
    for (const endpoint of ENDPOINTS) {
      const text = fileTemplate(endpoint, locale);
      const doc = parseDocument(text);
      const problems = diagnose(doc, { locale }).filter((d) => d.severity === 'error' || d.severity === 'warning');
      assert.deepEqual(problems.map((d) => `${d.range.startLine}: ${d.message}`), [], `${endpoint.id}:\n${text}`);
      const index = doc.blocks.findIndex((b) => b.request);
      const resolved = resolveRequest(doc, index);
      assert.equal(resolved?.endpoint?.id, endpoint.id);
      assert.deepEqual(validateParams(endpoint, resolved!.params), [], `${endpoint.id} sends valid values`);
      // Every required parameter is there (repeated ones twice); optional ones only as comments.
      for (const p of endpoint.params) {
        const count: number = resolved!.params.filter(([k]) => k === p.name || (p.keyed !== undefined && k.startsWith(`${p.name}[`))).length;
        assert.equal(count, p.required ? (p.repeated ? 2 : 1) : 0, `${endpoint.id} ${p.name}`);
        // A form's optional piece is commented out; a JSON or REST endpoint's is listed above its request line.
        const wire = endpoint.body === 'json' || endpoint.path.includes('{') || endpoint.params.some((q) => q.in === 'query');
        if (!p.required) assert.match(text, new RegExp(wire ? `^# [^:\n]+: ${p.name} — ` : `^# &${sampleName(p).replace(/[[\]]/g, '\\$&')}=`, 'm'), `${endpoint.id}: optional ${p.name} commented`);
      }
    }
  });
}

test('a template starts with the title and the description in the locale, then the request line', () => {
  const block = block2();
  assert.deepEqual(block.split('\n').slice(0, 3), [
    `### ${GET_TOKEN.title.zh}`,
    `# ${GET_TOKEN.description.zh}`,
    'POST /user/getToken.json',
  ]);
  const en = requestTemplate(findEndpointById('user.block')!, 'en').split('\n');
  assert.equal(en[0], '### Block users');
  assert.deepEqual(en.filter((l) => l.startsWith('userId=') || l.startsWith('&userId=')), ['userId=user-1', '&userId=user-2']);
  assert.ok(en.some((l) => /^# userId: repeat the key once per value \(1–20 values/.test(l)), en.join('\n'));
});

function block2(): string {
  return requestTemplate(GET_TOKEN, 'zh-cn');
}

test('example values are escaped only where a form body would misread them', () => {
  assert.equal(templateEscape('{"content":"hello"}'), '{"content":"hello"}');
  assert.equal(templateEscape('a b&c=d+e%f'), 'a+b%26c%3Dd%2Be%25f');
  assert.equal(templateEscape('{{x}}'), '%7B%7Bx%7D%7D');
  for (const v of ['a b&c=d+e%f', '{{x}}', '{"content":"hi there"}', '#1']) assert.equal(decodeFormComponent(templateEscape(v)), v);
});
