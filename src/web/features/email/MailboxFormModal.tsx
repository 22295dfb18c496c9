import { Button, Checkbox, Group, Modal, NumberInput, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.js';
import { AdminErrorAlert, adminFieldError } from '../admin/admin-errors.js';
import { MAILBOXES_KEY, type Mailbox } from './email-api.js';

/** Adds an IMAP mailbox or changes one; the password is asked for, never shown. */
export function MailboxFormModal({ mailbox, onClose }: { mailbox?: Mailbox; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(mailbox?.name ?? '');
  const [host, setHost] = useState(mailbox?.host ?? '');
  const [port, setPort] = useState<number | string>(mailbox?.port ?? 993);
  const [tls, setTls] = useState(mailbox?.tls ?? true);
  const [username, setUsername] = useState(mailbox?.username ?? '');
  const [password, setPassword] = useState('');
  const [folder, setFolder] = useState(mailbox?.folder ?? 'INBOX');
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        host,
        port: typeof port === 'number' ? port : Number.NaN,
        tls,
        username,
        folder,
        ...((password || !mailbox) && { password }),
      };
      return mailbox
        ? api<Mailbox>(`/mailboxes/${mailbox.id}`, { method: 'PATCH', body })
        : api<Mailbox>('/mailboxes', { method: 'POST', body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: MAILBOXES_KEY });
      onClose();
    },
  });
  const err = (field: string) => adminFieldError(t, save.error, field);
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={mailbox ? t('email.mailboxes.editTitle') : t('email.mailboxes.newTitle')}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('email.mailboxes.name')}
            placeholder={t('email.mailboxes.namePlaceholder')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={err('name')}
            data-autofocus
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('email.mailboxes.host')}
              placeholder="imap.example.com"
              required
              value={host}
              onChange={(e) => setHost(e.currentTarget.value)}
              error={err('host')}
            />
            <NumberInput
              label={t('email.mailboxes.port')}
              required
              min={1}
              max={65535}
              value={port}
              onChange={setPort}
              error={err('port')}
            />
          </Group>
          <Checkbox
            label={t('email.mailboxes.tls')}
            checked={tls}
            onChange={(e) => {
              setTls(e.currentTarget.checked);
              setPort(e.currentTarget.checked ? 993 : 143);
            }}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('email.mailboxes.username')}
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={err('username')}
              autoComplete="off"
            />
            <PasswordInput
              label={t('email.mailboxes.password')}
              required={!mailbox}
              placeholder={mailbox ? t('email.keepSecret') : undefined}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={err('password')}
              autoComplete="new-password"
            />
          </Group>
          <TextInput
            label={t('email.mailboxes.folder')}
            required
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
            error={err('folder')}
          />
          <AdminErrorAlert
            error={save.error}
            shownFields={['name', 'host', 'port', 'tls', 'username', 'password', 'folder']}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {mailbox ? t('admin.common.save') : t('email.mailboxes.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
