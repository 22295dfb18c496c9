/**
 * Benchmark of `rapport analytics clv` on the reference data: the CDNOW sample and master files
 * (weeks, as in the papers) and Online Retail (days, amount = Quantity × UnitPrice), with both
 * purchase models. Each scenario runs the command's own code (`runClv`, with --json and --out) in a
 * child process of its own, so that its wall time includes reading the file and writing the scores,
 * and its peak resident memory (maxRSS) is its own.
 *
 *   npx tsx bench/analytics/clv.ts                     all scenarios, a summary table
 *   npx tsx bench/analytics/clv.ts --scenario cdnow-master-bgnbd
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runClv } from '../../src/cli/analytics-clv.js';

const run = promisify(execFile);
const here = fileURLToPath(import.meta.url);
const repo = fileURLToPath(new URL('../../', import.meta.url));
// The shared reference data sits next to the repository: <repo>/../shared/refdata.
const refdata = fileURLToPath(new URL('../../../shared/refdata/', import.meta.url));

const CDNOW = ['--customer-col', 'customer_id', '--date-col', 'date', '--amount-col', 'amount'];
const CDNOW_PERIODS = ['--calibration-end', '1997-09-30', '--holdout-end', '1998-06-30', '--period', 'week'];
const RETAIL = [
  ...['--customer-col', 'CustomerID', '--date-col', 'InvoiceDate'],
  ...['--quantity-col', 'Quantity', '--price-col', 'UnitPrice'],
  ...['--calibration-end', '2011-08-31', '--holdout-end', '2011-12-09', '--period', 'day'],
];

interface Scenario {
  readonly name: string;
  readonly file: string;
  readonly args: readonly string[];
}

const SCENARIOS: Scenario[] = [
  { name: 'cdnow-sample-bgnbd', file: 'cdnow_sample.csv.gz', args: [...CDNOW, ...CDNOW_PERIODS] },
  {
    name: 'cdnow-sample-pareto',
    file: 'cdnow_sample.csv.gz',
    args: [...CDNOW, ...CDNOW_PERIODS, '--model', 'pareto-nbd'],
  },
  { name: 'cdnow-master-bgnbd', file: 'cdnow_master.csv.gz', args: [...CDNOW, ...CDNOW_PERIODS] },
  {
    name: 'cdnow-master-pareto',
    file: 'cdnow_master.csv.gz',
    args: [...CDNOW, ...CDNOW_PERIODS, '--model', 'pareto-nbd'],
  },
  { name: 'online-retail-bgnbd', file: 'online_retail.csv.gz', args: RETAIL },
  { name: 'online-retail-pareto', file: 'online_retail.csv.gz', args: [...RETAIL, '--model', 'pareto-nbd'] },
];

interface Measurement {
  readonly name: string;
  readonly customers: number;
  readonly repeatTransactions: number;
  readonly logLikelihood: number;
  readonly holdoutActual: number;
  readonly holdoutPredicted: number;
  readonly wallMs: number;
  /** User + system CPU time: on a busy machine a steadier figure than the wall time. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

/** In the child: runs the command with its stdout captured, then reports on stderr. */
async function measure(scenario: Scenario): Promise<void> {
  const out = `${repo}bench/.out/clv-${scenario.name}.csv`;
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const capture = (chunk: string): boolean => {
    chunks.push(chunk);
    return true;
  };
  // runClv prints its JSON with a single write of a string; keep it instead of printing it.
  process.stdout.write = capture;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    await runClv(['--input', `${refdata}${scenario.file}`, ...scenario.args, '--out', out, '--json']);
  } finally {
    process.stdout.write = write;
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  const result = JSON.parse(chunks.join('')) as {
    customers: number;
    repeatTransactions: number;
    model: { logLikelihood: number };
    holdout: { actual: number; predicted: number };
  };
  const measurement: Measurement = {
    name: scenario.name,
    customers: result.customers,
    repeatTransactions: result.repeatTransactions,
    logLikelihood: result.model.logLikelihood,
    holdoutActual: result.holdout.actual,
    holdoutPredicted: result.holdout.predicted,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stderr.write(`${JSON.stringify(measurement)}\n`);
}

async function runAll(): Promise<void> {
  const missing = SCENARIOS.filter((s) => !existsSync(`${refdata}${s.file}`));
  if (missing.length > 0) {
    console.log(`reference data not found in ${refdata}: ${missing.map((s) => s.file).join(', ')}`);
    return;
  }
  console.log(
    `${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
  );
  console.log(
    'scenario                 customers  repeat  log-lik.      holdout act/pred   wall ms    CPU ms  max RSS MB',
  );
  for (const scenario of SCENARIOS) {
    const started = performance.now();
    const { stderr } = await run(process.execPath, ['--import', 'tsx', here, '--scenario', scenario.name], {
      cwd: repo,
      maxBuffer: 1 << 24,
    });
    const processMs = performance.now() - started;
    const line = stderr.split('\n').find((l) => l.startsWith('{'));
    if (line === undefined) throw new Error(`${scenario.name}: no measurement (${stderr.trim()})`);
    const m = JSON.parse(line) as Measurement;
    console.log(
      [
        m.name.padEnd(24),
        String(m.customers).padStart(9),
        String(m.repeatTransactions).padStart(7),
        m.logLikelihood.toFixed(1).padStart(10),
        `${m.holdoutActual}/${m.holdoutPredicted.toFixed(0)}`.padStart(18),
        m.wallMs.toFixed(0).padStart(9),
        m.cpuMs.toFixed(0).padStart(9),
        m.maxRssMb.toFixed(0).padStart(11),
        `  (${processMs.toFixed(0)} ms with Node and tsx start-up)`,
      ].join(' '),
    );
  }
}

const at = process.argv.indexOf('--scenario');
if (at === -1) {
  await runAll();
} else {
  const scenario = SCENARIOS.find((s) => s.name === process.argv[at + 1]);
  if (scenario === undefined)
    throw new Error(`unknown scenario; one of ${SCENARIOS.map((s) => s.name).join(', ')}`);
  await measure(scenario);
}
