import { z } from 'zod';
import { isIsoDate } from '../../lib/dates.js';
import { customValuesSchema, tagsInput } from '../../records/record-type.js';
import { isTimeZone, RECURRENCE_FREQUENCIES } from './recurrence.js';

export const ACTIVITY_TYPES = ['note', 'call', 'meeting', 'email', 'task'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const DIRECTIONS = ['in', 'out'] as const;
export const CALL_OUTCOMES = ['connected', 'no_answer', 'voicemail', 'busy', 'wrong_number'] as const;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A moment with its offset (`2026-12-01T09:00:00+02:00`), stored in UTC. */
export const instantSchema = z
  .string()
  .max(40)
  .refine((value) => INSTANT.test(value) && isIsoDate(value), {
    message: 'must be a date and time with an offset, such as 2026-12-01T09:00:00Z',
  })
  .transform((value) => new Date(value).toISOString());

export const recurrenceSchema = z
  .object({
    frequency: z.enum(RECURRENCE_FREQUENCIES, {
      message: `must be one of ${RECURRENCE_FREQUENCIES.join(', ')}`,
    }),
    interval: z
      .number()
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be at least 1' })
      .max(365, { message: 'must be at most 365' })
      .default(1)
      .describe('Every how many days, weeks or months'),
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { message: 'must be a time zone such as Europe/Sofia' })
      .default('UTC')
      .describe('The zone whose calendar the occurrences follow (a 09:00 task stays at 09:00)'),
  })
  .meta({ id: 'Recurrence' })
  .describe('Completing the task creates the next one, due at the next occurrence');

export const attendeeSchema = z
  .object({
    type: z.enum(['person', 'member'], { message: 'must be person or member' }),
    id: z.uuid({ message: 'must be a UUID' }),
  })
  .meta({ id: 'Attendee' });

const fields = {
  subject: z.string().trim().max(300).nullable(),
  body: z.string().max(20_000, { message: 'must be at most 20000 characters' }).nullable(),
  dueAt: instantSchema
    .nullable()
    .describe("A task's or a planned call's due time; a meeting's start; when a call or email took place"),
  endAt: instantSchema.nullable().describe("A meeting's end"),
  completedAt: instantSchema.nullable().describe('When a task was done (null: open)'),
  personId: z.uuid({ message: 'must be a UUID' }).nullable(),
  companyId: z.uuid({ message: 'must be a UUID' }).nullable(),
  dealId: z.uuid({ message: 'must be a UUID' }).nullable(),
  priority: z.enum(PRIORITIES, { message: `must be one of ${PRIORITIES.join(', ')}` }).nullable(),
  direction: z.enum(DIRECTIONS, { message: 'must be in or out' }).nullable(),
  durationMinutes: z
    .number()
    .int({ message: 'must be a whole number of minutes' })
    .min(0, { message: 'must not be negative' })
    .max(10_080, { message: 'must be at most a week' })
    .nullable(),
  outcome: z.enum(CALL_OUTCOMES, { message: `must be one of ${CALL_OUTCOMES.join(', ')}` }).nullable(),
  location: z.string().trim().max(300).nullable(),
  attendees: z.array(attendeeSchema).max(100),
  recurrence: recurrenceSchema.nullable(),
  remindAt: instantSchema.nullable().describe('When to remind the owner, in the app and by email'),
  ownerId: z.uuid({ message: 'must be a user id' }).nullable().describe("The owner; a task's assignee"),
  tags: tagsInput,
  custom: customValuesSchema,
};

const optional = Object.fromEntries(
  Object.entries(fields).map(([name, schema]) => [name, schema.optional()]),
) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> };

export const activityCreateBody = z.object({
  type: z.enum(ACTIVITY_TYPES, { message: `must be one of ${ACTIVITY_TYPES.join(', ')}` }),
  ...optional,
});

export const activityUpdateBody = z.object(fields).partial();
