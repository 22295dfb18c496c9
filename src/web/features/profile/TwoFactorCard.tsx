import { Alert, Badge, Button, Card, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { sessionQuery, useSession } from '../../lib/session.js';

/** Two-factor sign-in: start set-up (secret shown), confirm a code to turn it on; a code turns it off. */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const enabled = session.user.totpEnabled;

  const setup = useMutation({
    mutationFn: () => api<{ secret: string; otpauthUrl: string }>('/auth/totp/setup', { method: 'POST' }),
  });
  const confirm = useMutation({
    mutationFn: () =>
      api(enabled ? '/auth/totp/disable' : '/auth/totp/enable', { method: 'POST', body: { code } }),
    onSuccess: async () => {
      notifications.show({
        color: 'green',
        message: enabled ? t('twoFactor.disabled') : t('twoFactor.enabled'),
      });
      setCode('');
      setup.reset();
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
    },
  });

  const codeForm = (label: string) => (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate();
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('twoFactor.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          w={160}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.replace(/\D/g, ''))}
          error={fieldError(t, confirm.error, 'code')}
        />
        <Button type="submit" loading={confirm.isPending} color={enabled ? 'red' : undefined}>
          {label}
        </Button>
      </Group>
    </form>
  );

  return (
    <Card withBorder p="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('twoFactor.title')}
        </Title>
        <Badge
          color={enabled ? 'green' : 'gray'}
          variant="light"
          leftSection={enabled ? <IconShieldCheck size={12} /> : null}
        >
          {enabled ? t('twoFactor.on') : t('twoFactor.off')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('twoFactor.intro')}
      </Text>
      <Stack gap="md">
        {enabled && codeForm(t('twoFactor.turnOff'))}
        {!enabled && !setup.data && (
          <Group>
            <Button variant="light" onClick={() => setup.mutate()} loading={setup.isPending}>
              {t('twoFactor.start')}
            </Button>
          </Group>
        )}
        {!enabled && setup.data && (
          <>
            <Alert variant="light" title={t('twoFactor.scanTitle')}>
              <Stack gap="xs">
                <Text size="sm">{t('twoFactor.scanBody')}</Text>
                <Text size="sm" fw={500}>
                  {t('twoFactor.secret')}
                </Text>
                <Code
                  fz="md"
                  style={{ letterSpacing: 1, overflowWrap: 'anywhere' }}
                  data-testid="totp-secret"
                >
                  {setup.data.secret}
                </Code>
                <Text size="sm" fw={500}>
                  {t('twoFactor.link')}
                </Text>
                <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {setup.data.otpauthUrl}
                </Code>
              </Stack>
            </Alert>
            {codeForm(t('twoFactor.turnOn'))}
          </>
        )}
        <ErrorAlert error={setup.error ?? confirm.error} shownFields={['code']} />
      </Stack>
    </Card>
  );
}
