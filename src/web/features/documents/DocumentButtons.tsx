import { Button, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';

/**
 * A sales document's PDF, its e-invoice (invoices) and "Email…", which sends the PDF to the customer
 * in their language; the PDF sent is kept on the record's timeline.
 */
export function DocumentButtons({
  path,
  number,
  eInvoice = false,
  canEmail,
}: {
  /** `/quotes/{id}`, `/orders/{id}` or `/invoices/{id}`. */
  path: string;
  number: string;
  eInvoice?: boolean;
  canEmail: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api<{ to: string }>(`${path}/email`, {
        method: 'POST',
        body: { ...(to.trim() && { to: to.trim() }), ...(message.trim() && { message }) },
      }),
    onSuccess: async (sent) => {
      setOpen(false);
      notifications.show({ color: 'green', message: t('documents.buttons.sent', { to: sent.to }) });
      await queryClient.invalidateQueries({ queryKey: ['history'] });
    },
  });
  return (
    <>
      <Button component="a" variant="default" href={`/api/v1${path}/pdf`} target="_blank" rel="noopener">
        {t('documents.buttons.pdf')}
      </Button>
      {eInvoice && (
        <Button component="a" variant="default" href={`/api/v1${path}/ubl`} download>
          {t('documents.buttons.eInvoice')}
        </Button>
      )}
      {canEmail && (
        <Button variant="default" onClick={() => setOpen(true)}>
          {t('documents.buttons.email')}
        </Button>
      )}
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('documents.buttons.emailTitle', { number })}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <Stack>
            <TextInput
              label={t('documents.buttons.to')}
              description={t('documents.buttons.toHint')}
              type="email"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              error={fieldError(t, send.error, 'to')}
              data-autofocus
            />
            <Textarea
              label={t('documents.buttons.message')}
              autosize
              minRows={3}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
            />
            <ErrorAlert error={send.error} />
            <Button type="submit" loading={send.isPending}>
              {t('documents.buttons.send')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
