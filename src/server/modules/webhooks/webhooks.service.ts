import type { Db, DbOrTrx } from '../../db/database.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { sealSecret } from '../../lib/secrets.js';
import { authorize, type Action, type Actor } from '../../lib/permissions.js';
import { diffRecords, recordAudit } from '../audit/audit.writer.js';
import { ALL_EVENTS, messageBody, queueDelivery } from './webhooks.outbox.js';
import {
  deleteEndpoint,
  findDelivery,
  findEndpoint,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  toDelivery,
  toEndpoint,
  updateEndpoint,
  writeEvents,
  type EndpointRow,
} from './webhooks.repository.js';
import {
  EVENT_TYPES,
  TEST_EVENT_TYPE,
  type CreateWebhookInput,
  type UpdateWebhookInput,
} from './webhooks.schemas.js';
import { readWebhookSettings } from './webhooks.settings.js';
import { newSecret } from './webhooks.signature.js';
import { targetProblem } from './webhooks.target-guard.js';

/**
 * Webhook endpoints of a workspace, managed by its admins (the `admin` permission, like the other
 * workspace settings). The secret is shown when an endpoint is made and when it is rotated, never
 * again, and stored sealed under SECRET_KEY (lib/secrets.ts); after a rotation the previous secret
 * keeps signing for ROTATION_OVERLAP_MS.
 */

export const ROTATION_OVERLAP_MS = 24 * 60 * 60_000;
const AUDIT_TYPE = 'webhook';

interface Page {
  cursor?: string | undefined;
  limit: number;
}

function pageOf<Row, Item extends { id: string }>(rows: Row[], limit: number, map: (row: Row) => Item) {
  const data = rows.slice(0, limit).map(map);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1]!.id : null };
}

/** `*` alone when it is listed, otherwise each type once, in the order of EVENT_TYPES. */
function normalizeEvents(events: string[]) {
  return events.includes(ALL_EVENTS) ? [ALL_EVENTS] : EVENT_TYPES.filter((type) => events.includes(type));
}

async function checkUrl(url: string) {
  const problem = await targetProblem(url, readWebhookSettings());
  if (problem) throw invalid('url', problem);
}

async function loadEndpoint(db: DbOrTrx, actor: Actor, action: Action, id: string, lock = false) {
  authorize(actor, 'admin', action);
  const row = await findEndpoint(db, actor.workspaceId, id, lock);
  if (!row) throw notFound('Webhook');
  return row;
}

/** The endpoint as audited: never its secrets. */
const audited = (row: EndpointRow | null) =>
  row ? { ...toEndpoint(row), previousSecretExpiresAt: undefined } : null;

export async function getWebhooks(db: Db, actor: Actor, query: Page) {
  authorize(actor, 'admin', 'read');
  const rows = await listEndpoints(db, actor.workspaceId, query.cursor, query.limit + 1);
  return pageOf(rows, query.limit, (row) => toEndpoint(row));
}

export async function getWebhook(db: Db, actor: Actor, id: string) {
  return toEndpoint(await loadEndpoint(db, actor, 'read', id));
}

export function getEventTypes(actor: Actor) {
  authorize(actor, 'admin', 'read');
  return { data: EVENT_TYPES };
}

export async function createWebhook(db: Db, actor: Actor, input: CreateWebhookInput) {
  authorize(actor, 'admin', 'create');
  await checkUrl(input.url);
  const now = nowIso();
  const secret = newSecret();
  const row: EndpointRow = {
    workspace_id: actor.workspaceId,
    id: uuidv7(),
    url: input.url,
    description: input.description,
    events: writeEvents(normalizeEvents(input.events)),
    enabled: input.enabled ? 1 : 0,
    disabled_reason: input.enabled ? null : 'manual',
    disabled_at: input.enabled ? null : now,
    secret: sealSecret(secret),
    previous_secret: null,
    previous_secret_expires_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertEndpoint(trx, row);
    await recordAudit(trx, actor, AUDIT_TYPE, row.id, 'create', diffRecords(null, audited(row)));
  });
  return { ...toEndpoint(row), secret };
}

