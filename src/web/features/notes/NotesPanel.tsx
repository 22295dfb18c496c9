import { Button, Card, Group, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { useFormatters } from '../../lib/format.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import type { Note, Page, RecordEntity } from '../../lib/types.js';

/** A record's notes, newest first, and a form to add one when the role may write notes. */
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
  const session = useSession();
  const mayAdd = !readOnly && canOnRecord(session, 'notes', 'create', session.user.id);
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const queryKey = ['notes', entityType, entityId];
  const notes = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      api<Page<Note>>('/notes', { query: { entityType, entityId, cursor: pageParam, limit: 20 } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const add = useMutation({
    mutationFn: () => api<Note>('/notes', { method: 'POST', body: { entityType, entityId, body } }),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey });
    },
  });
  const all = notes.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="md">
      {mayAdd && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('notes.add')}
              placeholder={t('notes.placeholder')}
              autosize
              minRows={3}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={fieldError(t, add.error, 'body')}
            />
            <ErrorAlert error={add.error} shownFields={['body']} />
            <Group justify="flex-end">
              <Button type="submit" loading={add.isPending} disabled={!body.trim()}>
                {t('notes.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
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
