/** The "Docs" link of an endpoint: the webview may ask to open only a docs page the contract names for that endpoint; the `.rong.http` hover links it. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS, findEndpointById, GET_TOKEN, type EndpointSpec } from '../../src/core/contract';
import { hoverAt, parseDocument } from '../../src/core/rongHttp/index';
import { docsLink } from '../../src/core/rongHttp/hover';
import { parseWebviewMessage, type EndpointLookup } from '../../src/playground/protocol';

const DOCS = { zh: 'https://docs.rongcloud.cn/platform-chat-api/user/register', en: 'https://docs.rongcloud.io/platform-chat-api/user/register' };
const withDocs: EndpointSpec = { ...GET_TOKEN, docs: DOCS };
const withoutDocs: EndpointSpec = { ...GET_TOKEN, id: 'user.noDocs', docs: undefined };
const lookup: EndpointLookup = (id) => [withDocs, withoutDocs].find((e) => e.id === id);

test('openDocs with a docs page of the endpoint, in either language, is accepted as sent', () => {
  for (const url of [DOCS.en, DOCS.zh]) {
    assert.deepEqual(parseWebviewMessage({ type: 'openDocs', endpointId: GET_TOKEN.id, url }, lookup), { type: 'openDocs', endpointId: GET_TOKEN.id, url });
  }
});

test('openDocs is refused for an endpoint without docs, an unknown endpoint, or a URL that is not in the data', () => {
  const refused = (raw: unknown, pattern: RegExp) => {
    const parsed = parseWebviewMessage(raw, lookup);
    assert.ok('error' in parsed, `expected a refusal for ${JSON.stringify(raw)}`);
    assert.match(parsed.error, pattern);
    assert.ok(!parsed.error.includes('evil'), 'the refusal does not echo the URL');
  };
  refused({ type: 'openDocs', endpointId: 'user.noDocs', url: DOCS.en }, /^openDocs\.endpointId: no such endpoint with a docs page$/);
  refused({ type: 'openDocs', endpointId: 'user.nope', url: DOCS.en }, /^openDocs\.endpointId: no such endpoint with a docs page$/);
  refused({ type: 'openDocs', endpointId: GET_TOKEN.id, url: 'https://evil.example/' }, /^openDocs\.url: not one of that endpoint's docs pages in the contract$/);
  refused({ type: 'openDocs', endpointId: GET_TOKEN.id, url: `${DOCS.en}?evil` }, /^openDocs\.url: not one/);
  refused({ type: 'openDocs', endpointId: GET_TOKEN.id, url: 'x'.repeat(2049) }, /^openDocs\.url: 2049 characters; the limit is 2048$/);
  refused({ type: 'openDocs', endpointId: GET_TOKEN.id, url: DOCS.en, extra: 1 }, /^openDocs: unexpected property extra$/);
  refused({ type: 'openDocs', endpointId: GET_TOKEN.id }, /^openDocs: missing property url$/);
  // Without the contract's lookup nothing can be shown to be a docs page: refused.
  assert.ok('error' in parseWebviewMessage({ type: 'openDocs', endpointId: GET_TOKEN.id, url: DOCS.en }));
});

test('the contract lookup the host passes knows each endpoint with docs, and only its own pages', () => {
  for (const e of [GET_TOKEN, findEndpointById('user.block')!]) {
    const parsed = parseWebviewMessage({ type: 'openDocs', endpointId: e.id, url: e.docs?.en ?? 'https://x.example/' }, findEndpointById);
    assert.equal('error' in parsed, !e.docs, e.id);
  }
});

test('the hover links the docs page in the hover\'s language, and nothing without docs', () => {
  assert.equal(docsLink(withDocs, 'en'), `[Docs ↗](${DOCS.en})`);
  assert.equal(docsLink(withDocs, 'zh-cn'), `[文档 ↗](${DOCS.zh})`);
  assert.equal(docsLink(withoutDocs, 'en'), '');
});

test('the link percent-encodes what would end a markdown link', () => {
  assert.equal(docsLink({ docs: { en: 'https://x.example/a (b)', zh: 'https://x.example/' } }, 'en'), '[Docs ↗](https://x.example/a%20%28b%29)');
});

test('the request line\'s hover shows the docs link of an endpoint that has one, and none for one without', (t) => {
  const linked = ENDPOINTS.find((e) => e.docs);
  const unlinked = ENDPOINTS.find((e) => !e.docs);
  const hoverOf = (e: EndpointSpec, locale: 'en' | 'zh-cn') => hoverAt(parseDocument(`POST ${e.path}\n\nuserId=u1\n`), 0, 2, { locale })!.markdown;
  if (unlinked) assert.ok(!hoverOf(unlinked, 'en').includes('Docs ↗'), unlinked.id);
  if (!linked) return t.skip('no endpoint has a docs page in the contract yet');
  assert.ok(hoverOf(linked, 'en').split('\n')[0].endsWith(` · ${docsLink(linked, 'en')}`), linked.id);
  assert.ok(hoverOf(linked, 'zh-cn').includes(`[文档 ↗](${linked.docs!.zh})`), linked.id);
});
