import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/database.js';
import { migrateToLatest } from '../server/db/migrate.js';
import { AppError } from '../server/lib/errors.js';
import { MAX_SEED_PEOPLE } from '../server/seed/seed-generator.js';
import { seedWorkspace } from '../server/seed/seed-workspace.js';
import { CliError, printResult } from './cli-error.js';

const USAGE = 'usage: rapport seed --workspace ID --people N [--seed S] [--people-only] [--json]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseSeedArgs(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        workspace: { type: 'string' },
        people: { type: 'string' },
        seed: { type: 'string' },
        'people-only': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)} (${USAGE})`);
  }
  const workspaceId = values.workspace?.trim();
  if (!workspaceId) throw new CliError(`--workspace is required (${USAGE})`);
  if (!UUID.test(workspaceId))
    throw new CliError(`--workspace must be a workspace id (a UUID), got "${workspaceId}"`);
  const raw = values.people?.trim() ?? '';
  const people = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(people) || people < 1 || people > MAX_SEED_PEOPLE) {
    throw new CliError(
      `--people must be a whole number from 1 to ${MAX_SEED_PEOPLE.toLocaleString('en')}, got "${values.people ?? ''}"`,
    );
  }
  return {
    workspaceId,
    people,
    seed: values.seed ?? '1',
    peopleOnly: Boolean(values['people-only']),
    json: Boolean(values.json),
  };
}

/**
 * `rapport seed`: demo data for one workspace: people, companies, notes, activities, products, deals,
 * quotes, orders with their deliveries, invoices with their payments; `--people-only` for people and
 * companies alone (lists at scale). Tickets join the seed as their module lands.
 */
export async function seedCommand(args: string[]): Promise<void> {
  const options = parseSeedArgs(args);
  const db = openDatabase();
  try {
    await migrateToLatest(db);
    const progress = !options.json && process.stderr.isTTY;
    const result = await seedWorkspace(db, {
      workspaceId: options.workspaceId,
      people: options.people,
      seed: options.seed,
      peopleOnly: options.peopleOnly,
      ...(progress && {
        onProgress: (done: number, total: number) =>
          process.stderr.write(`\rseeding… ${done}/${total} people`),
      }),
    });
    if (progress) process.stderr.write('\n');
    printResult(
      result,
      options.json,
      () =>
        `seeded workspace ${result.workspaceId}: ${result.people} people, ${result.companies} companies, ${result.notes} notes, ${result.activities} activities, ${result.products} products, ${result.deals} deals, ${result.quotes} quotes, ${result.orders} orders (${result.deliveries} deliveries), ${result.invoices} invoices (${result.payments} payments) in ${result.seconds} s`,
    );
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.destroy();
  }
}
