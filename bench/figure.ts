/** One benchmark figure, printed as one JSON line by `npm run bench`. */
export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** What the value is compared against, measured in the same run. */
  readonly baseline?: number;
  readonly ratio?: number;
  /** The goal, in words, e.g. ">= 0.8". */
  readonly goal?: string;
  readonly note?: string;
}

export type BenchModule = { readonly run: () => Promise<BenchFigure[]> };

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
