/**
 * The form body against the endpoint's contract: validateParams over the pieces in order (a
 * repeated key is several values, counted), each finding put back on the piece it is about.
 */
import type { EndpointSpec } from '../../contract';
import { decodeForm } from '../parser/decode';
import type { Locale } from '../../text';
import { formatFinding, validateParams, type Finding } from '../../validation';
import type { BodyParam, Range, RequestBlock } from '../model';
import { message } from '../messages';
import { checkedValue, type DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord, type DiagnosticRule, type QuickFixData } from './record';
import { SECRET_NAME, containsSecret, isOnlyReferences, secretRecord } from './secrets';
import type { TargetEndpoint } from './endpoint';

interface ParamUse {
  readonly name: string;
  readonly param: BodyParam;
  /** Decoded, variables substituted; undefined when it cannot be checked. */
  readonly value: string | undefined;
}

/** The pieces with a name, decoded after substitution; secrets and bad escapes reported on the way. */
function paramUses(block: RequestBlock, env: DiagnosticEnvironment, out: DiagnosticRecord[]): ParamUse[] {
  const locale = env.locale;
  const secret = env.secret(block.profile?.value);
  const uses: ParamUse[] = [];
  for (const p of block.params) {
    let name: string;
    let value: string | undefined;
    if (p.hasReferences) {
      const n = checkedValue(env, p.rawName);
      const nameComplete = n.complete;
      name = nameComplete ? (decodeForm(n.text) ?? n.text) : n.text;
      const v = checkedValue(env, p.rawValue);
      value = undefined;
      if (v.complete) {
        value = decodeForm(v.text);
        if (value === undefined) out.push(record(p.valueRange, 'error', 'badPercentEncoding', message('badPercentAfterSubstitution', locale)));
      }
      if (!nameComplete) continue;
    } else {
      name = p.name;
      value = p.value;
    }
    if (name.length === 0) continue;
    if ((SECRET_NAME.test(name) && p.hasEquals && p.rawValue.length > 0 && !isOnlyReferences(p.rawValue)) || (value !== undefined && containsSecret(value, secret))) {
      out.push(secretRecord(p.valueRange, 'param', name, locale));
    }
    uses.push({ name, param: p, value });
  }
  return uses;
}

export function paramDiagnostics(block: RequestBlock, named: TargetEndpoint | undefined, env: DiagnosticEnvironment, out: DiagnosticRecord[]): void {
  const uses = paramUses(block, env, out);
  if (!named) return;
  const endpoint: EndpointSpec = named.endpoint;
  if (endpoint.body === 'json' && uses.length > 0) {
    out.push(record(block.bodyLines[0].range, 'error', 'bodyKind', message('jsonBodyExpected', env.locale, { path: endpoint.path })));
  }
  // A value that cannot be checked still counts; its own findings are dropped below. The target's parameters count too.
  const body = uses.map((u) => [u.name, u.value ?? u.param.rawValue] as const);
  const findings = validateParams(endpoint, named.targetPairs.length === 0 ? body : [...named.targetPairs, ...body]);
  if (findings.length === 0) return;
  const placed = new Map<string, number>();
  // Grouped once: looking each finding's pieces up in every use was quadratic in a body's `&` pieces.
  const byName = new Map<string, ParamUse[]>();
  for (const u of uses) {
    const list = byName.get(u.name);
    if (list) list.push(u);
    else byName.set(u.name, [u]);
  }
  for (const f of findings) {
    const d = targetFinding(f, endpoint, block, env.locale) ?? placeFinding(f, byName.get(f.field) ?? [], block, env.locale, placed);
    if (d) out.push(d);
  }
}

/** A finding about a path or query parameter: on the target, where its value is written. */
export function targetFinding(f: Finding, endpoint: EndpointSpec, block: RequestBlock, locale: Locale): DiagnosticRecord | undefined {
  const place = endpoint.params.find((p) => p.name === f.field)?.in;
  const target = block.request?.target;
  if (!place || !target) return undefined;
  return record(target.range, 'error', f.rule === 'missing' ? 'missingParam' : 'invalidParam', formatFinding(f, locale), f.code);
}

/** The value's range, or the whole piece when the value is empty (a zero-width range is hard to see). */
function valueRange(p: BodyParam): Range {
  return p.rawValue.length === 0 ? p.range : p.valueRange;
}

/** How many findings of this rule and field were placed before (the k-th one is about the k-th piece). */
function nextOf(placed: Map<string, number>, key: string): number {
  const k = placed.get(key) ?? 0;
  placed.set(key, k + 1);
  return k;
}

/** `pieces`: the uses of the finding's field, in order. */
function placeFinding(f: Finding, pieces: readonly ParamUse[], block: RequestBlock, locale: Locale, placed: Map<string, number>): DiagnosticRecord | undefined {
  const at = (range: Range | undefined, rule: DiagnosticRule, data?: QuickFixData) =>
    range ? record(range, 'error', rule, formatFinding(f, locale), f.code, data) : undefined;
  switch (f.rule) {
    case 'missing':
      return at(block.request?.range, 'missingParam', { fix: 'addParam', param: f.field });
    case 'unknownParam':
      // Every piece of an unknown name is one finding, in order.
      return at(pieces[nextOf(placed, `u${f.field}`)]?.param.nameRange, 'unknownParam', { fix: 'removeParam', param: f.field });
    case 'duplicateParam':
      // The first piece of a single-valued name is kept; each later one is a finding.
      return at(pieces[nextOf(placed, `d${f.field}`) + 1]?.param.nameRange, 'duplicateParam', { fix: 'removeParam', param: f.field });
    case 'tooManyValues':
    case 'tooManyWith': {
      const first = pieces[f.limit ?? 0] ?? pieces[pieces.length - 1];
      return at(first && valueRange(first.param), 'invalidParam');
    }
    case 'tooFewValues':
      return at(pieces[0] && valueRange(pieces[0].param), 'invalidParam');
    default: {
      const use = pieces[f.index ?? 0];
      return use && use.value !== undefined ? at(valueRange(use.param), 'invalidParam') : undefined;
    }
  }
}
