/** Across blocks: one `# @name` on two requests, of which a reference could only ever read the first. */
import type { Locale } from '../../text';
import { blockIndexAt, type Range, type RongHttpDocument } from '../model';
import { message } from '../messages';
import { blockContent } from '../parser';
import { record, type DiagnosticRecord } from './record';

export interface DuplicateRequestName {
  readonly name: string;
  /** The later `# @name` line's directive (0-based lines). */
  readonly range: Range;
  /** 0-based line of the first `# @name` with this name. */
  readonly firstLine: number;
}

/** Every `# @name` that repeats an earlier request's name, in file order. */
export function duplicateRequestNames(doc: RongHttpDocument): DuplicateRequestName[] {
  // Only blocks with an `@name` line are parsed: a 10,000-request file without names costs one scan of its lines.
  const candidates: number[] = [];
  for (let line = 0; line < doc.lines.length; line++) {
    if (doc.lines[line].indexOf('@name') === -1) continue;
    const index = blockIndexAt(doc, line);
    if (candidates[candidates.length - 1] !== index) candidates.push(index);
  }
  const first = new Map<string, number>();
  const out: DuplicateRequestName[] = [];
  for (const index of candidates) {
    const block = blockContent(doc.blocks[index]);
    if (!block.request || !block.name) continue;
    const directive = block.directives.filter((d) => d.name === 'name' && d.value === block.name).pop();
    if (!directive) continue;
    const earlier = first.get(block.name);
    if (earlier === undefined) first.set(block.name, directive.range.startLine);
    else out.push({ name: block.name, range: directive.range, firstLine: earlier });
  }
  return out;
}

export function nameDiagnostics(doc: RongHttpDocument, locale: Locale): DiagnosticRecord[] {
  return duplicateRequestNames(doc).map((d) =>
    record(d.range, 'error', 'duplicateRequestName', message('duplicateRequestName', locale, { name: d.name, first: String(d.firstLine + 1) })),
  );
}
