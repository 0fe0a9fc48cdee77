/** The playground's webview → host messages: every one is checked field by field before use. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ENDPOINTS, findEndpointById, MODULES } from '../../src/core/contract';
import { maskedSigningString, SECRET_MASK } from '../../src/core/secrets';
import { playgroundCatalogue, specsFor } from '../../src/playground/catalogue';
import { MESSAGE_LIMITS, parseFormState, parseWebviewMessage, type FormState, type HistoryEntry, type WebviewToHost } from '../../src/playground/protocol';

const form: FormState = {
  profile: 'sandbox',
  endpointId: 'user.getToken',
  params: { userId: 'u1', name: 'Ironman', portraitUri: '' },
  nonce: '1234567890',
  timestamp: '1700000000000',
  locked: false,
};

const ok = (raw: unknown): WebviewToHost => {
  const parsed = parseWebviewMessage(raw);
  assert.ok(!('error' in parsed), `expected a message, got ${JSON.stringify(parsed)}`);
  return parsed;
};
const refused = (raw: unknown, pattern?: RegExp): string => {
  const parsed = parseWebviewMessage(raw);
  assert.ok('error' in parsed, `expected a refusal for ${JSON.stringify(raw)?.slice(0, 200)}`);
  if (pattern) assert.match(parsed.error, pattern);
  return parsed.error;
};

test('every message type parses to exactly what was sent', () => {
  const messages: WebviewToHost[] = [
    { type: 'ready' },
    { type: 'regenerate' },
    { type: 'cancel' },
    { type: 'preview', seq: 0, form },
    { type: 'preview', seq: 41, form: { ...form, locked: true } },
    { type: 'send', form },
    { type: 'copyCurl', form },
    { type: 'saveHttp', form },
    { type: 'copySnippet', snippet: 'javascript', form },
    { type: 'copySnippet', snippet: 'python', form },
    { type: 'copySnippet', snippet: 'java', form },
    { type: 'copySnippet', snippet: 'go-sdk', form },
    { type: 'copySnippet', snippet: 'python-sdk', form },
    { type: 'copyToken', entryId: 3 },
  ];
  for (const m of messages) assert.deepEqual(ok(JSON.parse(JSON.stringify(m))), m);
});

test('non-objects and unknown types are refused', () => {
  for (const raw of [undefined, null, 0, 'send', true, [], [{ type: 'send' }], () => 1]) refused(raw, /expected an object/);
  refused({}, /type: expected a string/);
  refused({ type: 42 }, /type: expected a string/);
  refused({ type: 'deleteEverything' }, /unknown type deleteEverything/);
  refused({ type: 'SEND' }, /unknown type/);
  refused({ type: 'x'.repeat(10_000) }, /unknown type \(unprintable\)/);
  refused({ type: 'toString' }, /unknown type/);
  refused({ type: '__proto__' }, /unknown type/);
});

test('wrong field types are refused, naming the field', () => {
  refused({ type: 'preview', seq: '1', form }, /preview\.seq: expected an integer/);
  refused({ type: 'preview', seq: -1, form }, /seq/);
  refused({ type: 'preview', seq: 1.5, form }, /seq/);
  refused({ type: 'preview', seq: Number.MAX_SAFE_INTEGER + 2, form }, /seq/);
  refused({ type: 'preview', seq: 1 }, /missing property form/);
  refused({ type: 'send', form: null }, /send\.form: expected an object/);
  refused({ type: 'send', form: [] }, /send\.form: expected an object/);
  refused({ type: 'send', form: { ...form, locked: 'true' } }, /send\.form\.locked: expected a boolean/);
  refused({ type: 'send', form: { ...form, nonce: 1234 } }, /send\.form\.nonce: expected a string, got number/);
  refused({ type: 'send', form: { ...form, profile: null } }, /profile: expected a string, got null/);
  refused({ type: 'send', form: { ...form, params: 'userId=u1' } }, /params: expected an object/);
  refused({ type: 'send', form: { ...form, params: { userId: 7 } } }, /params\.userId: expected a string or a list of strings/);
  refused({ type: 'send', form: { ...form, params: { userId: ['u1', 7] } } }, /params\.userId\[1\]: expected a string/);
  refused({ type: 'send', form: { ...form, params: { userId: { 0: 'u1' } } } }, /params\.userId: expected a string or a list of strings/);
  // A repeated parameter's values are a list (sent as userId=a&userId=b).
  ok({ type: 'send', form: { ...form, endpointId: 'user.block', params: { userId: ['u1', 'u2'], minute: '10' } } });
  refused({ type: 'copyToken', entryId: '3' }, /entryId: expected an integer/);
  refused({ type: 'copyToken', entryId: 0 }, /entryId: expected an integer ≥ 1/);
  refused({ type: 'copySnippet', snippet: 'ruby', form }, /snippet: unknown snippet/);
  refused({ type: 'copySnippet', snippet: 'rust-sdk', form }, /snippet: unknown snippet/);
  refused({ type: 'copySnippet', snippet: 3, form }, /snippet: unknown snippet/);
});

test('extra or missing properties are refused, at the top and in the form', () => {
  refused({ type: 'ready', extra: 1 }, /ready: unexpected property extra/);
  refused({ type: 'cancel', id: 1 }, /unexpected property id/);
  refused({ type: 'send', form, appSecret: 'x' }, /unexpected property appSecret/);
  refused({ type: 'send', form: { ...form, appSecret: 'x' } }, /send\.form: unexpected property appSecret/);
  const { locked: _locked, ...withoutLocked } = form;
  refused({ type: 'send', form: withoutLocked }, /missing property locked/);
  refused({ type: 'copyToken' }, /missing property entryId/);
});

test('oversized messages are refused whole, without echoing their content', () => {
  const secretLooking = 'S3cr3t'.repeat(Math.ceil(MESSAGE_LIMITS.paramValue / 6) + 1);
  const cases: unknown[] = [
    { type: 'send', form: { ...form, params: { userId: secretLooking } } },
    { type: 'send', form: { ...form, nonce: secretLooking } },
    { type: 'send', form: { ...form, timestamp: '1'.repeat(MESSAGE_LIMITS.signingValue + 1) } },
    { type: 'send', form: { ...form, profile: 'p'.repeat(MESSAGE_LIMITS.name + 1) } },
    { type: 'send', form: { ...form, endpointId: secretLooking } },
    { type: 'send', form: { ...form, params: Object.fromEntries(Array.from({ length: MESSAGE_LIMITS.params + 1 }, (_, i) => [`p${i}`, ''])) } },
    { type: 'send', form: { ...form, params: { [`k${secretLooking}`]: '' } } },
    { type: 'send', form: { ...form, params: { userId: ['u', secretLooking] } } },
    { type: 'send', form: { ...form, params: { userId: Array.from({ length: MESSAGE_LIMITS.values + 1 }, () => 'S3cr3t') } } },
    { type: 'send', form: { ...form, params: { a: 'S3cr3t'.repeat(20_000), b: 'S3cr3t'.repeat(20_000), c: Array.from({ length: 8 }, () => 'S3cr3t'.repeat(20_000)) } } },
  ];
  for (const raw of cases) {
    const error = refused(raw);
    assert.ok(!error.includes('S3cr3t'), `the refusal echoes content: ${error.slice(0, 120)}`);
    assert.ok(error.length < 200, 'the refusal is short');
  }
  // Exactly at the limits is fine.
  ok({ type: 'send', form: { ...form, params: { userId: 'é'.repeat(MESSAGE_LIMITS.paramValue) } } });
  ok({ type: 'send', form: { ...form, params: { toUserId: Array.from({ length: MESSAGE_LIMITS.values }, () => 'u') } } });
  ok({ type: 'send', form: { ...form, nonce: '1'.repeat(MESSAGE_LIMITS.signingValue) } });
});

test('parameter names must be identifiers; prototype tricks are refused', () => {
  refused(JSON.parse(`{"type":"send","form":${JSON.stringify({ ...form, params: {} }).replace('"params":{}', '"params":{"__proto__":"x"}')}}`), /invalid parameter name/);
  refused({ type: 'send', form: { ...form, params: { 'user-id': 'x' } } }, /invalid parameter name/);
  refused({ type: 'send', form: { ...form, params: { '1st': 'x' } } }, /invalid parameter name/);
  refused({ type: 'send', form: { ...form, params: { '': 'x' } } }, /invalid parameter name/);
  class Sneaky {
    type = 'ready';
  }
  refused(new Sneaky(), /expected an object/);
  refused({ type: 'send', form: Object.assign(Object.create({ inherited: true }) as object, form) }, /form: expected an object/);
  // A prototype-less object (as some structured clones produce) is fine.
  ok(Object.assign(Object.create(null) as object, { type: 'ready' }));
});

test('the parsed form is a copy: later changes to the raw message do not reach it', () => {
  const raw = { type: 'send', form: { ...form, params: { ...form.params } } };
  const parsed = ok(raw) as Extract<WebviewToHost, { type: 'send' }>;
  raw.form.params.userId = 'changed';
  assert.equal(parsed.form.params.userId, 'u1');
});

test('restored webview state is checked like a message', () => {
  assert.deepEqual(parseFormState(JSON.parse(JSON.stringify(form))), form);
  assert.ok('error' in parseFormState(undefined));
  assert.ok('error' in parseFormState({ ...form, params: { userId: 1 } }));
  assert.ok('error' in parseFormState({ ...form, token: 'x' }));
});

test('property: no input makes the parser throw, and what it accepts parses again to itself', () => {
  const formArb = fc.record({
    profile: fc.string({ maxLength: 140 }),
    endpointId: fc.string({ maxLength: 20 }),
    params: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/), fc.string({ maxLength: 50 }), { maxKeys: 4 }),
    nonce: fc.string({ maxLength: 70 }),
    timestamp: fc.string({ maxLength: 70 }),
    locked: fc.oneof(fc.boolean(), fc.constant('yes')),
  });
  const messageArb = fc.oneof(
    fc.anything(),
    fc.record({ type: fc.constantFrom('ready', 'preview', 'send', 'copySnippet', 'copyToken', 'cancel', 'nope'), seq: fc.anything(), form: formArb }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('preview'), seq: fc.nat(), form: formArb }),
    fc.record({ type: fc.constant('copyToken'), entryId: fc.oneof(fc.integer(), fc.double()) }),
  );
  fc.assert(
    fc.property(messageArb, (raw) => {
      const parsed = parseWebviewMessage(raw);
      if ('error' in parsed) {
        assert.equal(typeof parsed.error, 'string');
        return;
      }
      assert.deepEqual(parseWebviewMessage(JSON.parse(JSON.stringify(parsed))), parsed);
    }),
    { numRuns: 2000 },
  );
});

test('the signing string shows the secret masked, then nonce and timestamp', () => {
  assert.equal(maskedSigningString('14314', '1408710653000'), `${SECRET_MASK}143141408710653000`);
  assert.equal(SECRET_MASK, '••••••');
});

test('Paste cURL is a bare request: the host reads the clipboard itself', () => {
  ok({ type: 'importCurl' });
  refused({ type: 'importCurl', curl: 'curl …' }, /importCurl: unexpected property curl/);
});

test('pickEndpoint: an endpoint the contract has, with the form as it is; anything else refused with the field named', () => {
  const known = (id: string) => (findEndpointById(id) ? { id } : undefined);
  const parse = (raw: unknown) => parseWebviewMessage(raw, known);
  const message = { type: 'pickEndpoint', endpointId: 'user.block', form };
  assert.deepEqual(parse(JSON.parse(JSON.stringify(message))), message);
  const refusedPick = (raw: unknown, pattern: RegExp) => {
    const parsed = parse(raw);
    assert.ok('error' in parsed, `expected a refusal for ${JSON.stringify(raw)?.slice(0, 200)}`);
    assert.match(parsed.error, pattern);
  };
  refusedPick({ ...message, endpointId: 'user.noSuch' }, /^pickEndpoint\.endpointId: no such endpoint in the contract$/);
  refusedPick({ ...message, endpointId: 42 }, /^pickEndpoint\.endpointId: expected a string, got number$/);
  refusedPick({ ...message, endpointId: 'x'.repeat(MESSAGE_LIMITS.name + 1) }, /^pickEndpoint\.endpointId: 129 characters; the limit is 128$/);
  refusedPick({ type: 'pickEndpoint', endpointId: 'user.block' }, /^pickEndpoint: missing property form$/);
  refusedPick({ ...message, params: {} }, /^pickEndpoint: unexpected property params$/);
  refusedPick({ ...message, form: { ...form, locked: 'yes' } }, /^pickEndpoint\.form\.locked: expected a boolean$/);
  // Without the contract's lookup (the validator holds no catalogue) no endpoint is known.
  refused(message, /pickEndpoint\.endpointId: no such endpoint/);
});

test('the host sends the catalogue (ids, modules, paths, titles) and the records of only the endpoints shown', () => {
  const catalogue = playgroundCatalogue();
  assert.deepEqual(catalogue.endpoints.map((e) => e.id), ENDPOINTS.map((e) => e.id));
  assert.deepEqual(Object.keys(catalogue.endpoints[0]).sort(), ['id', 'module', 'path', 'title']);
  assert.deepEqual(catalogue.modules.map((m) => m.id), [...MODULES]);
  const entry = (endpointId: string) => ({ id: 1, at: 0, host: 'h', form: { ...form, endpointId } }) as HistoryEntry;
  const specs = specsFor({ ...form, endpointId: 'user.block' }, [entry('user.getToken'), entry('user.block'), entry('no.such')]);
  assert.deepEqual(specs.map((e) => e.id), ['user.block', 'user.getToken']);
  assert.equal(specs[0], findEndpointById('user.block'));
});
