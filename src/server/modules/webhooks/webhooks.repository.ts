import type { Selectable } from 'kysely';
import { forUpdate, readJson, writeJson, type DbOrTrx } from '../../db/database.js';
import type { WebhookDeliveryStatus, WebhookDeliveryTable, WebhookEndpointTable } from '../../db/schema.js';

export type EndpointRow = Selectable<WebhookEndpointTable>;

/** Why an endpoint is disabled: by an admin, or because it answered 410 Gone. */
export type DisabledReason = 'manual' | 'gone';

export function toEndpoint(row: EndpointRow, now = new Date().toISOString()) {
  const rotating = row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: readJson<string[]>(row.events, []),
    enabled: Boolean(row.enabled),
    disabledReason: row.disabled_reason as DisabledReason | null,
    disabledAt: row.disabled_at,
    previousSecretExpiresAt: rotating ? row.previous_secret_expires_at : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertEndpoint(db: DbOrTrx, row: EndpointRow) {
  await db
    .insertInto('webhook_endpoints')
    .values({ ...row, events: writeJson(readJson<string[]>(row.events, [])), enabled: row.enabled ? 1 : 0 })
    .execute();
}

export async function findEndpoint(db: DbOrTrx, workspaceId: string, id: string, lock = false) {
  const query = db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id);
  return (lock ? forUpdate(db, query) : query).executeTakeFirst();
}

/** A workspace's endpoints, newest first; `before` is the last id of the previous page. */
export async function listEndpoints(
  db: DbOrTrx,
  workspaceId: string,
  before: string | undefined,
  limit: number,
) {
  let query = db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId);
  if (before) query = query.where('id', '<', before);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

export async function updateEndpoint(db: DbOrTrx, row: EndpointRow) {
  await db
    .updateTable('webhook_endpoints')
    .set({
      url: row.url,
      description: row.description,
      // Read back from PostgreSQL, jsonb is already parsed; written, it must be JSON text again.
      events: writeJson(readJson<string[]>(row.events, [])),
      enabled: row.enabled ? 1 : 0,
      disabled_reason: row.disabled_reason,
      disabled_at: row.disabled_at,
      secret: row.secret,
      previous_secret: row.previous_secret,
      previous_secret_expires_at: row.previous_secret_expires_at,
      updated_at: row.updated_at,
    })
    .where('workspace_id', '=', row.workspace_id)
    .where('id', '=', row.id)
    .execute();
}

export async function deleteEndpoint(db: DbOrTrx, workspaceId: string, id: string) {
  await db
    .deleteFrom('webhook_endpoints')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Disables an endpoint that is still enabled; false when it already was not. */
export async function disableEndpoint(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  reason: DisabledReason,
  now: string,
) {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({ enabled: 0, disabled_reason: reason, disabled_at: now, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The enabled endpoints of a workspace, with the event types each takes. */
export async function listEnabledEndpoints(db: DbOrTrx, workspaceId: string) {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'events'])
    .where('workspace_id', '=', workspaceId)
    .where('enabled', '=', 1)
    .execute();
  return rows.map((row) => ({ id: row.id, events: readJson<string[]>(row.events, []) }));
}

export type DeliveryRow = Selectable<WebhookDeliveryTable>;

export async function insertDelivery(db: DbOrTrx, row: DeliveryRow) {
  await db.insertInto('webhook_deliveries').values(row).execute();
}

/** A delivery with what sending it needs of its endpoint. */
export async function findDeliveryToSend(db: DbOrTrx, workspaceId: string, id: string) {
  return db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', (join) =>
      join.onRef('e.workspace_id', '=', 'd.workspace_id').onRef('e.id', '=', 'd.endpoint_id'),
    )
    .select([
      'd.id',
      'd.endpoint_id',
      'd.event_id',
      'd.body',
      'e.url',
      'e.enabled',
      'e.secret',
      'e.previous_secret',
      'e.previous_secret_expires_at',
    ])
    .where('d.workspace_id', '=', workspaceId)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function recordAttempt(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  attempt: {
    status: WebhookDeliveryStatus;
    attempts: number;
    responseStatus: number | null;
    responseExcerpt: string | null;
    durationMs: number | null;
    error: string | null;
    at: string;
  },
) {
  await db
    .updateTable('webhook_deliveries')
    .set({
      status: attempt.status,
      attempts: attempt.attempts,
      response_status: attempt.responseStatus,
      response_excerpt: attempt.responseExcerpt,
      duration_ms: attempt.durationMs,
      error: attempt.error,
      last_attempt_at: attempt.at,
      updated_at: attempt.at,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

const DELIVERY_COLUMNS = [
  'd.id',
  'd.endpoint_id',
  'd.event_id',
  'd.event_type',
  'd.body',
  'd.status',
  'd.attempts',
  'd.replay_of',
  'd.response_status',
  'd.response_excerpt',
  'd.duration_ms',
  'd.error',
  'd.last_attempt_at',
  'd.created_at',
  'd.updated_at',
  'j.status as job_status',
  'j.run_at as job_run_at',
] as const;

function deliveriesQuery(db: DbOrTrx, workspaceId: string, endpointId: string) {
  return db
    .selectFrom('webhook_deliveries as d')
    .leftJoin('jobs as j', 'j.id', 'd.job_id')
    .select(DELIVERY_COLUMNS)
    .where('d.workspace_id', '=', workspaceId)
    .where('d.endpoint_id', '=', endpointId);
}

type DeliveryView = Awaited<ReturnType<ReturnType<typeof deliveriesQuery>['executeTakeFirstOrThrow']>>;

/**
 * A delivery as the API shows it. One whose job is no longer waiting or running while the delivery
 * still waits for an outcome (its node died on the last attempt, or an admin cancelled the job) has
 * failed; the next attempt is the job's due time while it waits.
 */
export function toDelivery(row: DeliveryView) {
  const jobLive = row.job_status === 'waiting' || row.job_status === 'running';
  const unsettled = row.status === 'pending' || row.status === 'retrying';
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: unsettled && !jobLive ? ('failed' as const) : row.status,
    attempts: row.attempts,
    responseStatus: row.response_status,
    responseExcerpt: row.response_excerpt,
    durationMs: row.duration_ms,
    error: row.error,
    lastAttemptAt: row.last_attempt_at,
    nextAttemptAt: row.job_status === 'waiting' ? row.job_run_at : null,
    replayOf: row.replay_of,
    payload: JSON.parse(row.body) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An endpoint's deliveries, newest first; `before` is the last id of the previous page. */
export async function listDeliveries(
  db: DbOrTrx,
  workspaceId: string,
  endpointId: string,
  before: string | undefined,
  limit: number,
) {
  let query = deliveriesQuery(db, workspaceId, endpointId);
  if (before) query = query.where('d.id', '<', before);
  return query.orderBy('d.id', 'desc').limit(limit).execute();
}

export async function findDelivery(db: DbOrTrx, workspaceId: string, endpointId: string, id: string) {
  return deliveriesQuery(db, workspaceId, endpointId).where('d.id', '=', id).executeTakeFirst();
}

/** Deletes every workspace's deliveries created before `cutoff` (housekeeping). */
export async function deleteDeliveriesBefore(db: DbOrTrx, cutoff: string) {
  const result = await db
    .deleteFrom('webhook_deliveries')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export const writeEvents = (events: string[]) => writeJson(events);
