import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useFormatters } from '../../lib/format.js';
import { api } from '../../lib/api.js';
import { formatFileSize } from '../files/file-problems.js';
import type { ReceivedEmail } from './email-api.js';

/** A received email in full: who wrote to whom, its text and its attachments to download. */
export function EmailModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const email = useQuery({ queryKey: ['emails', id], queryFn: () => api<ReceivedEmail>(`/emails/${id}`) });
  const data = email.data;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={data ? data.subject || t('timeline.email.noSubject') : t('email.view.title')}
    >
      <ErrorAlert error={email.error} />
      {data && (
        <Stack gap="xs">
          <Text size="sm">
            <Text span c="dimmed">
              {t('email.view.from')}:{' '}
            </Text>
            {data.from.name ? `${data.from.name} <${data.from.address}>` : data.from.address}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            <Text span c="dimmed">
              {t('email.view.to')}:{' '}
            </Text>
            {[...data.to, ...data.cc].join(', ')}
          </Text>
          <Text size="xs" c="dimmed">
            {fmt.dateTime(data.sentAt ?? data.receivedAt)}
            {data.threadToken && ` · ${data.threadToken}`}
          </Text>
          {data.attachments.length > 0 && (
            <Group gap="md" aria-label={t('email.view.attachments')} role="list">
              {data.attachments.map((file) => (
                <Anchor
                  key={file.id}
                  role="listitem"
                  size="sm"
                  href={`/api/v1/emails/${data.id}/attachments/${file.id}`}
                  download={file.name}
                >
                  <Group gap={4} wrap="nowrap">
                    <IconPaperclip size={14} />
                    {file.name} ({formatFileSize(fmt.locale, file.size)})
                  </Group>
                </Anchor>
              ))}
            </Group>
          )}
          <Text
            component="pre"
            size="sm"
            p="sm"
            bg="var(--mantine-color-gray-0)"
            style={{
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              borderRadius: 4,
              fontFamily: 'inherit',
            }}
          >
            {data.text}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}

/** "Open email" under an email event of a timeline, with the full message in a dialog. */
export function OpenEmailButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" size="compact-xs" mt={4} onClick={() => setOpen(true)}>
        {t('email.view.open')}
      </Button>
      {open && <EmailModal id={id} onClose={() => setOpen(false)} />}
    </>
  );
}
