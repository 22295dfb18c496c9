import { Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ButtonLink } from '../../components/links.js';
import type { Activity } from '../../lib/api-types.generated.js';
import { api } from '../../lib/api.js';
import { can, useSession } from '../../lib/session.js';
import { activityType } from '../activities/activities.record.js';
import { MyDayItem } from './MyDayItem.js';

interface Part {
  data: Activity[];
  more: boolean;
}
interface MyDay {
  overdue: Part;
  todays: Part;
  upcoming: Part;
}

export const myDayQuery = () => {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    queryKey: ['my-day', timeZone],
    queryFn: ({ signal }: { signal: AbortSignal }) => api<MyDay>('/my-day', { query: { timeZone }, signal }),
  };
};

const PARTS = [
  { key: 'overdue', color: 'red' },
  { key: 'todays', color: 'blue' },
  { key: 'upcoming', color: 'gray' },
] as const;

function Section({ part, title, color }: { part: Part; title: string; color: string }) {
  const { t } = useTranslation();
  if (part.data.length === 0 && title !== 'todays') return null;
  return (
    <Card withBorder p="md" component="section" aria-label={t(`myDay.${title}`)}>
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4">
          {t(`myDay.${title}`)}
        </Title>
        <Badge color={color} variant="light" aria-hidden>
          {part.more ? `${part.data.length}+` : part.data.length}
        </Badge>
      </Group>
      {part.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('myDay.nothingToday')}
        </Text>
      ) : (
        <Stack gap={4} role="list">
          {part.data.map((activity) => (
            <MyDayItem key={activity.id} activity={activity} overdue={title === 'overdue'} />
          ))}
        </Stack>
      )}
      {part.more && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('myDay.more')}
        </Text>
      )}
    </Card>
  );
}

/**
 * The member's day: open tasks, calls and meetings that are overdue, due today and in the next week,
 * in their time zone. A task is done with its checkbox or the x key; "Later" moves it. The app opens
 * here after sign-in.
 */
export function MyDayPage() {
  const { t } = useTranslation();
  const session = useSession();
  const day = useQuery(myDayQuery());
  const empty = day.data && PARTS.every(({ key }) => day.data[key].data.length === 0);
  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between">
        <div>
          <Title order={1} size="h2">
            {t('myDay.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('myDay.keys')}
          </Text>
        </div>
        {can(session, 'activities', 'create') && (
          <ButtonLink {...activityType.newLink({ type: 'task' })} leftSection={<IconPlus size={16} />}>
            {t('myDay.newTask')}
          </ButtonLink>
        )}
      </Group>
      <ErrorAlert error={day.error} />
      {day.isPending && (
        <Stack aria-busy="true" aria-label={t('myDay.loading')}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={90} />
          ))}
        </Stack>
      )}
      {empty && <EmptyState icon={IconCalendarCheck} title={t('myDay.empty')} body={t('myDay.emptyBody')} />}
      {day.data &&
        !empty &&
        PARTS.map(({ key, color }) => <Section key={key} part={day.data[key]} title={key} color={color} />)}
    </Stack>
  );
}
