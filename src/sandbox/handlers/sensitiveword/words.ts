/**
 * The sensitive word calls, /sensitiveword/… and the Java SDK's older /wordfilter/…: every word is a
 * row of the shared SENSITIVE_WORDS table (model/tables.ts: scope '', key the word →
 * { type: 0 replace | 1 block, replace? }), which keepMessage screens every later message with.
 * An app holds at most 50 words (docs moderation/add-sensitive-word and batch-add-sensitive-word: "up
 * to 50 sensitive words" by default); a call that would pass it is 1003 and changes nothing (the docs
 * name no code; 1003 is the data's parameter error code). A word added again gets its new rule.
 */
import {
  SENSITIVE_WORD_MAX_CHARS, SENSITIVE_WORDS_PER_CALL, SENSITIVEWORD_ADD, SENSITIVEWORD_BATCH_ADD, SENSITIVEWORD_BATCH_DELETE,
  SENSITIVEWORD_DELETE, SENSITIVEWORD_LIST, WORDFILTER_ADD, WORDFILTER_DELETE, WORDFILTER_LIST,
} from '../../../core/contract/sensitiveword';
import type { EndpointSpec } from '../../../core/contract';
import type { SandboxRecord } from '../../model';
import { del, put, rows, SENSITIVE_WORDS, type SensitiveWordRow } from '../../model/tables';
import { all, fail, integer, jsonParam, ok, one, required, unique } from '../answers';
import type { EndpointHandler, HandlerContext, HandlerResult } from '../types';

/** Words an app holds by default (docs moderation/add-sensitive-word). */
export const SENSITIVE_WORD_QUOTA = 50;

const wordsOf = (ctx: HandlerContext) => rows<SensitiveWordRow>(ctx.model, ctx.app, SENSITIVE_WORDS);

/** The row of a word: replaced when a replacement is given and the type is not 1 (docs: without replaceWord the message is blocked). */
function rule(replaceWord: string | undefined, type: number | undefined): SensitiveWordRow {
  return replaceWord !== undefined && replaceWord !== '' && type !== 1 ? { type: 0, replace: replaceWord } : { type: 1 };
}

/** The records adding these words, or 1003 when the app would hold more than its quota. */
function adding(ctx: HandlerContext, entries: ReadonlyArray<readonly [string, SensitiveWordRow]>): HandlerResult {
  const held = wordsOf(ctx);
  const after = new Set([...held.keys(), ...entries.map(([w]) => w)]).size;
  if (after > SENSITIVE_WORD_QUOTA) return fail(1003, `the app would hold ${after} sensitive words; the quota is ${SENSITIVE_WORD_QUOTA} (remainQuota ${SENSITIVE_WORD_QUOTA - held.size})`);
  const records: SandboxRecord[] = entries.map(([w, r]) => put(ctx.app, SENSITIVE_WORDS, '', w, r.replace === undefined ? { type: r.type } : { type: r.type, replace: r.replace }));
  return ok(records, { remainQuota: SENSITIVE_WORD_QUOTA - after });
}

/** Drops the body of a result (add.json answers only code). */
function bare(result: HandlerResult): HandlerResult {
  return 'records' in result ? ok(result.records) : result;
}

function removing(ctx: HandlerContext, words: readonly string[]): HandlerResult {
  const held = wordsOf(ctx);
  return ok(unique(words).filter((w) => held.has(w)).map((w) => del(ctx.app, SENSITIVE_WORDS, '', w)));
}

/**
 * The list as both SDK families read it: Go SensitiveWord {type (a string), word, replaceWord}, Java
 * SensitiveWordModel {type, keyword, replace} — every entry carries both spellings.
 */
function listing(ctx: HandlerContext, type: number | undefined): HandlerResult {
  const words = [...wordsOf(ctx)]
    .filter(([, r]) => type === undefined || type === 2 || r.type === type)
    .map(([word, r]) => ({ type: String(r.type), word, replaceWord: r.replace ?? '', keyword: word, replace: r.replace ?? '' }));
  return ok([], { words });
}

