/** Form decoding as `.rong.http` bodies mean it: a lone % is a literal % (REST Client sends it as %25). */
import { decodeFormComponent } from '../../form';

const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/** Undefined only when escapes form invalid UTF-8 (`%FF`). */
export function decodeForm(raw: string): string | undefined {
  return decodeFormComponent(raw.indexOf('%') === -1 ? raw : raw.replace(LONE_PERCENT, '%25'));
}
