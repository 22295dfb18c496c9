import autocannon from 'autocannon';

export interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
  /** Requests that did not answer 2xx, or calls that threw; a benchmark with errors means nothing. */
  errors: number;
}

export interface HttpScenario {
  method: 'GET' | 'POST';
  /** Called for every request, so paths and bodies can rotate over real ids and names. */
  next: () => { path: string; body?: string };
}

/** Loads the server on loopback for `seconds` with `connections` keep-alive connections. */
export async function loadHttp(
  baseUrl: string,
  apiKey: string,
  scenario: HttpScenario,
  seconds: number,
  connections: number,
): Promise<Figures> {
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    requests: [
      {
        method: scenario.method,
        setupRequest: (request) => {
          const { path, body } = scenario.next();
          return { ...request, path, ...(body !== undefined && { body }) };
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    perSecond: result.requests.average,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Calls `work` back to back for `seconds` (after a short warm-up) and times each call. */
export async function loadDirect(work: () => Promise<unknown>, seconds: number): Promise<Figures> {
  for (let i = 0; i < 20; i++) await work();
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    try {
      await work();
    } catch {
      errors++;
    }
    times.push(performance.now() - t);
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    perSecond: times.length / elapsed,
    errors,
  };
}

const pad = (text: string, width: number) => text.padStart(width);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');

export interface Row {
  name: string;
  http: Figures;
  direct: Figures;
}

/** A Markdown table, so the output can go into docs/benchmarks.md as it is. */
export function formatTable(rows: Row[]): string {
  const lines = [
    '| scenario | HTTP p50 ms | HTTP p99 ms | HTTP req/s | direct p50 ms | direct p99 ms | direct ops/s | p50 HTTP/direct | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { name, http, direct } of rows) {
    const cells = [
      name,
      ms(http.p50),
      ms(http.p99),
      http.perSecond.toFixed(0),
      ms(direct.p50),
      ms(direct.p99),
      direct.perSecond.toFixed(0),
      `${(http.p50 / direct.p50).toFixed(1)}×`,
      String(http.errors + direct.errors),
    ];
    lines.push(`| ${cells.map((cell, i) => (i === 0 ? cell : pad(cell, 6))).join(' | ')} |`);
  }
  return lines.join('\n');
}
