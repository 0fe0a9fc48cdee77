/**
 * What block diagnostics depend on besides the block: the variables (resolved with stand-in system
 * values), the secrets and the context. One per document version; incremental.ts caches on keyFor.
 */
import type { Locale } from '../../text';
import type { RequestBlock, RongHttpDocument } from '../model';
import { blockMayReference } from '../parser';
import { SAMPLE_SYSTEM_VARIABLES, VariableResolver } from '../variables';
import { lazyRequestNames } from '../exchanges';
import type { DiagnosticContext } from './record';

export class DiagnosticEnvironment {
  readonly locale: Locale;
  readonly resolver: VariableResolver;
  private readonly secrets = new Map<string, string | undefined>();

  constructor(
    readonly doc: RongHttpDocument,
    readonly context: DiagnosticContext,
  ) {
    this.locale = context.locale ?? 'en';
    this.resolver = new VariableResolver(doc.variables, SAMPLE_SYSTEM_VARIABLES, { names: lazyRequestNames(doc) });
    // Document order, so results never depend on which block asks first.
    for (const d of doc.variables) this.resolver.variable(d.name);
  }

  secret(profile: string | undefined, appKey?: string): string | undefined {
    const secretFor = this.context.secretFor;
    if (!secretFor) return undefined;
    const key = profile === undefined && appKey === undefined ? '' : `${profile ?? ''}\u0000${appKey ?? ''}\u0000`;
    if (this.secrets.has(key)) return this.secrets.get(key);
    let s: string | undefined;
    try {
      s = secretFor(profile, appKey);
    } catch {
      s = undefined;
    }
    this.secrets.set(key, s);
    return s;
  }

  /** The part of the environment a block's diagnostics depend on ('' when it uses no variables). */
  keyFor(block: RequestBlock): string {
    if (!blockMayReference(block) || block.references.length === 0) return '';
    let key = '';
    for (const r of block.references) {
      if (r.system) continue;
      const v = this.resolver.variable(r.name);
      key += `${r.name}\u0001${v.state}\u0001${v.dynamic ? 1 : 0}\u0001${v.value}\u0002`;
    }
    return key;
  }
}

/** A value with its variables substituted (stand-ins for system variables). */
export interface Checked {
  readonly text: string;
  /** Every reference resolved: the value can be checked. */
  readonly complete: boolean;
  /** Uses a system variable: differs on every request. */
  readonly dynamic: boolean;
}

export function checkedValue(env: DiagnosticEnvironment, text: string): Checked {
  if (text.indexOf('{{') === -1) return literal(text);
  const s = env.resolver.substitute(text);
  return { text: s.text, complete: s.complete, dynamic: s.dynamic };
}

/** A value without references; one reusable object, as most values are literal. */
const LITERAL: { text: string; complete: boolean; dynamic: boolean } = { text: '', complete: true, dynamic: false };
function literal(text: string): Checked {
  LITERAL.text = text;
  return LITERAL;
}
