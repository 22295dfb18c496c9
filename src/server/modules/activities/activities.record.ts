import { invalid } from '../../lib/errors.js';
import { defineRecordType, type RecordOf, type RecordValues } from '../../records/record-type.js';
import {
  activityCreateBody,
  activityUpdateBody,
  attendeeSchema,
  recurrenceSchema,
} from './activities.schemas.js';
import { z } from 'zod';

/**
 * Notes, calls, meetings, logged emails and tasks: what people did and plan to do with a person, a
 * company or a deal. Notes are activities of type `note` (decision 0010). A task's owner is its
 * assignee: the one who sees it on "My day", is reminded of it and may complete it under `own` scope.
 */
export const activityType = defineRecordType({
  entity: 'activity',
  table: 'activities',
  names: { singular: 'activity', plural: 'activities' },
  fields: {
    type: { column: 'type', type: 'text', description: 'note, call, meeting, email or task' },
    subject: { column: 'subject', type: 'text', nullable: true },
    body: { column: 'body', type: 'text', nullable: true },
    dueAt: { column: 'due_at', type: 'date', nullable: true, sortable: true },
    endAt: { column: 'end_at', type: 'date', nullable: true },
    completedAt: { column: 'completed_at', type: 'date', nullable: true, sortable: true },
    personId: { column: 'person_id', type: 'uuid', nullable: true, ref: 'person', refName: 'personName' },
    companyId: { column: 'company_id', type: 'uuid', nullable: true, ref: 'company', refName: 'companyName' },
    dealId: { column: 'deal_id', type: 'uuid', nullable: true, ref: 'deal', refName: 'dealTitle' },
    recordType: {
      column: 'record_type',
      type: 'text',
      nullable: true,
      description: 'For a note written on another kind of record (a product): its type',
    },
    recordId: { column: 'record_id', type: 'uuid', nullable: true, description: 'and its id' },
    priority: { column: 'priority', type: 'text', nullable: true },
    direction: { column: 'direction', type: 'text', nullable: true },
    durationMinutes: { column: 'duration_minutes', type: 'number', nullable: true },
    outcome: { column: 'outcome', type: 'text', nullable: true },
    location: { column: 'location', type: 'text', nullable: true },
    attendees: {
      column: 'attendees',
      type: 'json',
      schema: z.array(attendeeSchema),
      description: 'People and members taking part in a meeting',
    },
    recurrence: { column: 'recurrence', type: 'json', schema: recurrenceSchema, nullable: true },
    remindAt: { column: 'remind_at', type: 'date', nullable: true },
    remindedAt: {
      column: 'reminded_at',
      type: 'date',
      nullable: true,
      description: 'When the reminder was sent; cleared when remindAt changes',
    },
  },
  defaultSort: '-createdAt',
  display: ['subject'],
  input: { create: activityCreateBody, update: activityUpdateBody },
  search: (activity) => ({
    title: (activity.subject as string | null) ?? excerpt(activity.body),
    subtitle: activity.type as string,
    text: [activity.subject, activity.body, activity.location].filter(Boolean).join(' '),
  }),
  validate: validateActivity,
  // The rules use the record kit, which lists this type: loaded when first run, so that importing the
  // declaration first (the seed, a script) does not meet the registry half-initialised.
  prepare: async ({ trx, actor }, record, before) =>
    (await import('./activities.rules.js')).prepareActivity(trx, actor, record, before),
  afterSave: async ({ trx, actor }, record, before) =>
    (await import('./activities.rules.js')).activityAfterSave(trx, actor, record, before),
  relatedList: { field: 'personId', summary: 'Activities with a person' },
});

export type Activity = RecordOf<typeof activityType>;

const excerpt = (body: unknown) => (typeof body === 'string' ? body.slice(0, 80) : '');

/** Which fields make sense for which type: a call's duration on a meeting is a mistake. */
const ONLY_FOR: Record<string, string[]> = {
  durationMinutes: ['call'],
  outcome: ['call'],
  direction: ['call', 'email'],
  endAt: ['meeting'],
  location: ['meeting'],
  recurrence: ['task'],
};

function validateActivity(record: RecordValues) {
  const type = record.type as string;
  if (type === 'note') {
    if (typeof record.body !== 'string' || record.body.trim() === '') throw invalid('body', 'is required');
  } else if (typeof record.subject !== 'string' || record.subject === '')
    throw invalid('subject', 'is required');
  for (const [field, types] of Object.entries(ONLY_FOR))
    if (record[field] !== null && record[field] !== undefined && !types.includes(type))
      throw invalid(field, `only a ${types.join(' or ')} has it`);
  if (type === 'meeting' && record.dueAt === null) throw invalid('dueAt', 'a meeting needs its start');
  if (record.endAt !== null) {
    if (record.dueAt === null) throw invalid('dueAt', 'is required with endAt');
    if ((record.endAt as string) < (record.dueAt as string))
      throw invalid('endAt', 'must not be before the start (dueAt)');
  }
  if (record.recurrence !== null && record.dueAt === null)
    throw invalid('dueAt', 'is required for a recurring task');
  if (type !== 'meeting' && (record.attendees as unknown[]).length > 0)
    throw invalid('attendees', 'only a meeting has them');
}
