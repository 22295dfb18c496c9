import { Button, Group, Modal, MultiSelect, Radio, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { AdminErrorAlert } from '../admin/admin-errors.js';
import { SecretReveal } from './SecretReveal.js';
import { WEBHOOKS_KEY, webhookFieldError, type Webhook, type WebhookWithSecret } from './webhook-api.js';

const ALL = '*';

/** Adds an endpoint (then shows its secret once) or changes one's URL, description and events. */
export function WebhookFormModal({ endpoint, onClose }: { endpoint?: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [mode, setMode] = useState<'all' | 'some'>(
    !endpoint || endpoint.events.includes(ALL) ? 'all' : 'some',
  );
  const [chosen, setChosen] = useState<string[]>(endpoint?.events.filter((e) => e !== ALL) ?? []);
  const eventTypes = useQuery({
    queryKey: [...WEBHOOKS_KEY, 'event-types'],
    queryFn: () => api<{ data: string[] }>('/webhooks/event-types'),
    staleTime: Infinity,
  });

  const save = useMutation({
    mutationFn: () => {
      const body = { url, description, events: mode === 'all' ? [ALL] : chosen };
      return endpoint
        ? api<Webhook>(`/webhooks/${endpoint.id}`, { method: 'PATCH', body })
        : api<WebhookWithSecret>('/webhooks', { method: 'POST', body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: WEBHOOKS_KEY });
      if (endpoint) onClose();
    },
  });
  const err = (field: string) => webhookFieldError(t, save.error, field);
  // Only an endpoint just made has its secret in the answer.
  const created = endpoint ? undefined : (save.data as WebhookWithSecret | undefined);

  return (
    <Modal
      opened
      onClose={onClose}
      closeOnClickOutside={!created}
      size="lg"
      title={
        created ? t('webhooks.createdTitle') : endpoint ? t('webhooks.editTitle') : t('webhooks.newTitle')
      }
    >
      {created ? (
        <SecretReveal secret={created.secret} onDone={onClose} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('webhooks.url')}
              description={t('webhooks.urlHint')}
              placeholder="https://example.com/webhooks/rapport"
              required
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={err('url')}
              data-autofocus
            />
            <TextInput
              label={t('webhooks.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={err('description')}
            />
            <Radio.Group
              label={t('webhooks.events')}
              value={mode}
              onChange={(value) => setMode(value as 'all' | 'some')}
              error={mode === 'all' ? err('events') : undefined}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="all" label={t('webhooks.allEvents')} />
                <Radio value="some" label={t('webhooks.someEvents')} />
              </Stack>
            </Radio.Group>
            {mode === 'some' && (
              <MultiSelect
                label={t('webhooks.chosenEvents')}
                placeholder={t('webhooks.chooseEvents')}
                data={eventTypes.data?.data ?? []}
                value={chosen}
                onChange={setChosen}
                searchable
                clearable
                nothingFoundMessage={t('admin.common.noMatch')}
                error={err('events')}
              />
            )}
            <AdminErrorAlert error={save.error} shownFields={['url', 'description', 'events']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {endpoint ? t('admin.common.save') : t('webhooks.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
