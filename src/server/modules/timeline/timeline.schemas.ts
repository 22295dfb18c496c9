import { z } from 'zod';

/**
 * What a timeline holds. Each kind says what happened and has a `data` shape of its own, small and
 * enough to show the event without looking anything up. A module adding a kind (a call, an email, an
 * order) adds it here with its data schema and writes it with `recordTimelineEvent`.
 */
export const TIMELINE_KINDS = [
  'created',
  'change',
  'deleted',
  'restored',
  'merged',
  'note',
  'email',
  'call',
  'meeting',
  'task',
  'email_logged',
  'stage_changed',
  'document',
  'sales_document',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

const fieldChange = z.object({ before: z.unknown(), after: z.unknown() });

const nameChange = z
  .object({ before: z.string().nullable(), after: z.string().nullable() })
  .describe('Display names of the records a reference field pointed to before and after');

export const changeData = z.object({
  changes: z
    .record(z.string(), fieldChange)
    .describe('Changed fields by API name (`custom.<key>` for custom fields), with their values'),
  names: z
    .record(z.string(), nameChange)
    .optional()
    .describe('For changed reference fields (`companyId`): the names of the records, as they were then'),
});
export type ChangeData = z.infer<typeof changeData>;

export const mergedData = z.object({
  mergedId: z.uuid().describe('The record merged into this one; its id now answers 404'),
  mergedName: z.string().describe('Its display name, as it was'),
  changes: z
    .record(z.string(), fieldChange)
    .describe('Fields of this record that took the merged record’s values, with their values'),
});
export type MergedData = z.infer<typeof mergedData>;

export const NOTE_EXCERPT_LENGTH = 280;

export const noteData = z.object({
  action: z.enum(['added', 'edited', 'deleted', 'restored']),
  excerpt: z
    .string()
    .optional()
    .describe(`The note's first ${NOTE_EXCERPT_LENGTH} characters, ending in … when it is longer`),
});
export type NoteData = z.infer<typeof noteData>;

export const emailData = z.object({
  direction: z.enum(['in', 'out']),
  emailId: z.uuid().describe('`GET /emails/{emailId}` reads the whole message'),
  subject: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  excerpt: z
    .string()
    .describe(`The text's first ${NOTE_EXCERPT_LENGTH} characters, ending in … when it is longer`),
  attachments: z.number().int().describe('How many files it carries'),
  bounce: z.boolean().describe('A delivery-status report: an outgoing message did not arrive'),
});
export type EmailData = z.infer<typeof emailData>;

export const documentData = z.object({
  documentKind: z.enum(['quote', 'order', 'delivery', 'invoice', 'credit-note']),
  number: z.string(),
  fileId: z.uuid().describe('`GET /files/{fileId}/content` downloads the document exactly as it was sent'),
  fileName: z.string(),
  sentTo: z.string().nullable().describe('The address it was emailed to'),
  language: z.string(),
});
export type DocumentData = z.infer<typeof documentData>;

/** What happened to a quote, an order or an invoice: its creation, each status it reached, money in. */
export const SALES_DOCUMENT_ACTIONS = [
  'created',
  'revised',
  'sent',
  'accepted',
  'declined',
  'converted',
  'confirmed',
  'in_fulfilment',
  'partially_delivered',
  'delivered',
  'completed',
  'cancelled',
  'payment_recorded',
  'paid',
  'credit_note_issued',
  'credited',
] as const;
export type SalesDocumentAction = (typeof SALES_DOCUMENT_ACTIONS)[number];

export const salesDocumentData = z
  .object({
    documentKind: z.enum(['quote', 'order', 'invoice']),
    number: z.string(),
    action: z.enum(SALES_DOCUMENT_ACTIONS),
    status: z.string().describe('The document’s status after it'),
    currency: z.string(),
    grossMinor: z.number().int().describe('The document’s gross total'),
    amountMinor: z
      .number()
      .int()
      .nullable()
      .describe('A payment’s or a credit note’s amount; null for other actions'),
  })
  .meta({ id: 'SalesDocumentEventData' });
export type SalesDocumentData = z.infer<typeof salesDocumentData>;

const stageRef = z.object({ id: z.uuid(), name: z.string() });

export const stageChangedData = z.object({
  pipelineId: z.uuid(),
  pipelineName: z.string(),
  from: stageRef.nullable().describe('The stage the deal left; null for a new deal'),
  to: stageRef,
  fromStatus: z.enum(['open', 'won', 'lost']).nullable(),
  toStatus: z.enum(['open', 'won', 'lost']),
  lostReason: z.string().nullable(),
  title: z.string().describe('The deal’s title, as it was'),
});
export type StageChangedData = z.infer<typeof stageChangedData>;

export const ACTIVITY_ACTIONS = ['added', 'edited', 'completed', 'reopened', 'deleted', 'restored'] as const;

/** A call, meeting, task or logged email (an activity), as it read when the event happened. */
export const activityData = z
  .object({
    action: z.enum(ACTIVITY_ACTIONS),
    subject: z.string().nullable(),
    excerpt: z
      .string()
      .nullable()
      .describe(`The text's first ${NOTE_EXCERPT_LENGTH} characters, ending in … when it is longer`),
    dueAt: z.string().nullable().describe("A task's due time, a meeting's start, when a call took place"),
    endAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    direction: z.enum(['in', 'out']).nullable(),
    durationMinutes: z.number().int().nullable(),
    outcome: z.string().nullable(),
    location: z.string().nullable(),
    priority: z.string().nullable(),
  })
  .meta({ id: 'ActivityEventData' });
export type ActivityData = z.infer<typeof activityData>;

const emptyData = z.object({});

/** A new record; one made by an import names it, and its row of the file, instead of an audit entry. */
export const createdData = z.object({
  importId: z.uuid().optional().describe('The import that created the record (`GET /imports/{importId}`)'),
  row: z.number().int().optional().describe('The row of the import’s file the record came from'),
});

const common = {
  id: z.uuid(),
  occurredAt: z.string(),
  actor: z
    .object({
      type: z.enum(['user', 'api_key', 'system']),
      id: z.string().nullable(),
      name: z.string().nullable().describe("The member's or the API key's name"),
    })
    .describe('Who did it, as the audit log records it'),
  subject: z
    .object({ type: z.string(), id: z.uuid(), name: z.string().nullable() })
    .nullable()
    .describe(
      'The record the event is about when it is another one (a note on a person, on the timeline of the person’s company)',
    ),
  ref: z
    .object({ type: z.string(), id: z.uuid() })
    .nullable()
    .describe('The row the event came from (a note), if any'),
};

export const timelineEventSchema = z
  .discriminatedUnion('kind', [
    z.object({ ...common, kind: z.literal('created'), data: createdData }),
    z.object({ ...common, kind: z.literal('change'), data: changeData }),
    z.object({ ...common, kind: z.literal('deleted'), data: emptyData }),
    z.object({ ...common, kind: z.literal('restored'), data: emptyData }),
    z.object({ ...common, kind: z.literal('merged'), data: mergedData }),
    z.object({ ...common, kind: z.literal('note'), data: noteData }),
    z.object({ ...common, kind: z.literal('email'), data: emailData }),
    z.object({ ...common, kind: z.literal('call'), data: activityData }),
    z.object({ ...common, kind: z.literal('meeting'), data: activityData }),
    z.object({ ...common, kind: z.literal('task'), data: activityData }),
    z.object({ ...common, kind: z.literal('email_logged'), data: activityData }),
    z.object({ ...common, kind: z.literal('stage_changed'), data: stageChangedData }),
    z.object({ ...common, kind: z.literal('document'), data: documentData }),
    z.object({ ...common, kind: z.literal('sales_document'), data: salesDocumentData }),
  ])
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineQuery = z.object({
  kind: z
    .string()
    .max(200)
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return undefined;
      const kinds = [...new Set(value.split(',').map((kind) => kind.trim()))];
      const unknown = kinds.filter((kind) => !(TIMELINE_KINDS as readonly string[]).includes(kind));
      if (unknown.length === 0) return kinds as TimelineKind[];
      ctx.addIssue({
        code: 'custom',
        message: `unknown kind "${unknown[0]}"; use one or more of ${TIMELINE_KINDS.join(', ')}`,
      });
      return z.NEVER;
    })
    .describe(`Comma-separated kinds to show (${TIMELINE_KINDS.join(', ')}); all when absent`),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().describe('`nextCursor` from the previous page'),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const timelinePage = z.object({
  data: z.array(timelineEventSchema),
  nextCursor: z.string().nullable(),
});
