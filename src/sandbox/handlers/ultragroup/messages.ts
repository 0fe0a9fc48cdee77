/**
 * Ultragroup messages: publish (kept through keepMessage with the members it reached), look-up by
 * UID, modify, and the three history reads. A message belongs to one ultragroup (targetId) and one
 * channel (channelId; absent: the whole group, '' in answers). Recalled messages are left out of
 * every read (our choice: the live service shows a recall notice instead, which the sandbox keeps not).
 */
import { PARAMETER_ERROR_CODE, type EndpointSpec } from '../../../core/contract';
import {
  ULTRAGROUP_HISMSG_MSGID_QUERY, ULTRAGROUP_HISMSG_QUERY, ULTRAGROUP_HISTORY_V3, ULTRAGROUP_MSG_GET, ULTRAGROUP_MSG_MODIFY, ULTRAGROUP_PUBLISH,
} from '../../../core/contract/ultragroup';
import { clip } from '../../echo';
import { conversationOf, type AppState, type SandboxModel, type SandboxRecord } from '../../model';
import { put, row, rows } from '../../model/tables';
import { all, fail, flag, integer, jsonParam, ok, one, required, unique } from '../answers';
import { keepMessage } from '../messageStore';
import type { EndpointHandler, HandlerResult, Params } from '../types';
import { busChannel, channelOf, checkGroupChannel, membersOf } from './common';
import { privateListed } from './userSets';
import { UG_CHANNEL_USERGROUPS, UG_EXPANSION_TIMES, UG_MODIFY_RANDOM, UG_USERGROUP_MEMBERS, type BindingRow, type UserGroupMemberRow } from './tables';

type Message = AppState['messages'][number];

/** What Go's UGHisMsgQueryData and the history answers give as the conversation type: 10, an ultragroup. */
const ULTRAGROUP_CONVERSATION = 10;
/** /ultragroup/hismsg/query.json: at most 14 days between startTime and endTime (Go's comment). */
const HISMSG_SPAN_MS = 14 * 24 * 60 * 60 * 1000;
/** Our choice: /v3/message/ultragroup/query.json without pageSize answers 20 (no source gives a default). */
const V3_DEFAULT_PAGE = 20;
/** msg/modify: the same msgRandom within a minute is applied once (Go UGMessageModify's comment). */
const MSG_RANDOM_WINDOW_MS = 60_000;

/** Who may use a private channel: its private member list and the members of the user groups bound to it (D: user-group-about). */
function privateAudience(model: SandboxModel, app: string, groupId: string, channel: string): Set<string> {
  const out = privateListed(model, app, groupId, channel);
  const bound = new Set([...rows<BindingRow>(model, app, UG_CHANNEL_USERGROUPS, groupId).values()].filter((b) => b.busChannel === channel).map((b) => b.userGroupId));
  for (const m of rows<UserGroupMemberRow>(model, app, UG_USERGROUP_MEMBERS, groupId).values()) if (bound.has(m.userGroupId)) out.add(m.userId);
  return out;
}

/** The members a message to this group and channel reaches: every member for a public channel, the private audience for a private one. */
export function audience(model: SandboxModel, app: string, groupId: string, channel: string): string[] {
  const members = membersOf(model, app, groupId);
  if (channel === '' || channelOf(model, app, groupId, channel)?.type !== 1) return members;
  const allowed = privateAudience(model, app, groupId, channel);
  return members.filter((u) => allowed.has(u));
}

/** The options a send carried that reads answer, as sent. */
const KEPT_OPTIONS = ['pushContent', 'pushData', 'isPersisted', 'isCounted', 'isMentioned', 'contentAvailable', 'expansion', 'extraContent', 'pushExt', 'unreadCountFlag', 'disableUpdateLastMsg', 'msgRandom'];

/** extraContent as a string map, or undefined when it is not one. */
function stringMap(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'string') return undefined;
    out[k] = v;
  }
  return out;
}

