/**
 * A JSON body against its endpoint's fields: core/jsonBody.ts's validateJsonBody after variable
 * substitution, each finding put back on the key or value it is about (offsets in the body's text
 * become line and character), with the codes form bodies get (unknownParam, missingParam, 1005…).
 */
import { validateJsonBody } from '../../jsonBody';
import { formatFinding } from '../../validation';
import { jsonBodyRange, type JsonBodyText, type Range, type RequestBlock } from '../model';
import { message } from '../messages';
import { substituteText } from '../requestParts';
import type { TargetEndpoint } from './endpoint';
import { checkedValue, type DiagnosticEnvironment } from './environment';
import { targetFinding } from './parameters';
import { record, type DiagnosticRecord, type DiagnosticRule } from './record';
import { containsSecret, secretRecord } from './secrets';

/** A key that says secret (`"appSecret": "…"`), as a form parameter's name would. */
const SECRET_KEY = /"[^"\n]*secret[^"\n]*"\s*:\s*"(?!\{\{)[^"\n]/i;

function wholeBody(body: JsonBodyText): Range {
  const first = body.lines[0].range;
  const last = body.lines[body.lines.length - 1].range;
  return { startLine: first.startLine, startCharacter: first.startCharacter, endLine: last.endLine, endCharacter: last.endCharacter };
}

export function jsonBodyDiagnostics(block: RequestBlock, body: JsonBodyText, named: TargetEndpoint | undefined, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  const locale = env.locale;
  const written = body.text;
  const key = SECRET_KEY.exec(written);
  if (key) out.push(secretRecord(jsonBodyRange(body, key.index, key[0].length), 'param', '(body)', locale));
  const s = substituteText(written, (ref) => {
    const v = checkedValue(env, ref);
    return { text: v.text, complete: v.complete };
  });
  const secret = env.secret(block.profile?.value);
  if (!key && containsSecret(s.text, secret)) {
    const at = s.toWritten(s.text.indexOf(secret as string), (secret as string).length);
    out.push(secretRecord(jsonBodyRange(body, at.offset, at.length), 'param', '(body)', locale));
  }
  if (!named) return;
  const endpoint = named.endpoint;
  if (endpoint.body !== 'json') {
    out.push(record(wholeBody(body), 'error', 'bodyKind', message('formBodyExpected', locale, { path: endpoint.path })));
    return;
  }
  // Unresolved references are reported on their own; the body is checked once they resolve.
  if (!s.complete) return;
  const { findings } = validateJsonBody(endpoint, s.text, named.targetPairs);
  // A body that is not a JSON object has no fields: its one finding says so, not every required field's absence.
  const unreadable = findings.some((f) => f.rule === 'notJson' || f.rule === 'notObject');
  for (const f of findings) {
    if (unreadable && f.rule === 'missing') continue;
    const onTarget = targetFinding(f, endpoint, block, locale);
    if (onTarget) {
      out.push(onTarget);
      continue;
    }
    if (f.rule === 'missing') {
      if (block.request) out.push(record(block.request.range, 'error', 'missingParam', formatFinding(f, locale), f.code, { fix: 'addParam', param: f.field }));
      continue;
    }
    const rule: DiagnosticRule = f.rule === 'unknownParam' ? 'unknownParam' : f.rule === 'duplicateParam' ? 'duplicateParam' : 'invalidParam';
    const at = s.toWritten(f.offset, f.length);
    const fix = rule === 'unknownParam' || rule === 'duplicateParam' ? { fix: 'removeParam' as const, param: f.field } : undefined;
    out.push(record(jsonBodyRange(body, at.offset, at.length), 'error', rule, formatFinding(f, locale), f.code, fix));
  }
}
