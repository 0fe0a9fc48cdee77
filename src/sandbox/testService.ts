/**
 * The sandbox as a test service: the /_sandbox/ routes a backend's test suite drives, beside
 * inspect.ts's (which dispatches here). Bodies are JSON; the request guard (requestGuard.ts) applies.
 *
 *   GET    /_sandbox/requests[?path=P][&limit=N]  the request journal, newest first (requestJournal.ts)
 *   GET    /_sandbox/faults                        the fault rules, `count` being what is left
 *   PUT    /_sandbox/faults  {"faults":[rule…]}    replaces them (faults.ts: FaultRule, FAULT_RULE_LIMITS)
 *   DELETE /_sandbox/faults                        removes them, and the --fault-* ones
 *   GET    /_sandbox/export                        {format:"rong-sandbox-state", version:1, records:[…]}
 *   POST   /_sandbox/import  (an export)           the state replaced: one reset and the records, kept before the answer
 *   GET, PUT /_sandbox/callbacks, GET …/callbacks/deliveries, POST …/callbacks/redeliver: callbacks/control.ts
 */
import type { Answer } from './answer';
import { clip } from './echo';
import { CALLBACK_ROUTES, callbackAnswer, type CallbackControl } from './callbacks/control';
import { checkFaultRules, type FaultRule } from './faults';
import { RECORD_TYPES, SandboxModel, type SandboxRecord } from './model';
import { REQUEST_LIST_LIMIT, type JournalEntry } from './requestJournal';

export const STATE_FORMAT = 'rong-sandbox-state';
/** The export format's version: a file with a higher one is refused, a lower one read (version 1 is the first). */
export const STATE_FORMAT_VERSION = 1;
/** An import's body may be larger than other control bodies: a whole state (the messages included). */
export const MAX_IMPORT_BODY_BYTES = 256 * 1024 * 1024;

/** What these routes need of the server. */
export interface TestServiceControl extends CallbackControl {
  readonly appKeys: readonly string[];
  readonly model: SandboxModel;
  listRequests(path: string | undefined, limit: number): { readonly total: number; readonly requests: readonly JournalEntry[] };
  faultRules(): FaultRule[];
  setFaultRules(rules: readonly FaultRule[]): void;
  clearFaultRules(): void;
  /** Replaces the state: a reset and these records, applied at once, resolved once kept. */
  replaceState(records: readonly SandboxRecord[]): Promise<void>;
}

export const TEST_SERVICE_ROUTES: Readonly<Record<string, readonly string[]>> = {
  requests: ['GET'],
  faults: ['GET', 'PUT', 'DELETE'],
  export: ['GET'],
  import: ['POST'],
  ...CALLBACK_ROUTES,
};

/** The answer of one of these routes, or undefined when `name` is not one of them. */
export async function testServiceAnswer(control: TestServiceControl, method: string, name: string, query: URLSearchParams, body: string): Promise<Answer | undefined> {
  const allowed = TEST_SERVICE_ROUTES[name];
  if (allowed === undefined) return undefined;
  if (!allowed.includes(method)) return { status: 405, body: { error: `use ${allowed.join(' or ')} for /_sandbox/${name}` }, headers: { Allow: allowed.join(', ') } };
  if (name in CALLBACK_ROUTES) return callbackAnswer(control, `${method} ${name}`, query, () => parse(body));
  switch (`${method} ${name}`) {
    case 'GET requests': {
      const raw = query.get('limit');
      const limit = raw === null ? REQUEST_LIST_LIMIT.default : Number(raw);
      if (!Number.isInteger(limit) || limit < 1 || limit > REQUEST_LIST_LIMIT.max) return problem(400, `limit: an integer from 1 to ${REQUEST_LIST_LIMIT.max}, not "${clip(raw ?? '')}"`);
      const path = query.get('path') ?? undefined;
      return done({ ...control.listRequests(path?.replace(/\/{2,}/g, '/'), limit) });
    }
    case 'GET faults':
      return done({ faults: control.faultRules() });
    case 'PUT faults': {
      const json = parse(body);
      if (typeof json === 'string') return problem(400, json);
      const rules = checkFaultRules(json);
      if (typeof rules === 'string') return problem(400, rules);
      control.setFaultRules(rules);
      return done({ faults: control.faultRules() });
    }
    case 'DELETE faults':
      control.clearFaultRules();
      return done({ faults: [] });
    case 'GET export':
      return done({ format: STATE_FORMAT, version: STATE_FORMAT_VERSION, records: control.model.snapshot() });
    case 'POST import': {
      const json = parse(body);
      if (typeof json === 'string') return problem(400, json);
      const records = checkExport(json, control.appKeys);
      if (typeof records === 'string') return problem(400, records);
      await control.replaceState(records);
      return done({ imported: records.length });
    }
    default:
      return problem(405, `use ${allowed.join(' or ')} for /_sandbox/${name}`);
  }
}

/** An export's records, checked (format, version, each record's type and app, and that they apply), or why not. */
export function checkExport(json: Record<string, unknown>, appKeys: readonly string[]): SandboxRecord[] | string {
  if (json.format !== STATE_FORMAT) return `format: "${STATE_FORMAT}" (what GET /_sandbox/export gives), not ${clip(JSON.stringify(json.format) ?? 'none')}`;
  const v = json.version;
  if (!Number.isInteger(v) || (v as number) < 1) return `version: an integer ≥ 1, not ${clip(JSON.stringify(v) ?? 'none')}`;
  if ((v as number) > STATE_FORMAT_VERSION) {
    return `version: this state was written in format version ${String(v)}, newer than this sandbox knows (version ${STATE_FORMAT_VERSION}); import it into a newer rong-sandbox`;
  }
  if (!Array.isArray(json.records)) return 'records: an array of the records GET /_sandbox/export gives';
  const scratch = new SandboxModel({});
  const records = json.records as unknown[];
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as { t?: unknown; app?: unknown } | null;
    if (r === null || typeof r !== 'object' || !RECORD_TYPES.includes(r.t as SandboxRecord['t'])) return `records[${i}].t: one of the sandbox's record types (${RECORD_TYPES.join(', ')})`;
    if (r.t === 'reset') return `records[${i}]: an export holds no reset`;
    if (r.t !== 'clock' && (typeof r.app !== 'string' || !appKeys.includes(r.app))) {
      return `records[${i}].app: "${clip(String(r.app))}" is not an app of this sandbox (${appKeys.join(', ')}); start it with --app KEY:SECRET for that app`;
    }
    try {
      scratch.apply(r as SandboxRecord); // applied to a scratch model first: a record that throws changes nothing
    } catch (err) {
      return `records[${i}] (${String(r.t)}): cannot be applied: ${clip(err instanceof Error ? err.message : String(err), 200)}`;
    }
  }
  return records as SandboxRecord[];
}

function parse(body: string): Record<string, unknown> | string {
  try {
    const v = JSON.parse(body === '' ? 'null' : body) as unknown;
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : 'the body must be a JSON object';
  } catch {
    return 'the body is not valid JSON';
  }
}

function done(body: Record<string, unknown>): Answer {
  return { status: 200, body };
}

function problem(status: number, error: string): Answer {
  return { status, body: { error } };
}
