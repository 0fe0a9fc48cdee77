/**
 * Push module (issue 18): /push.json, /push/user.json, /push/custom.json (JSON bodies).
 * Facts: the official SDKs' sources and the provider's docs, named in each record's `source`.
 * A nested object's fields are dotted names (types.ts); no record names a parent object too.
 */
import type { Text } from '../text';
import { MESSAGE_CONTENT_MAX_BYTES, MESSAGE_TYPE_MAX_CHARS, PARAMETER_ERROR_CODE } from './limits';
import { flagParam, userIdParam } from './params';
import type { EndpointSpec, ParamSpec } from './types';

/** Tags an audience's tag or tag_or takes (docs send-push-by-tag; Go Audience's comment). */
export const PUSH_TAGS_MAX = 20;
/** User IDs an audience's userid takes (docs send-push-by-tag; Go Audience's comment). */
export const PUSH_AUDIENCE_USERS_MAX = 1000;
/** Users one /push/user.json call takes (docs send-push-by-user; Go PushUser refuses 0 or more than 100). */
export const PUSH_USER_IDS_MAX = 100;
/** Platforms: ios and android (Java push/verify.json platform size 1–2; Go's PlatForm constants). */
export const PUSH_PLATFORMS_MAX = 2;
/** A notification's title in characters (docs send-push-by-user: notification.title). */
export const PUSH_TITLE_MAX_CHARS = 50;
/** The iOS badge Go's comment allows at most. */
export const PUSH_BADGE_MAX = 9999;

const docsOf = (slug: string) => ({ zh: `https://docs.rongcloud.cn/platform-chat-api/system/${slug}`, en: `https://docs.rongcloud.io/platform-chat-api/system/${slug}` });

function text(name: string, description: Text, options: Partial<ParamSpec> = {}): ParamSpec {
  return { name, kind: 'text', required: false, code: PARAMETER_ERROR_CODE, description, ...options };
}

function object(name: string, description: Text, options: Partial<ParamSpec> = {}): ParamSpec {
  return { name, kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'object', description, ...options };
}

const platform: ParamSpec = text(
  'platform',
  { en: 'Target systems: ios, android or both (a JSON array of 1–2 strings).', zh: '目标操作系统：ios、android 或两者（1–2 个字符串的 JSON 数组）' },
  { required: true, repeated: { min: 1, max: PUSH_PLATFORMS_MAX }, example: 'ios' },
);

const tags = (name: string, description: Text): ParamSpec => text(name, description, { repeated: { min: 1, max: PUSH_TAGS_MAX } });

/** The audience of /push.json (Go Audience, Java Audience, Node and PHP pass it through). */
function audienceParams(withUsers: boolean): ParamSpec[] {
  return [
    tags('audience.tag', { en: 'User tags, all of which a user must have (1–20); ignored with is_to_all true.', zh: '用户标签，需全部满足（与关系，1–20 个）；is_to_all 为 true 时无效' }),
    tags('audience.tag_or', { en: 'User tags, any of which a user may have (1–20); may be given with tag.', zh: '用户标签，满足其一即可（或关系，1–20 个）；可与 tag 同时使用' }),
    ...(withUsers
      ? [userIdParam('audience.userid', { en: 'User IDs (1–1000); they win over tags and platform.', zh: '用户 ID（1–1000 个）；优先于标签与 platform' }, { required: false, repeated: { min: 1, max: PUSH_AUDIENCE_USERS_MAX }, example: 'user-1' })]
      : []),
    flagParam('audience.is_to_all', { en: 'Push to every user (true); false (or absent, as Java and Node may send it) uses tag, tag_or, userid or packageName.', zh: '是否推送给全部用户，true 为全部；false（或缺省，Java 与 Node 可能不发送）时按 tag、tag_or、userid 或 packageName 推送' }, ['false', 'true']),
    text('audience.packageName', { en: 'Only devices of this app package (ANDed with tags).', zh: '仅推送到该应用包名的设备（与标签为与关系）' }),
    // Optional although the docs mark it required: Java Audience.is_to_all is a Boolean that Gson leaves out while null, and the Node SDK's push example (lib/push/api.json) sends none; absent reads as false.
  ].map((p) => (p.name === 'audience.is_to_all' ? { ...p, defaultValue: 'false', example: 'false' } : p));
}

