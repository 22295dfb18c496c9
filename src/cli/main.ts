import { CliError } from './cli-error.js';
import { InputError } from '../analytics/csv.js';

const usage = `usage: rapport <command>
  start [--port N] [--host H]      migrate, then serve the web app and the API
  dev                              API with hot reload and the Vite dev server
  migrate                          apply pending migrations
  workspace create --name N --owner-email E --owner-password P [--json]
  seed --workspace ID --people N [--seed S] [--json]
  analytics basket|clv|rfm|cohorts --input FILE …
  openapi --out FILE | --check FILE`;

// Commands load lazily so that `rapport analytics` never opens a database.
const commands: Record<string, () => Promise<(args: string[]) => Promise<void>>> = {
  start: async () => (await import('./server-commands.js')).startCommand,
  dev: async () => (await import('./server-commands.js')).devCommand,
  migrate: async () => (await import('./server-commands.js')).migrateCommand,
  workspace: async () => (await import('./workspace-command.js')).workspaceCommand,
  seed: async () => (await import('./seed-command.js')).seedCommand,
  openapi: async () => (await import('./server-commands.js')).openapiCommand,
  analytics: async () => (await import('./analytics.js')).analyticsCommand,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const load = name ? commands[name] : undefined;
  if (!load) {
    if (name === undefined || name === '--help' || name === 'help') {
      process.stdout.write(`${usage}\n`);
      return;
    }
    throw new CliError(`unknown command "${name}"\n${usage}`);
  }
  if (rest.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const command = await load();
  await command(rest);
}

/** Node's parseArgs rejects unknown or incomplete options with these codes. */
const isUsageError = (error: unknown) =>
  error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError || error instanceof InputError) {
    process.stderr.write(`rapport: ${error.message}\n`);
  } else if (isUsageError(error)) {
    // "Unknown option '--x'. To specify a positional argument…": the first sentence is the point.
    process.stderr.write(`rapport: ${(error as Error).message.split('. ')[0]}\n${usage}\n`);
  } else {
    process.stderr.write(
      `rapport: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exitCode = 1;
});
