import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Loader,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFile, IconFiles, IconTrash, IconUpload } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import type { RecordFile } from '../../lib/api-types.generated.js';
import { useFormatters } from '../../lib/format.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import type { Page } from '../../lib/types.js';
import { ConfirmModal } from '../admin/ConfirmModal.js';
import { fileProblemMessage, formatFileSize } from './file-problems.js';

interface Failure {
  name: string;
  message: string;
}

/**
 * A record's files, newest first: download links, and, for roles that may change the record, an upload
 * button, a drop zone and delete. Each file is uploaded on its own, so one refused file (too large, a
 * program…) says why without stopping the others.
 */
export function FilesPanel({
  apiPath,
  module,
  recordId,
  ownerId,
  readOnly,
}: {
  apiPath: string;
  module: string;
  recordId: string;
  /** The record's owner: a role may change only its own (or its team's) records. */
  ownerId: string | null;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const session = useSession();
  const queryClient = useQueryClient();
  const mayChange = !readOnly && canOnRecord(session, module, 'update', ownerId);
  const queryKey = ['files', apiPath, recordId];
  const [uploading, setUploading] = useState<string | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [dragging, setDragging] = useState(false);
  const [toDelete, setToDelete] = useState<RecordFile | null>(null);

  const files = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      api<Page<RecordFile>>(`${apiPath}/${recordId}/files`, { query: { cursor: pageParam, limit: 50 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const all = files.data?.pages.flatMap((p) => p.data) ?? [];

  async function upload(chosen: File[]) {
    setFailures([]);
    let uploaded = 0;
    for (const file of chosen) {
      setUploading(file.name);
      const body = new FormData();
      body.append('file', file, file.name);
      try {
        await api<RecordFile>(`${apiPath}/${recordId}/files`, { method: 'POST', body });
        uploaded += 1;
      } catch (error) {
        setFailures((list) => [...list, { name: file.name, message: fileProblemMessage(t, error) }]);
      }
    }
    setUploading(null);
    if (uploaded > 0) {
      notifications.show({ color: 'green', message: t('files.uploaded') });
      await queryClient.invalidateQueries({ queryKey });
    }
  }

  const remove = useMutation({
    mutationFn: (file: RecordFile) => api(`/files/${file.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      setToDelete(null);
      notifications.show({ color: 'green', message: t('files.deleted') });
      await queryClient.invalidateQueries({ queryKey });
    },
  });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (uploading === null && event.dataTransfer.files.length > 0) void upload([...event.dataTransfer.files]);
  };

  return (
    <Stack gap="md">
      {mayChange && (
        <Paper
          withBorder
          p="md"
          radius="md"
          style={{
            borderStyle: 'dashed',
            borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
            background: dragging ? 'var(--mantine-primary-color-light)' : undefined,
          }}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon variant="light" size="lg" radius="xl">
                {uploading === null ? <IconUpload size={18} /> : <Loader size={16} />}
              </ThemeIcon>
              <Text size="sm" c="dimmed">
                {uploading === null ? t('files.drop') : t('files.uploading', { name: uploading })}
              </Text>
            </Group>
            <FileButton onChange={(chosen) => void upload(chosen)} multiple>
              {(props) => (
                <Button {...props} variant="light" loading={uploading !== null} style={{ flexShrink: 0 }}>
                  {t('files.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        </Paper>
      )}
      {failures.map((failure) => (
        <Alert
          key={failure.name}
          color="red"
          role="alert"
          title={t('files.failed', { name: failure.name })}
          withCloseButton
          closeButtonLabel={t('files.dismiss')}
          onClose={() => setFailures((list) => list.filter((f) => f !== failure))}
        >
          {failure.message}
        </Alert>
      ))}
      {files.isPending && <Skeleton height={48} />}
      <ErrorAlert error={files.error} />
      {files.isSuccess && all.length === 0 && (
        <EmptyState
          icon={IconFiles}
          title={t('files.empty')}
          body={t(mayChange ? 'files.emptyBody' : 'files.emptyBodyReadOnly')}
        />
      )}
      {all.map((file) => (
        <Group key={file.id} gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color="gray" size="lg" radius="md">
            <IconFile size={18} />
          </ThemeIcon>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Anchor
              href={`/api/v1/files/${file.id}/content`}
              download={file.name}
              size="sm"
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
            >
              {file.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {[
                formatFileSize(fmt.locale, file.size),
                fmt.dateTime(file.createdAt),
                file.createdByName ?? t('files.unknownUploader'),
              ].join(' · ')}
            </Text>
          </Stack>
          {mayChange && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('files.delete', { name: file.name })}
              title={t('files.delete', { name: file.name })}
              onClick={() => {
                remove.reset();
                setToDelete(file);
              }}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {files.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() => void files.fetchNextPage()}
          loading={files.isFetchingNextPage}
        >
          {t('files.more')}
        </Button>
      )}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('files.deleteTitle')}
        body={t('files.deleteBody', { name: toDelete?.name ?? '' })}
        confirmLabel={t('files.deleteConfirm')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => toDelete && remove.mutate(toDelete)}
        onClose={() => setToDelete(null)}
      />
    </Stack>
  );
}