export const ultragroupPublish: EndpointHandler = {
  endpoint: ULTRAGROUP_PUBLISH,
  keeps: "Keeps one message per ultragroup (1–3) in the channel busChannel names, reaching every member of a public channel, or the private list and bound user groups' members of a private one (toUserIds: those only), never the sender; answers messageUID and messageUIDs [{groupId, messageUID}]. Mutes do not stop a Server API send; an unknown group or channel is 1003 (our choices).",
  handle(params, ctx) {
    const { app, model } = ctx;
    const ep = ULTRAGROUP_PUBLISH;
    const fromUserId = required(params, ep, 'fromUserId');
    const groupIds = unique(all(params, 'toGroupIds'));
    const channel = busChannel(params, ep);
    for (const g of groupIds) {
      const refused = checkGroupChannel(model, app, g, channel);
      if (refused) return refused;
    }
    const directed = unique(all(params, 'toUserIds'));
    const extra = params.has('extraContent') ? stringMap(jsonParam(params, 'extraContent')) : undefined;
    if (params.has('extraContent') && !extra) return fail(PARAMETER_ERROR_CODE, 'extraContent must be a JSON object of string values');
    const options: Record<string, string> = {};
    for (const name of KEPT_OPTIONS) {
      const v = params.get(name)?.[0];
      if (v !== undefined) options[name] = v;
    }
    const records: SandboxRecord[] = [];
    const uids: Array<{ groupId: string; messageUID: string }> = [];
    for (const groupId of groupIds) {
      const to = (directed.length > 0 ? directed : audience(model, app, groupId, channel)).filter((u) => u !== fromUserId);
      const kept = keepMessage(ctx, {
        kind: 'ultragroup', fromUserId, to: to.map((userId) => ({ userId })), targetId: groupId, ...(channel !== '' ? { channelId: channel } : {}),
        objectName: required(params, ep, 'objectName'), content: required(params, ep, 'content'), options,
      });
      const expandable = flag(params, ep, 'expansion');
      records.push(expandable && extra && Object.keys(extra).length > 0 ? { ...kept.record, expansion: extra } : kept.record);
      if (expandable && extra && Object.keys(extra).length > 0) {
        records.push(put(app, UG_EXPANSION_TIMES, groupId, kept.messageUID, Object.fromEntries(Object.keys(extra).map((k) => [k, kept.msgTimestamp]))));
      }
      uids.push({ groupId, messageUID: kept.messageUID });
    }
    return ok(records, { messageUID: uids[0]?.messageUID ?? '', messageUIDs: uids });
  },
};

/** Whether a kept message is in this ultragroup (and, when given, this channel). */
function inGroup(m: Message, groupId: string, channel?: string): boolean {
  return m.kind === 'ultragroup' && m.targetId === groupId && m.recalledAt === undefined && (channel === undefined || (m.channelId ?? '') === channel);
}

function expansionFields(m: Message): { expansion: boolean; extraContent: string } {
  const o = m.options?.expansion;
  const keys = m.expansion ?? {};
  return { expansion: o === '1' || o === 'true', extraContent: Object.keys(keys).length > 0 ? JSON.stringify(keys) : '' };
}

/** A message as Go's UGHisMsgQueryData reads it (sdk/ultragroup.go). */
function hisItem(m: Message) {
  return {
    groupId: m.targetId ?? '', busChannel: m.channelId ?? '', fromUserId: m.fromUserId, msgUID: m.messageUID, msgTime: m.sentAt,
    objectName: m.objectName, conversionType: ULTRAGROUP_CONVERSATION, content: m.content, ...expansionFields(m),
  };
}

export const msgGet: EndpointHandler = {
  endpoint: ULTRAGROUP_MSG_GET,
  keeps: "Answers data with each kept message of the ultragroup that msgs names ({fromUserId, groupId, sentTime, busChannel, msgUID, objectName, content, expansion, extraContent}, as Go's UGMessageGetDataList reads it); UIDs it does not know are left out. msgs that is not an array of {msgUID} is 1003.",
  handle(params, { app, model }) {
    const groupId = required(params, ULTRAGROUP_MSG_GET, 'groupId');
    const msgs = jsonParam(params, 'msgs');
    if (!Array.isArray(msgs) || msgs.length === 0 || !msgs.every((e) => typeof e === 'object' && e !== null && typeof (e as { msgUID?: unknown }).msgUID === 'string')) {
      return fail(PARAMETER_ERROR_CODE, 'msgs must be a JSON array of {"msgUID", "busChannel"} objects');
    }
    const byUID = model.app(app).messagesByUID;
    const data = (msgs as Array<{ msgUID: string }>).flatMap(({ msgUID }) => {
      const m = byUID.get(msgUID);
      if (!m || !inGroup(m, groupId)) return [];
      return [{ fromUserId: m.fromUserId, groupId, sentTime: m.sentAt, busChannel: m.channelId ?? '', msgUID: m.messageUID, objectName: m.objectName, content: m.content, ...expansionFields(m) }];
    });
    return ok([], { data });
  },
};

/** The kept message of this ultragroup, or the answer refusing it. */
export function groupMessage(model: SandboxModel, app: string, groupId: string, msgUID: string): Message | HandlerResult {
  const m = model.app(app).messagesByUID.get(msgUID);
  if (!m || !inGroup(m, groupId)) return fail(PARAMETER_ERROR_CODE, `no message "${clip(msgUID)}" in ultragroup "${clip(groupId)}"`);
  return m;
}

