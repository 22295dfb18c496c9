import { z } from 'zod';

export const streamQuery = z.object({
  after: z
    .string()
    .regex(/^\d{1,15}$/, { message: 'must be the id of an event (a whole number)' })
    .transform(Number)
    .optional()
    .describe(
      'Resume after this event id (as `Last-Event-ID` does, which takes precedence); without either, the stream starts now',
    ),
});

export const streamHeaders = z.object({
  'last-event-id': z
    .string()
    .optional()
    .describe('The `id` of the last event received; browsers send it when they reconnect'),
});

/** One `record` event of the stream: which record changed, how, and which fields. */
export const streamEventSchema = z
  .object({
    id: z.uuid().describe('The event’s stable identity'),
    seq: z.number().int().describe('Its place in the workspace’s events; also the SSE `id`'),
    type: z.string().describe('`<recordType>.<created|updated|deleted|restored>`, e.g. `person.updated`'),
    recordType: z.string().describe('`person`, `company`, `product`…'),
    recordId: z.uuid(),
    version: z.number().int().describe('The record’s version after the change'),
    changedFields: z
      .array(z.string())
      .describe('Fields the change touched; `custom.<key>` for custom fields; sensitive fields are left out'),
    occurredAt: z.string(),
  })
  .meta({ id: 'RecordEvent' });
export type StreamEvent = z.infer<typeof streamEventSchema>;
