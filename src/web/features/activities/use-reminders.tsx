import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../lib/api-types.generated.js';
import { api } from '../../lib/api.js';
import { subscribeToRecordEvents } from '../../lib/realtime.js';
import { useSession } from '../../lib/session.js';
import { activityTitle } from './activity-fields.js';

/**
 * Shows the member's reminders in the app as they fall due: the server marks an activity reminded
 * (and emails it) at its time, the live events bring the change, and the tab of its owner says so.
 */
export function useReminders() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const me = session.user.id;
  useEffect(
    () =>
      subscribeToRecordEvents((event) => {
        if (event.recordType !== 'activity' || !event.changedFields.includes('remindedAt')) return;
        void api<Activity>(`/activities/${event.recordId}`)
          .then((activity) => {
            if (activity.ownerId !== me || activity.remindedAt === null) return;
            void queryClient.invalidateQueries({ queryKey: ['my-day'] });
            notifications.show({
              id: `reminder-${activity.id}`,
              icon: <IconBell size={18} />,
              color: 'orange',
              autoClose: false,
              title: t('reminders.title'),
              message: activityTitle(activity, t),
            });
          })
          .catch(() => undefined);
      }),
    [me, queryClient, t],
  );
}
