/**
 * The log line for messages dropped by the store's bound (model.ts, `--max-messages`): one line per
 * batch, never one per message. Drops made in one turn (a request, a whole replay at start) form a
 * batch; after a line, further drops of that app wait at least `quietMs` and are counted into the next.
 */
export function dropNotice(log: ((line: string) => void) | undefined, quietMs = 1000): ((appKey: string, dropped: number, kept: number) => void) | undefined {
  if (!log) return undefined;
  const apps = new Map<string, { pending: number; total: number; kept: number; lastAt: number; scheduled: boolean }>();
  const flush = (appKey: string) => {
    const a = apps.get(appKey);
    if (!a || a.pending === 0) return;
    a.scheduled = false;
    a.lastAt = performance.now();
    a.total += a.pending;
    log(`app "${appKey}": the message store keeps the newest ${a.kept} messages (--max-messages); dropped the oldest ${a.pending} (${a.total} since start)`);
    a.pending = 0;
  };
  return (appKey, dropped, kept) => {
    let a = apps.get(appKey);
    if (!a) apps.set(appKey, (a = { pending: 0, total: 0, kept, lastAt: -Infinity, scheduled: false }));
    a.pending += dropped;
    a.kept = kept;
    if (a.scheduled || performance.now() - a.lastAt < quietMs) return; // counted into the next line
    a.scheduled = true;
    setImmediate(() => flush(appKey));
  };
}
