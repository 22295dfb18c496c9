import { Alert, Button, PasswordInput, Skeleton, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { useSetSession } from '../../lib/session.js';
import type { Session } from '../../lib/types.js';
import { AuthCard } from './AuthCard.js';

interface InvitationPreview {
  email: string;
  workspaceName: string;
}

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const { token = '' } = useSearch({ from: '/accept-invitation' });
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');

  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationPreview>('/invitations/preview', { query: { token } }),
    enabled: token.length > 0,
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () =>
      api<Session>('/auth/accept-invitation', { method: 'POST', body: { token, name, password } }),
    onSuccess: async (session) => {
      await setSession(session);
      await navigate({ to: '/' });
    },
  });
  const invitation = preview.data;

  return (
    <AuthCard
      title={t('auth.invitationTitle')}
      subtitle={
        invitation
          ? t('auth.invitationSubtitle', { workspace: invitation.workspaceName, email: invitation.email })
          : undefined
      }
      onSubmit={() => accept.mutate()}
    >
      {preview.isLoading && <Skeleton height={120} />}
      {(!token || preview.isError) && (
        <Alert color="red" role="alert">
          {t('auth.invitationInvalid')}
        </Alert>
      )}
      {invitation && (
        <>
          <TextInput label={t('fields.email')} value={invitation.email} readOnly />
          <TextInput
            label={t('auth.yourName')}
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(t, accept.error, 'name')}
            required
          />
          <PasswordInput
            label={t('auth.password')}
            // The page does not know whether the address has an account, so one sentence covers both.
            description={t('auth.invitationPasswordHint')}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(t, accept.error, 'password')}
            required
          />
          <ErrorAlert error={accept.error} shownFields={['name', 'password']} />
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t('auth.joinWorkspace')}
          </Button>
        </>
      )}
    </AuthCard>
  );
}
