/**
 * Headers: the signing ones (Nonce, Timestamp, Signature, App-Key) as the sandbox and the service
 * check them, the ones the extension writes itself, duplicates and secrets; then an explicit
 * Signature against the stored secret (it is sent as written, so a wrong one is worth knowing now).
 */
import { FORM_CONTENT_TYPE, MAX_ACCEPTED_NONCE_LENGTH, MAX_NONCE_LENGTH, MAX_REQUEST_ID_LENGTH } from '../../contract';
import { checkNonce, checkTimestamp, computeSignature, nonceWarning } from '../../signing';
import type { EndpointSpec } from '../../contract';
import { JSON_CONTENT_TYPE } from '../../wire';
import type { Header, Range, RequestBlock } from '../model';
import { message } from '../messages';
import { checkedValue, type Checked, type DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord } from './record';
import { SECRET_NAME, containsSecret, isOnlyReferences, secretRecord } from './secrets';

interface SigningHeaderValue {
  readonly value: string;
  readonly fixed: boolean;
  readonly range: Range;
}

/** What the header pass found that the signature check needs. */
interface SigningHeaders {
  nonce?: SigningHeaderValue;
  timestamp?: SigningHeaderValue;
  signature?: SigningHeaderValue;
  appKey?: string;
}

// A Map: header names are user text, and `constructor` must not find Object's.
const PREFIXED_SIGNING: ReadonlyMap<string, string> = new Map([
  ['rc-app-key', 'App-Key'],
  ['rc-nonce', 'Nonce'],
  ['rc-timestamp', 'Timestamp'],
  ['rc-signature', 'Signature'],
]);

/** One header's own rule (by its lower-case name), recording the signing values on the way. */
function headerRule(h: Header, lower: string, v: Checked, env: DiagnosticEnvironment, signing: SigningHeaders, out: DiagnosticRecord[], contentType: string): void {
  const locale = env.locale;
  const fixed = v.complete && !v.dynamic;
  switch (lower) {
    case 'nonce': {
      signing.nonce = { value: v.text, fixed, range: h.valueRange };
      const problem = fixed ? checkNonce(v.text) : undefined;
      if (problem) out.push(record(h.valueRange, 'error', 'badNonce', message('badNonce', locale, { problem, limit: String(MAX_ACCEPTED_NONCE_LENGTH) })));
      else if (fixed && nonceWarning(v.text)) out.push(record(h.valueRange, 'warning', 'longNonce', message('longNonce', locale, { length: String(v.text.length), limit: String(MAX_NONCE_LENGTH) })));
      return;
    }
    case 'timestamp': {
      signing.timestamp = { value: v.text, fixed, range: h.valueRange };
      const problem = fixed ? checkTimestamp(v.text) : undefined;
      if (problem) out.push(record(h.valueRange, 'error', 'badTimestamp', message('badTimestamp', locale, { problem })));
      return;
    }
    case 'signature':
      signing.signature = { value: v.text, fixed, range: h.valueRange };
      return;
    case 'app-key':
      if (v.complete) signing.appKey = v.text;
      return;
    case 'content-type': {
      const semi = v.text.indexOf(';');
      const mime = v.text === contentType ? v.text : (semi === -1 ? v.text : v.text.slice(0, semi)).trim().toLowerCase();
      if (v.complete && mime !== contentType) {
        out.push(record(h.valueRange, 'warning', 'contentTypeIgnored', message('contentTypeIgnored', locale, { expected: contentType })));
      }
      return;
    }
    case 'x-request-id':
      if (v.complete && v.text.length > MAX_REQUEST_ID_LENGTH) {
        out.push(record(h.valueRange, 'warning', 'requestIdTooLong', message('requestIdTooLong', locale, { actual: String(v.text.length), limit: String(MAX_REQUEST_ID_LENGTH) })));
      }
      return;
    default: {
      const plain = PREFIXED_SIGNING.get(lower);
      if (plain) out.push(record(h.nameRange, 'warning', 'prefixedSigningHeader', message('prefixedSigningHeader', locale, { name: h.name, plain })));
    }
  }
}

/** `endpoint`: the request's, whose body kind is the Content-Type sent (a JSON body to an unknown path: JSON). */
export function headerDiagnostics(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[], endpoint?: EndpointSpec): void {
  const contentType = (endpoint ? endpoint.body === 'json' : block.jsonBody !== undefined) ? JSON_CONTENT_TYPE : FORM_CONTENT_TYPE;
  const profile = block.profile?.value;
  const signing: SigningHeaders = {};
  const headers = block.headers;
  const seen = headers.length > 1 ? new Set<string>() : undefined;
  for (const h of headers) {
    const name = h.name;
    const lower = name.toLowerCase();
    if (seen) {
      if (seen.has(lower)) out.push(record(h.nameRange, 'warning', 'duplicateHeader', message('duplicateHeader', env.locale, { name })));
      seen.add(lower);
    }
    const rawValue = h.value;
    const v = checkedValue(env, rawValue);
    headerRule(h, lower, v, env, signing, out, contentType);
    if ((SECRET_NAME.test(name) && rawValue.length > 0 && !isOnlyReferences(rawValue)) || containsSecret(v.text, env.secret(profile))) {
      out.push(secretRecord(rawValue.length === 0 ? h.range : h.valueRange, 'header', name, env.locale));
    }
  }
  signatureDiagnostics(signing, profile, env, out);
}

/** An explicit Signature is sent as written: it must be reproducible and match the stored secret. */
function signatureDiagnostics(signing: SigningHeaders, profile: string | undefined, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  const { nonce, timestamp, signature } = signing;
  if (!signature?.fixed) return;
  const locale = env.locale;
  if (!nonce?.fixed || !timestamp?.fixed) {
    out.push(record(signature.range, 'error', 'signatureNotReproducible', message('signatureNotReproducible', locale), undefined, { fix: 'removeHeader', header: 'Signature' }));
    return;
  }
  if (checkNonce(nonce.value) || checkTimestamp(timestamp.value)) return;
  const secret = env.secret(profile, signing.appKey);
  if (secret === undefined) return;
  const expected = computeSignature(secret, nonce.value, timestamp.value);
  if (signature.value !== expected) {
    out.push(record(signature.range, 'error', 'signatureMismatch', message('signatureMismatch', locale, { expected }), undefined, { fix: 'replaceSignature', expected }));
  }
}
