import { z } from 'zod';
import { timestamps } from '../../lib/http-schemas.js';
import { RECORD_TYPES } from '../../records/registry.js';

export const RECORD_ACTIONS = ['created', 'updated', 'deleted', 'restored'] as const;

/**
 * Every event type an endpoint can take: one per record type and action (`person.created`…), and
 * the actions a type declares of its own (`deal.stage_changed`).
 */
export const EVENT_TYPES = RECORD_TYPES.flatMap((type) =>
  [...RECORD_ACTIONS, ...(type.events ?? [])].map((action) => `${type.entity}.${action}`),
);

/** The type of the message `POST /webhooks/{id}/test` sends. */
export const TEST_EVENT_TYPE = 'webhook.test';

const eventType = z.enum(['*', ...EVENT_TYPES], {
  message: 'must be * or an event type such as person.created (see GET /webhooks/event-types)',
});

const events = z
  .array(eventType, { message: 'must be a list of event types' })
  .min(1, { message: 'must name at least one event type, or * for all' })
  .max(200)
  .describe('Event types to send (`person.created`, `company.deleted`…), or `["*"]` for every one');

const url = z
  .string({ message: 'is required' })
  .trim()
  .min(1, { message: 'is required' })
  .max(2000, { message: 'must be at most 2000 characters' })
  .describe(
    'Where to POST the messages: https, and not a private, loopback or link-local address unless the server administrator allowed it',
  );

const description = z.string().trim().max(500, { message: 'must be at most 500 characters' });

export const createWebhookBody = z.object({
  url,
  description: description.default(''),
  events,
  enabled: z.boolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof createWebhookBody>;

export const updateWebhookBody = z.object({
  url: url.optional(),
  description: description.optional(),
  events: events.optional(),
  enabled: z
    .boolean()
    .optional()
    .describe('`true` enables a disabled endpoint again (also one disabled by 410 Gone)'),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookBody>;

export const webhookSchema = z
  .object({
    ...timestamps,
    url: z.string(),
    description: z.string(),
    events: z.array(z.string()),
    enabled: z.boolean(),
    disabledReason: z
      .enum(['manual', 'gone'])
      .nullable()
      .describe('Why the endpoint is disabled: `manual` (by an admin) or `gone` (it answered 410 Gone)'),
    disabledAt: z.string().nullable(),
    previousSecretExpiresAt: z
      .string()
      .nullable()
      .describe('During a rotation: until when messages are also signed with the previous secret'),
  })
  .meta({ id: 'Webhook' });

export const webhookWithSecretSchema = webhookSchema
  .extend({
    secret: z
      .string()
      .describe('`whsec_…`, shown only now: verify the `webhook-signature` of every message with it'),
  })
  .meta({ id: 'WebhookWithSecret' });

export const deliverySchema = z
  .object({
    ...timestamps,
    endpointId: z.uuid(),
    eventId: z.string().describe("The message's `webhook-id`, the same for every attempt and replay"),
    eventType: z.string(),
    status: z
      .enum(['pending', 'retrying', 'succeeded', 'failed'])
      .describe(
        '`pending` (not tried yet), `retrying` (failed, tried again at `nextAttemptAt`), `succeeded`, `failed` (gave up)',
      ),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable().describe("The receiver's HTTP status at the last attempt"),
    responseExcerpt: z.string().nullable().describe("The start of the receiver's answer"),
    durationMs: z.number().int().nullable(),
    error: z.string().nullable().describe('Why the last attempt failed'),
    lastAttemptAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    replayOf: z.uuid().nullable().describe('The delivery this one replays'),
    payload: z.unknown().describe('The message as sent: `type`, `timestamp`, `data`'),
  })
  .meta({ id: 'WebhookDelivery' });

export const pageQuery = z.object({
  cursor: z.uuid({ message: 'is not a cursor from this list' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const deliveryParams = z.object({
  id: z.uuid({ message: 'must be a UUID' }),
  deliveryId: z.uuid({ message: 'must be a UUID' }),
});

export const eventTypesSchema = z.object({ data: z.array(z.string()) }).meta({ id: 'WebhookEventTypes' });
