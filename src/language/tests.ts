/**
 * The Test Explorer: each .rong.http file is a test item, and each of its requests with `??` lines
 * a test. A run sends through the editor's one path (SendChain: dependencies first, each once),
 * so the file shows the same ✓/✗ marks; a request passes by the one verdict (core/verdict) that
 * rong-http run and Send All give. The controller
 * is created once there is a .rong.http file (registerRongTests); files are parsed only when their
 * tests are asked for.
 */
import * as vscode from 'vscode';
import type { RongHttpDocument } from '../core/rongHttp';
import { SendChain, type BlockSend } from '../commands/sendChain';
import type { LanguageServices } from '../commands/rongHttpTarget';
import { loadRongHttp } from '../services/bundles';
import type { Services } from '../services';
import { shownValue } from './assertionMarks';
import { LANGUAGE_ID, toRange } from './convert';

const GLOB = '**/*.rong.http';

export type TestState = 'passed' | 'failed' | 'errored' | 'skipped';

/** What a run found for one test (the integration tests read it; VS Code gets the same through TestRun). */
export interface TestOutcome {
  readonly id: string;
  readonly label: string;
  readonly state: TestState;
  readonly messages: ReadonlyArray<{ readonly message: string; readonly expected?: string; readonly actual?: string; readonly line?: number }>;
}

export interface RongTestsApi {
  readonly controller: vscode.TestController;
  /** Finds the workspace's files and their tests. */
  refresh(): Promise<void>;
  /** Runs these items (all when none), as the Run profile does. */
  run(include?: readonly vscode.TestItem[], token?: vscode.CancellationToken): Promise<TestOutcome[]>;
}

const requestId = (uri: vscode.Uri, blockIndex: number) => `${uri.toString()}#${blockIndex}`;

function blockIndexOf(item: vscode.TestItem): number | undefined {
  const m = /#(\d+)$/.exec(item.id);
  return item.parent && m ? Number(m[1]) : undefined;
}

function requestLabel(doc: RongHttpDocument, index: number): string {
  const b = doc.blocks[index];
  if (b.name) return b.name;
  const line = b.request ? doc.lines[b.request.range.startLine].trim() : '';
  return line || vscode.l10n.t('Request at line {0}', b.startLine + 1);
}

