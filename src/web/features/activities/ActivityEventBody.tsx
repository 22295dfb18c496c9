import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { components } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';

type ActivityEventData = components['schemas']['ActivityEventData'];

/**
 * A call, meeting, task or logged email on a timeline, as it read then: its subject and text, when,
 * and what its type adds (a call's direction, length and outcome; a meeting's place and end).
 */
export function ActivityEventBody({ data }: { data: ActivityEventData }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (data.action === 'deleted') return null;
  const facts = [
    data.dueAt ? fmt.dateTime(data.dueAt) + (data.endAt ? ` – ${fmt.dateTime(data.endAt)}` : '') : null,
    data.direction ? t(`activities.direction.${data.direction}`) : null,
    data.durationMinutes !== null
      ? t('activities.minutes', { count: data.durationMinutes, formatted: fmt.number(data.durationMinutes) })
      : null,
    data.outcome ? t(`activities.outcomes.${data.outcome}`) : null,
    data.location,
    data.priority ? t(`activities.priorities.${data.priority}`) : null,
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <Paper withBorder p="xs" mt={6} bg="var(--mantine-color-gray-0)">
      {data.subject && (
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {data.subject}
        </Text>
      )}
      {facts.length > 0 && (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {facts.join(' · ')}
          </Text>
        </Group>
      )}
      {data.excerpt && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {data.excerpt}
        </Text>
      )}
    </Paper>
  );
}
