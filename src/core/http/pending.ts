/** Something close() can cancel: a pending attempt or a wait before a retry. */
export abstract class Pending {
  prev: Pending | undefined;
  next: Pending | undefined;
  linked = false;
  abstract cancel(): void;
}

/**
 * The pending attempts and waits, as an intrusive list: adding and removing allocate nothing (a Set
 * churned at thousands of sends a second keeps garbage alive through V8's young-generation GC).
 */
export class PendingList {
  private head: Pending | undefined;

  add(p: Pending): void {
    p.prev = undefined;
    p.next = this.head;
    if (this.head) this.head.prev = p;
    this.head = p;
    p.linked = true;
  }

  remove(p: Pending): void {
    if (!p.linked) return;
    if (p.prev) p.prev.next = p.next;
    else this.head = p.next;
    if (p.next) p.next.prev = p.prev;
    p.prev = p.next = undefined;
    p.linked = false;
  }

  cancelAll(): void {
    for (let p = this.head; p; ) {
      const next = p.next;
      p.cancel();
      this.remove(p);
      p = next;
    }
  }
}

/** A wait before a retry, ended early by close(). */
export class Wait extends Pending {
  constructor(private readonly stop: AbortController) {
    super();
  }

  cancel(): void {
    this.stop.abort();
  }
}
