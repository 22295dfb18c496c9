/**
 * Times `rapport analytics rfm` and `rapport analytics cohorts` on the reference files and on a
 * seeded synthetic log of 1,000,000 lines:  npx tsx bench/analytics/rfm.ts [--runs N]
 *
 * Every run is a fresh process, so the peak RSS is that command's own; the wall time is measured
 * both around the whole process (what a user waits for, including TypeScript start-up) and inside
 * it around the command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSyntheticLog } from './rfm-synthetic.js';

const repo = resolve(import.meta.dirname, '../..');
const refdata = resolve(repo, '../shared/refdata');
const syntheticPath = join(repo, 'bench/.out/synthetic-transactions-1m.csv');
const MARK = 'BENCH ';

interface Case {
  readonly name: string;
  readonly command: 'rfm' | 'cohorts';
  readonly args: string[];
}

function cases(): Case[] {
  const retail = ['--customer-col', 'CustomerID', '--date-col', 'InvoiceDate'];
  const retailMoney = ['--quantity-col', 'Quantity', '--price-col', 'UnitPrice'];
  const cdnow = ['--customer-col', 'customer_id', '--date-col', 'date', '--amount-col', 'amount'];
  const synthetic = ['--customer-col', 'customer', '--date-col', 'date', '--quantity-col', 'quantity'];
  const inputs: [string, string, string[], string[]][] = [
    [
      'Online Retail',
      join(refdata, 'online_retail.csv.gz'),
      [...retail, ...retailMoney, '--invoice-col', 'InvoiceNo'],
      [...retail, ...retailMoney],
    ],
    ['CDNOW master', join(refdata, 'cdnow_master.csv.gz'), cdnow, cdnow],
    [
      'synthetic 1M',
      syntheticPath,
      [...synthetic, '--price-col', 'price', '--invoice-col', 'invoice'],
      [...synthetic, '--price-col', 'price'],
    ],
  ];
  return inputs
    .filter(([name, path]) => existsSync(path) || (console.log(`skipped ${name}: ${path} not found`), false))
    .flatMap(([name, path, rfmArgs, cohortArgs]) => [
      { name, command: 'rfm' as const, args: ['--input', path, ...rfmArgs, '--json'] },
      { name, command: 'cohorts' as const, args: ['--input', path, ...cohortArgs, '--json'] },
    ]);
}

interface Measurement {
  processMs: number;
  commandMs: number;
  maxRssMb: number;
  customers: number;
}

function measure(benchCase: Case): Measurement {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', benchCase.command, ...benchCase.args],
    { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const processMs = performance.now() - started;
  const line = run.stderr.split('\n').find((text) => text.startsWith(MARK));
  if (run.status !== 0 || !line)
    throw new Error(`${benchCase.command} on ${benchCase.name} failed: ${run.stderr}`);
  const inside = JSON.parse(line.slice(MARK.length)) as { ms: number; maxRssKb: number };
  const report = JSON.parse(run.stdout) as { customers: number };
  return { processMs, commandMs: inside.ms, maxRssMb: inside.maxRssKb / 1024, customers: report.customers };
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number(values.runs));
  await writeSyntheticLog(syntheticPath, { rows: 1_000_000, customers: 100_000, seed: 20261123 });
  console.log(
    `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ` +
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB; median of ${runs} runs`,
  );
  console.log('| data | command | customers | wall (process) | wall (command) | peak RSS |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const benchCase of cases()) {
    const measurements = Array.from({ length: runs }, () => measure(benchCase));
    const row = [
      benchCase.name,
      benchCase.command,
      measurements[0]?.customers.toLocaleString('en-US'),
      `${(median(measurements.map((m) => m.processMs)) / 1000).toFixed(2)} s`,
      `${(median(measurements.map((m) => m.commandMs)) / 1000).toFixed(2)} s`,
      `${Math.max(...measurements.map((m) => m.maxRssMb)).toFixed(0)} MB`,
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}

/** Child mode: run one command in this fresh process and report its own time and peak memory. */
async function child(command: string, args: string[]): Promise<void> {
  const run =
    command === 'rfm'
      ? (await import('../../src/cli/analytics-rfm.js')).runRfm
      : (await import('../../src/cli/analytics-cohorts.js')).runCohorts;
  const started = performance.now();
  await run(args);
  const ms = performance.now() - started;
  process.stderr.write(`${MARK}${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

const [mode, command, ...rest] = process.argv.slice(2);
await (mode === '--child' && command ? child(command, rest) : main());
