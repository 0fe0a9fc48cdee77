/**
 * Across blocks: a file whose requests go to a local host (the sandbox) but one of which names a
 * real Rong host could register real users while the author thinks they are testing.
 */
import { pick } from '../../text';
import type { RequestBlock, Range, RongHttpDocument } from '../model';
import { message } from '../messages';
import { hasHttpScheme } from '../parser';
import { describeHost, hostFromHeader, hostFromVariable, type HostDescription, type HostRead } from '../host';
import { checkedValue, type DiagnosticEnvironment } from './environment';
import { record, type DiagnosticRecord } from './record';

/** The host a block names (as resolveRequest reads it), with stand-in system values. */
function blockHost(block: RequestBlock, env: DiagnosticEnvironment, variableHost: HostRead): HostDescription | undefined {
  const target = block.request?.target;
  if (!target) return undefined;
  const t = checkedValue(env, target.text);
  if (!t.complete) return undefined;
  if (hasHttpScheme(t.text, 0)) return describeHost(t.text);
  const header = block.headers.find((h) => h.name.toLowerCase() === 'host');
  const read = header ? hostFromHeader(checkedValue(env, header.value).text) : variableHost;
  return read && 'host' in read ? describeHost(read.host.baseUrl) : undefined;
}

export function hostDiagnostics(doc: RongHttpDocument, env: DiagnosticEnvironment): DiagnosticRecord[] {
  const v = env.resolver.variable('host');
  const variableHost = v.state === 'ok' ? hostFromVariable(v.value) : undefined;
  const real: Array<{ range: Range; host: string; region: string }> = [];
  let local = false;
  for (const block of doc.blocks) {
    const h = blockHost(block, env, variableHost);
    if (!h) continue;
    if (h.kind === 'local') local = true;
    else if (h.kind === 'rong' && h.region && block.request?.target) {
      real.push({ range: block.request.target.range, host: h.host, region: pick(h.region.label, env.locale) });
    }
  }
  if (!local) return [];
  return real.map((r) => record(r.range, 'warning', 'realHostInLocalFile', message('realHostInLocalFile', env.locale, { host: r.host, region: r.region })));
}