export class RongTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController('rong', vscode.l10n.t('Rong'));
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly s: Services, private readonly lang: LanguageServices) {
    this.controller.resolveHandler = (item) => (item ? this.resolveFile(item) : this.refresh());
    this.controller.refreshHandler = () => this.refresh();
    this.controller.createRunProfile(vscode.l10n.t('Send and check'), vscode.TestRunProfileKind.Run, async (request, token) => {
      await this.run(request, token);
    }, true);
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.fileItem(uri)),
      watcher.onDidChange((uri) => this.onFileChanged(uri)),
      watcher.onDidDelete((uri) => this.controller.items.delete(uri.toString())),
      lang.documents.onDidChange((d) => this.fillFromDocument(d)),
    );
  }

  /** Every .rong.http file of the workspace (and open ones outside it) as an item whose tests resolve lazily. */
  async refresh(): Promise<void> {
    const uris = await vscode.workspace.findFiles(GLOB, '**/node_modules/**');
    for (const d of vscode.workspace.textDocuments) if (d.languageId === LANGUAGE_ID && !uris.some((u) => u.toString() === d.uri.toString())) uris.push(d.uri);
    const keep = new Set(uris.map((u) => u.toString()));
    this.controller.items.forEach((item) => {
      if (!keep.has(item.id)) this.controller.items.delete(item.id);
    });
    for (const uri of uris) {
      const item = this.fileItem(uri);
      if (!item.canResolveChildren) await this.resolveFile(item);
    }
  }

  private fileItem(uri: vscode.Uri): vscode.TestItem {
    const existing = this.controller.items.get(uri.toString());
    if (existing) return existing;
    const item = this.controller.createTestItem(uri.toString(), uri.path.split('/').pop() ?? uri.path, uri);
    item.canResolveChildren = true;
    this.controller.items.add(item);
    return item;
  }

  private async onFileChanged(uri: vscode.Uri): Promise<void> {
    const item = this.controller.items.get(uri.toString());
    // An open document follows its edits (fillFromDocument); a closed one is read again.
    if (item && !item.canResolveChildren && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) await this.resolveFile(item);
  }

  /** A file's tests: the open document's text when it is open, else the file's. */
  private async resolveFile(item: vscode.TestItem): Promise<void> {
    if (!item.uri) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === item.uri!.toString());
    if (open) return this.fillFromDocument(open);
    try {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(item.uri));
      this.fill(item, loadRongHttp().parseDocument(text));
    } catch (e) {
      item.error = vscode.l10n.t('Cannot read {0}: {1}', item.uri.fsPath, e instanceof Error ? e.message : String(e));
    }
  }

  /** Follows a .rong.http document that was already open when the controller was created. */
  track(document: vscode.TextDocument): void {
    this.fillFromDocument(document);
  }

  private fillFromDocument(document: vscode.TextDocument): void {
    // Files only: a diff's or a git view's copy of a file is not a second set of tests.
    if (document.languageId !== LANGUAGE_ID || (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled')) return;
    this.fill(this.fileItem(document.uri), this.lang.documents.get(document).document);
  }

  private fill(item: vscode.TestItem, doc: RongHttpDocument): void {
    const uri = item.uri!;
    const children: vscode.TestItem[] = [];
    doc.blocks.forEach((b, i) => {
      if (!b.request || b.assertions.length === 0) return;
      // The same item while its id stays: a run in progress keeps reporting to it.
      const id = requestId(uri, i);
      const child = item.children.get(id) ?? this.controller.createTestItem(id, requestLabel(doc, i), uri);
      child.label = requestLabel(doc, i);
      child.range = toRange(b.request.range);
      child.description = vscode.l10n.t('{0} assertion(s)', b.assertions.length);
      children.push(child);
    });
    item.children.replace(children);
    item.canResolveChildren = false;
    item.error = undefined;
  }

  /** The tests a request names (a file stands for its tests), by file, in file order. */
  private async testsOf(request: vscode.TestRunRequest): Promise<Map<string, vscode.TestItem[]>> {
    const roots: vscode.TestItem[] = [];
    if (request.include) roots.push(...request.include);
    else {
      await this.refresh();
      this.controller.items.forEach((i) => roots.push(i));
    }
    const excluded = new Set((request.exclude ?? []).map((i) => i.id));
    const byFile = new Map<string, vscode.TestItem[]>();
    for (const root of roots) {
      if (excluded.has(root.id)) continue;
      if (!root.parent && root.canResolveChildren) await this.resolveFile(root);
      const tests: vscode.TestItem[] = [];
      if (root.parent) tests.push(root);
      else root.children.forEach((c) => tests.push(c));
      for (const t of tests) {
        if (excluded.has(t.id) || !t.uri) continue;
        const list = byFile.get(t.uri.toString()) ?? [];
        if (!list.includes(t)) list.push(t);
        byFile.set(t.uri.toString(), list);
      }
    }
    for (const list of byFile.values()) list.sort((a, b) => (blockIndexOf(a) ?? 0) - (blockIndexOf(b) ?? 0));
    return byFile;
  }

  /** The Run profile: sends each test's request after what it reads from, and reports it. */
  async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<TestOutcome[]> {
    const byFile = await this.testsOf(request);
    const run = this.controller.createTestRun(request);
    const abort = new AbortController();
    const listener = token.onCancellationRequested(() => abort.abort());
    const outcomes: TestOutcome[] = [];
    try {
      for (const tests of byFile.values()) {
        for (const t of tests) run.enqueued(t);
        const document = await vscode.workspace.openTextDocument(tests[0].uri!);
        const chain = new SendChain(this.s, this.lang, document);
        for (const test of tests) {
          if (token.isCancellationRequested) {
            run.skipped(test);
            outcomes.push({ id: test.id, label: test.label, state: 'skipped', messages: [] });
            continue;
          }
          run.started(test);
          const index = blockIndexOf(test) ?? -1;
          const sent = await chain.send(index, abort.signal);
          const outcome = this.report(run, test, document, sent);
          this.output(run, test, document, sent, outcome);
          outcomes.push(outcome);
        }
      }
    } finally {
      listener.dispose();
      run.end();
    }
    return outcomes;
  }

  /** What the Test Results panel shows for a test: the request, its answer, each ?? line (terminal text, CRLF). */
  private output(run: vscode.TestRun, test: vscode.TestItem, document: vscode.TextDocument, sent: BlockSend, outcome: TestOutcome): void {
    const request = test.range ? document.lineAt(test.range.start.line).text.trim() : test.label;
    const lines = [`${outcome.state === 'passed' ? '✓' : outcome.state === 'skipped' ? '-' : '✗'} ${test.label} · ${request}`];
    if (sent.ending) lines.push(`  ${sent.ending.message}`);
    else {
      const r = sent.result;
      const code = r.code === undefined ? '' : ` · ${vscode.l10n.t('code {0}', r.code)}`;
      lines.push(`  ${r.httpStatus === undefined ? r.outcome : `HTTP ${r.httpStatus}`}${code} · ${Math.round(r.totalMs)} ms`);
      for (const c of sent.checks) lines.push(`  ${c.passed ? '✓' : '✗'} ${vscode.l10n.t('line {0}: {1}', c.line, c.message)}`);
    }
    // No location: VS Code would repeat the text inline at the request line.
    run.appendOutput(`${lines.join('\r\n')}\r\n`, undefined, test);
  }

  private report(run: vscode.TestRun, test: vscode.TestItem, document: vscode.TextDocument, sent: BlockSend): TestOutcome {
    const base = { id: test.id, label: test.label };
    const at = test.range ? new vscode.Location(document.uri, test.range) : undefined;
    const errored = (text: string): TestOutcome => {
      const m = new vscode.TestMessage(text);
      m.location = at;
      run.errored(test, m);
      return { ...base, state: 'errored', messages: [{ message: text, line: at?.range.start.line }] };
    };
    if (sent.ending) return errored(sent.ending.message);
    const result = sent.result;
    if (result.outcome === 'cancelled') {
      run.skipped(test);
      return { ...base, state: 'skipped', messages: [] };
    }
    const ms = Math.round(result.totalMs);
    // The one verdict (core/verdict), the runner's: passed when an answer came and every `??` line held.
    if (sent.verdict.passed) {
      run.passed(test, ms);
      return { ...base, state: 'passed', messages: [] };
    }
    if (sent.verdict.failed.length === 0) return errored(result.message);
    const messages = sent.verdict.failed.map((c) => ({ message: c.message, expected: shownValue(c.expected) ?? '', actual: shownValue(c.actual) ?? '', line: c.line - 1 }));
    run.failed(test, messages.map((m) => {
      const tm = vscode.TestMessage.diff(m.message, m.expected, m.actual);
      tm.location = new vscode.Location(document.uri, new vscode.Range(m.line, 0, m.line, document.lineAt(m.line).text.length));
      return tm;
    }), ms);
    return { ...base, state: 'failed', messages };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.controller.dispose();
  }
}

/**
 * The controller is created when it has something to show: the first .rong.http document the
 * language follows, or a .rong.http file in the workspace (looked for once, after activation). A
 * workspace without such files gets no empty "Rong" entry in the Testing view, and activation does
 * not pay for the controller, its run profile and its file watcher (~5 ms measured).
 */
export function registerRongTests(s: Services, lang: LanguageServices): { readonly disposable: vscode.Disposable; readonly api: RongTestsApi } {
  let tests: RongTests | undefined;
  const ensure = (): RongTests => (tests ??= new RongTests(s, lang));
  const firstDocument = lang.documents.onDidChange((d) => {
    if (tests) return;
    ensure().track(d);
    firstDocument.dispose();
  });
  const lookup = setTimeout(() => {
    void Promise.resolve(vscode.workspace.findFiles(GLOB, '**/node_modules/**', 1)).then(
      (found) => found.length > 0 && ensure(),
      () => undefined,
    );
  }, 0);
  return {
    disposable: new vscode.Disposable(() => {
      clearTimeout(lookup);
      firstDocument.dispose();
      tests?.dispose();
    }),
    api: {
      get controller() {
        return ensure().controller;
      },
      refresh: () => ensure().refresh(),
      run: (include, token) => ensure().run(new vscode.TestRunRequest(include), token ?? new vscode.CancellationTokenSource().token),
    },
  };
}
