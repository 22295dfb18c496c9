import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { api, isApiError } from '../../lib/api.js';
import { pipelinesQuery, type Pipeline } from '../deals/pipelines-query.js';
import { bodyOf, draftOf, emptyStage, type PipelineDraft } from './pipeline-draft.js';
import { StageRows } from './StageRows.js';
import { DEAL_QUERIES } from '../deals/board-data.js';

/** Why a save or delete was refused, in words that say what to do; field errors show by their field. */
export function PipelineProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error || (isApiError(error) && error.status === 400 && error.fieldErrors.length > 0)) return null;
  const holdsDeals = isApiError(error) && error.status === 409;
  return (
    <Alert color="red" title={holdsDeals ? t('pipelines.holdsDeals') : undefined}>
      {holdsDeals ? (
        <Stack gap={4}>
          <Text size="sm">{t('pipelines.holdsDealsBody')}</Text>
          <Text size="xs" c="dimmed">
            {error.detail}
          </Text>
        </Stack>
      ) : (
        problemMessage(t, error)
      )}
    </Alert>
  );
}

/** Adds a pipeline (`pipeline` null) or changes one: its name and its stages, in board order. */
export function PipelineModal({ pipeline, onClose }: { pipeline: Pipeline | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PipelineDraft>(() => draftOf(pipeline));
  const save = useMutation({
    mutationFn: () =>
      pipeline
        ? api<Pipeline>(`/pipelines/${pipeline.id}`, {
            method: 'PATCH',
            body: bodyOf(draft),
            headers: { 'if-match': `"${pipeline.version}"` },
          })
        : api<Pipeline>('/pipelines', { method: 'POST', body: bodyOf(draft) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: pipelinesQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: DEAL_QUERIES });
      onClose();
    },
  });
  const error = (field: string) => fieldError(t, save.error, field);
  // A stage that holds deals is explained above the buttons (PipelineProblem), not as a field error.
  const stagesError = isApiError(save.error) && save.error.status !== 409 ? error('stages') : undefined;
  return (
    <Modal
      opened
      onClose={onClose}
      size="min(1000px, 95vw)"
      title={pipeline ? t('pipelines.editTitle', { name: pipeline.name }) : t('pipelines.add')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('pipelines.name')}
            required
            data-autofocus
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={error('name')}
          />
          <Stack gap={4}>
            <Text fw={500} size="sm">
              {t('pipelines.stages')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('pipelines.stagesHint')}
            </Text>
            <StageRows
              stages={draft.stages}
              onChange={(stages) => setDraft({ ...draft, stages })}
              error={error}
            />
            {stagesError && (
              <Text size="sm" c="red">
                {stagesError}
              </Text>
            )}
            <Group>
              <Button
                variant="light"
                leftSection={<IconPlus size={16} />}
                onClick={() => setDraft({ ...draft, stages: [...draft.stages, emptyStage()] })}
                disabled={draft.stages.length >= 30}
              >
                {t('pipelines.addStage')}
              </Button>
            </Group>
          </Stack>
          <PipelineProblem error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {pipeline ? t('pipelines.save') : t('pipelines.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
