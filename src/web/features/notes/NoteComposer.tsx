import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { canOnRecord, useSession } from '../../lib/session.js';
import type { Note, RecordEntity } from '../../lib/types.js';

/**
 * The box for writing a note on a record, shown when the role may write notes. A saved note appears
 * in the record's notes and on its timeline (which lives under the record's `history` key).
 */
export function NoteComposer({
  entityType,
  entityId,
  readOnly,
}: {
  entityType: RecordEntity;
  entityId: string;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const add = useMutation({
    mutationFn: () => api<Note>('/notes', { method: 'POST', body: { entityType, entityId, body } }),
    onSuccess: async () => {
      setBody('');
      await queryClient.invalidateQueries({ queryKey: ['notes', entityType, entityId] });
      await queryClient.invalidateQueries({ queryKey: ['history', entityId] });
    },
  });
  // A note is an activity itself: activities carry their text, not notes of their own.
  if (readOnly || entityType === 'activity' || !canOnRecord(session, 'activities', 'create', session.user.id))
    return null;

  return (
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
          onKeyDown={(e) => {
            // Ctrl+Enter (Cmd+Enter on a Mac) saves, as in most apps' comment boxes.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && body.trim() && !add.isPending) {
              e.preventDefault();
              add.mutate();
            }
          }}
          description={t('notes.saveHint')}
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
  );
}