export const add: EndpointHandler = {
  endpoint: SENSITIVEWORD_ADD,
  keeps:
    'Keeps the word: replaced by replaceWord in every later message when one is given (and type is not 1), else a later message holding it is blocked (kept undelivered). At most 50 words an app, else 1003 (our choice of code).',
  handle(params, ctx) {
    const word = required(params, SENSITIVEWORD_ADD, 'word');
    return bare(adding(ctx, [[word, rule(one(params, SENSITIVEWORD_ADD, 'replaceWord'), integer(params, SENSITIVEWORD_ADD, 'type'))]]));
  },
};

export const batchAdd: EndpointHandler = {
  endpoint: SENSITIVEWORD_BATCH_ADD,
  keeps:
    'Keeps every word of words [{word, replaceWord?}] like add.json and answers remainQuota (50 minus the words held). 1–50 entries, each word 1–32 characters and replaceWord at most 32, else 1003; going past the quota fails the whole batch (docs).',
  handle(params, ctx) {
    const words = jsonParam(params, 'words');
    if (!Array.isArray(words) || words.length === 0 || words.length > SENSITIVE_WORDS_PER_CALL) return fail(1003, `words must be a JSON array of 1–${SENSITIVE_WORDS_PER_CALL} {word, replaceWord?} objects`);
    const entries: Array<[string, SensitiveWordRow]> = [];
    for (const [i, item] of words.entries()) {
      const { word, replaceWord } = (item ?? {}) as { word?: unknown; replaceWord?: unknown };
      if (typeof word !== 'string' || word === '' || [...word].length > SENSITIVE_WORD_MAX_CHARS) return fail(1003, `words[${i}].word must be 1–${SENSITIVE_WORD_MAX_CHARS} characters`);
      if (replaceWord !== undefined && (typeof replaceWord !== 'string' || [...replaceWord].length > SENSITIVE_WORD_MAX_CHARS)) return fail(1003, `words[${i}].replaceWord must be text of at most ${SENSITIVE_WORD_MAX_CHARS} characters`);
      entries.push([word, rule(replaceWord, undefined)]);
    }
    return adding(ctx, entries);
  },
};

export const batchDelete: EndpointHandler = {
  endpoint: SENSITIVEWORD_BATCH_DELETE,
  keeps: 'Removes the words; messages sent afterwards are no longer screened for them. A word not held is ignored (200).',
  handle: (params, ctx) => removing(ctx, all(params, 'words')),
};

export const remove: EndpointHandler = {
  endpoint: SENSITIVEWORD_DELETE,
  keeps: 'Removes the word; messages sent afterwards are no longer screened for it. A word not held is ignored (200).',
  handle: (params, ctx) => removing(ctx, [required(params, SENSITIVEWORD_DELETE, 'word')]),
};

export const list: EndpointHandler = {
  endpoint: SENSITIVEWORD_LIST,
  keeps:
    'Answers words [{type, word, replaceWord, keyword, replace}] in the order added (both spellings: Go reads word/replaceWord, Java keyword/replace; type a string "0" replace or "1" block); type 0 or 1 picks those, 2 or none all.',
  handle: (params, ctx) => listing(ctx, integer(params, SENSITIVEWORD_LIST, 'type')),
};

function legacy(endpoint: EndpointSpec, keeps: string, handle: EndpointHandler['handle']): EndpointHandler {
  return { endpoint, keeps, handle };
}

export const wordfilterAdd = legacy(WORDFILTER_ADD, 'Keeps the word as blocking (a later message holding it is kept undelivered), in the same list as /sensitiveword/…; the 50-word quota applies.', (params, ctx) =>
  bare(adding(ctx, [[required(params, WORDFILTER_ADD, 'word'), { type: 1 }]])));
export const wordfilterDelete = legacy(WORDFILTER_DELETE, 'Removes the word from the same list as /sensitiveword/…; a word not held is ignored (200).', (params, ctx) =>
  removing(ctx, [required(params, WORDFILTER_DELETE, 'word')]));
export const wordfilterList = legacy(WORDFILTER_LIST, 'Answers every word like /sensitiveword/list.json (Java ListWordfilterResult reads keyword/replace/type).', (_params, ctx) => listing(ctx, undefined));
