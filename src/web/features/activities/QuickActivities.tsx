import { Button, Group, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconChecklist, IconPhonePlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../lib/api-types.generated.js';
import { api } from '../../lib/api.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import { usePhone } from '../../lib/use-phone.js';
import type { RecordEntity } from '../../lib/types.js';
import { ActivityForm } from './ActivityForm.js';
import { activityBody, activityInput, type ActivityInput, type ActivityKind } from './activity-input.js';

/** The records an activity links to by a field of its own. */
const LINKED: Partial<Record<RecordEntity, string>> = {
  person: 'personId',
  company: 'companyId',
  deal: 'dealId',
};

const ACTIONS = [
  { type: 'call', label: 'activities.quick.call', icon: IconPhonePlus },
  { type: 'meeting', label: 'activities.quick.meeting', icon: IconCalendarPlus },
  { type: 'task', label: 'activities.quick.task', icon: IconChecklist },
] as const;

/**
 * "Log a call", "Add a meeting", "Add a task" on the page of a person, company or deal: the activity
 * form in a dialog, linked to the record; saved, it shows on the record's timeline.
 */
export function QuickActivities({
  entity,
  id,
  readOnly,
}: {
  entity: RecordEntity;
  id: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const phone = usePhone();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ActivityKind | null>(null);
  const field = LINKED[entity];
  const create = useMutation({
    mutationFn: (input: ActivityInput) =>
      api<Activity>('/activities', { method: 'POST', body: activityBody(input, true) }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t(`activities.saved.${kind ?? 'task'}`) });
      setKind(null);
      await queryClient.invalidateQueries({ queryKey: ['history', id] });
      await queryClient.invalidateQueries({ queryKey: ['records', 'activity'] });
      await queryClient.invalidateQueries({ queryKey: ['my-day'] });
    },
  });
  if (!field || readOnly || !canOnRecord(session, 'activities', 'create', session.user.id)) return null;
  return (
    <>
      <Group gap="xs">
        {ACTIONS.map((action) => (
          <Button
            key={action.type}
            size="compact-sm"
            variant="light"
            leftSection={<action.icon size={14} />}
            onClick={() => {
              create.reset();
              setKind(action.type);
            }}
          >
            {t(action.label)}
          </Button>
        ))}
      </Group>
      <Modal
        opened={kind !== null}
        onClose={() => setKind(null)}
        title={kind ? t(`activities.quick.${kind}`) : ''}
        size="lg"
        fullScreen={phone}
      >
        {kind && (
          <ActivityForm
            initial={activityInput({ type: kind, [field]: id })}
            submitLabel={t('activities.save')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input)}
            onCancel={() => setKind(null)}
          />
        )}
      </Modal>
    </>
  );
}
