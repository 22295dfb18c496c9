import type { Activity } from '../../lib/api-types.generated.js';
import { fromLocalInput, toLocalInput } from './activity-time.js';

/**
 * An activity form's values and the request body made from them: apart from the form, so that lists
 * (inline editing) and a record's quick activities have them without the form's script.
 */

export const ACTIVITY_TYPES = ['note', 'call', 'meeting', 'email', 'task'] as const;
export type ActivityKind = (typeof ACTIVITY_TYPES)[number];
export const PRIORITIES = ['low', 'normal', 'high'] as const;
export const OUTCOMES = ['connected', 'no_answer', 'voicemail', 'busy', 'wrong_number'] as const;
export const FREQUENCIES = ['none', 'daily', 'weekdays', 'weekly', 'monthly'] as const;

export interface ActivityInput {
  type: ActivityKind;
  subject: string;
  body: string;
  /** `datetime-local` values, in the browser's zone. */
  dueAt: string;
  endAt: string;
  remindAt: string;
  done: boolean;
  completedAt: string | null;
  personId: string | null;
  companyId: string | null;
  dealId: string | null;
  priority: string | null;
  direction: string | null;
  durationMinutes: number | '';
  outcome: string | null;
  location: string;
  frequency: (typeof FREQUENCIES)[number];
  interval: number;
  ownerId: string | null;
  tags: string[];
  custom: Record<string, unknown>;
}

export const kindOf = (value: string | undefined): ActivityKind =>
  (ACTIVITY_TYPES as readonly string[]).includes(value ?? '') ? (value as ActivityKind) : 'task';

/**
 * A form's values for an activity, or for a new one: a call or an email logged now is done now, a
 * task and a meeting are planned (due in an hour, on the hour).
 */
export function activityInput(prefill: Record<string, string>, activity?: Activity): ActivityInput {
  const type = kindOf(activity?.type ?? prefill.type);
  const nextHour = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000).toISOString();
  const logged = type === 'call' || type === 'email';
  return {
    type,
    subject: activity?.subject ?? '',
    body: activity?.body ?? '',
    dueAt: toLocalInput(activity ? activity.dueAt : logged ? new Date().toISOString() : nextHour),
    endAt: toLocalInput(activity?.endAt ?? null),
    remindAt: toLocalInput(activity?.remindAt ?? null),
    done: activity ? activity.completedAt !== null : logged,
    completedAt: activity?.completedAt ?? null,
    personId: activity?.personId ?? prefill.personId ?? null,
    companyId: activity?.companyId ?? prefill.companyId ?? null,
    dealId: activity?.dealId ?? prefill.dealId ?? null,
    priority: activity?.priority ?? (type === 'task' ? 'normal' : null),
    direction: activity?.direction ?? (logged ? 'out' : null),
    durationMinutes: activity?.durationMinutes ?? '',
    outcome: activity?.outcome ?? null,
    location: activity?.location ?? '',
    frequency: activity?.recurrence?.frequency ?? 'none',
    interval: activity?.recurrence?.interval ?? 1,
    ownerId: activity?.ownerId ?? null,
    tags: activity?.tags ?? [],
    custom: activity?.custom ?? {},
  };
}

/** The request body: only the fields the type has, times in UTC, blank texts as null. */
export function activityBody(input: ActivityInput, isNew: boolean) {
  const is = (...types: ActivityKind[]) => types.includes(input.type);
  const when = fromLocalInput(input.dueAt);
  return {
    ...(isNew && { type: input.type }),
    subject: input.subject.trim() || null,
    body: input.body.trim() || null,
    dueAt: when,
    completedAt: input.done ? (input.completedAt ?? new Date().toISOString()) : null,
    personId: input.personId,
    companyId: input.companyId,
    dealId: input.dealId,
    priority: is('task') ? input.priority : null,
    direction: is('call', 'email') ? input.direction : null,
    durationMinutes: is('call') && input.durationMinutes !== '' ? input.durationMinutes : null,
    outcome: is('call') ? input.outcome : null,
    location: is('meeting') ? input.location.trim() || null : null,
    endAt: is('meeting') ? fromLocalInput(input.endAt) : null,
    remindAt: is('task', 'meeting', 'call') ? fromLocalInput(input.remindAt) : null,
    recurrence:
      is('task') && input.frequency !== 'none'
        ? {
            frequency: input.frequency,
            interval: input.frequency === 'weekdays' ? 1 : input.interval,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          }
        : null,
    ...(isNew && !input.ownerId ? {} : { ownerId: input.ownerId }),
    tags: input.tags,
    custom: input.custom,
  };
}
