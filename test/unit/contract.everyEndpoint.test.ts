/**
 * Every endpoint of the contract data, by one mechanism (issue 18): its example passes validation,
 * each limit the data states holds at its exact boundary and fails one past it with the parameter's
 * code, and the example request signs and prints as `.rong.http` and as cURL that both read back to
 * the same request on the wire. Nothing here names an endpoint: a record added tomorrow is checked too.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ENDPOINTS, PARAMETER_ERROR_CODE, type EndpointSpec, type ParamSpec } from '../../src/core/contract';
import { parseCurl } from '../../src/core/curlImport';
import { examplePairs, sampleName, sampleValue } from '../../src/core/examples';
import { buildRequest, toCurl } from '../../src/core/request';
import { parseDocument, requestToText, resolveRequest } from '../../src/core/rongHttp/index';
import { validateParams } from '../../src/core/validation';

type Pairs = ReadonlyArray<readonly [string, string]>;
const CREDS = { appKey: 'every-endpoint-key', appSecret: 'canary-secret-everyendpoint' };
const BASE = 'https://api.rong-api.com';

/** The example with `name`'s value(s) replaced. */
function withValues(e: EndpointSpec, spec: ParamSpec, values: readonly string[]): Pairs {
  const rest = examplePairs(e).filter(([n]) => n !== sampleName(spec) && n !== spec.name);
  const names = spec.keyed ? values.map((_, i) => `${spec.name}[k${i}]`) : values.map(() => spec.name);
  return [...rest, ...values.map((v, i) => [names[i], v] as const)];
}

/** A valid value of exactly `n` UTF-8 bytes (or characters) for the parameter's kind, or undefined when the kind cannot be padded. */
function sized(spec: ParamSpec, n: number): string | undefined {
  switch (spec.kind) {
    case 'userId':
    case 'id':
    case 'name':
    case 'text':
    case 'messageType':
      return spec.kind === 'messageType' && n < 1 ? undefined : 'a'.repeat(n);
    case 'httpUri': {
      const head = 'https://e.co/';
      return n < head.length + 1 ? undefined : head + 'a'.repeat(n - head.length);
    }
    case 'json':
      return n < 2 ? undefined : `"${'a'.repeat(n - 2)}"`;
    default:
      return undefined;
  }
}

const findingsOf = (e: EndpointSpec, pairs: Pairs, field: string) => validateParams(e, pairs).filter((f) => f.field === field || f.field.startsWith(`${field}[`));