/** The iOS fields Go IOSPush and Java PlatformNotification send under `prefix` (`notification.ios`). */
function iosParams(prefix: string): ParamSpec[] {
  return [
    text(`${prefix}.title`, { en: 'iOS notification title (iOS 8.2 and later).', zh: 'iOS 通知栏标题（iOS 8.2 及以上）' }),
    text(`${prefix}.alert`, { en: 'iOS notification text, replacing the default one.', zh: 'iOS 推送内容，覆盖默认内容' }),
    flagParam(`${prefix}.contentAvailable`, { en: 'iOS silent push (1).', zh: 'iOS 静默推送，1 为开启' }),
    { name: `${prefix}.badge`, kind: 'integer', required: false, code: PARAMETER_ERROR_CODE, min: -2_147_483_648, max: PUSH_BADGE_MAX, description: { en: 'App badge number: 0 or less clears it, at most 9999 (Go).', zh: '应用角标数：0 或负数清除角标，最大 9999（Go）' } },
    text(`${prefix}.category`, { en: 'iOS rich push category, used with richMediaUri.', zh: 'iOS 富文本推送类型，与 richMediaUri 配合使用' }),
    text(`${prefix}.richMediaUri`, { en: 'iOS rich push content URL.', zh: 'iOS 富文本推送内容的 URL' }),
    text(`${prefix}.thread-id`, { en: 'iOS notification group: notifications with the same ID are grouped.', zh: 'iOS 通知分组 ID，相同 ID 的通知归为一组' }),
    text(`${prefix}.threadId`, { en: 'The same grouping ID under the name Go IOSPush sends.', zh: '同一通知分组 ID，Go IOSPush 使用此字段名' }),
    text(`${prefix}.apns-collapse-id`, { en: 'iOS 10+: notifications with the same ID collapse into one.', zh: 'iOS 10 及以上，相同 ID 的通知合并为一条' }),
    text(`${prefix}.interruption-level`, { en: 'iOS 15+ interruption level (Java sends it).', zh: 'iOS 15 及以上的通知中断级别（Java SDK 发送）' }),
    object(`${prefix}.extras`, { en: 'Extra key-value data for the app (a JSON object).', zh: '附加给 App 的键值数据（JSON 对象）' }),
  ];
}

const vendorNote = { en: 'Vendor channel options (a JSON object: channelId, importance, image, classification…).', zh: '厂商通道设置（JSON 对象：channelId、importance、image、classification 等）' };

/** The Android fields: Java PlatformNotification's vendor objects, Go AndroidPush's flat fields. */
function androidParams(prefix: string): ParamSpec[] {
  return [
    text(`${prefix}.alert`, { en: 'Android notification text, replacing the default one.', zh: 'Android 推送内容，覆盖默认内容' }),
    text(`${prefix}.title`, { en: 'Android notification title (Java sends it).', zh: 'Android 通知栏标题（Java SDK 发送）' }),
    object(`${prefix}.extras`, { en: 'Extra key-value data for the app (a JSON object).', zh: '附加给 App 的键值数据（JSON 对象）' }),
    ...['hw', 'honor', 'mi', 'oppo', 'vivo', 'fcm'].map((v) => object(`${prefix}.${v}`, { en: `${v}: ${vendorNote.en}`, zh: `${v}：${vendorNote.zh}` })),
    text(`${prefix}.channelId`, { en: 'Vendor channel ID (Go sends it flat).', zh: '厂商通道 ID（Go SDK 平铺发送）' }),
    text(`${prefix}.importance`, { en: 'Huawei priority: NORMAL or LOW (Go sends it flat).', zh: '华为通知优先级：NORMAL 或 LOW（Go SDK 平铺发送）' }),
    text(`${prefix}.image`, { en: 'Huawei notification icon, an https URL (Go sends it flat).', zh: '华为通知栏右侧图标，https URL（Go SDK 平铺发送）' }),
    text(`${prefix}.large_icon_uri`, { en: 'Xiaomi notification icon URL (Go sends it flat).', zh: '小米通知栏右侧图标 URL（Go SDK 平铺发送）' }),
    text(`${prefix}.classification`, { en: 'vivo message class: 0 operations, 1 system (Go sends it flat).', zh: 'vivo 消息分类：0 运营消息，1 系统消息（Go SDK 平铺发送）' }),
  ];
}

