import { Anchor, Badge, Button, Chip, Group, Paper, Skeleton, Stack, Text, Timeline } from '@mantine/core';
import {
  IconArrowMerge,
  IconCalendarEvent,
  IconChecklist,
  IconFileInvoice,
  IconMailForward,
  IconPhone,
  IconTimelineEventExclamation,
  IconMail,
  IconNote,
  IconPencil,
  IconPlus,
  IconReceipt,
  IconRestore,
  IconTimelineEvent,
  IconTrash,
  type Icon,
} from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { useCustomFields, useMemberName } from '../../lib/queries.js';
import type { Page, RecordEntity, TimelineEvent } from '../../lib/types.js';
import { findRecordType, RECORD_TYPE_DECLARATIONS } from '../../records/registry.js';
import { ActivityEventBody } from '../activities/ActivityEventBody.js';
import { OpenEmailButton } from '../email/EmailModal.js';
import { describeValue } from '../history/HistoryPanel.js';
import { CustomValue, fieldLabel, type FieldDef, type RenderContext } from '../records/fields.js';
import { RecordLink } from '../records/RecordLink.js';
import { relativeTime, TIMELINE_FILTERS, type TimelineFilter } from './timeline-format.js';

const LOOKS: Record<TimelineEvent['kind'], { icon: Icon; color: string }> = {
  created: { icon: IconPlus, color: 'green' },
  change: { icon: IconPencil, color: 'blue' },
  deleted: { icon: IconTrash, color: 'red' },
  restored: { icon: IconRestore, color: 'teal' },
  merged: { icon: IconArrowMerge, color: 'violet' },
  note: { icon: IconNote, color: 'yellow' },
  email: { icon: IconMail, color: 'grape' },
  email_logged: { icon: IconMailForward, color: 'grape' },
  call: { icon: IconPhone, color: 'cyan' },
  meeting: { icon: IconCalendarEvent, color: 'indigo' },
  task: { icon: IconChecklist, color: 'teal' },
  stage_changed: { icon: IconTimelineEventExclamation, color: 'orange' },
  document: { icon: IconFileInvoice, color: 'orange' },
  sales_document: { icon: IconReceipt, color: 'orange' },
};

const ACTIVITY_KINDS = new Set(['call', 'meeting', 'task', 'email_logged']);

/** The badge of an event: what happened ("Changed", "Note added"). */
function headline(event: TimelineEvent): string {
  if (event.kind === 'note') return `timeline.note.${event.data.action}`;
  if (event.kind === 'email')
    return event.data.bounce ? 'timeline.email.bounce' : `timeline.email.${event.data.direction}`;
  if (ACTIVITY_KINDS.has(event.kind) && 'action' in event.data)
    return `timeline.activity.${event.kind}.${event.data.action}`;
  if (event.kind === 'sales_document')
    return event.data.action in SALES_STEP_TEXTS
      ? `timeline.sales.${event.data.action}`
      : `salesDocs.status.${event.data.action}`;
  return `timeline.kinds.${event.kind}`;
}

/** Sales steps with a text of their own; the others are the status the document reached. */
const SALES_STEP_TEXTS = { created: true, revised: true, payment_recorded: true, credit_note_issued: true };

/**
 * A record's timeline: everything that happened to it, newest first, with chips to show only notes or
 * only changes and a button for older events. Its queries live under the record's `history` key, so
 * whatever refreshes the record's history (a save, trash, restore, a new note) refreshes it too.
 */
