import { Autocomplete, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTags } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { TableSkeleton } from '../../components/Skeletons.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { can, useSession } from '../../lib/session.js';
import { RECORD_TYPES } from '../../records/registry.js';
import { AdminErrorAlert } from '../admin/admin-errors.js';
import { tagsQuery } from './tags-query.js';

/** The workspace's tags with how many records of each type carry them; rename one or merge two. */
export function TagsPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const tags = useQuery({ ...tagsQuery, staleTime: 0 });
  const [renaming, setRenaming] = useState<string | null>(null);
  const canRename = can(session, 'admin', 'update');

  return (
    <SettingsCard title={t('tags.title')} intro={t('tags.intro')}>
      {tags.isPending && <TableSkeleton rows={4} columns={RECORD_TYPES.length + 2} />}
      <AdminErrorAlert error={tags.error} />
      {tags.data?.length === 0 && (
        <EmptyState icon={IconTags} title={t('tags.empty')} body={t('tags.emptyBody')} />
      )}
      {tags.data && tags.data.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tags.tag')}</Table.Th>
                {RECORD_TYPES.map((type) => (
                  <Table.Th key={type.entity} ta="right">
                    {t(type.text('title'))}
                  </Table.Th>
                ))}
                {canRename && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tags.data.map((row) => (
                <Table.Tr key={row.tag}>
                  <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {row.tag}
                  </Table.Td>
                  {RECORD_TYPES.map((type) => (
                    <Table.Td key={type.entity} ta="right" c={row.counts[type.entity] ? undefined : 'dimmed'}>
                      {fmt.number(row.counts[type.entity] ?? 0)}
                    </Table.Td>
                  ))}
                  {canRename && (
                    <Table.Td ta="right">
                      <Button size="compact-sm" variant="subtle" onClick={() => setRenaming(row.tag)}>
                        {t('tags.rename')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {renaming !== null && (
        <RenameTagModal
          tag={renaming}
          others={(tags.data ?? []).map((row) => row.tag).filter((tag) => tag !== renaming)}
          onClose={() => setRenaming(null)}
        />
      )}
    </SettingsCard>
  );
}

function RenameTagModal({ tag, others, onClose }: { tag: string; others: string[]; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(tag);
  const rename = useMutation({
    mutationFn: () =>
      api<{ changed: number }>('/tags/rename', { method: 'POST', body: { from: tag, to: name.trim() } }),
    onSuccess: async ({ changed }) => {
      notifications.show({ color: 'green', message: t('tags.renamed', { count: changed }) });
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['tags'] });
      await queryClient.invalidateQueries({ queryKey: ['records'] });
    },
  });
  const merges = others.includes(name.trim());
  return (
    <Modal opened onClose={onClose} title={t('tags.renameTitle', { tag })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          rename.mutate();
        }}
      >
        <Stack>
          <Autocomplete
            label={t('tags.newName')}
            data={others}
            value={name}
            onChange={setName}
            data-autofocus
            description={merges ? t('tags.mergeHint', { tag: name.trim() }) : undefined}
          />
          <AdminErrorAlert error={rename.error} shownFields={[]} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending} disabled={!name.trim() || name.trim() === tag}>
              {merges ? t('tags.merge') : t('tags.rename')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('tags.renameHint')}
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}