function harmonyParams(prefix: string): ParamSpec[] {
  return [
    text(`${prefix}.alert`, { en: 'HarmonyOS notification text (Java sends it).', zh: '鸿蒙推送内容（Java SDK 发送）' }),
    object(`${prefix}.extras`, { en: 'HarmonyOS extra key-value data (a JSON object).', zh: '鸿蒙附加键值数据（JSON 对象）' }),
    object(`${prefix}.ohos`, { en: 'HarmonyOS settings: image and category (a JSON object).', zh: '鸿蒙设置：image 与 category（JSON 对象）' }),
  ];
}

const title = text('notification.title', { en: 'Notification title: at most 50 characters.', zh: '通知栏标题，最长 50 个字符' }, { maxChars: PUSH_TITLE_MAX_CHARS });
const alert = text('notification.alert', { en: 'The default notification text, used where a platform gives none.', zh: '默认推送内容，平台未单独设置时使用' }, { required: true, example: 'Hello' });
const forceShowPushContent = flagParam('notification.forceShowPushContent', { en: 'Show the push content even where the user hid it (1; Java sends it).', zh: '是否强制显示推送内容，1 为强制（Java SDK 发送）' });

const pushRateNote: Text = {
  en: 'The docs share one quota between /push.json and /message/broadcast.json: 2 calls an hour and 3 a day, which the per-second rate cannot say.',
  zh: '文档规定 /push.json 与 /message/broadcast.json 共享限额：每小时 2 次、每天 3 次，每秒频率字段无法表达。',
};

