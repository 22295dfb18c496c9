import type { DbOrTrx } from '../../db/database.js';
import { invalid } from '../../lib/errors.js';
import type { Actor } from '../../lib/permissions.js';
import { findRecord, findRecordState } from '../../records/record-store.js';
import type { RecordValues } from '../../records/record-type.js';
import { RECORD_TYPES, recordTypeOf } from '../../records/registry.js';
import { insertNewRecord } from '../../records/record-service.js';
import { deleteTimelineEventsOf } from '../timeline/timeline.repository.js';
import type { ActivityData, NoteData } from '../timeline/timeline.schemas.js';
import {
  noteExcerpt,
  recordsReferredBy,
  recordTimelineEvent,
  type RecordRef,
} from '../timeline/timeline.writer.js';
import { findMembership } from '../workspaces/workspaces.repository.js';
import { nextOccurrence, type RecurrenceRule } from './recurrence.js';

/**
 * An activity's rules that read the database, and what a saved activity sets off: its events on the
 * timelines of the records it links, and a recurring task's next occurrence. Run by the record kit
 * in the command's transaction (`prepare` and `afterSave` in the declaration).
 */

export const ACTIVITY_ENTITY = 'activity';

/** The link fields of an activity and the record type each points at. */
const LINKS = [
  ['personId', 'person'],
  ['companyId', 'company'],
  ['dealId', 'deal'],
] as const;

/** Links that exist as record types (deals arrive with the sales pipeline). */
const linkTypes = () => LINKS.filter(([, entity]) => RECORD_TYPES.some((type) => type.entity === entity));

async function checkAttendees(trx: DbOrTrx, actor: Actor, record: RecordValues) {
  const attendees = record.attendees as { type: 'person' | 'member'; id: string }[];
  for (const [i, attendee] of attendees.entries()) {
    const found =
      attendee.type === 'member'
        ? await findMembership(trx, actor.workspaceId, attendee.id)
        : await findRecordState(trx, recordTypeOf('person'), actor.workspaceId, attendee.id);
    if (!found) throw invalid(`attendees.${i}.id`, `is not a ${attendee.type} of this workspace`);
  }
}

/** A note written on another kind of record (a product) names it: it must be one of this workspace. */
async function checkRecordLink(trx: DbOrTrx, actor: Actor, record: RecordValues) {
  if (record.recordId === null && record.recordType === null) return;
  const type = RECORD_TYPES.find((t) => t.entity === record.recordType && t.entity !== ACTIVITY_ENTITY);
  if (!type || typeof record.recordId !== 'string') throw invalid('recordType', 'is not a record type');
  const state = await findRecordState(trx, type, actor.workspaceId, record.recordId);
  if (!state) throw invalid('recordId', `is not a ${type.names.singular} of this workspace`);
}

export async function prepareActivity(
  trx: DbOrTrx,
  actor: Actor,
  record: RecordValues,
  before: RecordValues | null,
): Promise<RecordValues> {
  const prepared = { ...record };
  if (JSON.stringify(record.attendees) !== JSON.stringify(before?.attendees ?? []))
    await checkAttendees(trx, actor, record);
  if (record.recordId !== (before?.recordId ?? null) || record.recordType !== (before?.recordType ?? null))
    await checkRecordLink(trx, actor, record);
  // A new reminder time is a new reminder: it is sent again.
  if (before && record.remindAt !== before.remindAt) prepared.remindedAt = null;
  if (!before) prepared.remindedAt = null;
  // Completing a recurring task hands its rule on to the next occurrence (created in afterSave), so
  // reopening and completing it again does not make a second one.
  if (before && before.completedAt === null && record.completedAt !== null) prepared.recurrence = null;
  return prepared;
}

/** The records whose timelines show an activity: those it links, and the person's company. */
async function timelinesOf(trx: DbOrTrx, actor: Actor, activity: RecordValues): Promise<RecordRef[]> {
  const refs: RecordRef[] = [];
  for (const [field, entity] of linkTypes()) {
    const id = activity[field];
    if (typeof id === 'string') refs.push({ type: entity, id });
  }
  if (typeof activity.recordType === 'string' && typeof activity.recordId === 'string')
    refs.push({ type: activity.recordType, id: activity.recordId });
  if (typeof activity.personId === 'string' && activity.companyId === null) {
    const personType = recordTypeOf('person');
    const person = await findRecord(trx, personType, actor.workspaceId, activity.personId);
    if (person) refs.push(...recordsReferredBy(personType, person));
  }
  return refs.filter((ref, i) => refs.findIndex((r) => r.type === ref.type && r.id === ref.id) === i);
}

