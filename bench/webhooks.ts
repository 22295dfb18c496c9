/**
 * Webhook deliveries per second to a receiver on loopback: N record events are fanned out to one
 * endpoint (one transaction each, as record changes do), then the job worker signs and POSTs them;
 * the clock runs from the first event to the last delivery recorded as succeeded. SQLite, one node.
 *
 *   npx tsx bench/webhooks.ts [--events 500] [--slots 8]
 *
 * Each run gets a fresh database under bench/.out/. Prints events/s written and deliveries/s.
 */
import { rmSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '../src/server/db/database.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { JobWorker } from '../src/server/jobs/worker.js';
import { nowIso, uuidv7 } from '../src/server/lib/ids.js';
import { sealSecret } from '../src/server/lib/secrets.js';
import { webhookDeliveryJob } from '../src/server/modules/webhooks/webhooks.delivery.js';
import { queueWebhookDeliveries, webhookMessage } from '../src/server/modules/webhooks/webhooks.outbox.js';
import { insertEndpoint, writeEvents } from '../src/server/modules/webhooks/webhooks.repository.js';
import { newSecret } from '../src/server/modules/webhooks/webhooks.signature.js';
import { createWorkspace } from '../src/server/modules/workspaces/workspaces.service.js';
import { startWebhookReceiver } from '../src/server/testing/webhook-receiver.js';
import { OUT } from './lib/setup.js';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '500' }, slots: { type: 'string', default: '8' } },
});
const EVENTS = Number(values.events);
const SLOTS = Number(values.slots);

const succeeded = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'succeeded')
        .executeTakeFirstOrThrow()
    ).n,
  );

async function main() {
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}webhooks-bench.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const db = openDatabase(`sqlite:${file}`);
  await migrateToLatest(db);
  const receiver = await startWebhookReceiver();
  process.env.WEBHOOK_ALLOWED_HOSTS = '127.0.0.1';
  const { workspaceId } = await createWorkspace(db, {
    name: 'Bench',
    ownerEmail: 'bench@example.com',
    ownerPassword: 'bench-password-1',
  });
  const now = nowIso();
  await insertEndpoint(db, {
    workspace_id: workspaceId,
    id: uuidv7(),
    url: `http://127.0.0.1:${receiver.port}/hook`,
    description: 'bench',
    events: writeEvents(['*']),
    enabled: 1,
    disabled_reason: null,
    disabled_at: null,
    secret: sealSecret(newSecret()),
    previous_secret: null,
    previous_secret_expires_at: null,
    created_at: now,
    updated_at: now,
  });
  const worker = new JobWorker(db, { definitions: [webhookDeliveryJob], concurrency: SLOTS, pollMs: 50 });
  try {
    const start = performance.now();
    for (let n = 0; n < EVENTS; n++) {
      const record = { id: uuidv7(), firstName: `Person ${n}`, lastName: 'Bench', version: 1 };
      await db.transaction().execute((trx) =>
        queueWebhookDeliveries(trx, workspaceId, () => [
          webhookMessage({
            id: uuidv7(),
            type: 'person.created',
            recordType: 'person',
            record,
            changedFields: Object.keys(record),
            occurredAt: nowIso(),
          }),
        ]),
      );
    }
    const written = performance.now();
    while ((await succeeded(db)) < EVENTS) await new Promise((resolve) => setTimeout(resolve, 20));
    const done = performance.now();
    console.log(
      JSON.stringify({
        database: 'SQLite, 1 node',
        events: EVENTS,
        slots: SLOTS,
        eventsPerSecond: Math.round(EVENTS / ((written - start) / 1000)),
        deliveriesPerSecond: Math.round(EVENTS / ((done - start) / 1000)),
        received: receiver.received.length,
      }),
    );
  } finally {
    await worker.stop();
    await receiver.close();
    await db.destroy();
  }
}

await main();