export const PUSH: EndpointSpec = {
  id: 'push.push',
  module: 'push',
  method: 'POST',
  path: '/push.json',
  title: { en: 'Push to all or tagged users', zh: '发送全量用户不落地通知' },
  description: {
    en: 'Sends a push notification to every user, or to users by tag, user ID or package; with fromuserid and message it also delivers a system message.',
    zh: '向全部用户或按标签、用户 ID、包名筛选的用户发送推送通知；带 fromuserid 与 message 时同时发送系统消息。',
  },
  source: 'D:system/send-push-to-all, system/send-push-by-tag; Go PushSend (Push, Broadcast), PushResult; Java Push.push/message, push/verify.json, PushResult; Node Push.push/message; PHP Push.push/broadcast; Python Push.push/broadcast',
  docs: docsOf('send-push-to-all'),
  body: 'json',
  sdks: {
    go: 'PushSend(Push{PlatForm: platform, Audience: Audience{Tag: audience.tag, TagOr: audience.tag_or, UserID: audience.userid, IsToAll: audience.is_to_all, PackageName: audience.packageName}, Notification: Notification{Alert: notification.alert}})',
    java: 'push.push(PushModel{platform: platform, audience: Audience{tag: audience.tag, tag_or: audience.tag_or, userid: audience.userid, is_to_all: audience.is_to_all, packageName: audience.packageName}, notification: Notification{alert: notification.alert, title: notification.title}})',
    node: 'Push.push({platform: platform, audience: {tag: audience.tag, tag_or: audience.tag_or, userid: audience.userid, is_to_all: audience.is_to_all, packageName: audience.packageName}, notification: {alert: notification.alert, title: notification.title}})',
    php: 'getPush()->push({platform: platform, audience: {tag: audience.tag, tag_or: audience.tag_or, userid: audience.userid, is_to_all: audience.is_to_all, packageName: audience.packageName}, notification: {alert: notification.alert, title: notification.title}})',
    python: 'get_push().push(platforms=platform, tags=audience.tag, tags_or=audience.tag_or, user_ids=audience.userid, package_name=audience.packageName, is_to_all=audience.is_to_all, alert=notification.alert, ios_title=notification.ios.title, ios_alert=notification.ios.alert, ios_extras=notification.ios.extras, ios_content_available=notification.ios.contentAvailable, ios_badge=notification.ios.badge, ios_category=notification.ios.category, ios_rich_media_uri=notification.ios.richMediaUri, android_alert=notification.android.alert, android_extras=notification.android.extras)',
  },
  notes: {
    en: `Each SDK has a second method for this path that adds fromuserid and message (Go Broadcast, Java push.message with BroadcastModel, Node Push.message, PHP Push.broadcast, Python Push.broadcast); Java's verify.json then requires fromuserid (1–64) and message. Go always sends notification.alert and is_to_all; Java makes notification.alert optional. Go IOSPush names the grouping field threadId where Java and Go's PushCustomData say thread-id; this data accepts both. Go sends the Android vendor fields flat (notification.android.channelId…), Java in vendor objects (notification.android.hw…). The 20 tags and 1000 user IDs are from the docs and Go's comments, and Python checks them; Java checks only platform (1–2). ${pushRateNote.en}`,
    zh: `各 SDK 对此路径另有一个方法，加入 fromuserid 与 message（Go Broadcast、Java push.message 与 BroadcastModel、Node Push.message、PHP Push.broadcast、Python Push.broadcast）；此时 Java verify.json 要求 fromuserid（1–64）与 message 必填。Go 总是发送 notification.alert 与 is_to_all；Java 中 notification.alert 可选。Go IOSPush 将分组字段命名为 threadId，Java 与 Go 的 PushCustomData 为 thread-id；本数据两者均接受。Go 平铺发送 Android 厂商字段（notification.android.channelId 等），Java 放在厂商对象中（notification.android.hw 等）。20 个标签与 1000 个用户 ID 的限制来自文档与 Go 注释，Python 也检查；Java 仅检查 platform（1–2 个）。${pushRateNote.zh}`,
  },
  issuesToken: false,
  params: [
    platform,
    userIdParam('fromuserid', { en: 'Sender of the system message; with message only.', zh: '系统消息的发送者，仅与 message 同用' }, { required: false }),
    ...audienceParams(true),
    { name: 'message.content', kind: 'json', required: false, code: PARAMETER_ERROR_CODE, jsonType: 'string', maxBytes: MESSAGE_CONTENT_MAX_BYTES, description: { en: 'The system message content: a JSON text of at most 128 KB, sent as a string.', zh: '系统消息内容：最大 128 KB 的 JSON 文本，以字符串发送' } },
    { name: 'message.objectName', kind: 'messageType', required: false, code: PARAMETER_ERROR_CODE, maxChars: MESSAGE_TYPE_MAX_CHARS, description: { en: 'The system message type, such as RC:TxtMsg.', zh: '系统消息类型，如 RC:TxtMsg' } },
    flagParam('message.disableUpdateLastMsg', { en: "Leave the conversation list's last message as it is (true).", zh: '是否禁止更新会话列表中的最后一条消息，true 为禁止' }, ['false', 'true']),
    alert,
    title,
    forceShowPushContent,
    ...iosParams('notification.ios'),
    ...androidParams('notification.android'),
    ...harmonyParams('notification.harmonyOS'),
  ],
  success: [
    { name: 'id', kind: 'value', label: { en: 'Push ID', zh: '推送 ID' } },
    { name: 'messageUID', kind: 'value', label: { en: 'Message UID', zh: '消息 UID' } },
  ],
};

export const PUSH_USER: EndpointSpec = {
  id: 'push.user',
  module: 'push',
  method: 'POST',
  path: '/push/user.json',
  title: { en: 'Push to users', zh: '发送指定用户不落地通知' },
  description: {
    en: 'Sends a push notification to 1–100 users; no message is delivered, stored or shown in a conversation.',
    zh: '向 1–100 个用户发送推送通知；不发送、不存储消息，也不出现在会话中。',
  },
  source: 'D:system/send-push-by-user; Go PushUser (PushNotification); Java MsgSystem.sendUser, PushUserMessage, message/verify.json sendUser; PHP System.pushUser',
  docs: docsOf('send-push-by-user'),
  body: 'json',
  sdks: {
    go: 'PushUser(PushNotification{Title: notification.title, PushContent: notification.pushContent}, userIds)',
    java: 'message.system.sendUser(PushUserMessage{userIds: userIds, notification: Notification{title: notification.title, pushContent: notification.pushContent}})',
    php: 'getMessage()->System()->pushUser({userIds: userIds, notification: {title: notification.title, pushContent: notification.pushContent}})',
  },
  notes: {
    en: "The docs and Go allow 1–100 users; Java verify.json checks userIds and notification.pushContent as 1–64 in length instead, which this data does not follow. Go lower-cases the keys of its android map; Go IOSPush sends threadId, Java thread-id. The docs allow 100 pushes a second, each user counting as one.",
    zh: '文档与 Go 允许 1–100 个用户；Java verify.json 改为检查 userIds 与 notification.pushContent 长度为 1–64，本数据不采用。Go 会把 android 映射的键转为小写；Go IOSPush 发送 threadId，Java 为 thread-id。文档限制每秒 100 条，每个用户计一条。',
  },
  issuesToken: false,
  ratePerSecond: 100,
  params: [
    userIdParam('userIds', { en: 'Recipient user IDs, 1–100 (a JSON array).', zh: '接收推送的用户 ID，1–100 个（JSON 数组）' }, { repeated: { min: 1, max: PUSH_USER_IDS_MAX }, example: 'user-1' }),
    title,
    text('notification.pushContent', { en: 'The notification text.', zh: '推送内容' }, { required: true, example: 'Hello' }),
    ...iosParams('notification.ios'),
    ...androidParams('notification.android'),
    ...harmonyParams('notification.harmonyOS'),
  ],
  success: [],
};

