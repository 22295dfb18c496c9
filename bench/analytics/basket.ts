/**
 * Benchmark of `rapport analytics basket`: Groceries at several supports, and a seeded synthetic
 * log of 1,000,000 baskets (written once to bench/.out/). Each scenario runs in its own child
 * process so that its peak resident memory (maxRSS) is its own.
 *
 *   node --import tsx bench/analytics/basket.ts            all scenarios, a summary table
 *   node --import tsx bench/analytics/basket.ts --scenario groceries-0.001
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readLines } from '../../src/analytics/csv.js';
import { analyzeBaskets, type BasketQuery } from '../../src/analytics/basket/basket-analysis.js';
import { reportJson } from '../../src/analytics/basket/basket-report.js';
import { BasketEncoder } from '../../src/analytics/basket/transactions.js';
import { writeSyntheticBaskets, type SyntheticOptions } from './basket-synthetic.js';

const run = promisify(execFile);
const here = fileURLToPath(import.meta.url);
const repo = fileURLToPath(new URL('../../', import.meta.url));
// The shared reference data sits next to the repository: <repo>/../shared/refdata.
const groceries = fileURLToPath(new URL('../../../shared/refdata/groceries.csv.gz', import.meta.url));
const synthetic: SyntheticOptions = { transactions: 1_000_000, items: 2000, bundles: 150, seed: 42 };
const syntheticPath = `${repo}bench/.out/basket-synthetic-${synthetic.transactions}-s${synthetic.seed}.csv`;

interface Scenario {
  name: string;
  input: string;
  query: BasketQuery;
}

const query = (minSupport: number, minConfidence: number): BasketQuery => ({
  minSupport,
  minConfidence,
  minLength: 2,
  maxLength: Infinity,
});

const SCENARIOS: Scenario[] = [
  { name: 'groceries-0.01', input: groceries, query: query(0.01, 0.5) },
  { name: 'groceries-0.005', input: groceries, query: query(0.005, 0.3) },
  { name: 'groceries-0.001', input: groceries, query: query(0.001, 0.8) },
  { name: 'groceries-0.001-all', input: groceries, query: query(0.001, 0) },
  { name: 'synthetic-1m-0.0005', input: syntheticPath, query: query(0.0005, 0.1) },
  { name: 'synthetic-1m-0.0002', input: syntheticPath, query: query(0.0002, 0.1) },
];

interface Measurement {
  name: string;
  transactions: number;
  items: number;
  frequentItemsets: number;
  ruleCount: number;
  readMs: number;
  mineMs: number;
  jsonMs: number;
  jsonBytes: number;
  totalMs: number;
  maxRssMb: number;
}

/** Runs one scenario in this process, exactly as the CLI does (read, analyze, render all rules). */
async function measure(scenario: Scenario): Promise<Measurement> {
  const started = performance.now();
  const encoder = new BasketEncoder();
  for await (const { text } of readLines(scenario.input)) encoder.add(text.split(','));
  const db = encoder.finish();
  const read = performance.now();
  const analysis = analyzeBaskets(db, scenario.query);
  const mined = performance.now();
  let jsonBytes = 0;
  for (const chunk of reportJson(analysis, { top: Infinity, recommend: false })) jsonBytes += chunk.length;
  const done = performance.now();
  return {
    name: scenario.name,
    transactions: analysis.transactions,
    items: analysis.items,
    frequentItemsets: analysis.frequentItemsets,
    ruleCount: analysis.ruleCount,
    readMs: read - started,
    mineMs: mined - read,
    jsonMs: done - mined,
    jsonBytes,
    totalMs: done - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function child(name: string): Promise<Measurement> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', here, '--scenario', name], {
    cwd: repo,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as Measurement;
}

/** Wall time of the real command, process start-up (tsx) included. */
async function cliWallMs(args: string[]): Promise<number> {
  const started = performance.now();
  await run(process.execPath, [`${repo}bin/rapport.mjs`, 'analytics', 'basket', ...args], {
    cwd: repo,
    maxBuffer: 1 << 28,
  });
  return performance.now() - started;
}

const ms = (value: number): string => `${(value / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--scenario');
  if (at !== -1) {
    const scenario = SCENARIOS.find((s) => s.name === process.argv[at + 1]);
    if (!scenario)
      throw new Error(`unknown scenario; choose one of ${SCENARIOS.map((s) => s.name).join(', ')}`);
    process.stdout.write(`${JSON.stringify(await measure(scenario))}\n`);
    return;
  }
  const cpu = cpus();
  console.log(
    `node ${process.version}, ${cpu.length} cores (${cpu[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`,
  );
  if (!existsSync(syntheticPath)) {
    const started = performance.now();
    await writeSyntheticBaskets(syntheticPath, synthetic);
    console.log(`generated ${syntheticPath} in ${ms(performance.now() - started)}`);
  }
  const scenarios = SCENARIOS.filter((s) => existsSync(s.input));
  if (scenarios.length < SCENARIOS.length)
    console.log(`reference data not found at ${groceries}: Groceries skipped`);
  const rows: Measurement[] = [];
  for (const scenario of scenarios) rows.push(await child(scenario.name));
  console.table(
    rows.map((m) => ({
      scenario: m.name,
      transactions: m.transactions,
      items: m.items,
      itemsets: m.frequentItemsets,
      rules: m.ruleCount,
      read: ms(m.readMs),
      'mine+rules': ms(m.mineMs),
      json: ms(m.jsonMs),
      total: ms(m.totalMs),
      'peak RSS': `${m.maxRssMb.toFixed(0)} MB`,
    })),
  );
  if (existsSync(groceries)) {
    const args = ['--input', groceries, '--min-support', '0.001', '--min-confidence', '0.8', '--json'];
    console.log(`CLI end to end, Groceries 0.001/0.8 (with process start-up): ${ms(await cliWallMs(args))}`);
  }
  const big = rows.filter((m) => m.name.startsWith('synthetic') && m.ruleCount < 10_000);
  if (big.length > 0) console.log(`warning: fewer than 10,000 rules in ${big.map((m) => m.name).join(', ')}`);
}

await main();
