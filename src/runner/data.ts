/**
 * Data files (the Postman runner's convention): CSV with a header row, or a JSON array of flat
 * objects. Each row's columns become variables. Every row is untrusted input: a value that is not
 * text, or that holds `{{` (it would be read as a reference), a key given twice, or a repeat of an
 * earlier row's single-flight value (repeatedRows) is a malformed row with its first line.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EndpointSpec } from '../core/contract';
import type { FormParams } from '../core/form';
import { paramValues } from '../core/http/label';
import { findDuplicateKey } from '../core/strictJson';
import type { Locale } from '../core/text';
import { formatFinding, validateParams, type Finding } from '../core/validation';
import { say } from './messages';
import { at, UsageError } from './usage';

export interface DataRow {
  /** 0-based position among the rows (the journal's key). */
  readonly index: number;
  /** 1-based line where the row starts in the data file. */
  readonly line: number;
  readonly values: ReadonlyArray<readonly [string, string]>;
  /** Why the row cannot be used as it is, if so. */
  readonly problem?: string;
}

export interface DataFile {
  readonly path: string;
  readonly rows: readonly DataRow[];
  /** SHA-1 of the bytes: a journal belongs to exactly this content. */
  readonly sha1: string;
}

export async function readDataFile(path: string, locale: Locale = 'en'): Promise<DataFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UsageError(at(path, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
  }
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return { path, rows: csvRows(path, bytes, locale), sha1 };
  if (ext === '.json') return { path, rows: jsonRows(path, bytes.toString('utf8').replace(/^\uFEFF/, ''), locale), sha1 };
  throw new UsageError(at(path, undefined, 'a data file is .csv (with a header row) or .json (an array of objects)'));
}

/**
 * Each record's first line comes from its byte offset, counted here: csv-parse's own `lines` is
 * the record's last line and counts a CRLF inside quotes twice.
 */
function csvRows(path: string, bytes: Buffer, locale: Locale): DataRow[] {
  const ends: number[] = [];
  let records: string[][];
  const lines = new LineCounter(bytes);
  try {
    records = parse(bytes, { bom: true, skip_empty_lines: true, on_record: (record: string[], context: { bytes: number }) => (ends.push(context.bytes), record) }) as string[][];
  } catch (err) {
    // The record that failed starts where the last good one ended.
    const where = lines.lineAt(recordStart(bytes, ends[ends.length - 1] ?? 0));
    throw new UsageError(at(path, where, (err instanceof Error ? err.message : String(err)).replace(/ (on|at) line \d+/, '')));
  }
  const [header = [], ...body] = records;
  const twice = header.find((c, i) => header.indexOf(c) !== i);
  if (twice !== undefined) throw new UsageError(at(path, lines.lineAt(recordStart(bytes, 0)), say('repeatedColumn', locale, { column: twice })));
  return body.map((values, index) => row(index, lines.lineAt(recordStart(bytes, ends[index])), header.map((c, i) => [c, values[i] ?? ''] as const)));
}

