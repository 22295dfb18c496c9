import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

/**
 * A new secret to add to the authenticator app, and the code from it that makes it the active one.
 * When re-enrolling, a note says the current app keeps working until then.
 */
export function TotpSetupPanel(props: {
  setup: TotpSetup;
  replacing: boolean;
  onEnabled: (recoveryCodes: string[]) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const enable = useMutation({
    mutationFn: () =>
      api<{ recoveryCodes: string[] }>('/auth/totp/enable', { method: 'POST', body: { code } }),
    onSuccess: (result) => props.onEnabled(result.recoveryCodes),
  });

  return (
    <Stack gap="md">
      <Alert variant="light" title={t('twoFactor.scanTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('twoFactor.scanBody')}</Text>
          {props.replacing && <Text size="sm">{t('twoFactor.reenrolNote')}</Text>}
          <Text size="sm" fw={500}>
            {t('twoFactor.secret')}
          </Text>
          <Code fz="md" style={{ letterSpacing: 1, overflowWrap: 'anywhere' }} data-testid="totp-secret">
            {props.setup.secret}
          </Code>
          <Text size="sm" fw={500}>
            {t('twoFactor.link')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {props.setup.otpauthUrl}
          </Code>
        </Stack>
      </Alert>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          enable.mutate();
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
            error={fieldError(t, enable.error, 'code')}
          />
          <Button type="submit" loading={enable.isPending}>
            {t('twoFactor.turnOn')}
          </Button>
          {props.onCancel && (
            <Button variant="subtle" color="gray" onClick={props.onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </form>
      <ErrorAlert error={enable.error} shownFields={['code']} />
    </Stack>
  );
}
