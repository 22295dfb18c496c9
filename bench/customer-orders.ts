/**
 * A customer's orders at scale: a workspace seeded by `rapport seed` (people, companies, deals,
 * activities, quotes, orders with deliveries, invoices with payments in proportion: about half an
 * order per person), then one customer given `--orders` more orders of their own by the seed's sales
 * generator (delivered, invoiced and paid as their age allows). Over HTTP against the real server:
 * the customer's orders newest first, their invoices newest first, and their figures (late orders,
 * outstanding balance, lifetime revenue); beside each, the request's SQL replayed alone.
 *
 *   npx tsx bench/customer-orders.ts [--people 20000] [--orders 2000] [--seconds 5]
 *                                    [--connections 16] [--keep] [--database postgres://…]
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { findPrefixes } from '../src/server/modules/sales/sales.repository.js';
import { seedProducts } from '../src/server/seed/seed-deals.js';
import { SalesSeeder } from '../src/server/seed/seed-sales.js';
import { writeSalesBatch } from '../src/server/seed/seed-sales-tables.js';
import { formatTable, loadDirect, loadHttp, type Row } from './lib/measure.js';
import { captureRequestQueries, replay } from './lib/query-capture.js';
import { freePort, openSeeded, OUT, startServer, stopServer } from './lib/setup.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '20000' },
    orders: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const DATABASE_URL = values.database ?? `sqlite:${OUT}customer-orders.db`;
const onSqlite = DATABASE_URL.startsWith('sqlite:');

const { db, prepared } = await openSeeded({
  url: DATABASE_URL,
  people: Number(values.people),
  keep: values.keep,
  stateFile: `${OUT}customer-orders${onSqlite ? '' : '.postgres'}.workspace.json`,
});
const { workspaceId, apiKey } = prepared;

/** The customer: the seeded person with the most orders, given `--orders` more on a fresh seed. */
const busiest = await db
  .selectFrom('orders')
  .select(['person_id', (eb) => eb.fn.countAll<number>().as('n')])
  .where('workspace_id', '=', workspaceId)
  .groupBy('person_id')
  .orderBy('n', 'desc')
  .executeTakeFirstOrThrow();
const person = await db
  .selectFrom('people')
  .select(['id', 'first_name', 'last_name', 'company_id', 'owner_id', 'created_at'])
  .where('workspace_id', '=', workspaceId)
  .where('id', '=', busiest.person_id!)
  .executeTakeFirstOrThrow();
if (prepared.seed) {
  const { currency } = await db
    .selectFrom('workspaces')
    .select('default_currency as currency')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const seeder = new SalesSeeder({
    seed: 'bench-customer',
    now: Date.now(),
    products: await seedProducts(db, workspaceId),
    currency,
  });
  const prefixes = await findPrefixes(db, workspaceId);
  const party = {
    person: {
      id: person.id,
      companyId: person.company_id,
      ownerId: person.owner_id,
      createdAt: '2020-01-01T00:00:00.000Z',
      lastName: person.last_name,
    },
  };
  const names = new Map([[person.id, `${person.first_name} ${person.last_name}`]]);
  for (let added = 0; added < Number(values.orders);) {
    const batch = seeder.forPeople(
      Array.from({ length: 500 }, () => party),
      [],
    );
    await db.transaction().execute((trx) => writeSalesBatch(trx, workspaceId, prefixes, batch, names));
    added += batch.orders.length;
    process.stderr.write(`\radded ${added} orders to one customer`);
  }
  process.stderr.write('\n');
}
const count = async (table: 'orders' | 'invoices', personId?: string) => {
  let query = db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId);
  if (personId) query = query.where('person_id', '=', personId);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

const scenarios: [string, string][] = [
  ['their orders, newest first', `/api/v1/orders?filter[personId]=${person.id}&sort=-issueDate`],
  ['their invoices, newest first', `/api/v1/invoices?filter[personId]=${person.id}&sort=-issueDate`],
  ['their figures (late, owed, revenue)', `/api/v1/people/${person.id}/sales`],
];
const port = await freePort();
const server = await startServer(port, DATABASE_URL);
const url = `http://127.0.0.1:${port}`;
try {
  const captured = await captureRequestQueries(
    DATABASE_URL,
    apiKey,
    scenarios.map(([, path]) => path),
  );
  const rows: Row[] = [];
  for (const [name, path] of scenarios) {
    const queries = captured.get(path)!;
    const scenario = { method: 'GET' as const, next: () => ({ path }) };
    await loadHttp(url, apiKey, scenario, 2, connections); // warm-up
    const http = await loadHttp(url, apiKey, scenario, seconds, connections);
    const direct = await loadDirect(() => replay(db, queries), seconds);
    rows.push({ name: `${name} (${queries.length} queries)`, http, direct });
  }
  console.log(
    `\nA customer's orders: ${(await count('orders', person.id)).toLocaleString('en')} orders and ` +
      `${(await count('invoices', person.id)).toLocaleString('en')} invoices of one person among ` +
      `${(await count('orders')).toLocaleString('en')} orders and ${(await count('invoices')).toLocaleString('en')} invoices, ` +
      `${onSqlite ? 'SQLite' : 'PostgreSQL'}, ${connections} connections, ${seconds} s each; ` +
      `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0]!.toFixed(2)}\n`,
  );
  console.log(formatTable(rows));
} finally {
  await stopServer(server);
  await db.destroy();
}
