import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { JOB_DEFINITIONS } from '../server/jobs/registry.js';
import { JobWorker } from '../server/jobs/worker.js';
import { requestForLog } from '../server/lib/log-redaction.js';
import { CliError } from './cli-error.js';

function portOption(value: string | undefined): number {
  const port = Number(value ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535 (got "${value}")`);
  return port;
}

function positiveInteger(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new CliError(`${name} must be a whole number above 0`);
  return number;
}

export async function migrateCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
  const db = openDatabase();
  try {
    const result = await migrateToLatest(db);
    const applied = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ applied })}\n`
        : `${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
    );
  } finally {
    await db.destroy();
  }
}

export async function startCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } } });
  const port = portOption(values.port);
  const host = values.host ?? process.env.HOST ?? '0.0.0.0';
  const db = openDatabase();
  await migrateToLatest(db);
  const app = await buildApp({
    db,
    logger: { level: process.env.LOG_LEVEL ?? 'info', serializers: { req: requestForLog } },
  });
  try {
    await app.listen({ port, host });
  } catch (error) {
    // A port in use, say: nothing has started yet, so close what is open and let the error end the process.
    await app.close();
    await db.destroy();
    throw error;
  }
  const worker = new JobWorker(db, {
    definitions: JOB_DEFINITIONS,
    concurrency: positiveInteger('JOB_CONCURRENCY', 4),
    log: app.log.child({ component: 'jobs' }),
    files: app.files.store,
  });
  // Finishes running jobs for up to 20 seconds (container runtimes wait 30 before SIGKILL), hands the
  // rest back to the queue, then stops serving.
  const close = async () => {
    await worker.stop(20_000);
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
}

/** API with hot reload (tsx watch) plus the Vite dev server proxying /api to it. */
export async function devCommand(): Promise<void> {
  const { spawn } = await import('node:child_process');
  const api = spawn('npx', ['tsx', 'watch', 'src/cli/main.ts', 'start', '--port', '3001'], {
    stdio: 'inherit',
  });
  const web = spawn('npx', ['vite', '--config', 'src/web/vite.config.ts', '--port', '3000'], {
    stdio: 'inherit',
  });
  const stop = () => {
    api.kill();
    web.kill();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Writes the OpenAPI document, or checks that the committed one matches the code. */
export async function openapiCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, check: { type: 'string' } } });
  if (!values.out && !values.check) throw new CliError('openapi needs --out FILE or --check FILE');
  const db = openDatabase('sqlite::memory:');
  const app = await buildApp({ db, webRoot: null });
  await app.ready();
  const document = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await db.destroy();
  if (values.out) {
    writeFileSync(values.out, document);
    process.stdout.write(`wrote ${values.out}\n`);
    return;
  }
  const committed = readFileSync(values.check!, 'utf8');
  if (committed !== document)
    throw new CliError(`${values.check} is out of date; run npm run openapi and commit the result`);
  process.stdout.write(`${values.check} matches the code\n`);
}
