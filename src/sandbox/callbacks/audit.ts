/**
 * A simulated client's send with the audit in front (消息回调服务): the send is checked, the audit
 * URL asked about the message it would keep, and then — in one turn, with no await between — checked
 * again (membership, blocks and mutes may have changed while waiting) and decided: kept as sent,
 * kept with the audit's content, or kept blocked (every recipient not delivered, `options.blockedBy`
 * "audit", as a sensitive word's block shows). The messageUID asked about is the one kept.
 */
import { MESSAGE_CONTENT_MAX_BYTES } from '../../core/contract/limits';
import type { ClientOutcome } from '../clients';
import type { SandboxRecord } from '../model';
import type { SandboxCallbacks } from '.';

/** The blockedBy an audit's block leaves on the message (ours, beside a sensitive word's). */
export const AUDIT_BLOCKED_BY = 'audit';

/** `decide(json, messageUID?)` is the client's send check-and-records (clients.ts) with that messageUID when given. */
export async function auditThenSend(
  callbacks: SandboxCallbacks,
  json: Record<string, unknown>,
  decide: (json: Record<string, unknown>, messageUID?: string) => ClientOutcome,
): Promise<ClientOutcome> {
  const first = decide(json);
  if (!('records' in first)) return first;
  const message = first.records.find((r): r is Extract<SandboxRecord, { t: 'message' }> => r.t === 'message');
  // A message a sensitive word blocked is not asked about (it is not delivered either way).
  if (!message || message.options?.blockedBy !== undefined) return first;
  const { verdict } = await callbacks.audit(message);
  // A replacement over the content limit is ignored: the message goes as sent (ours).
  const replaced = verdict.verdict === 'replace' && Buffer.byteLength(verdict.content, 'utf8') <= MESSAGE_CONTENT_MAX_BYTES;
  const again = decide(replaced ? { ...json, content: (verdict as { content: string }).content } : json, message.messageUID);
  if (!('records' in again) || verdict.verdict !== 'block') return again;
  return {
    records: again.records.map((r) => (r.t === 'message'
      ? { ...r, recipients: r.recipients.map((x) => ({ ...x, delivered: false })), options: { ...r.options, blockedBy: AUDIT_BLOCKED_BY } }
      : r)),
    body: { ...again.body, blockedBy: AUDIT_BLOCKED_BY },
  };
}
