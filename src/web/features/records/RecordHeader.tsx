import {
  ActionIcon,
  Alert,
  Badge,
  Breadcrumbs,
  Button,
  Flex,
  Group,
  Modal,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowMerge,
  IconEdit,
  IconRestore,
  IconStar,
  IconStarFilled,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AnchorLink } from '../../components/links.js';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { MERGEABLE_RECORD_TYPES } from '../../lib/api-types.generated.js';
import { useFavourites } from '../../lib/remembered-records.js';
import { usePhone } from '../../lib/use-phone.js';
import { can, canOnRecord, useSession } from '../../lib/session.js';
import { useShortcuts } from '../../lib/shortcuts.js';
import type { RecordBase } from '../../lib/types.js';
import type { RecordType } from '../../records/record-type.js';
import { MergeDialog } from './MergeDialog.js';

/**
 * Title, breadcrumb and the record's actions: edit, merge a duplicate into it, move to trash, restore;
 * each only when the member's role allows it on this record (its owner decides for `own` and `team`
 * scopes; a merge needs update here and delete on the duplicate, which the server checks).
 */
export function RecordHeader(props: {
  type: Pick<RecordType, 'entity' | 'module' | 'apiPath' | 'routePath' | 'text'>;
  record: RecordBase;
  title: string;
  subtitle?: ReactNode;
  queryKey: unknown[];
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState(false);
  const { type, record } = props;
  const inTrash = record.deletedAt !== null;
  const mayEdit = canOnRecord(session, type.module, 'update', record.ownerId);
  const mayDelete = canOnRecord(session, type.module, 'delete', record.ownerId);
  const mayMerge =
    (MERGEABLE_RECORD_TYPES as readonly string[]).includes(type.entity) &&
    mayEdit &&
    can(session, type.module, 'delete');
  const phone = usePhone();
  const buttonSize = phone ? 'compact-sm' : 'sm';
  const favourites = useFavourites();
  const favourite = favourites.isFavourite(record.id);
  useShortcuts({
    e: () => {
      if (inTrash || !mayEdit) return false;
      props.onEdit();
    },
  });

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: props.queryKey });
    await queryClient.invalidateQueries({ queryKey: ['records'] });
    await queryClient.invalidateQueries({ queryKey: ['history', record.id] });
  };
  const remove = useMutation({
    mutationFn: () => api(`${type.apiPath}/${record.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      setConfirming(false);
      const id = `deleted-${record.id}`;
      notifications.show({
        id,
        color: 'gray',
        autoClose: 10_000,
        message: (
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm">{t(type.text('movedToTrash'))}</Text>
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                restore.mutate();
              }}
            >
              {t('bulk.undo')}
            </Button>
          </Group>
        ),
      });
      await refresh();
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
  const restore = useMutation({
    mutationFn: () => api(`${type.apiPath}/${record.id}/restore`, { method: 'POST' }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t(type.text('restored')) });
      await refresh();
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });

  return (
    <Stack gap="sm" mb="lg">
      <Breadcrumbs>
        <AnchorLink to={type.routePath} size="sm">
          {t(type.text('title'))}
        </AnchorLink>
        <Text size="sm" c="dimmed" truncate maw={300}>
          {props.title}
        </Text>
      </Breadcrumbs>
      <Flex
        justify="space-between"
        align={{ base: 'stretch', sm: 'flex-start' }}
        direction={{ base: 'column', sm: 'row' }}
        gap="sm"
      >
        <div style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {props.title}
            </Title>
            <Tooltip label={t(favourite ? 'favourites.remove' : 'favourites.add')}>
              <ActionIcon
                variant="subtle"
                color={favourite ? 'yellow' : 'gray'}
                size="lg"
                aria-label={t(favourite ? 'favourites.remove' : 'favourites.add')}
                aria-pressed={favourite}
                onClick={() => favourites.toggle({ entity: type.entity, id: record.id, title: props.title })}
              >
                {favourite ? <IconStarFilled size={20} /> : <IconStar size={20} />}
              </ActionIcon>
            </Tooltip>
            {inTrash && (
              <Badge color="red" variant="light">
                {t('record.inTrash')}
              </Badge>
            )}
          </Group>
          {props.subtitle && <div>{props.subtitle}</div>}
        </div>
        <Group gap="xs" wrap="wrap">
          {inTrash && mayDelete && (
            <Button
              size={buttonSize}
              leftSection={<IconRestore size={16} />}
              onClick={() => restore.mutate()}
              loading={restore.isPending}
            >
              {t('record.restore')}
            </Button>
          )}
          {!inTrash && mayEdit && (
            <Button size={buttonSize} leftSection={<IconEdit size={16} />} onClick={props.onEdit}>
              {t('record.edit')}
            </Button>
          )}
          {!inTrash && mayMerge && (
            <Button
              size={buttonSize}
              variant="default"
              leftSection={<IconArrowMerge size={16} />}
              onClick={() => setMerging(true)}
            >
              {t('merge.action')}
            </Button>
          )}
          {!inTrash && mayDelete && (
            <Button
              size={buttonSize}
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setConfirming(true)}
            >
              {t('record.delete')}
            </Button>
          )}
        </Group>
      </Flex>
      {inTrash && (
        <Alert color="yellow" variant="light">
          {t('record.trashNotice')}
        </Alert>
      )}
      {mayMerge && (
        <MergeDialog
          entity={type.entity}
          record={record}
          title={props.title}
          opened={merging}
          onClose={() => setMerging(false)}
          onMerged={refresh}
        />
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('record.deleteTitle')}>
        <Text size="sm">{t(type.text('deleteBody'), { name: props.title })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
            {t('record.moveToTrash')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
