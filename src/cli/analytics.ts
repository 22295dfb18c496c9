import { CliError } from './cli-error.js';
import { runBasket } from './analytics-basket.js';
import { runClv } from './analytics-clv.js';
import { runRfm } from './analytics-rfm.js';

const commands: Record<string, (args: string[]) => Promise<void>> = {
  basket: runBasket,
  clv: runClv,
  rfm: runRfm,
  cohorts: async (args) => (await import('./analytics-cohorts.js')).runCohorts(args),
};

export async function analyticsCommand(args: string[]): Promise<void> {
  const [name, ...rest] = args;
  const command = name ? commands[name] : undefined;
  if (!command)
    throw new CliError(`usage: rapport analytics ${Object.keys(commands).join('|')} --input FILE …`);
  await command(rest);
}
