/**
 * Example values made from the contract data: what a form, a template or a test starts with when
 * a parameter gives no `example`. One place, so that every surface shows the same sample request.
 */
import type { EndpointSpec, ParamSpec } from './contract';

/** A value to show when the contract gives no example: the server's default, else one of the kind. */
export function sampleValue(spec: ParamSpec): string {
  if (spec.example !== undefined) return spec.example;
  if (spec.defaultValue !== undefined) return spec.defaultValue;
  switch (spec.kind) {
    case 'userId': return 'user-1';
    case 'id': return 'id-1';
    case 'name': return 'Name';
    case 'httpUri': return 'https://example.com/avatar.png';
    case 'text': return 'text';
    case 'integer': return String(spec.min ?? 0);
    case 'timestampMs': return '1700000000000';
    case 'json': return spec.jsonType === 'number' ? '0' : spec.jsonType === 'boolean' ? 'false' : spec.jsonType === 'array' ? '[]' : '{}';
    case 'flag': return (spec.flagValues ?? ['0', '1'])[0];
    case 'messageType': return 'RC:TxtMsg';
    default: {
      const never: never = spec.kind;
      return never;
    }
  }
}

/** The canonical name of a parameter's example: a keyed family's gets an example key (`chatroom[chatroom-1]`). */
export function sampleName(spec: ParamSpec): string {
  return spec.keyed ? `${spec.name}[${spec.name}-1]` : spec.name;
}

/** Example pairs of the endpoint's required parameters (and the optional ones too with `all`), in its order. */
export function examplePairs(endpoint: EndpointSpec, all = false): Array<readonly [string, string]> {
  return endpoint.params.filter((p) => all || p.required).map((p) => [sampleName(p), sampleValue(p)] as const);
}
