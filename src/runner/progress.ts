/**
 * Progress on stderr: a bar (cli-progress) on a terminal, plain lines otherwise (CI logs). The
 * report itself goes to stdout or --output. What a server said is shown through visible().
 */
import cliProgress from 'cli-progress';
import type { CaseResult } from './report';
import { visible } from './reporters/visible';

export interface Progress {
  start(total: number): void;
  done(c: CaseResult): void;
  stop(): void;
}

export function progressFor(stream: NodeJS.WriteStream, quietPerCase: boolean): Progress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream, quietPerCase);
}

class BarProgress implements Progress {
  private readonly bar: cliProgress.SingleBar;
  private failed = 0;

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      { stream, format: '{bar} {value}/{total} {percentage}% · failed {failed} · {eta_formatted} left', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number): void {
    this.bar.start(total, 0, { failed: 0 });
  }

  done(c: CaseResult): void {
    if (c.status !== 'passed') this.failed++;
    this.bar.increment(1, { failed: this.failed });
  }

  stop(): void {
    this.bar.stop();
  }
}

/** One line per request; for data runs (quietPerCase) a line at every tenth of the rows instead. */
class LineProgress implements Progress {
  private total = 0;
  private count = 0;
  private nextMark = 0;

  constructor(private readonly stream: NodeJS.WriteStream, private readonly quietPerCase: boolean) {}

  start(total: number): void {
    this.total = total;
    this.nextMark = Math.ceil(total / 10);
  }

  done(c: CaseResult): void {
    this.count++;
    if (!this.quietPerCase) {
      this.stream.write(`${c.status === 'passed' ? 'ok  ' : 'FAIL'} ${visible(`${c.file}:${c.line} ${c.title} — ${c.actual}`)}\n`);
    } else if (this.count >= this.nextMark || this.count === this.total) {
      this.stream.write(`${this.count}/${this.total}\n`);
      this.nextMark += Math.ceil(this.total / 10);
    }
  }

  stop(): void {}
}
