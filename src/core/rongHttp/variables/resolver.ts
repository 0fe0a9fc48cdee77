/**
 * The resolver of file variables (`@name = value`, the last definition wins, values may reference
 * other variables): memoised, reporting cycles, runaway nesting and runaway growth, never throwing.
 */
import type { VariableDefinition, VariableReference } from '../model';
import { scanReferences } from '../parser';
import { parseRequestReference, readExchange, type ExchangeStore } from '../exchanges';
import type { SystemVariableSource } from './system';

/**
 * What `{{name.response.body.x}}` reads: the document's named requests and, when sending, the
 * store of their latest exchanges. Without a store (checking), a reference to a named request
 * stands in as resolvable.
 */
export interface RequestVariables {
  /** The document's request names (a Set, or lazyRequestNames: looked up only for a chained reference). */
  readonly names: { has(name: string): boolean };
  readonly store?: ExchangeStore;
}

export type VariableState = 'ok' | 'undefined' | 'cycle' | 'unresolved' | 'tooDeep' | 'tooLong';

export interface VariableValue {
  /** The resolved value; references that cannot be resolved stay as written. */
  readonly value: string;
  /** Depends on a system variable: a fresh value for each request. */
  readonly dynamic: boolean;
  /**
   * 'undefined': no definition; 'cycle': on a reference cycle; 'unresolved': uses a variable that
   * is undefined, cyclic or bad; 'tooDeep' / 'tooLong': nesting or size past the limits.
   */
  readonly state: VariableState;
  /** For 'cycle': the names around the cycle, first repeated at the end. */
  readonly cycle?: readonly string[];
}

export interface Substitution {
  readonly text: string;
  readonly dynamic: boolean;
  /** Every reference resolved. */
  readonly complete: boolean;
  /** File variables that could not be resolved, and system variables with problems. */
  readonly unresolved: readonly string[];
}

/** Nesting depth of variables within variables that is followed. */
export const MAX_VARIABLE_DEPTH = 64;
/** Size of a resolved value past which resolution stops (guards against exponential growth). */
export const MAX_VARIABLE_LENGTH = 1_000_000;

/**
 * Resolves file variables with memoisation: each variable is evaluated once per resolver, so one
 * request sees one value of `@nonce = {{$nonce}}` wherever it is used.
 */
export class VariableResolver {
  private readonly definitions = new Map<string, VariableDefinition>();
  private readonly memo = new Map<string, VariableValue>();
  private readonly stack: string[] = [];
  private readonly cycleOf = new Map<string, string[]>();
  /** Values read from an exchange by a path that names a token: shown only masked wherever they land. */
  readonly tokens = new Set<string>();

  constructor(
    definitions: readonly VariableDefinition[],
    private readonly system: SystemVariableSource,
    private readonly requests?: RequestVariables,
  ) {
    for (const d of definitions) this.definitions.set(d.name, d);
  }

  /** The definition in effect (the last one in the file). */
  definition(name: string): VariableDefinition | undefined {
    return this.definitions.get(name);
  }

  names(): string[] {
    return [...this.definitions.keys()];
  }

  variable(name: string): VariableValue {
    const known = this.memo.get(name);
    if (known) return known;
    const def = this.definitions.get(name);
    if (!def) {
      const v: VariableValue = this.requestValue(name) ?? { value: '', dynamic: false, state: 'undefined' };
      this.memo.set(name, v);
      return v;
    }
    const onStack = this.stack.indexOf(name);
    if (onStack !== -1) {
      const cycle = [...this.stack.slice(onStack), name];
      for (const n of this.stack.slice(onStack)) if (!this.cycleOf.has(n)) this.cycleOf.set(n, cycle);
      return { value: `{{${name}}}`, dynamic: false, state: 'cycle', cycle };
    }
    if (this.stack.length >= MAX_VARIABLE_DEPTH) {
      return { value: `{{${name}}}`, dynamic: false, state: 'tooDeep' };
    }
    this.stack.push(name);
    const s = this.substituteTracked(def.value);
    this.stack.pop();
    const cycle = this.cycleOf.get(name);
    let v: VariableValue;
    if (cycle) v = { value: s.text, dynamic: s.dynamic, state: 'cycle', cycle };
    else if (s.text.length > MAX_VARIABLE_LENGTH) v = { value: s.text.slice(0, MAX_VARIABLE_LENGTH), dynamic: s.dynamic, state: 'tooLong' };
    else v = { value: s.text, dynamic: s.dynamic, state: s.complete ? 'ok' : s.deep ? 'tooDeep' : s.long ? 'tooLong' : 'unresolved' };
    this.memo.set(name, v);
    return v;
  }

  /** `{{register.response.body.token}}` from the latest exchange of the request named register. */
  private requestValue(name: string): VariableValue | undefined {
    const ref = this.requests ? parseRequestReference(name) : undefined;
    if (!ref || !this.requests?.names.has(ref.request)) return undefined;
    const store = this.requests.store;
    if (!store) return { value: 'value', dynamic: true, state: 'ok' };
    const exchange = store.get(ref.request);
    const value = exchange ? readExchange(exchange, ref) : undefined;
    if (value !== undefined && ref.path.some((p) => /token/i.test(p))) this.tokens.add(value);
    return value === undefined ? undefined : { value, dynamic: true, state: 'ok' };
  }

  /** The exchange store, for messages about a reference that could not be read. */
  exchangeOf(request: string): boolean | undefined {
    return this.requests?.store ? this.requests.store.get(request) !== undefined : undefined;
  }

  /** Substitutes every `{{…}}` in text. */
  substitute(text: string): Substitution {
    if (text.indexOf('{{') === -1) return { text, dynamic: false, complete: true, unresolved: [] };
    const s = this.substituteTracked(text);
    return { text: s.text, dynamic: s.dynamic, complete: s.complete, unresolved: s.unresolved };
  }

  private substituteTracked(text: string): Substitution & { deep: boolean; long: boolean } {
    if (text.indexOf('{{') === -1) return { text, dynamic: false, complete: true, unresolved: [], deep: false, long: false };
    const refs: VariableReference[] = [];
    scanReferences(text, 0, text.length, 0, (r) => refs.push(r), undefined);
    let out = '';
    let pos = 0;
    let dynamic = false;
    let deep = false;
    let long = false;
    const unresolved: string[] = [];
    for (const r of refs) {
      out += text.slice(pos, r.range.startCharacter);
      pos = r.range.endCharacter;
      const raw = text.slice(r.range.startCharacter, r.range.endCharacter);
      if (r.system) {
        const e = this.system.evaluate(r.name, r.args);
        if (e.ok) {
          out += e.value;
          dynamic = true;
        } else {
          out += raw;
          unresolved.push(r.name);
        }
      } else {
        const v = this.variable(r.name);
        if (v.state === 'ok') out += v.value;
        else {
          out += raw;
          unresolved.push(r.name);
          if (v.state === 'tooDeep') deep = true;
          if (v.state === 'tooLong') long = true;
        }
        dynamic = dynamic || v.dynamic;
      }
      if (out.length > MAX_VARIABLE_LENGTH) {
        return { text: out.slice(0, MAX_VARIABLE_LENGTH), dynamic, complete: false, unresolved, deep, long: true };
      }
    }
    out += text.slice(pos);
    if (out.length > MAX_VARIABLE_LENGTH) return { text: out.slice(0, MAX_VARIABLE_LENGTH), dynamic, complete: false, unresolved, deep, long: true };
    return { text: out, dynamic, complete: unresolved.length === 0, unresolved, deep, long };
  }
}

