import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink } from '../../components/links.js';
import { api, isApiError } from '../../lib/api.js';
import { useSetSession } from '../../lib/session.js';
import type { Session } from '../../lib/types.js';
import { AuthCard } from './AuthCard.js';

/** What went wrong with the link, in words the person can act on; null for errors that are not about it. */
function linkProblem(error: unknown): string | null {
  if (!isApiError(error)) return null;
  if (error.status === 409) return 'auth.verifyAccountExists';
  const message = error.forField('token');
  if (message === 'has expired') return 'auth.verifyExpired';
  if (message === 'was already used') return 'auth.verifyUsed';
  if (message !== undefined) return 'auth.verifyInvalid';
  return null;
}

/** Opened from the sign-up email: confirms the link at once and lands in the new workspace. */
export function VerifySignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const { token = '' } = useSearch({ from: '/verify-sign-up' });

  const confirm = useMutation({
    mutationFn: () => api<Session>('/auth/sign-up/confirm', { method: 'POST', body: { token } }),
    onSuccess: async (session) => {
      await setSession(session);
      await navigate({ to: '/' });
    },
  });
  // A link works once: React's development double effects must not send it twice.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    confirm.mutate();
  }, [confirm, token]);

  const problem = token ? linkProblem(confirm.error) : 'auth.verifyInvalid';
  const waiting = token && !confirm.isError;

  return (
    <AuthCard title={t('auth.verifyTitle')} onSubmit={() => confirm.mutate()}>
      {waiting && (
        <Group gap="sm" role="status" wrap="nowrap" align="flex-start">
          <Loader size="sm" mt={2} />
          <Text>{t('auth.verifying')}</Text>
        </Group>
      )}
      {problem && (
        <Stack gap="sm">
          <Alert color="red" role="alert">
            {t(problem)}
          </Alert>
          <Group gap="lg">
            <AnchorLink to="/sign-in" search={{ redirect: undefined }}>
              {t('auth.signInLink')}
            </AnchorLink>
            <AnchorLink to="/sign-up">{t('auth.signUpAgain')}</AnchorLink>
          </Group>
        </Stack>
      )}
      {token && confirm.isError && !problem && (
        <>
          <ErrorAlert error={confirm.error} />
          <Button type="submit" loading={confirm.isPending} fullWidth>
            {t('errors.retry')}
          </Button>
        </>
      )}
    </AuthCard>
  );
}
