import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { can, useSession } from '../../lib/session.js';
import { ConfirmModal } from '../admin/ConfirmModal.js';
import { pipelinesQuery, usePipelines, type Pipeline } from '../deals/pipelines-query.js';
import { PipelineModal, PipelineProblem } from './PipelineModal.js';

/** One pipeline: its stages in order with their probability and rotting limit. */
function PipelineCard(props: { pipeline: Pipeline; onEdit?: () => void; onDelete?: () => void }) {
  const { t } = useTranslation();
  const { pipeline } = props;
  return (
    <Card withBorder padding="sm" data-pipeline={pipeline.name}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{pipeline.name}</Text>
        <Group gap={4}>
          {props.onEdit && (
            <Button size="compact-sm" variant="subtle" onClick={props.onEdit}>
              {t('admin.common.edit')}
            </Button>
          )}
          {props.onDelete && (
            <Button size="compact-sm" variant="subtle" color="red" onClick={props.onDelete}>
              {t('admin.common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <Group gap={6}>
        {pipeline.stages.map((stage, i) => (
          <Badge key={stage.id} variant="light" color="gray" tt="none" size="lg" fw={500}>
            {i + 1}. {stage.name} · {t('deals.board.probability', { value: stage.probability })}
            {stage.rottingDays !== null && ` · ${t('pipelines.rotsAfter', { count: stage.rottingDays })}`}
          </Badge>
        ))}
      </Group>
    </Card>
  );
}

/** Settings → Pipelines: the sales processes deals move through; admins shape them, everyone reads. */
export function PipelinesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const pipelines = usePipelines();
  // `undefined`: closed; `null`: adding one; a pipeline: editing it.
  const [editing, setEditing] = useState<Pipeline | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Pipeline | null>(null);
  const remove = useMutation({
    mutationFn: (pipeline: Pipeline) => api(`/pipelines/${pipeline.id}`, { method: 'DELETE' }),
    onSuccess: async (_, pipeline) => {
      setDeleting(null);
      notifications.show({ color: 'green', message: t('pipelines.deleted', { name: pipeline.name }) });
      await queryClient.invalidateQueries({ queryKey: pipelinesQuery.queryKey });
    },
  });
  const canUpdate = can(session, 'pipelines', 'update');
  const canDelete = can(session, 'pipelines', 'delete');
  const addButton = can(session, 'pipelines', 'create') && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      {t('pipelines.add')}
    </Button>
  );
  return (
    <SettingsCard title={t('pipelines.title')} intro={t('pipelines.intro')} action={addButton}>
      {pipelines.isPending && <TableSkeleton rows={3} columns={3} />}
      {pipelines.error && <ErrorAlert error={pipelines.error} />}
      {pipelines.data?.length === 0 && (
        <EmptyState
          icon={IconTargetArrow}
          title={t('deals.board.noPipelines')}
          body={t('pipelines.emptyBody')}
          action={addButton}
        />
      )}
      <Stack gap="sm">
        {pipelines.data?.map((pipeline) => (
          <PipelineCard
            key={pipeline.id}
            pipeline={pipeline}
            onEdit={canUpdate ? () => setEditing(pipeline) : undefined}
            onDelete={
              canDelete
                ? () => {
                    remove.reset();
                    setDeleting(pipeline);
                  }
                : undefined
            }
          />
        ))}
      </Stack>
      {editing !== undefined && (
        <PipelineModal key={editing?.id ?? 'new'} pipeline={editing} onClose={() => setEditing(undefined)} />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('pipelines.deleteTitle')}
        body={
          <Stack gap="xs">
            <Text size="sm">{t('pipelines.deleteBody', { name: deleting?.name ?? '' })}</Text>
            <PipelineProblem error={remove.error} />
          </Stack>
        }
        confirmLabel={t('admin.common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </SettingsCard>
  );
}
