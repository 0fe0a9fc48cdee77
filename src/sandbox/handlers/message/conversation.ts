/** Which conversation a kept message is in, as recall, modify and expansion calls name it (conversationType and targetId). */
import type { MessageState } from '../../model/model';

/** The conversation types of the docs (message/msgrecall): 1 one-to-one, 3 group, 4 chatroom, 6 system, 10 ultragroup; Java adds 2 discussion. */
export function inConversation(m: MessageState, conversationType: number, targetId: string): boolean {
  const reaches = m.fromUserId === targetId || m.recipients.some((r) => r.userId === targetId);
  switch (conversationType) {
    case 1: return m.kind === 'private' && reaches;
    case 2: return m.kind === 'group' && m.groupIds === undefined && m.targetId === targetId;
    case 3: return m.kind === 'group' && (m.groupIds ?? []).includes(targetId);
    case 4: return m.kind === 'chatroom' && m.targetId === targetId;
    case 6: return m.kind === 'system' && reaches;
    case 10: return m.kind === 'ultragroup' && m.targetId === targetId;
    default: return false;
  }
}
