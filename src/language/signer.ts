/**
 * Signs the request of a `.rong.http` block through RequestService.sign, the one signing path
 * (the same secret and hosts as sending), for the signature lens and the signing hover.
 */
import type { ResolvedRequest, RongHttpDocument } from '../core/rongHttp';
import type { SigningInputs } from '../core/signing';
import { loadRongHttp } from '../services/bundles';
import type { SignRequestInput, Signed } from '../services/requests';
import type { SecretCache } from './secretCache';

/** RequestService.sign, as the providers receive it. */
export type SignFunction = (input: SignRequestInput) => Promise<Signed>;

export interface SignedBlock {
  readonly resolved: ResolvedRequest;
  /** Nonce, timestamp and the signature computed for them (never an explicit Signature header). */
  readonly signing?: SigningInputs;
  /** Why there is no signature: no profile or no stored secret, a bad host, an unknown endpoint. */
  readonly problem?: string;
}

export class RequestSigner {
  constructor(
    private readonly sign: SignFunction,
    private readonly secrets: SecretCache,
  ) {}

  /** Undefined when the block holds no request. */
  async signBlock(doc: RongHttpDocument, index: number): Promise<SignedBlock | undefined> {
    const resolved = loadRongHttp().resolveRequest(doc, index);
    if (!resolved) return undefined;
    const profile = this.secrets.profileFor(resolved.profile, resolved.explicitAppKey);
    if (!profile || !resolved.endpoint) return { resolved };
    const signed = await this.sign({
      profile,
      endpoint: resolved.endpoint,
      params: resolved.params,
      // Without an explicit Signature header: what it should be is shown beside it.
      extraHeaders: resolved.headers.filter(([k]) => k.toLowerCase() !== 'signature'),
      nonce: resolved.fixedNonce,
      timestamp: resolved.fixedTimestamp,
      baseUrl: resolved.baseUrl,
    });
    return signed.request ? { resolved, signing: signed.request.signing } : { resolved, problem: signed.problem };
  }
}
