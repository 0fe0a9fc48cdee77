import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENDPOINTS, GET_TOKEN, type EndpointSpec } from '../../src/core/contract';
import { decodeForm } from '../../src/core/form';
import { parseDocument, printRequest, requestToText, resolveRequest, diagnose } from '../../src/core/rongHttp/index';
import { essence } from './support/blockEssence';
import { formParams, saveInput } from '../../src/playground/formRequest';
import type { FormState } from '../../src/playground/protocol';


test('printing a parsed block keeps it as written: variables, encoding, continuation lines', () => {
  const text = '### Register\n# @profile dev\n@uid = alice\n  post   {{host}}/user/getToken.json   HTTP/1.1\nNonce:14314\n# a comment\nX-Empty:\n\nuserId={{uid}}&name=Iron+Man\n   &portraitUri=http%3A%2F%2Fx\n# @profile ignored-here\n';
  const block = parseDocument(text).blocks[0];
  const printed = printRequest(block);
  assert.equal(
    printed,
    '### Register\n# @profile dev\n@uid = alice\npost {{host}}/user/getToken.json HTTP/1.1\nNonce: 14314\nX-Empty: \n\nuserId={{uid}}&name=Iron+Man\n&portraitUri=http%3A%2F%2Fx\n',
  );
  assert.deepEqual(essence(parseDocument(printed).blocks[0]), essence(block));
});

test('printing a resolved request form-encodes decoded values; re-parsing gives the same request', () => {
  const doc = parseDocument('@n = Iron Man & Co\n\n### r\n# @profile dev\nPOST /user/getToken.json\nNonce: 14314\n\nuserId=中文 id&name={{n}}');
  const req = resolveRequest(doc, 1)!;
  const printed = printRequest(req);
  assert.equal(
    printed,
    '### r\n# @profile dev\nPOST /user/getToken.json\nNonce: 14314\n\nuserId=%E4%B8%AD%E6%96%87+id\n&name=Iron+Man+%26+Co\n',
  );
  const again = resolveRequest(parseDocument(printed), 0)!;
  assert.deepEqual([again.method, again.target, again.headers, again.params, again.profile, again.name], [req.method, req.target, req.headers, req.params, req.profile, req.name]);
});

test('requestToText: the playground saves a request that the extension signs from the profile', () => {
  const text = requestToText({
    params: [
      ['userId', 'jlk456j5'],
      ['name', 'Ironman'],
      ['portraitUri', 'http://abc.com/myportrait.jpg'],
    ],
    nonce: '14314',
    timestamp: '1408710653000',
    profile: 'dev',
    comment: 'saved from the playground',
  });
  assert.equal(
    text,
    '### Register user (get token)\n# saved from the playground\n# @profile dev\nPOST /user/getToken.json\nNonce: 14314\nTimestamp: 1408710653000\n\nuserId=jlk456j5\n&name=Ironman\n&portraitUri=http%3A%2F%2Fabc.com%2Fmyportrait.jpg\n',
  );
  const doc = parseDocument(text);
  assert.deepEqual(diagnose(doc), []);
  const req = resolveRequest(doc, 0)!;
  assert.equal(req.endpoint, GET_TOKEN);
  assert.equal(req.signing, 'exact');
  assert.deepEqual(req.params, decodeForm('userId=jlk456j5&name=Ironman&portraitUri=http%3A%2F%2Fabc.com%2Fmyportrait.jpg').params);
  const minimal = requestToText({ params: [['userId', 'a']], baseUrl: 'http://127.0.0.1:8080/', name: 'multi\nline' });
  assert.equal(minimal, '### multi line\nPOST http://127.0.0.1:8080/user/getToken.json\n\nuserId=a\n');
});

test('awkward values survive printing: leading #, @, &, =, spaces, line breaks, lone surrogates', () => {
  const params: Array<[string, string]> = [
    ['#x', '=&=='],
    ['@y', ' lead and trail '],
    ['z', 'line\nbreak\r\n'],
    ['', 'no name'],
    ['s', '\ud800'],
  ];
  const printed = printRequest({ method: 'POST', target: '/user/getToken.json', headers: [['X-A', ' v ']], params });
  const again = resolveRequest(parseDocument(printed), 0)!;
  assert.deepEqual(again.params, [...params.slice(0, 4), ['s', '\ufffd']]);
  assert.deepEqual(again.headers, [['X-A', 'v']]);
});

/** A form filled with each parameter's example (or a stand-in), two values for a repeated one, with characters that need encoding. */
/** A JSON text compacted (a JSON field's value comes back indented as the body holds it); other text as it is. */
function jsonText(v: string): string {
  try {
    return JSON.stringify(JSON.parse(v));
  } catch {
    return v;
  }
}

function exampleForm(endpoint: EndpointSpec, locked: boolean): FormState {
  const params: Record<string, string | string[]> = {};
  for (const spec of endpoint.params) {
    const value = spec.example ?? spec.defaultValue ?? `${spec.name} & 中文 =x`;
    params[spec.name] = spec.repeated ? [value, `${value}-2`] : value;
  }
  return { profile: 'dev', endpointId: endpoint.id, params, nonce: '14314', timestamp: '1408710653000', locked };
}

test('the playground\'s "Open as .rong.http" text is the printer\'s text, for every endpoint\'s example', () => {
  for (const endpoint of ENDPOINTS) {
    for (const locked of [false, true]) {
      const form = exampleForm(endpoint, locked);
      const text = requestToText(saveInput(endpoint, form)); // what panel.ts opens
      const doc = parseDocument(text);
      assert.deepEqual(doc.blocks.map((b) => b.problems), [[]], `${endpoint.path}: what the playground writes parses cleanly, as one request`);
      const resolved = resolveRequest(doc, 0);
      assert.ok(resolved, endpoint.path);
      assert.deepEqual([resolved.method, resolved.endpoint, resolved.profile, resolved.problems], [endpoint.method, endpoint, 'dev', []], endpoint.path);
      if (endpoint.body !== 'json' && !endpoint.path.includes('{')) assert.equal(resolved.path, endpoint.path);
      // A JSON body nests dotted names, so its fields come back grouped; the same pairs, as JSON values.
      const same = endpoint.body === 'json' ? (x: ReadonlyArray<readonly [string, string]>) => [...x].map(([k, v]) => `${k}=${jsonText(v)}`).sort() : (x: ReadonlyArray<readonly [string, string]>) => x;
      assert.deepEqual(same(resolved.params), same(formParams(endpoint, form)), `${endpoint.path}: the parameters the form sends`);
      // Printing the request the file holds gives the same text: one writer, one text.
      assert.equal(printRequest(resolved), text, `${endpoint.path} (locked: ${locked})`);
    }
  }
});
