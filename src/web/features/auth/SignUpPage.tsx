import { Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../../components/links.js';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { useSetSession } from '../../lib/session.js';
import type { Session } from '../../lib/types.js';
import { AuthCard } from './AuthCard.js';

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const [form, setForm] = useState({ workspaceName: '', name: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.currentTarget.value }));

  const signUp = useMutation({
    mutationFn: () =>
      api<Session>('/auth/sign-up', { method: 'POST', body: { ...form, locale: i18n.language } }),
    onSuccess: async (session) => {
      await setSession(session);
      await navigate({ to: '/people' });
    },
  });
  const error = (field: string) => fieldError(t, signUp.error, field);

  return (
    <AuthCard
      title={t('auth.signUpTitle')}
      subtitle={t('auth.signUpSubtitle')}
      onSubmit={() => signUp.mutate()}
      footer={
        <Text size="sm">
          {t('auth.haveAccount')}{' '}
          <AnchorLink to="/sign-in" search={{ redirect: undefined }}>
            {t('auth.signInLink')}
          </AnchorLink>
        </Text>
      }
    >
      <TextInput
        label={t('auth.workspaceName')}
        value={form.workspaceName}
        onChange={set('workspaceName')}
        error={error('workspaceName')}
        required
        data-autofocus
      />
      <TextInput
        label={t('auth.yourName')}
        autoComplete="name"
        value={form.name}
        onChange={set('name')}
        error={error('name')}
        required
      />
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={set('email')}
        error={error('email')}
        required
      />
      <PasswordInput
        label={t('auth.password')}
        description={t('auth.passwordHint')}
        autoComplete="new-password"
        value={form.password}
        onChange={set('password')}
        error={error('password')}
        required
      />
      <ErrorAlert error={signUp.error} shownFields={['workspaceName', 'name', 'email', 'password']} />
      <Button type="submit" loading={signUp.isPending} fullWidth>
        {t('auth.createWorkspace')}
      </Button>
    </AuthCard>
  );
}
