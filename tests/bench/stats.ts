/** Timing helpers for benchmarks: run a function many times and summarise in milliseconds. */

export interface Timing {
  median: number;
  p95: number;
  min: number;
  runs: number;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns ms figures rounded to 0.01. */
export async function time(fn: () => unknown, runs = 30, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x: number) => Math.round(x * 100) / 100;
  return { median: round(at(0.5)), p95: round(at(0.95)), min: round(sorted[0]), runs: sorted.length };
}
