import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsCard } from '../../components/SettingsCard.js';
import { api } from '../../lib/api.js';
import { can, useSession } from '../../lib/session.js';
import { AdminErrorAlert, adminFieldError } from '../admin/admin-errors.js';
import { SMTP_KEY, type SmtpSettings, type TestEmailResult } from './email-api.js';

type Stored = NonNullable<SmtpSettings['settings']>;
const PORTS = { tls: 465, starttls: 587, none: 25 } as const;

/** The workspace's own SMTP server, its DKIM signing, and a test message that shows the server's answer. */
export function SmtpSettingsCard() {
  const { t } = useTranslation();
  const settings = useQuery({ queryKey: SMTP_KEY, queryFn: () => api<SmtpSettings>('/email/smtp') });
  return (
    <SettingsCard title={t('email.smtp.title')} intro={t('email.smtp.intro')}>
      <AdminErrorAlert error={settings.error} />
      {settings.data && (
        <Stack>
          <Alert color={settings.data.source === 'none' ? 'yellow' : 'blue'} variant="light">
            {t(`email.smtp.source.${settings.data.source}`)}
          </Alert>
          {!settings.data.secretsEncrypted && (
            <Text size="sm" c="dimmed">
              {t('email.smtp.notEncrypted')}
            </Text>
          )}
          <SmtpForm key={settings.data.settings?.updatedAt ?? 'none'} stored={settings.data.settings} />
          <TestSend />
        </Stack>
      )}
    </SettingsCard>
  );
}

function SmtpForm({ stored }: { stored: Stored | null }) {
  const { t } = useTranslation();
  const session = useSession();
  const mayChange = can(session, 'admin', 'update');
  const queryClient = useQueryClient();
  const [host, setHost] = useState(stored?.host ?? '');
  const [security, setSecurity] = useState<Stored['security']>(stored?.security ?? 'starttls');
  const [port, setPort] = useState<number | string>(stored?.port ?? PORTS.starttls);
  const [username, setUsername] = useState(stored?.username ?? '');
  const [password, setPassword] = useState('');
  const [fromAddress, setFromAddress] = useState(stored?.fromAddress ?? '');
  const [dkimOn, setDkimOn] = useState(stored?.dkim !== null && stored?.dkim !== undefined);
  const [dkimDomain, setDkimDomain] = useState(stored?.dkim?.domain ?? '');
  const [dkimSelector, setDkimSelector] = useState(stored?.dkim?.selector ?? '');
  const [dkimKey, setDkimKey] = useState('');

  const save = useMutation({
    mutationFn: () =>
      api<SmtpSettings>('/email/smtp', {
        method: 'PUT',
        body: {
          host,
          port: typeof port === 'number' ? port : Number.NaN,
          security,
          username: username || null,
          ...(password && { password }),
          fromAddress,
          dkim: dkimOn
            ? { domain: dkimDomain, selector: dkimSelector, ...(dkimKey && { privateKey: dkimKey }) }
            : null,
        },
      }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('email.smtp.saved') });
      await queryClient.invalidateQueries({ queryKey: SMTP_KEY });
    },
  });
  const remove = useMutation({
    mutationFn: () => api<SmtpSettings>('/email/smtp', { method: 'DELETE' }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('email.smtp.removed') });
      await queryClient.invalidateQueries({ queryKey: SMTP_KEY });
    },
  });
  const err = (field: string) => adminFieldError(t, save.error, field);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <fieldset disabled={!mayChange} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput
              label={t('email.smtp.host')}
              placeholder="smtp.example.com"
              required
              value={host}
              onChange={(e) => setHost(e.currentTarget.value)}
              error={err('host')}
            />
            <Select
              label={t('email.smtp.security')}
              data={(['starttls', 'tls', 'none'] as const).map((value) => ({
                value,
                label: t(`email.smtp.securities.${value}`),
              }))}
              value={security}
              allowDeselect={false}
              onChange={(value) => {
                const next = (value ?? 'starttls') as Stored['security'];
                setSecurity(next);
                setPort(PORTS[next]);
              }}
              error={err('security')}
            />
            <NumberInput
              label={t('email.smtp.port')}
              required
              min={1}
              max={65535}
              value={port}
              onChange={setPort}
              error={err('port')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('email.smtp.username')}
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={err('username')}
              autoComplete="off"
            />
            <PasswordInput
              label={t('email.smtp.password')}
              placeholder={stored?.passwordSet ? t('email.keepSecret') : undefined}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={err('password')}
              autoComplete="new-password"
            />
          </Group>
          <TextInput
            label={t('email.smtp.from')}
            description={t('email.smtp.fromHint')}
            placeholder="Acme Sales <sales@acme.example>"
            required
            value={fromAddress}
            onChange={(e) => setFromAddress(e.currentTarget.value)}
            error={err('fromAddress')}
          />
          <Checkbox
            label={t('email.smtp.dkim')}
            checked={dkimOn}
            onChange={(e) => setDkimOn(e.currentTarget.checked)}
          />
          {dkimOn && (
            <Stack gap="sm">
              <Group grow align="flex-start">
                <TextInput
                  label={t('email.smtp.dkimDomain')}
                  placeholder="acme.example"
                  required
                  value={dkimDomain}
                  onChange={(e) => setDkimDomain(e.currentTarget.value)}
                  error={err('dkim.domain')}
                />
                <TextInput
                  label={t('email.smtp.dkimSelector')}
                  placeholder="crm"
                  required
                  value={dkimSelector}
                  onChange={(e) => setDkimSelector(e.currentTarget.value)}
                  error={err('dkim.selector')}
                />
              </Group>
              <Textarea
                label={t('email.smtp.dkimKey')}
                description={t('email.smtp.dkimKeyHint')}
                placeholder={
                  stored?.dkim?.privateKeySet ? t('email.keepSecret') : '-----BEGIN PRIVATE KEY-----'
                }
                autosize
                minRows={3}
                maxRows={8}
                ff="monospace"
                value={dkimKey}
                onChange={(e) => setDkimKey(e.currentTarget.value)}
                error={err('dkim.privateKey')}
              />
            </Stack>
          )}
          <AdminErrorAlert
            error={save.error ?? remove.error}
            shownFields={['host', 'port', 'security', 'username', 'password', 'fromAddress', 'dkim']}
          />
          {mayChange && (
            <Group justify="flex-end">
              {stored && (
                <Button
                  variant="default"
                  color="red"
                  onClick={() => remove.mutate()}
                  loading={remove.isPending}
                >
                  {t('email.smtp.remove')}
                </Button>
              )}
              <Button type="submit" loading={save.isPending}>
                {t('admin.common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}

function TestSend() {
  const { t } = useTranslation();
  const session = useSession();
  const [to, setTo] = useState(session.user.email);
  const send = useMutation({
    mutationFn: () => api<TestEmailResult>('/email/smtp/test', { method: 'POST', body: { to } }),
  });
  if (!can(session, 'admin', 'update')) return null;
  const result = send.data;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput
            label={t('email.test.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={adminFieldError(t, send.error, 'to')}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" loading={send.isPending}>
            {t('email.test.send')}
          </Button>
        </Group>
        <AdminErrorAlert error={send.error} shownFields={['to']} />
        {result && (
          <Alert
            color={result.ok ? 'green' : 'red'}
            variant="light"
            title={result.ok ? t('email.test.sent') : t('email.test.failed')}
            role="status"
          >
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {result.source === 'none'
                ? t('email.smtp.source.none')
                : result.ok
                  ? result.response
                  : (result.error ?? result.response)}
            </Text>
          </Alert>
        )}
      </Stack>
    </form>
  );
}
