import { Button, Checkbox, Group, Menu, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPause } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.js';
import type { Activity } from '../../lib/api-types.generated.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { activityType } from '../activities/activities.record.js';
import { activityTitle, ActivityTypeBadge } from '../activities/activity-fields.js';
import { snoozeChoices } from './snooze.js';

/**
 * One open activity of "My day": its checkbox completes it (x does too when the row has focus), the
 * menu moves it to later; the title opens it. A meeting's checkbox marks it held.
 */
export function MyDayItem({ activity, overdue }: { activity: Activity; overdue: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const mayChange = canOnRecord(session, 'activities', 'update', activity.ownerId);
  const change = useMutation({
    mutationFn: (patch: Record<string, unknown>) =>
      api<Activity>(`/activities/${activity.id}`, { method: 'PATCH', body: patch }),
    onSuccess: async (_saved, patch) => {
      if ('completedAt' in patch)
        notifications.show({
          color: 'green',
          message: t('myDay.completed', { name: activityTitle(activity, t) }),
        });
      await queryClient.invalidateQueries({ queryKey: ['my-day'] });
      await queryClient.invalidateQueries({ queryKey: ['records', 'activity'] });
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  });
  const complete = () => change.mutate({ completedAt: new Date().toISOString() });
  const checkable = mayChange;
  const linked = [activity.personName, activity.companyName, activity.dealTitle].filter(Boolean).join(' · ');
  return (
    <Paper
      role="listitem"
      withBorder
      p="xs"
      tabIndex={0}
      aria-label={activityTitle(activity, t)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || !checkable || change.isPending) return;
        if (e.key === 'x' || e.key === ' ') {
          e.preventDefault();
          complete();
        }
      }}
      style={{ opacity: change.isPending ? 0.6 : 1 }}
    >
      <Group wrap="nowrap" gap="sm" align="center">
        {checkable ? (
          <Checkbox
            aria-label={t('myDay.complete', { name: activityTitle(activity, t) })}
            checked={false}
            disabled={change.isPending}
            onChange={complete}
          />
        ) : (
          <span style={{ width: 20 }} />
        )}
        <div style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <ActivityTypeBadge type={activity.type} t={t} />
            <AnchorLink {...activityType.link(activity.id)} fw={500} truncate>
              {activityTitle(activity, t)}
            </AnchorLink>
            {activity.priority === 'high' && (
              <Text size="xs" c="red" fw={600}>
                {t('activities.priorities.high')}
              </Text>
            )}
          </Group>
          <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
            {activity.dueAt ? fmt.dateTime(activity.dueAt) : ''}
            {linked ? ` · ${linked}` : ''}
          </Text>
        </div>
        {mayChange && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconClockPause size={14} />}
                disabled={change.isPending}
              >
                {t('myDay.later')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {snoozeChoices(Date.now()).map((choice) => (
                <Menu.Item key={choice.key} onClick={() => change.mutate(choice.patch)}>
                  {t(`myDay.snooze.${choice.key}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Paper>
  );
}
