import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { api } from '../../lib/api.js';
import { sessionQuery, useSession } from '../../lib/session.js';
import { ConfirmIdentityModal } from './ConfirmIdentityModal.js';
import { RecoveryCodesPanel } from './RecoveryCodesPanel.js';
import { TotpSetupPanel, type TotpSetup } from './TotpSetupPanel.js';

type Dialog = 'disable' | 'reenrol' | 'regenerate';
const statusKey = ['two-factor'];

/**
 * Two-factor sign-in: set it up (secret shown, a code turns it on, recovery codes shown once); while
 * it is on, a new authenticator, new recovery codes and turning it off each ask for a current code.
 */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const enabled = session.user.totpEnabled;
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => api<{ enabled: boolean; recoveryCodesLeft: number }>('/auth/totp'),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: statusKey }),
    ]);

  const start = useMutation({
    mutationFn: () => api<TotpSetup>('/auth/totp/setup', { method: 'POST', body: {} }),
    onSuccess: setSetup,
  });
  const showCodes = async (recoveryCodes: string[]) => {
    setCodes(recoveryCodes);
    setDialog(null);
    await refresh();
  };
  const onEnabled = async (recoveryCodes: string[]) => {
    notifications.show({ color: 'green', message: t('twoFactor.enabled') });
    setSetup(null);
    await showCodes(recoveryCodes);
  };

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
        {codes && (
          <RecoveryCodesPanel codes={codes} email={session.user.email} onDone={() => setCodes(null)} />
        )}
        {setup && (
          <TotpSetupPanel
            setup={setup}
            replacing={enabled}
            onEnabled={(recoveryCodes) => void onEnabled(recoveryCodes)}
            {...(enabled && { onCancel: () => setSetup(null) })}
          />
        )}
        {!enabled && !setup && (
          <Group>
            <Button variant="light" onClick={() => start.mutate()} loading={start.isPending}>
              {t('twoFactor.start')}
            </Button>
          </Group>
        )}
        {enabled && !setup && (
          <>
            {status.data && (
              <Text size="sm">{t('twoFactor.codesLeft', { count: status.data.recoveryCodesLeft })}</Text>
            )}
            <Group gap="sm">
              <Button variant="default" onClick={() => setDialog('reenrol')}>
                {t('twoFactor.newAuthenticator')}
              </Button>
              <Button variant="default" onClick={() => setDialog('regenerate')}>
                {t('twoFactor.newCodes')}
              </Button>
              <Button variant="light" color="red" onClick={() => setDialog('disable')}>
                {t('twoFactor.turnOff')}
              </Button>
            </Group>
          </>
        )}
        <ErrorAlert error={start.error} />
      </Stack>
      {dialog === 'disable' && (
        <ConfirmIdentityModal
          title={t('twoFactor.disableTitle')}
          body={t('twoFactor.disableBody')}
          submitLabel={t('twoFactor.turnOff')}
          withPassword
          danger
          send={(proof) => api('/auth/totp/disable', { method: 'POST', body: proof })}
          onDone={() => {
            notifications.show({ color: 'green', message: t('twoFactor.disabled') });
            setDialog(null);
            setCodes(null);
            void refresh();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reenrol' && (
        <ConfirmIdentityModal
          title={t('twoFactor.reenrolTitle')}
          body={t('twoFactor.reenrolBody')}
          submitLabel={t('twoFactor.continue')}
          withPassword
          send={(proof) => api<TotpSetup>('/auth/totp/setup', { method: 'POST', body: proof })}
          onDone={(result) => {
            setDialog(null);
            setCodes(null);
            setSetup(result);
            void queryClient.invalidateQueries({ queryKey: statusKey });
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'regenerate' && (
        <ConfirmIdentityModal
          title={t('twoFactor.regenerateTitle')}
          body={t('twoFactor.regenerateBody')}
          submitLabel={t('twoFactor.newCodes')}
          withPassword={false}
          send={(proof) =>
            api<{ recoveryCodes: string[] }>('/auth/totp/recovery-codes', { method: 'POST', body: proof })
          }
          onDone={(result) => void showCodes(result.recoveryCodes)}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}
