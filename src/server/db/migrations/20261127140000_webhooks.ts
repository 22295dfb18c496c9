import type { Kysely } from 'kysely';
import { columnTypes } from './frozen/dialect-2026-11-24.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, untyped on purpose
type AnyDb = Kysely<any>;

/**
 * Webhooks (Standard Webhooks 1.0).
 *
 * `webhook_endpoints`: where a workspace's record events go. `events` is a JSON list of event types
 * (`person.created`…) or `["*"]` for all. A disabled endpoint (by an admin, or because it answered
 * 410 Gone) gets no new deliveries; `disabled_reason` says why. `secret` signs every delivery; after
 * a rotation `previous_secret` signs too until `previous_secret_expires_at`, so receivers can switch
 * over without losing a message. Secrets are kept as they are: signing needs them.
 *
 * `webhook_deliveries`: one row per message sent (or to send) to one endpoint, with the outcome of
 * its latest attempt. `body` is the exact JSON that is signed and sent, kept so that retries and
 * replays send the same bytes after the record event itself is pruned. `event_id` is the message's
 * `webhook-id`, the same for every attempt and replay. `job_id` is the job that sends it (its
 * `run_at` is the next attempt). `replay_of` names the delivery an admin replayed.
 */
export async function up(db: AnyDb): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('workspace_id', t.id, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('events', t.json, (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('disabled_reason', 'text')
    .addColumn('disabled_at', t.timestamp)
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_expires_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_endpoints_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('workspace_id', t.id, (c) => c.notNull())
    .addColumn('id', t.id, (c) => c.notNull())
    .addColumn('endpoint_id', t.id, (c) => c.notNull())
    .addColumn('event_id', t.id, (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('job_id', t.id)
    .addColumn('replay_of', t.id)
    .addColumn('response_status', 'integer')
    .addColumn('response_excerpt', 'text')
    .addColumn('duration_ms', 'integer')
    .addColumn('error', 'text')
    .addColumn('last_attempt_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_deliveries_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'webhook_deliveries_endpoint_fk',
      ['workspace_id', 'endpoint_id'],
      'webhook_endpoints',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint_idx')
    .on('webhook_deliveries')
    .columns(['workspace_id', 'endpoint_id', 'id'])
    .execute();
  // Retention deletes old deliveries of every workspace at once.
  await db.schema
    .createIndex('webhook_deliveries_created_idx')
    .on('webhook_deliveries')
    .column('created_at')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('webhook_deliveries').execute();
  await db.schema.dropTable('webhook_endpoints').execute();
}