const KIND: Record<string, 'call' | 'meeting' | 'task' | 'email_logged'> = {
  call: 'call',
  meeting: 'meeting',
  task: 'task',
  email: 'email_logged',
};

/** Fields whose change is worth an "edited" event on the timelines (not tags, owners or reminders). */
const SHOWN = ['subject', 'body', 'dueAt', 'endAt', 'direction', 'durationMinutes', 'outcome', 'location'];

function actionOf(activity: RecordValues, before: RecordValues | null) {
  if (!before) return 'added';
  if (before.deletedAt === null && activity.deletedAt !== null) return 'deleted';
  if (before.deletedAt !== null && activity.deletedAt === null) return 'restored';
  if (before.completedAt === null && activity.completedAt !== null) return 'completed';
  if (before.completedAt !== null && activity.completedAt === null) return 'reopened';
  if (SHOWN.some((field) => JSON.stringify(before[field]) !== JSON.stringify(activity[field])))
    return 'edited';
  return null;
}

async function writeTimelineEvents(
  trx: DbOrTrx,
  actor: Actor,
  activity: RecordValues,
  before: RecordValues | null,
) {
  const action = actionOf(activity, before);
  if (!action) return;
  const [record, ...alsoOn] = await timelinesOf(trx, actor, activity);
  if (!record) return;
  const id = activity.id as string;
  // A trashed activity takes its text off the timelines: one event says it was deleted.
  if (action === 'deleted') await deleteTimelineEventsOf(trx, actor.workspaceId, ACTIVITY_ENTITY, id);
  const ref = { type: ACTIVITY_ENTITY, id, ownerId: activity.ownerId as string | null };
  const text = typeof activity.body === 'string' && action !== 'deleted' ? noteExcerpt(activity.body) : null;
  if (activity.type === 'note') {
    if (action === 'completed' || action === 'reopened') return;
    const noteAction = action;
    const data: NoteData = text === null ? { action: noteAction } : { action: noteAction, excerpt: text };
    return recordTimelineEvent(trx, actor, { record, alsoOn, ref, kind: 'note', data });
  }
  const data: ActivityData = {
    action,
    subject: activity.subject as string | null,
    excerpt: text,
    dueAt: activity.dueAt as string | null,
    endAt: activity.endAt as string | null,
    completedAt: activity.completedAt as string | null,
    direction: activity.direction as 'in' | 'out' | null,
    durationMinutes: activity.durationMinutes as number | null,
    outcome: activity.outcome as string | null,
    location: activity.location as string | null,
    priority: activity.priority as string | null,
  };
  await recordTimelineEvent(trx, actor, { record, alsoOn, ref, kind: KIND[activity.type as string]!, data });
}

/** Completing a recurring task creates the next one, due at the rule's next occurrence. */
async function createNextOccurrence(trx: DbOrTrx, actor: Actor, task: RecordValues, before: RecordValues) {
  const rule = before.recurrence as RecurrenceRule | null;
  if (!rule || before.completedAt !== null || task.completedAt === null || typeof task.dueAt !== 'string')
    return;
  const dueAt = nextOccurrence(rule, task.dueAt, task.completedAt as string);
  const shift = Date.parse(dueAt) - Date.parse(task.dueAt);
  const remindAt =
    typeof task.remindAt === 'string' ? new Date(Date.parse(task.remindAt) + shift).toISOString() : null;
  const copied = ['type', 'subject', 'body', 'priority', 'tags', 'custom', 'ownerId'];
  const links = [...linkTypes().map(([field]) => field), 'recordType', 'recordId'];
  await insertNewRecord(trx, actor, recordTypeOf(ACTIVITY_ENTITY), {
    ...Object.fromEntries([...copied, ...links].map((field) => [field, task[field]])),
    dueAt,
    remindAt,
    recurrence: rule,
  });
}

export async function activityAfterSave(
  trx: DbOrTrx,
  actor: Actor,
  activity: RecordValues,
  before: RecordValues | null,
): Promise<string[]> {
  await writeTimelineEvents(trx, actor, activity, before);
  if (before) await createNextOccurrence(trx, actor, activity, before);
  return [];
}
