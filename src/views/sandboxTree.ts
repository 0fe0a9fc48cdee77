/**
 * The Rong Sandbox view in the Explorer: Users (name, token status, inbox), Groups (members) and
 * Chatrooms (members, joined by simulated clients) of the sandbox this window uses, and Callbacks (the
 * URLs Rong's callbacks go to, the newest deliveries, each with Redeliver; read every poll, small). Live: it asks /_sandbox/overview every POLL_MS while visible, with
 * the ETag of the last answer, and redraws only on a 200 (an unchanged sandbox answers 304 at no
 * cost). It shows at most VIEW_LIMIT users, groups and members and the newest messages of an inbox;
 * a "… N more" item says what it leaves out.
 */
import * as vscode from 'vscode';
import type { SandboxEndpoint, SandboxHost } from '../services/sandboxHost';
import type { RongLog } from '../services/log';
import { inbox, readCallbacks, readRequests, readSandboxState, redeliverCallback, userTokenStatus, type SandboxCallbacksShown, type SandboxRequestsShown, VIEW_LIMIT, type SandboxAppState, type TokenStatusShown } from './sandboxState';

const POLL_MS = 1000;
export const SANDBOX_VIEW_ID = 'rong.sandboxView';
export const SANDBOX_RUNNING_KEY = 'rong.sandboxRunning';

export type SandboxNode =
  | { readonly kind: 'users' }
  | { readonly kind: 'groups' }
  | { readonly kind: 'chatrooms' }
  | { readonly kind: 'user'; readonly userId: string }
  | { readonly kind: 'message'; readonly userId: string; readonly index: number }
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'member'; readonly groupId: string; readonly userId: string }
  | { readonly kind: 'chatroom'; readonly chatroomId: string }
  | { readonly kind: 'chatroomMember'; readonly chatroomId: string; readonly userId: string }
  | { readonly kind: 'callbacks' }
  | { readonly kind: 'callbackUrl'; readonly name: 'routing' | 'status' | 'audit' }
  | { readonly kind: 'delivery'; readonly index: number }
  | { readonly kind: 'requests' }
  | { readonly kind: 'request'; readonly index: number }
  /** What the view leaves out of a list: `count` more (users, groups, chatrooms, a user's inbox, members). */
  | { readonly kind: 'more'; readonly parent: string; readonly count: number };

/** One item as shown (for the test API). */
export interface ShownItem {
  readonly label: string;
  readonly description: string;
  readonly children: readonly ShownItem[];
}

function statusText(status: TokenStatusShown): string {
  switch (status) {
    case 'valid':
      return vscode.l10n.t('token valid');
    case 'expired':
      return vscode.l10n.t('token expired');
    case 'blocked':
      return vscode.l10n.t('blocked');
    case 'none':
      return vscode.l10n.t('no token');
    default: {
      const never: never = status;
      return never;
    }
  }
}

export class SandboxTree implements vscode.TreeDataProvider<SandboxNode>, vscode.Disposable {
  private state: SandboxAppState | undefined;
  private hooks: SandboxCallbacksShown | undefined;
  /** The newest API requests (the sandbox's request journal), read with the callbacks every poll. */
  private requests: SandboxRequestsShown | undefined;
  private hooksSeen = '';
  /** The ETag of the last answer, and the sandbox it came from (another sandbox's tag means nothing). */
  private etag: string | undefined;
  private source = '';
  private readonly emitter = new vscode.EventEmitter<SandboxNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly hostListener: vscode.Disposable;
  private visible = () => true;

  constructor(
    private readonly host: SandboxHost,
    private readonly log: RongLog,
  ) {
    this.hostListener = host.onDidChange(() => void this.refresh());
    this.timer = setInterval(() => {
      if (this.visible() && this.host.endpoint) void this.refresh();
    }, POLL_MS);
    void this.refresh();
  }

  /** Polls only while the view is visible. */
  watch(view: vscode.TreeView<SandboxNode>): void {
    this.visible = () => view.visible;
  }

  get current(): SandboxAppState | undefined {
    return this.state;
  }

  /** The id of the delivery shown at `index`. */
  delivery(index: number): number | undefined {
    return this.hooks?.deliveries[index]?.id;
  }

