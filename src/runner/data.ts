/**
 * Data files (the Postman runner's convention): CSV with a header row, or a JSON array of flat
 * objects. Each row's columns become variables. Every row is untrusted input: a value that is not
 * text, or that holds `{{` (it would be read as a reference), is a malformed row with its line.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { at, UsageError } from './usage';

export interface DataRow {
  /** 0-based position among the rows (the journal's key). */
  readonly index: number;
  /** 1-based line of the row in the data file. */
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

export async function readDataFile(path: string): Promise<DataFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UsageError(at(path, undefined, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`));
  }
  const sha1 = createHash('sha1').update(bytes).digest('hex');
  const text = bytes.toString('utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return { path, rows: csvRows(path, text), sha1 };
  if (ext === '.json') return { path, rows: jsonRows(path, text), sha1 };
  throw new UsageError(at(path, undefined, 'a data file is .csv (with a header row) or .json (an array of objects)'));
}

function csvRows(path: string, text: string): DataRow[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true }) as typeof records;
  } catch (err) {
    const e = err as { lines?: number; message?: string };
    throw new UsageError(at(path, e.lines, e.message ?? String(err)));
  }
  return records.map(({ record, info }, index) => row(index, info.lines, Object.entries(record)));
}

function jsonRows(path: string, text: string): DataRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(at(path, undefined, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`));
  }
  if (!Array.isArray(data)) throw new UsageError(at(path, 1, 'expected an array of objects, one per row'));
  const lines = objectLines(text);
  return data.map((item: unknown, index) => {
    const line = lines[index] ?? 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { index, line, values: [], problem: `row ${index + 1} is not an object` };
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

/** The line where each top-level element of a JSON array starts (a scan that skips strings). */
function objectLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      if (depth === 1) out.push(line);
      inString = true;
    } else if (c === '[' || c === '{') {
      if (depth === 1) out.push(line);
      depth++;
    } else if (c === ']' || c === '}') depth--;
    else if (depth === 1 && /[-\d tfn]/.test(c) && /[,[\s]/.test(text[i - 1] ?? ' ') && !/\s/.test(c)) out.push(line);
  }
  return out;
}
