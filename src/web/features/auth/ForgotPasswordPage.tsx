import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AnchorLink } from '../../components/links.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { AuthCard } from './AuthCard.js';

/** Asks for the address to send a reset link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: () => api('/auth/password-reset', { method: 'POST', body: { email: email.trim() } }),
  });
  const footer = (
    <AnchorLink to="/sign-in" search={{ redirect: undefined }} size="sm">
      {t('auth.backToSignIn')}
    </AnchorLink>
  );

  if (request.isSuccess) {
    return (
      <AuthCard title={t('auth.checkInboxTitle')} onSubmit={() => request.reset()} footer={footer}>
        <Stack gap="md" role="status">
          <div>
            <Text>{t('auth.resetSentTo')}</Text>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {email.trim()}
            </Text>
          </div>
          <Text>{t('auth.resetSentBody')}</Text>
          <Text size="sm" c="dimmed">
            {t('auth.checkInboxHint')}
          </Text>
          <Button type="submit" variant="default" fullWidth>
            {t('auth.useAnotherAddress')}
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('auth.forgotTitle')}
      subtitle={t('auth.forgotSubtitle')}
      onSubmit={() => request.mutate()}
      footer={footer}
    >
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={fieldError(t, request.error, 'email')}
        required
        data-autofocus
      />
      <ErrorAlert error={request.error} shownFields={['email']} />
      <Button type="submit" loading={request.isPending} fullWidth>
        {t('auth.sendResetLink')}
      </Button>
    </AuthCard>
  );
}