  get endpoint(): SandboxEndpoint | undefined {
    return this.host.endpoint;
  }

  /** Re-reads the state (a 304 when nothing changed since the last answer); redraws when it changed. */
  async refresh(): Promise<void> {
    const endpoint = this.host.endpoint;
    void vscode.commands.executeCommand('setContext', SANDBOX_RUNNING_KEY, endpoint !== undefined);
    const source = endpoint ? `${endpoint.url} ${endpoint.appKey}` : '';
    if (source !== this.source) {
      this.source = source;
      this.etag = undefined;
    }
    let state: SandboxAppState | undefined;
    // The deliveries log is not part of the state (no ETag): redrawn when its newest entries differ.
    [this.hooks, this.requests] = endpoint
      ? await Promise.all([readCallbacks(endpoint.url, endpoint.appKey).catch(() => undefined), readRequests(endpoint.url).catch(() => undefined)])
      : [undefined, undefined];
    const seen = JSON.stringify([this.hooks ?? null, this.requests?.requests[0]?.seq ?? null]);
    const hooksChanged = seen !== this.hooksSeen;
    this.hooksSeen = seen;
    if (endpoint) {
      try {
        const read = await readSandboxState(endpoint.url, endpoint.appKey, this.etag);
        if (read.unchanged) return void (hooksChanged && this.emitter.fire(undefined));
        this.etag = read.etag;
        state = read.app;
      } catch (err) {
        this.etag = undefined;
        const reason = err instanceof Error ? err.message : String(err);
        if (endpoint.shared) this.host.lostShared(reason);
        else this.log.warn(`the Rong Sandbox view could not read the sandbox state: ${reason}`);
      }
    }
    if (state === undefined && this.state === undefined) return;
    this.state = state;
    this.emitter.fire(undefined);
  }

  getChildren(node?: SandboxNode): SandboxNode[] {
    const app = this.state;
    if (!app) return [];
    // Callbacks only once a URL is set or something was sent: a sandbox without them keeps its three sections.
    const hooks = this.hooks && (this.hooks.deliveries.length > 0 || (['routing', 'status', 'audit'] as const).some((k) => this.hooks?.urls[k]));
    // Requests once the sandbox has answered one.
    const requests = (this.requests?.total ?? 0) > 0;
    if (!node) return [{ kind: 'users' }, { kind: 'groups' }, { kind: 'chatrooms' }, ...(hooks ? [{ kind: 'callbacks' } as const] : []), ...(requests ? [{ kind: 'requests' } as const] : [])];
    switch (node.kind) {
      case 'users':
        return withMore<SandboxNode>(app.users.map((u) => ({ kind: 'user', userId: u.userId })), app.totals.users, 'users');
      case 'groups':
        return withMore<SandboxNode>(app.groups.map((g) => ({ kind: 'group', groupId: g.groupId })), app.totals.groups, 'groups');
      case 'user': {
        const total = app.users.find((u) => u.userId === node.userId)?.inboxTotal ?? 0;
        return withMore<SandboxNode>(inbox(app, node.userId).map((_, index) => ({ kind: 'message', userId: node.userId, index })), total, `inbox:${node.userId}`);
      }
      case 'group': {
        const group = app.groups.find((g) => g.groupId === node.groupId);
        const members = (group?.members ?? []).map((userId): SandboxNode => ({ kind: 'member', groupId: node.groupId, userId }));
        return withMore(members, group?.memberTotal ?? 0, `members:${node.groupId}`);
      }
      case 'chatrooms': {
        const rooms = app.chatrooms ?? [];
        return withMore<SandboxNode>(rooms.map((c) => ({ kind: 'chatroom', chatroomId: c.chatroomId })), app.totals.chatrooms ?? rooms.length, 'chatrooms');
      }
      case 'chatroom': {
        const room = app.chatrooms?.find((c) => c.chatroomId === node.chatroomId);
        const members = (room?.members ?? []).map((userId): SandboxNode => ({ kind: 'chatroomMember', chatroomId: node.chatroomId, userId }));
        return withMore(members, room?.memberTotal ?? 0, `chatroomMembers:${node.chatroomId}`);
      }
      case 'callbacks':
        return [...(['routing', 'status', 'audit'] as const).map((name): SandboxNode => ({ kind: 'callbackUrl', name })), ...(this.hooks?.deliveries ?? []).map((_, index): SandboxNode => ({ kind: 'delivery', index }))];
      case 'requests':
        return (this.requests?.requests ?? []).map((_, index): SandboxNode => ({ kind: 'request', index }));
      case 'message':
      case 'member':
      case 'chatroomMember':
      case 'more':
      case 'callbackUrl':
      case 'delivery':
      case 'request':
        return [];
      default: {
        const never: never = node;
        return never;
      }
    }
  }

