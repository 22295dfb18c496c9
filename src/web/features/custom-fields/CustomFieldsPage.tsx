import { Badge, Button, Group, Modal, SegmentedControl, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconForms, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { problemMessage } from '../../components/problem-message.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useCustomFields } from '../../lib/queries.js';
import { can, useSession } from '../../lib/session.js';
import type { CustomField, RecordEntity } from '../../lib/types.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { CustomFieldModal } from './CustomFieldModal.js';

export function CustomFieldsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [object, setObject] = useState<RecordEntity>(RECORD_TYPES[0]!.entity);
  // `undefined`: closed; `null`: creating; a field: editing it. The key remounts the modal's state.
  const [editing, setEditing] = useState<CustomField | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<CustomField | null>(null);
  const fields = useCustomFields(object);
  const isAdmin = can(session, 'admin', 'update');

  const remove = useMutation({
    mutationFn: (field: CustomField) => api(`/custom-fields/${field.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      setDeleting(null);
      await queryClient.invalidateQueries({ queryKey: ['custom-fields', object] });
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });

  const newButton = isAdmin && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing(null)}>
      {t('customFields.new')}
    </Button>
  );

  return (
    <SettingsCard title={t('customFields.title')} intro={t('customFields.intro')} action={newButton}>
      <SegmentedControl
        mb="md"
        aria-label={t('customFields.object')}
        value={object}
        onChange={(value) => setObject(value as RecordEntity)}
        data={RECORD_TYPES.map((type) => ({ value: type.entity, label: t(type.text('title')) }))}
      />
      {fields.isPending && <TableSkeleton rows={3} columns={4} />}
      <ErrorAlert error={fields.error} />
      {fields.data?.length === 0 && (
        <EmptyState
          icon={IconForms}
          title={t('customFields.empty')}
          body={t('customFields.emptyBody')}
          action={newButton}
        />
      )}
      {fields.data && fields.data.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customFields.label')}</Table.Th>
                <Table.Th>{t('customFields.key')}</Table.Th>
                <Table.Th>{t('customFields.type')}</Table.Th>
                <Table.Th>{t('customFields.choices')}</Table.Th>
                {isAdmin && <Table.Th>{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.data.map((field) => (
                <Table.Tr key={field.id}>
                  <Table.Td fw={500}>
                    {field.label}
                    {field.required && (
                      <Badge size="xs" ml={6} variant="light">
                        {t('customFields.requiredBadge')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {field.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`customFields.types.${field.type}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {field.choices.map((c) => c.label).join(', ')}
                    </Text>
                  </Table.Td>
                  {isAdmin && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-sm" variant="subtle" onClick={() => setEditing(field)}>
                          {t('record.edit')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(field)}
                        >
                          {t('record.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing !== undefined && (
        <CustomFieldModal
          key={editing?.id ?? 'new'}
          object={object}
          field={editing}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('customFields.deleteTitle')}
      >
        <Text size="sm">{t('customFields.deleteBody', { label: deleting?.label ?? '' })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => deleting && remove.mutate(deleting)}>
            {t('record.delete')}
          </Button>
        </Group>
      </Modal>
    </SettingsCard>
  );
}