export async function updateWebhook(db: Db, actor: Actor, id: string, patch: UpdateWebhookInput) {
  // Found before the URL is checked (another workspace's endpoint is not there, whatever is sent),
  // and checked outside the transaction, which holds the row while a name may take seconds to resolve.
  await loadEndpoint(db, actor, 'update', id);
  if (patch.url !== undefined) await checkUrl(patch.url);
  return db.transaction().execute(async (trx) => {
    const before = await loadEndpoint(trx, actor, 'update', id, true);
    const now = nowIso();
    const after: EndpointRow = {
      ...before,
      url: patch.url ?? before.url,
      description: patch.description ?? before.description,
      events: patch.events ? writeEvents(normalizeEvents(patch.events)) : before.events,
    };
    if (patch.enabled !== undefined && patch.enabled !== Boolean(before.enabled))
      Object.assign(after, {
        enabled: patch.enabled ? 1 : 0,
        disabled_reason: patch.enabled ? null : 'manual',
        disabled_at: patch.enabled ? null : now,
      });
    const changes = diffRecords(audited(before), audited(after));
    if (Object.keys(changes).length === 0) return toEndpoint(before);
    after.updated_at = now;
    await updateEndpoint(trx, after);
    await recordAudit(trx, actor, AUDIT_TYPE, id, 'update', changes);
    return toEndpoint(after);
  });
}

export async function deleteWebhook(db: Db, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const before = await loadEndpoint(trx, actor, 'delete', id, true);
    await deleteEndpoint(trx, actor.workspaceId, id);
    await recordAudit(trx, actor, AUDIT_TYPE, id, 'delete', diffRecords(audited(before), null));
  });
}

/**
 * A new secret signs from now on; the one it replaces keeps signing for 24 hours beside it, so
 * receivers can change over without refusing a message. A second rotation within the 24 hours drops
 * the oldest secret at once.
 */
export async function rotateWebhookSecret(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (trx) => {
    const before = await loadEndpoint(trx, actor, 'update', id, true);
    const now = new Date();
    const secret = newSecret();
    const after: EndpointRow = {
      ...before,
      secret: sealSecret(secret),
      previous_secret: before.secret,
      previous_secret_expires_at: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(),
      updated_at: now.toISOString(),
    };
    await updateEndpoint(trx, after);
    await recordAudit(trx, actor, AUDIT_TYPE, id, 'update', {
      previousSecretExpiresAt: {
        before: toEndpoint(before).previousSecretExpiresAt,
        after: after.previous_secret_expires_at,
      },
    });
    return { ...toEndpoint(after), secret };
  });
}

export async function getDeliveries(db: Db, actor: Actor, endpointId: string, query: Page) {
  await loadEndpoint(db, actor, 'read', endpointId);
  const rows = await listDeliveries(db, actor.workspaceId, endpointId, query.cursor, query.limit + 1);
  return pageOf(rows, query.limit, toDelivery);
}

function refuseDisabled(endpoint: EndpointRow) {
  if (!endpoint.enabled) throw conflict('enabled', 'the endpoint is disabled; enable it first');
}

/** Sends a delivery's message again, as a new delivery with the same `webhook-id` and body. */
export async function replayDelivery(db: Db, actor: Actor, endpointId: string, deliveryId: string) {
  return db.transaction().execute(async (trx) => {
    const endpoint = await loadEndpoint(trx, actor, 'update', endpointId);
    const original = await findDelivery(trx, actor.workspaceId, endpointId, deliveryId);
    if (!original) throw notFound('Delivery');
    refuseDisabled(endpoint);
    const id = await queueDelivery(trx, actor.workspaceId, {
      endpointId,
      eventId: original.event_id,
      eventType: original.event_type,
      body: original.body,
      replayOf: original.id,
    });
    return toDelivery((await findDelivery(trx, actor.workspaceId, endpointId, id))!);
  });
}

/** Sends a `webhook.test` message to one endpoint, whatever event types it takes. */
export async function sendTestMessage(db: Db, actor: Actor, endpointId: string) {
  return db.transaction().execute(async (trx) => {
    const endpoint = await loadEndpoint(trx, actor, 'update', endpointId);
    refuseDisabled(endpoint);
    const eventId = uuidv7();
    const body = messageBody({
      id: eventId,
      type: TEST_EVENT_TYPE,
      timestamp: nowIso(),
      data: { endpointId, message: 'A test message from Rapport' },
    });
    const id = await queueDelivery(trx, actor.workspaceId, {
      endpointId,
      eventId,
      eventType: TEST_EVENT_TYPE,
      body,
    });
    return toDelivery((await findDelivery(trx, actor.workspaceId, endpointId, id))!);
  });
}