describe('every endpoint of the contract data', () => {
  it(`there are the whole API's endpoints (${ENDPOINTS.length})`, () => assert.ok(ENDPOINTS.length >= 240, String(ENDPOINTS.length)));

  it('its example (required parameters, then every parameter) passes validation', () => {
    for (const e of ENDPOINTS) {
      assert.deepEqual(validateParams(e, examplePairs(e)), [], `${e.id} required`);
      const all = examplePairs(e, true);
      // A rule between two parameters may forbid giving both; the example then gives the required ones only.
      if (!e.crossRules?.length) assert.deepEqual(validateParams(e, all), [], `${e.id} all`);
    }
  });

  it('each required parameter left out is named, with 1003', () => {
    for (const e of ENDPOINTS) {
      for (const spec of e.params.filter((p) => p.required)) {
        const without = examplePairs(e).filter(([n]) => n !== sampleName(spec));
        const missing = validateParams(e, without).filter((f) => f.rule === 'missing' && f.field === spec.name);
        assert.equal(missing.length, 1, `${e.id} without ${spec.name}`);
        assert.equal(missing[0].code, PARAMETER_ERROR_CODE);
      }
    }
  });

  it('each byte and character limit passes at its boundary and fails one past it, with the parameter\'s code', () => {
    let checked = 0;
    for (const e of ENDPOINTS) {
      for (const spec of e.params) {
        for (const [limit, rule] of [[spec.maxBytes, 'tooLong'], [spec.maxChars, 'tooManyChars']] as const) {
          if (limit === undefined) continue;
          const at = sized(spec, limit);
          const over = sized(spec, limit + 1);
          if (at === undefined || over === undefined) continue;
          assert.deepEqual(findingsOf(e, withValues(e, spec, [at]), spec.name).map((f) => f.rule), [], `${e.id} ${spec.name} at ${limit}`);
          const past = findingsOf(e, withValues(e, spec, [over]), spec.name);
          assert.deepEqual(past.map((f) => [f.rule, f.code, f.limit]), [[rule, spec.code, limit]], `${e.id} ${spec.name} at ${limit + 1}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 200, `${checked} limits checked`);
  });

  it('each integer range passes at both ends and fails one past each, with the parameter\'s code', () => {
    let checked = 0;
    for (const e of ENDPOINTS) {
      for (const spec of e.params.filter((p) => p.kind === 'integer' && !p.repeated)) {
        const { min, max } = spec;
        for (const [inside, outside] of [[min, min === undefined ? undefined : min - 1], [max, max === undefined ? undefined : max + 1]] as const) {
          if (inside === undefined || outside === undefined || !Number.isSafeInteger(outside)) continue;
          assert.deepEqual(findingsOf(e, withValues(e, spec, [String(inside)]), spec.name), [], `${e.id} ${spec.name}=${inside}`);
          const past = findingsOf(e, withValues(e, spec, [String(outside)]), spec.name);
          assert.deepEqual(past.map((f) => [f.rule, f.code]), [['outOfRange', spec.code]], `${e.id} ${spec.name}=${outside}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 50, `${checked} ends checked`);
  });

  it('each count of values passes at its maximum and fails one past it (and one below its minimum)', () => {
    let checked = 0;
    for (const e of ENDPOINTS) {
      for (const spec of e.params.filter((p) => p.repeated && p.repeated.max < 5000)) {
        const { min, max } = spec.repeated!;
        const value = (i: number) => (spec.kind === 'userId' || spec.kind === 'id' ? `v${i}` : spec.keyed ? `v${i}` : sampleValue(spec));
        const values = (n: number) => Array.from({ length: n }, (_, i) => value(i));
        assert.deepEqual(findingsOf(e, withValues(e, spec, values(max)), spec.name), [], `${e.id} ${spec.name} × ${max}`);
        const past = findingsOf(e, withValues(e, spec, values(max + 1)), spec.name);
        assert.deepEqual(past.map((f) => [f.rule, f.limit]), [['tooManyValues', max]], `${e.id} ${spec.name} × ${max + 1}`);
        if (min > 1) assert.deepEqual(findingsOf(e, withValues(e, spec, values(min - 1)), spec.name).map((f) => f.rule), ['tooFewValues'], `${e.id} ${spec.name} × ${min - 1}`);
        checked++;
      }
    }
    assert.ok(checked > 50, `${checked} counts checked`);
  });

  it('its example signs with SHA1(secret + nonce + timestamp), and reads back the same from cURL and from .rong.http', () => {
    for (const e of ENDPOINTS) {
      const params = examplePairs(e, !e.crossRules?.length);
      const build = (pairs: Pairs) => buildRequest({ endpoint: e, params: pairs, baseUrl: BASE, credentials: CREDS, nonce: '14314', timestamp: '1408710653491', requestId: 'r-1' });
      const request = build(params);
      assert.equal(request.signing.signature, createHash('sha1').update(`${CREDS.appSecret}14314${'1408710653491'}`).digest('hex'), e.id);
      assert.equal(request.method, e.method);
      const same = (pairs: Pairs, how: string) => {
        const again = build(pairs);
        assert.deepEqual([again.method, again.url, again.body], [request.method, request.url, request.body], `${e.id} from ${how}`);
      };

      const curl = toCurl(request);
      assert.doesNotMatch(curl, /canary-secret/);
      const imported = parseCurl(curl);
      assert.ok(imported.ok, `${e.id}: ${imported.ok ? '' : imported.problem}`);
      assert.equal(imported.request.endpoint.id, e.id);
      same(imported.request.params, 'cURL');

      const text = requestToText({ endpoint: e, name: e.id, params, nonce: '14314', timestamp: '1408710653491' });
      assert.doesNotMatch(text, /canary-secret/);
      const resolved = resolveRequest(parseDocument(text), 0, { baseUrl: BASE });
      assert.ok(resolved, `${e.id}: ${text}`);
      assert.deepEqual(resolved.problems, [], `${e.id}: ${text}`);
      assert.equal(resolved.endpoint?.id, e.id, text);
      same(resolved.params, '.rong.http');
    }
  });
});
