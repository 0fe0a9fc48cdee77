/** After a response: its body code as a diagnostic on the token it is about. */
import type { EndpointSpec } from '../../contract';
import { matchTarget } from '../requestParts';
import type { CatalogueSource } from '../../contract/errorCatalogue';
import type { Range, RequestBlock, RongHttpDocument } from '../model';
import { targetPath } from '../variables';
import { record, type DiagnosticRecord, type Severity } from './record';

export interface ResponseDiagnosticOptions {
  /** Which catalogue gave `meaning`: the real service uses other numbers (1004 = signature error). */
  readonly source?: CatalogueSource;
}

/** The parameters a contract code is about: those with that code, and for 1004 (already exists) the labelling one. */
function paramsOfCode(endpoint: EndpointSpec | undefined, code: number): string[] {
  if (!endpoint) return [];
  if (code === 1004) return endpoint.labelParam ? [endpoint.labelParam] : [];
  return endpoint.params.filter((s) => s.code === code).map((s) => s.name);
}

function rangeOf(block: RequestBlock, code: number, options: ResponseDiagnosticOptions): Range | undefined {
  const headerValue = (name: string): Range | undefined => {
    const h = block.headers.find((x) => x.name.toLowerCase() === name);
    if (!h) return undefined;
    return h.valueRange.startCharacter === h.valueRange.endCharacter ? h.range : h.valueRange;
  };
  if (options.source === 'realService') {
    if (code === 1001) return headerValue('app-key');
    return code === 1004 ? headerValue('signature') : undefined;
  }
  if (code === 1002) return headerValue('app-key');
  const target = block.request?.target?.text;
  const names = paramsOfCode(target === undefined ? undefined : matchTarget(targetPath(target), block.request?.method?.text ?? 'GET')?.endpoint, code);
  for (const name of names) {
    const p = block.params.find((x) => x.name === name);
    if (p) return p.valueRange.startCharacter === p.valueRange.endCharacter ? p.range : p.valueRange;
  }
  return undefined;
}

/**
 * A record for a response's body `code`, placed on the token it is about (contract: 1004 → the
 * endpoint's labelling parameter (userId), 1005/1006/1007 and 1003 → the first parameter with that
 * code, 1002 → App-Key header; otherwise the request line). Info for 200, error otherwise.
 */
export function responseDiagnostic(
  doc: RongHttpDocument,
  requestIndex: number,
  code: number,
  meaning: string,
  options: ResponseDiagnosticOptions = {},
): DiagnosticRecord | undefined {
  const block = doc.blocks[requestIndex];
  if (!block?.request) return undefined;
  const severity: Severity = code === 200 ? 'info' : 'error';
  // `meaning` comes from the catalogue in the user's language already.
  return record(rangeOf(block, code, options) ?? block.request.range, severity, 'response', `${code} · ${meaning}`, code);
}
