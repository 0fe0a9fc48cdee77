/**
 * The editor's chained requests: one in-memory ExchangeStore per open .rong.http document (dropped
 * when it closes), filled by every send from the editor.
 */
import * as vscode from 'vscode';
import type { Exchange, ExchangeStore } from '../core/rongHttp';
import { loadRongHttp } from '../services/bundles';
import type { RongHttpDocuments } from './documents';

export class DocumentExchanges implements vscode.Disposable {
  private readonly stores = new Map<string, ExchangeStore>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's store has a new exchange. */
  readonly onDidChange = this.changed.event;
  private readonly listener: vscode.Disposable;

  constructor(documents: RongHttpDocuments) {
    this.listener = documents.onDidClose((uri) => this.stores.delete(uri.toString()));
  }

  /** The document's store (created on first use). */
  storeFor(uri: vscode.Uri): ExchangeStore {
    const key = uri.toString();
    let store = this.stores.get(key);
    if (!store) {
      store = new (loadRongHttp().MemoryExchangeStore)();
      this.stores.set(key, store);
    }
    return store;
  }

  record(uri: vscode.Uri, name: string, exchange: Exchange): void {
    this.storeFor(uri).set(name, exchange);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