  getTreeItem(node: SandboxNode): vscode.TreeItem {
    const app = this.state as SandboxAppState;
    const None = vscode.TreeItemCollapsibleState.None;
    switch (node.kind) {
      case 'users':
        return section(vscode.l10n.t('Users ({0})', app.totals.users), 'account');
      case 'groups':
        return section(vscode.l10n.t('Groups ({0})', app.totals.groups), 'organization');
      case 'chatrooms':
        return section(vscode.l10n.t('Chatrooms ({0})', app.totals.chatrooms ?? app.chatrooms?.length ?? 0), 'comment-discussion');
      case 'user':
        return this.userItem(app, node.userId);
      case 'message':
        return messageItem(inbox(app, node.userId)[node.index]);
      case 'group': {
        const g = app.groups.find((x) => x.groupId === node.groupId);
        const item = new vscode.TreeItem(node.groupId, g?.memberTotal ? vscode.TreeItemCollapsibleState.Collapsed : None);
        item.description = vscode.l10n.t('{0} · {1} members', g?.name ?? '', g?.memberTotal ?? 0);
        item.iconPath = new vscode.ThemeIcon('organization');
        return item;
      }
      case 'member':
      case 'chatroomMember': {
        const item = new vscode.TreeItem(node.userId, None);
        item.iconPath = new vscode.ThemeIcon('person');
        return item;
      }
      case 'chatroom': {
        const c = app.chatrooms?.find((x) => x.chatroomId === node.chatroomId);
        const item = new vscode.TreeItem(node.chatroomId, c?.memberTotal ? vscode.TreeItemCollapsibleState.Expanded : None);
        item.description = vscode.l10n.t('{0} · {1} members', c?.name ?? '', c?.memberTotal ?? 0);
        item.iconPath = new vscode.ThemeIcon('comment-discussion');
        item.id = `chatroom:${node.chatroomId}`;
        return item;
      }
      case 'callbacks':
        return section(vscode.l10n.t('Callbacks ({0} sent)', this.hooks?.deliveries.length ?? 0), 'radio-tower');
      case 'callbackUrl': {
        const item = new vscode.TreeItem(node.name, None);
        item.description = this.hooks?.urls[node.name] ?? vscode.l10n.t('off (rong.sandbox.callbacks)');
        item.iconPath = new vscode.ThemeIcon('link');
        return item;
      }
      case 'delivery': {
        const d = this.hooks?.deliveries[node.index];
        const item = new vscode.TreeItem(`${d?.kind ?? ''} · ${d?.status ?? d?.error ?? ''}`, None);
        item.description = vscode.l10n.t('attempt {0} · {1} ms · {2}', d?.attempt ?? 0, d?.latencyMs ?? 0, d ? new Date(d.time).toLocaleTimeString() : '');
        item.tooltip = d ? `#${d.id} ${d.url}` : '';
        item.iconPath = new vscode.ThemeIcon(d?.status !== undefined && d.status < 300 ? 'pass' : 'error');
        item.contextValue = 'rongSandboxDelivery';
        item.id = `delivery:${d?.id ?? node.index}`;
        return item;
      }
      case 'requests':
        return section(vscode.l10n.t('Requests (last {0} of {1})', this.requests?.requests.length ?? 0, this.requests?.total ?? 0), 'history');
      case 'request': {
        const r = this.requests?.requests[node.index];
        const item = new vscode.TreeItem(`${r?.method ?? ''} ${r?.path ?? ''}`, None);
        item.description = `${r?.status ?? ''}${r?.code === undefined ? '' : ` · ${r.code}`} · ${r?.ms ?? 0} ms · ${r ? new Date(r.time).toLocaleTimeString() : ''}${r?.fault ? ` · ${r.fault}` : ''}`;
        item.tooltip = vscode.l10n.t('GET /_sandbox/requests lists the parameters too (tokens and secrets masked).');
        item.iconPath = new vscode.ThemeIcon(r?.status === 200 && (r.code === undefined || r.code === 200) ? 'pass' : 'error');
        item.id = `request:${r?.seq ?? node.index}`;
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('… {0} more', node.count), None);
        item.tooltip = vscode.l10n.t('The view shows the first {0}; GET /_sandbox/state of the sandbox lists them all, a page at a time.', VIEW_LIMIT);
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.id = `more:${node.parent}`;
        return item;
      }
      default: {
        const never: never = node;
        return never;
      }
    }
  }

  private userItem(app: SandboxAppState, userId: string): vscode.TreeItem {
    const user = app.users.find((u) => u.userId === userId);
    const messages = user?.inboxTotal ?? 0;
    const item = new vscode.TreeItem(userId, messages ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    const status = statusText(userTokenStatus(app, userId));
    item.description = messages ? vscode.l10n.t('{0} · {1} · {2} messages', user?.name ?? '', status, messages) : `${user?.name ?? ''} · ${status}`;
    item.iconPath = new vscode.ThemeIcon(user?.online ? 'pass-filled' : 'person');
    item.tooltip = `${userId}\n${item.description}`;
    item.contextValue = 'rongSandboxUser';
    item.id = `user:${userId}`;
    return item;
  }

  /** The tree as shown, labels and descriptions (for the integration tests). */
  shown(node?: SandboxNode): ShownItem[] {
    return this.getChildren(node).map((child) => {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return { label, description: typeof item.description === 'string' ? item.description : '', children: this.shown(child) };
    });
  }

  dispose(): void {
    clearInterval(this.timer);
    this.hostListener.dispose();
    this.emitter.dispose();
  }
}

