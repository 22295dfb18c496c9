import { Alert, Button, Group, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink } from '../../components/links.js';
import { fieldError } from '../../components/problem-message.js';
import { api, isApiError } from '../../lib/api.js';
import type { PasswordResetCheck } from '../../lib/api-types.generated.js';
import { AuthCard } from './AuthCard.js';

/** What is wrong with the link, in words the person can act on; null for errors that are not about it. */
function linkProblem(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const message = error.forField('token');
  if (message === undefined) return null;
  if (message === 'has expired') return 'auth.resetExpired';
  if (message.startsWith('was already used')) return 'auth.resetUsed';
  return 'auth.resetInvalid';
}

/** Opened from the reset email: a new password, and a two-factor code when the account has it on. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token = '' } = useSearch({ from: '/reset-password' });
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const check = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => api<PasswordResetCheck>('/auth/password-reset/check', { method: 'POST', body: { token } }),
    enabled: Boolean(token),
    retry: false,
  });
  const needsCode = check.data?.twoFactorRequired ?? false;
  const confirm = useMutation({
    mutationFn: () =>
      api('/auth/password-reset/confirm', {
        method: 'POST',
        body: { token, password, ...(needsCode && { code: code.trim() }) },
      }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('auth.resetDone') });
      await navigate({ to: '/sign-in', search: { redirect: undefined } });
    },
  });

  const problem = token ? (linkProblem(check.error) ?? linkProblem(confirm.error)) : 'auth.resetInvalid';
  const footer = (
    <AnchorLink to="/sign-in" search={{ redirect: undefined }} size="sm">
      {t('auth.backToSignIn')}
    </AnchorLink>
  );

  if (problem) {
    return (
      <AuthCard title={t('auth.resetTitle')} onSubmit={() => undefined} footer={footer}>
        <Stack gap="sm">
          <Alert color="red" role="alert">
            {t(problem)}
          </Alert>
          <AnchorLink to="/forgot-password">{t('auth.requestNewLink')}</AnchorLink>
        </Stack>
      </AuthCard>
    );
  }
  if (check.isPending || check.isError) {
    return (
      <AuthCard title={t('auth.resetTitle')} onSubmit={() => void check.refetch()} footer={footer}>
        {check.isPending ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('auth.resetChecking')}</Text>
          </Group>
        ) : (
          <>
            <ErrorAlert error={check.error} />
            <Button type="submit" fullWidth>
              {t('errors.retry')}
            </Button>
          </>
        )}
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('auth.resetTitle')}
      subtitle={t('auth.resetSubtitle')}
      onSubmit={() => confirm.mutate()}
      footer={footer}
    >
      <PasswordInput
        label={t('auth.newPassword')}
        description={t('auth.passwordHint')}
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        error={fieldError(t, confirm.error, 'password')}
        required
        data-autofocus
      />
      {needsCode && (
        <TextInput
          label={t('twoFactor.currentCode')}
          autoComplete="one-time-code"
          maxLength={12}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError(t, confirm.error, 'code')}
          required
        />
      )}
      <ErrorAlert error={confirm.error} shownFields={['password', 'code', 'token']} />
      <Button type="submit" loading={confirm.isPending} fullWidth>
        {t('auth.setNewPassword')}
      </Button>
    </AuthCard>
  );
}
