import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';

/**
 * Asks for a current code (from the app, or a recovery code) and, when the change needs it, the
 * password, before a two-factor change: turning it off, a new authenticator, new recovery codes.
 */
export function ConfirmIdentityModal<Result>(props: {
  title: string;
  body: string;
  submitLabel: string;
  withPassword: boolean;
  danger?: boolean;
  send: (proof: { password?: string; code: string }) => Promise<Result>;
  onDone: (result: Result) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const confirm = useMutation({
    mutationFn: () => props.send({ ...(props.withPassword && { password }), code: code.trim() }),
    onSuccess: props.onDone,
  });

  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm.mutate();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{props.body}</Text>
          {props.withPassword && (
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldError(t, confirm.error, 'password')}
              required
              data-autofocus
            />
          )}
          <TextInput
            label={t('twoFactor.currentCode')}
            autoComplete="one-time-code"
            maxLength={12}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(t, confirm.error, 'code')}
            required
            data-autofocus={props.withPassword ? undefined : true}
          />
          <ErrorAlert error={confirm.error} shownFields={['password', 'code']} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={confirm.isPending} color={props.danger ? 'red' : undefined}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