export function TimelinePanel({
  entity,
  apiPath,
  id,
}: {
  entity: RecordEntity;
  apiPath: string;
  id: string;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const kinds = TIMELINE_FILTERS[filter];
  const events = useInfiniteQuery({
    queryKey: ['history', id, 'timeline', filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<TimelineEvent>>(`${apiPath}/${id}/timeline`, {
        query: { kind: kinds?.join(','), cursor: pageParam, limit: 25 },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const all = events.data?.pages.flatMap((page) => page.data) ?? [];
  const describe = useChangeDescriber(entity);

  return (
    <Stack gap="md">
      <Chip.Group multiple={false} value={filter} onChange={(value) => setFilter(value as TimelineFilter)}>
        <Group gap="xs" role="group" aria-label={t('timeline.filter')}>
          {(Object.keys(TIMELINE_FILTERS) as TimelineFilter[]).map((key) => (
            <Chip key={key} value={key} size="xs" variant="light">
              {t(`timeline.filters.${key}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {events.isPending && (
        <Stack gap="sm" aria-busy="true" aria-label={t('timeline.loading')}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={44} />
          ))}
        </Stack>
      )}
      <ErrorAlert error={events.error} />
      {events.isSuccess && all.length === 0 && (
        <EmptyState icon={IconTimelineEvent} title={t(`timeline.empty.${filter}`)} />
      )}
      {all.length > 0 && (
        <Timeline bulletSize={24} lineWidth={2}>
          {all.map((event) => (
            <Timeline.Item
              key={event.id}
              color={LOOKS[event.kind].color}
              bullet={<TimelineIcon icon={LOOKS[event.kind].icon} />}
              title={<EventTitle event={event} />}
            >
              <EventTime at={event.occurredAt} />
              <EventBody event={event} describe={describe} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {events.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() => void events.fetchNextPage()}
          loading={events.isFetchingNextPage}
        >
          {t('timeline.more')}
        </Button>
      )}
    </Stack>
  );
}

const TimelineIcon = ({ icon: IconComponent }: { icon: Icon }) => <IconComponent size={13} stroke={2} />;

function EventTitle({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const actor =
    event.actor.name ?? (event.actor.type === 'api_key' ? t('timeline.apiKey') : t('history.system'));
  const subjectType = event.subject ? findRecordType(event.subject.type) : undefined;
  return (
    <Group gap={6} wrap="wrap">
      <Badge size="sm" variant="light" color={LOOKS[event.kind].color}>
        {t(headline(event))}
      </Badge>
      <Text size="sm" fw={500}>
        {actor}
      </Text>
      {event.subject && subjectType && (
        <Text size="sm" c="dimmed">
          {t('timeline.about')}{' '}
          <RecordLink entity={subjectType.entity} id={event.subject.id}>
            {event.subject.name || t(subjectType.text('unnamed'))}
          </RecordLink>
        </Text>
      )}
    </Group>
  );
}

/** When: "3 hours ago" and the date and time in the user's zone, readable by screen readers too. */
function EventTime({ at }: { at: string }) {
  const fmt = useFormatters();
  const absolute = fmt.dateTime(at);
  return (
    <Text size="xs" c="dimmed" mt={2}>
      <time dateTime={at} title={absolute}>
        {relativeTime(at, Date.now(), fmt.locale)}
      </time>
      {' · '}
      {absolute}
    </Text>
  );
}

/** Quoted text (a note's start, an email's subject and start). */
function Excerpt({ title, text, meta }: { title?: string; text: string; meta?: string }) {
  return (
    <Paper withBorder p="xs" mt={6} bg="var(--mantine-color-gray-0)">
      {title && (
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Text>
      )}
      {meta && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {meta}
        </Text>
      )}
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </Paper>
  );
}

export type ChangeDescriber = (field: string) => {
  label: string;
  value: (value: unknown, name: string | null | undefined) => ReactNode;
};

function EventBody({ event, describe }: { event: TimelineEvent; describe: ChangeDescriber }) {
  const { t } = useTranslation();
  if (event.kind === 'note') return event.data.excerpt ? <Excerpt text={event.data.excerpt} /> : null;
  if (
    event.kind === 'call' ||
    event.kind === 'meeting' ||
    event.kind === 'task' ||
    event.kind === 'email_logged'
  )
    return <ActivityEventBody data={event.data} />;
  if (event.kind === 'email')
    return (
      <>
        <Excerpt
          title={event.data.subject || t('timeline.email.noSubject')}
          text={event.data.excerpt}
          meta={event.data.direction === 'in' ? event.data.from : event.data.to.join(', ')}
        />
        {event.data.direction === 'in' && <OpenEmailButton id={event.data.emailId} />}
      </>
    );
  if (event.kind === 'document')
    return (
      <Group gap="sm" mt={4}>
        <Text size="sm">
          {t('timeline.document.sentTo', { number: event.data.number, to: event.data.sentTo ?? '—' })}
        </Text>
        <Anchor size="sm" href={`/api/v1/files/${event.data.fileId}/content`}>
          {t('timeline.document.download')}
        </Anchor>
      </Group>
    );
  if (event.kind === 'sales_document') return <SalesStepBody event={event} />;
  if (event.kind === 'merged')
    return (
      <>
        <Text size="sm" mt={4}>
          {t('timeline.mergedFrom', { name: event.data.mergedName })}
        </Text>
        <ChangeList changes={event.data.changes} describe={describe} />
      </>
    );
  if (event.kind !== 'change') return null;
  return <ChangeList changes={event.data.changes} names={event.data.names} describe={describe} />;
}

/** A quote's, order's or invoice's step: the document (linked), its total, and a payment's amount. */
function SalesStepBody({ event }: { event: Extract<TimelineEvent, { kind: 'sales_document' }> }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { data } = event;
  const type = findRecordType(data.documentKind);
  const money = (amount: number) => fmt.money({ amount, currency: data.currency });
  return (
    <Text size="sm" mt={4}>
      {type && !event.subject && (
        <>
          {t(type.text('singular'))}{' '}
          <RecordLink entity={type.entity} id={event.ref?.id ?? ''}>
            {data.number}
          </RecordLink>
          {' · '}
        </>
      )}
      {money(data.grossMinor)}
      {data.amountMinor !== null && ` · ${t('timeline.sales.amount', { amount: money(data.amountMinor) })}`}
    </Text>
  );
}

type FieldChanges = Record<string, { before?: unknown; after?: unknown }>;
type ChangeNames = Record<string, { before: string | null; after: string | null }>;

function ChangeList({
  changes,
  names,
  describe,
}: {
  changes: FieldChanges;
  names?: ChangeNames | undefined;
  describe: ChangeDescriber;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} mt={6}>
      {Object.entries(changes).map(([field, change]) => {
        const { label, value } = describe(field);
        return (
          <Text key={field} size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span fw={500}>
              {label}:
            </Text>{' '}
            <Text span c="dimmed" td="line-through">
              {value(change.before, names?.[field]?.before)}
            </Text>{' '}
            <Text span c="dimmed" aria-label={t('timeline.changedTo')}>
              →
            </Text>{' '}
            <Text span>{value(change.after, names?.[field]?.after)}</Text>
          </Text>
        );
      })}
    </Stack>
  );
}

/**
 * How a changed field reads: its label from the record type's fields (or the custom field's), and
 * its values as the record page shows them: references by the names they had, owners by name,
 * custom values by their type, the type's own fields by their own rendering, anything else in words.
 */
export function useChangeDescriber(entity: RecordEntity): ChangeDescriber {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const memberName = useMemberName();
  const customFields = useCustomFields(entity).data ?? [];
  const context: RenderContext = { fmt, t, memberName };
  const declaration = RECORD_TYPE_DECLARATIONS.find((type) => type.entity === entity);
  const defs = (declaration?.fields(fmt) ?? []) as FieldDef<Record<string, unknown>>[];
  const empty = '—';
  return (field) => {
    if (field.startsWith('custom.')) {
      const custom = customFields.find((f) => `custom.${f.key}` === field);
      return {
        label: custom?.label ?? field.slice('custom.'.length),
        value: (value) =>
          value === null || value === undefined ? (
            empty
          ) : custom ? (
            <CustomValue field={custom} value={value} context={context} />
          ) : (
            describeValue(value, fmt, t)
          ),
      };
    }
    const def = defs.find((d) => d.id === field);
    const label = def ? fieldLabel(def, t) : t(`fields.${field}`, { defaultValue: field });
    return {
      label,
      value: (value, name) => {
        if (value === null || value === undefined || value === '') return empty;
        if (name !== undefined) return name ?? t('timeline.unknownRecord');
        if (field === 'ownerId') return memberName(value as string) ?? t('timeline.formerMember');
        // Lists read as words on one line ("vip, partner"); a field's own cell might stack them.
        if (def && !Array.isArray(value))
          return def.render({ [field]: value }, context) ?? describeValue(value, fmt, t);
        return describeValue(value, fmt, t);
      },
    };
  };
}
