import type { DbOrTrx } from '../../db/database.js';
import { enqueue } from '../../jobs/jobs.js';
import { nowIso, uuidv7 } from '../../lib/ids.js';
import { webhookDeliveryJob } from './webhooks.delivery.js';
import { insertDelivery, listEnabledEndpoints } from './webhooks.repository.js';

/** Every event type, for endpoints that take all of them. */
export const ALL_EVENTS = '*';

/** A message as the endpoints receive it (Standard Webhooks: `type`, `timestamp`, `data`). */
export interface WebhookMessage {
  /** The `webhook-id`: the record event's id, or a new one for a test message. */
  id: string;
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export const messageBody = (message: WebhookMessage) =>
  JSON.stringify({ type: message.type, timestamp: message.timestamp, data: message.data });

/**
 * Writes a delivery of `body` to one endpoint and the job that sends it, in the caller's transaction.
 * Returns the delivery's id.
 */
export async function queueDelivery(
  trx: DbOrTrx,
  workspaceId: string,
  delivery: { endpointId: string; eventId: string; eventType: string; body: string; replayOf?: string },
) {
  const id = uuidv7();
  const now = nowIso();
  const job = await enqueue(trx, webhookDeliveryJob, { deliveryId: id }, { workspaceId });
  await insertDelivery(trx, {
    workspace_id: workspaceId,
    id,
    endpoint_id: delivery.endpointId,
    event_id: delivery.eventId,
    event_type: delivery.eventType,
    body: delivery.body,
    status: 'pending',
    attempts: 0,
    job_id: job.id,
    replay_of: delivery.replayOf ?? null,
    response_status: null,
    response_excerpt: null,
    duration_ms: null,
    error: null,
    last_attempt_at: null,
    created_at: now,
    updated_at: now,
  });
  return id;
}

/**
 * Fans record events out to the workspace's enabled endpoints that take their types, in the
 * transaction that records the changes: each delivery exists exactly when its change committed, once
 * per endpoint, whichever node made the change, and endpoints see the changes made after they were
 * added or enabled. The endpoints are read once for all the events (an import's batch), and the
 * messages are built only when there is an endpoint.
 */
export async function queueWebhookDeliveries(
  trx: DbOrTrx,
  workspaceId: string,
  messages: () => WebhookMessage[],
) {
  const endpoints = await listEnabledEndpoints(trx, workspaceId);
  if (endpoints.length === 0) return;
  for (const message of messages()) {
    const body = messageBody(message);
    for (const endpoint of endpoints) {
      if (!endpoint.events.includes(ALL_EVENTS) && !endpoint.events.includes(message.type)) continue;
      await queueDelivery(trx, workspaceId, {
        endpointId: endpoint.id,
        eventId: message.id,
        eventType: message.type,
        body,
      });
    }
  }
}

/**
 * A record event as a message: `data` holds the record type, the record after the change (without
 * its sensitive fields) and the fields the change touched.
 */
export function webhookMessage(event: {
  id: string;
  type: string;
  recordType: string;
  record: Record<string, unknown>;
  changedFields: string[];
  occurredAt: string;
}): WebhookMessage {
  return {
    id: event.id,
    type: event.type,
    timestamp: event.occurredAt,
    data: { recordType: event.recordType, record: event.record, changedFields: event.changedFields },
  };
}