/** Where the record after `end` starts: past the blank lines that csv-parse skips. */
function recordStart(bytes: Buffer, end: number): number {
  let i = end;
  if (i === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (bytes[i] === 0x0a || bytes[i] === 0x0d) i++;
  return i;
}

/** 1-based line of a byte offset (CRLF, LF or a lone CR end a line); offsets asked in rising order. */
class LineCounter {
  private at = 0;
  private line = 1;

  constructor(private readonly bytes: Buffer) {}

  lineAt(offset: number): number {
    for (; this.at < offset && this.at < this.bytes.length; this.at++) {
      const b = this.bytes[this.at];
      if (b === 0x0a || (b === 0x0d && this.bytes[this.at + 1] !== 0x0a)) this.line++;
    }
    return this.line;
  }
}

function jsonRows(path: string, text: string, locale: Locale): DataRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(at(path, undefined, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`));
  }
  if (!Array.isArray(data)) throw new UsageError(at(path, 1, 'expected an array of objects, one per row'));
  const starts = elementStarts(text);
  const lines = lineStarts(text);
  return data.map((item: unknown, index) => {
    const line = lineOf(lines, starts[index] ?? 0);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { index, line, values: [], problem: `row ${index + 1} is not an object` };
    // JSON.parse keeps the last of two equal keys: a row that says a column twice is refused.
    const twice = findDuplicateKey(text.slice(starts[index], starts[index + 1] ?? text.length));
    if (twice) return { index, line, values: [], problem: say('repeatedKey', locale, { row: index + 1, key: twice.key }) };
    const values: Array<[string, string]> = [];
    for (const [k, v] of Object.entries(item)) {
      if (typeof v === 'object' && v !== null) return { index, line, values: [], problem: `"${k}" is an object or array; a column holds text or a number` };
      values.push([k, v === null ? '' : String(v)]);
    }
    return row(index, line, values);
  });
}

function row(index: number, line: number, values: ReadonlyArray<readonly [string, string]>): DataRow {
  const braced = values.find(([, v]) => v.includes('{{'));
  return braced ? { index, line, values, problem: `"${braced[0]}" holds "{{", which would be read as a variable reference` } : { index, line, values };
}

/** Where each top-level element of a valid JSON array starts (a scan that skips strings). */
function elementStarts(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectValue && c !== ']') {
      out.push(i);
      expectValue = false;
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return out;
}

/** The offset where each line starts, for lineOf. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A row as it would be sent: its endpoint and resolved parameters. */
export interface RowRequest {
  readonly row: DataRow;
  readonly endpoint: EndpointSpec;
  readonly params: FormParams;
}

const SHOWN_VALUE_CHARS = 80;

/**
 * Rows that repeat an earlier row's value of the endpoint's singleFlightParam (one userId twice):
 * the client merges two such sends in flight into one, so the later row would never go out yet
 * count as a success. Each later row's problem names the first row's line.
 */
export function repeatedRows(rows: readonly RowRequest[], locale: Locale): Map<number, string> {
  const first = new Map<string, DataRow>();
  const out = new Map<number, string>();
  for (const r of rows) {
    const param = r.endpoint.singleFlightParam;
    const values = paramValues(r.params, param);
    if (param === undefined || values.length === 0) continue;
    const key = JSON.stringify([r.endpoint.id, values]);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r.row);
      continue;
    }
    const value = values.join(', ');
    const shown = value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value;
    out.set(r.row.index, say('repeatedRow', locale, { param, value: shown, first: earlier.line }));
  }
  return out;
}

/** A row that can be sent, with what its preparation made of it. */
export interface UsableRow<T> {
  readonly row: DataRow;
  readonly request: T;
}

/** A row that cannot be sent: every problem found, in one sentence; the request when it got that far. */
export interface MalformedRow<T> {
  readonly row: DataRow;
  readonly problem: string;
  readonly findings: readonly Finding[];
  readonly request?: T;
}

/**
 * The one check of a data file's rows, for --data and Register Users from File alike: the reader's
 * problem, the caller's preparation (unknown column, unresolvable reference), the contract's rules
 * for the endpoint and repeatedRows. A repeat counts whatever else is wrong with either row, so that
 * one pass names every problem; malformed rows come back in row order.
 */
export function checkDataRows<T extends { readonly endpoint: EndpointSpec; readonly params: FormParams }>(
  rows: readonly DataRow[],
  prepare: (row: DataRow) => T | { readonly problem: string },
  locale: Locale,
): { usable: Array<UsableRow<T>>; malformed: Array<MalformedRow<T>> } {
  const malformed: Array<MalformedRow<T>> = [];
  const prepared: Array<UsableRow<T>> = [];
  for (const row of rows) {
    const p = row.problem === undefined ? prepare(row) : { problem: row.problem };
    if ('problem' in p) malformed.push({ row, problem: p.problem, findings: [] });
    else prepared.push({ row, request: p });
  }
  const repeated = repeatedRows(prepared.map((j) => ({ row: j.row, endpoint: j.request.endpoint, params: j.request.params })), locale);
  const usable: Array<UsableRow<T>> = [];
  for (const job of prepared) {
    const findings = validateParams(job.request.endpoint, job.request.params);
    const problems = findings.map((f) => formatFinding(f, locale));
    const repeat = repeated.get(job.row.index);
    if (repeat !== undefined) problems.push(repeat);
    if (problems.length === 0) usable.push(job);
    else malformed.push({ ...job, problem: problems.join('; '), findings });
  }
  return { usable, malformed: malformed.sort((a, b) => a.row.index - b.row.index) };
}