export const msgModify: EndpointHandler = {
  endpoint: ULTRAGROUP_MSG_MODIFY,
  keeps: "Replaces the content of a kept message of the ultragroup; later reads answer the new content. Only its sender may (fromUserId) and an unknown or recalled message is 1003 (our choices); a msgRandom sent again within a minute changes nothing (Go's comment).",
  handle(params, { app, model, clock }) {
    const groupId = required(params, ULTRAGROUP_MSG_MODIFY, 'groupId');
    const m = groupMessage(model, app, groupId, required(params, ULTRAGROUP_MSG_MODIFY, 'msgUID'));
    if (!('messageUID' in m)) return m;
    const fromUserId = required(params, ULTRAGROUP_MSG_MODIFY, 'fromUserId');
    if (m.fromUserId !== fromUserId) return fail(PARAMETER_ERROR_CODE, `message "${clip(m.messageUID)}" was sent by another user, not "${clip(fromUserId)}"`);
    const now = clock.now();
    const change: SandboxRecord = { t: 'messageChange', app, messageUID: m.messageUID, at: now, content: required(params, ULTRAGROUP_MSG_MODIFY, 'content') };
    const random = one(params, ULTRAGROUP_MSG_MODIFY, 'msgRandom');
    if (random === undefined) return ok([change]);
    const seen = row<{ at: number }>(model, app, UG_MODIFY_RANDOM, groupId, random);
    if (seen && now - seen.at < MSG_RANDOM_WINDOW_MS) return ok();
    return ok([change, put(app, UG_MODIFY_RANDOM, groupId, random, { at: now })]);
  },
};

function channelMessages(model: SandboxModel, app: string, groupId: string, channel: string): Message[] {
  return (model.app(app).byConversation.get(conversationOf('ultragroup', groupId)) ?? []).filter((m) => inGroup(m, groupId, channel));
}

export const hismsgQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_HISMSG_QUERY,
  keeps: "Answers data with the channel's kept messages sent after startTime up to endTime (oldest first, pageSize default 20, only fromUserId's when sent); more than 14 days between the times, or endTime before startTime, is 1003.",
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_HISMSG_QUERY;
    const start = Number(required(params, ep, 'startTime'));
    const end = Number(required(params, ep, 'endTime'));
    if (end < start || end - start > HISMSG_SPAN_MS) return fail(PARAMETER_ERROR_CODE, 'endTime must be from startTime to 14 days after it');
    const from = one(params, ep, 'fromUserId');
    const list = channelMessages(model, app, required(params, ep, 'groupId'), required(params, ep, 'busChannel'))
      .filter((m) => m.sentAt > start && m.sentAt <= end && (from === undefined || m.fromUserId === from));
    return ok([], { data: list.slice(0, integer(params, ep, 'pageSize') ?? 20).map(hisItem) });
  },
};

export const hismsgMsgidQuery: EndpointHandler = {
  endpoint: ULTRAGROUP_HISMSG_MSGID_QUERY,
  keeps: "Answers data with the message msgUID names and up to prevNum kept messages of its channel before it and lastNum after it (default 10 each), oldest first; a message not in that channel answers an empty list (our choices).",
  handle(params, { app, model }) {
    const ep = ULTRAGROUP_HISMSG_MSGID_QUERY;
    const list = channelMessages(model, app, required(params, ep, 'groupId'), required(params, ep, 'busChannel'));
    const at = list.findIndex((m) => m.messageUID === required(params, ep, 'msgUID'));
    if (at < 0) return ok([], { data: [] });
    const prev = integer(params, ep, 'prevNum') ?? 10;
    const last = integer(params, ep, 'lastNum') ?? 10;
    return ok([], { data: list.slice(Math.max(0, at - prev), at + 1 + last).map(hisItem) });
  },
};

/** Whether the user saw the message: its sender, or a recipient it was delivered to. */
function seenBy(m: Message, userId: string): boolean {
  return m.fromUserId === userId || m.recipients.some((r) => r.userId === userId && r.delivered);
}

export const historyV3: EndpointHandler = {
  endpoint: ULTRAGROUP_HISTORY_V3,
  keeps: "Answers data with the ultragroup's kept messages (one channel when busChannel is not empty) that the user sent or received, from startTime (included when includeStart) to endTime, oldest first, pageSize of them (20 when absent: our choice), as Go's HistoryMessage reads them.",
  handle(params: Params, { app, model }) {
    const ep: EndpointSpec = ULTRAGROUP_HISTORY_V3;
    const userId = required(params, ep, 'userId');
    const targetId = required(params, ep, 'targetId');
    const sent = busChannel(params, ep);
    const channel = sent === '' ? undefined : sent;
    const start = Number(required(params, ep, 'startTime'));
    const end = Number(required(params, ep, 'endTime'));
    const includeStart = flag(params, ep, 'includeStart');
    const list = (model.app(app).byConversation.get(conversationOf('ultragroup', targetId)) ?? []).filter((m) => inGroup(m, targetId, channel) && seenBy(m, userId) && (includeStart ? m.sentAt >= start : m.sentAt > start) && m.sentAt <= end);
    const data = list.slice(0, integer(params, ep, 'pageSize') ?? V3_DEFAULT_PAGE).map((m) => ({
      targetId, fromUserId: m.fromUserId, messageUID: m.messageUID, msgTime: m.sentAt, objectName: m.objectName, content: m.content,
      ...expansionFields(m), busChannel: m.channelId ?? '',
    }));
    return ok([], { data });
  },
};
