import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError, problemMessage } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { can, canOnRecord, useSession } from '../../lib/session.js';
import type { Page, RecordEntity } from '../../lib/types.js';
import { byLabel } from './fields.js';
import type { SavedView, ViewConfig } from './view-config.js';

export function useSavedViews(object: RecordEntity) {
  return useQuery({
    queryKey: ['views', object],
    queryFn: async () => (await api<Page<SavedView>>('/views', { query: { object, limit: 200 } })).data,
  });
}

/** Picks a saved view, saves the current list as a new one, deletes your own. */
export function ViewPicker(props: {
  object: RecordEntity;
  selectedId: string | null;
  onSelect: (view: SavedView | null) => void;
  currentConfig: () => ViewConfig;
}) {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const views = useSavedViews(props.object);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);

  const create = useMutation({
    mutationFn: () =>
      api<SavedView>('/views', {
        method: 'POST',
        body: { object: props.object, name, shared, config: props.currentConfig() },
      }),
    onSuccess: async (view) => {
      await queryClient.invalidateQueries({ queryKey: ['views', props.object] });
      props.onSelect(view);
      setSaving(false);
      notifications.show({ color: 'green', message: t('views.saved', { name: view.name }) });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/views/${id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      props.onSelect(null);
      await queryClient.invalidateQueries({ queryKey: ['views', props.object] });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });

  const named = byLabel(
    (views.data ?? []).map((v) => ({ ...v, label: v.name })),
    locale,
  );
  const mine = named.filter((v) => v.ownerId === session.user.id);
  const others = named.filter((v) => v.ownerId !== session.user.id);
  const data = [
    { group: t('views.standard'), items: [{ value: '', label: t('views.all') }] },
    ...(mine.length
      ? [{ group: t('views.mine'), items: mine.map((v) => ({ value: v.id, label: v.name })) }]
      : []),
    ...(others.length
      ? [{ group: t('views.shared'), items: others.map((v) => ({ value: v.id, label: v.name })) }]
      : []),
  ];
  const selected = views.data?.find((v) => v.id === props.selectedId);

  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <Select
        label={t('views.label')}
        w={200}
        searchable
        data={data}
        value={props.selectedId ?? ''}
        allowDeselect={false}
        onChange={(id) => props.onSelect(views.data?.find((v) => v.id === id) ?? null)}
      />
      {can(session, 'views', 'create') && (
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => {
            setName('');
            setShared(false);
            create.reset();
            setSaving(true);
          }}
        >
          {t('views.save')}
        </Button>
      )}
      {selected && canOnRecord(session, 'views', 'delete', selected.ownerId) && (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => remove.mutate(selected.id)}
          loading={remove.isPending}
        >
          {t('views.delete')}
        </Button>
      )}
      <Modal opened={saving} onClose={() => setSaving(false)} title={t('views.saveTitle')}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('views.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(t, create.error, 'name')}
              required
              data-autofocus
            />
            <Checkbox
              label={t('views.shareWithWorkspace')}
              checked={shared}
              onChange={(e) => setShared(e.currentTarget.checked)}
            />
            <ErrorAlert error={create.error} shownFields={['name']} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSaving(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('views.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
