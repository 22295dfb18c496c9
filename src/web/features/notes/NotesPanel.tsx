import { Button, Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import type { Note, Page, RecordEntity } from '../../lib/types.js';
import { NoteComposer } from './NoteComposer.js';

/** A record's notes in full, newest first, and the box to add one when the role may write notes. */
export function NotesPanel({
  entityType,
  entityId,
  readOnly,
}: {
  entityType: RecordEntity;
  entityId: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const notes = useInfiniteQuery({
    queryKey: ['notes', entityType, entityId],
    queryFn: ({ pageParam }) =>
      api<Page<Note>>('/notes', { query: { entityType, entityId, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const all = notes.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="md">
      <NoteComposer entityType={entityType} entityId={entityId} readOnly={readOnly} />
      {notes.isPending && <Skeleton height={60} />}
      <ErrorAlert error={notes.error} />
      {notes.isSuccess && all.length === 0 && (
        <EmptyState icon={IconNotes} title={t('notes.empty')} body={t('notes.emptyBody')} />
      )}
      {all.map((note) => (
        <Card key={note.id} withBorder padding="sm">
          <Group justify="space-between" mb={4} gap="xs">
            <Text size="sm" fw={600}>
              {note.authorName ?? t('notes.unknownAuthor')}
            </Text>
            <Text size="xs" c="dimmed">
              {fmt.dateTime(note.createdAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {note.body}
          </Text>
        </Card>
      ))}
      {notes.hasNextPage && (
        <Button
          variant="subtle"
          onClick={() => void notes.fetchNextPage()}
          loading={notes.isFetchingNextPage}
        >
          {t('notes.more')}
        </Button>
      )}
    </Stack>
  );
}