export const PUSH_CUSTOM: EndpointSpec = {
  id: 'push.custom',
  module: 'push',
  method: 'POST',
  path: '/push/custom.json',
  title: { en: 'Push by tag conditions', zh: '按标签条件发送不落地通知' },
  description: {
    en: 'Sends a push notification to all users or to users matched by tags and tag conditions (tagItems), with per-vendor Android options.',
    zh: '向全部用户或按标签及标签条件（tagItems）筛选的用户发送推送通知，可按 Android 厂商设置。',
  },
  source: 'Go PushCustomObj/PushCustomResObj/PushCustom (PushCustomData, PushCustomObj); Java PushCustom.pushcustom, AudienceCustom, push/verify.json pushcustom',
  body: 'json',
  sdks: {
    go: 'PushCustomObj',
    java: 'pushCustom.pushcustom(PushModel{platform: platform, audience: AudienceCustom{tag: audience.tag, tag_or: audience.tag_or, userid: audience.userid, is_to_all: audience.is_to_all, packageName: audience.packageName}, notification: Notification{alert: notification.alert, title: notification.title, forceShowPushContent: notification.forceShowPushContent}})',
  },
  notes: {
    en: "Go PushCustomObj has no snippet: its PushCustomData nests anonymous structs, which a literal would have to restate field by field. Go sends no audience.userid; Java's AudienceCustom inherits it, so it is accepted here. Java checks only platform (1–2), audience and notification; the tag limits follow /push.json. Go links doc.rongcloud.cn's push-plus page; no current docs page was found. Java's PushCustom.pushcustom (rongCloud.pushCustom) also posts this path, building it from a constant, which sdk-paths.md missed (sdkPaths.ts lists it among the calls the list misses).",
    zh: 'Go 的 PushCustomObj 没有代码片段：其 PushCustomData 嵌套匿名结构体，字面量须逐字段重写这些类型。Go 不发送 audience.userid；Java 的 AudienceCustom 继承了该字段，此处接受。Java 仅检查 platform（1–2 个）、audience 与 notification；标签限制沿用 /push.json。Go 指向 doc.rongcloud.cn 的 push-plus 页面；未找到当前文档页面。Java 的 PushCustom.pushcustom（rongCloud.pushCustom）也用常量拼出并调用此路径，sdk-paths.md 漏列（sdkPaths.ts 将其列入该清单遗漏的调用）。',
  },
  issuesToken: false,
  params: [
    platform,
    ...audienceParams(true),
    object('audience.tagItems', { en: 'Tag conditions: an array of {tags, isNot, tagsOperator, itemsOperator} (AND or OR).', zh: '标签条件：{tags, isNot, tagsOperator, itemsOperator} 对象数组（AND 或 OR）' }, { jsonType: 'array' }),
    alert,
    title,
    forceShowPushContent,
    ...iosParams('notification.ios'),
    ...androidParams('notification.android'),
    ...harmonyParams('notification.harmonyOS'),
  ],
  success: [{ name: 'id', kind: 'value', label: { en: 'Push ID', zh: '推送 ID' } }],
};

export const PUSH_ENDPOINTS: readonly EndpointSpec[] = [PUSH, PUSH_USER, PUSH_CUSTOM];
