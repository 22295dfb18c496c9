/**
 * Where a Node process spent its CPU: self time per function and per file or package, read from a
 * `.cpuprofile` written by `node --cpu-prof` (as `bench/http-overhead.ts --profile` does).
 *
 *   npx tsx bench/cpu-profile-summary.ts <file.cpuprofile> [--top 25]
 */
import { parseArgs } from 'node:util';
import { formatSummary, summarizeProfile } from './lib/cpu-profile.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
if (positionals.length !== 1) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [--top 25]');
console.log(formatSummary(summarizeProfile(positionals[0]!, Number(values.top))));
