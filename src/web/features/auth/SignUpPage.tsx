import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
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

interface SignUpAccepted {
  status: 'verification_sent';
  email: string;
}

/** Sign-up answers with a session only on an instance without users; otherwise it emails a link. */
const isSession = (answer: Session | SignUpAccepted): answer is Session => 'user' in answer;

function CheckInbox({ email, onChangeAddress }: { email: string; onChangeAddress: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" role="status">
      <div>
        <Text>{t('auth.checkInboxSentTo')}</Text>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {email}
        </Text>
      </div>
      <Text>{t('auth.checkInboxBody')}</Text>
      <Text size="sm" c="dimmed">
        {t('auth.checkInboxHint')}
      </Text>
      <Button variant="default" onClick={onChangeAddress} fullWidth>
        {t('auth.useAnotherAddress')}
      </Button>
    </Stack>
  );
}

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const [form, setForm] = useState({ workspaceName: '', name: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.currentTarget.value }));

  const signUp = useMutation({
    mutationFn: () =>
      api<Session | SignUpAccepted>('/auth/sign-up', {
        method: 'POST',
        body: { ...form, locale: i18n.language },
      }),
    onSuccess: async (answer) => {
      if (!isSession(answer)) return;
      await setSession(answer);
      await navigate({ to: '/' });
    },
  });
  const sentTo = signUp.data && !isSession(signUp.data) ? signUp.data.email : null;
  const error = (field: string) => fieldError(t, signUp.error, field);

  const footer = (
    <Text size="sm">
      {t('auth.haveAccount')}{' '}
      <AnchorLink to="/sign-in" search={{ redirect: undefined }}>
        {t('auth.signInLink')}
      </AnchorLink>
    </Text>
  );

  if (sentTo) {
    return (
      <AuthCard title={t('auth.checkInboxTitle')} onSubmit={() => signUp.reset()} footer={footer}>
        <CheckInbox email={sentTo} onChangeAddress={() => signUp.reset()} />
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('auth.signUpTitle')}
      subtitle={t('auth.signUpSubtitle')}
      onSubmit={() => signUp.mutate()}
      footer={footer}
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