/** `shown`, then a "… more" node when the sandbox holds more than it gave. */
function withMore<T extends SandboxNode>(shown: T[], total: number, parent: string): SandboxNode[] {
  return total > shown.length ? [...shown, { kind: 'more', parent, count: total - shown.length }] : shown;
}

function section(label: string, icon: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.iconPath = new vscode.ThemeIcon(icon);
  return item;
}

function messageItem(m: ReturnType<typeof inbox>[number] | undefined): vscode.TreeItem {
  if (!m) return new vscode.TreeItem('');
  const item = new vscode.TreeItem(vscode.l10n.t('{0} from {1}', m.objectName, m.fromUserId), vscode.TreeItemCollapsibleState.None);
  const delivered = m.delivered ? vscode.l10n.t('delivered') : vscode.l10n.t('not delivered');
  item.description = `${new Date(m.sentAt).toLocaleString()} · ${delivered}`;
  item.tooltip = m.content.length > 500 ? `${m.content.slice(0, 500)}…` : m.content;
  item.iconPath = new vscode.ThemeIcon(m.delivered ? 'mail-read' : 'mail');
  return item;
}

/** The tree and its view in the Explorer (polling only while the view is visible). */
export function createSandboxView(host: SandboxHost, log: RongLog): { tree: SandboxTree; disposable: vscode.Disposable } {
  const tree = new SandboxTree(host, log);
  const view = vscode.window.createTreeView(SANDBOX_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.watch(view);
  const shown = view.onDidChangeVisibility((e) => e.visible && void tree.refresh());
  // rong.redeliverCallback: a delivery of the view (or { id }) sent again, with a fresh signature.
  const redeliver = vscode.commands.registerCommand('rong.redeliverCallback', async (raw?: unknown) => {
    const r = raw as { kind?: string; index?: number; id?: number } | undefined;
    const id = r?.kind === 'delivery' ? tree.delivery(r.index ?? -1) : r?.id;
    if (!tree.endpoint || typeof id !== 'number') throw new TypeError('rong.redeliverCallback expects a delivery of the Rong Sandbox view or { id: number }');
    await redeliverCallback(tree.endpoint.url, id);
    await tree.refresh();
  });
  return { tree, disposable: vscode.Disposable.from(tree, view, shown, redeliver) };
}
