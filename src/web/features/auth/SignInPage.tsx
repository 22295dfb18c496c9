import { Anchor, Button, PasswordInput, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../../components/links.js';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api, isApiError } from '../../lib/api.js';
import { useSetSession } from '../../lib/session.js';
import type { Session } from '../../lib/types.js';
import { AuthCard } from './AuthCard.js';

/** Only paths inside the app are followed after sign-in, never another site; else the home list. */
const safeRedirect = (target: string | undefined) =>
  target && target.startsWith('/') && !target.startsWith('//') ? target : '/';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useSearch({ from: '/sign-in' });
  const setSession = useSetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  // Without the authenticator at hand, one of the recovery codes stands in for its code.
  const [useRecovery, setUseRecovery] = useState(false);

  const secondFactor = !needsCode ? {} : useRecovery ? { recoveryCode: recoveryCode.trim() } : { totpCode };
  const signIn = useMutation({
    mutationFn: () =>
      api<Session>('/auth/sign-in', { method: 'POST', body: { email, password, ...secondFactor } }),
    onSuccess: async (session) => {
      await setSession(session);
      await navigate({ href: safeRedirect(search.redirect) });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401 && error.forField('totpCode') === 'required')
        setNeedsCode(true);
    },
  });
  const codeRequested = isApiError(signIn.error) && signIn.error.forField('totpCode') === 'required';
  const switchCode = () => {
    setUseRecovery(!useRecovery);
    signIn.reset();
  };
  const [title, subtitle] = !needsCode
    ? [t('auth.signInTitle'), t('auth.signInSubtitle')]
    : useRecovery
      ? [t('auth.recoveryTitle'), t('auth.recoveryHelp')]
      : [t('auth.totpTitle'), t('auth.totpHelp')];

  return (
    <AuthCard
      title={title}
      subtitle={subtitle}
      onSubmit={() => signIn.mutate()}
      footer={
        <Text size="sm">
          {t('auth.noAccount')} <AnchorLink to="/sign-up">{t('auth.signUpLink')}</AnchorLink>
        </Text>
      }
    >
      {!needsCode && (
        <>
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError(t, signIn.error, 'email')}
            required
            data-autofocus
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldError(t, signIn.error, 'password')}
            required
          />
          <AnchorLink to="/forgot-password" size="sm" mt={-8} style={{ alignSelf: 'flex-end' }}>
            {t('auth.forgotLink')}
          </AnchorLink>
        </>
      )}
      {needsCode && !useRecovery && (
        <TextInput
          label={t('auth.totpCode')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={totpCode}
          onChange={(e) => setTotpCode(e.currentTarget.value.replace(/\D/g, ''))}
          error={codeRequested ? undefined : fieldError(t, signIn.error, 'totpCode')}
          autoFocus
        />
      )}
      {needsCode && useRecovery && (
        <TextInput
          label={t('auth.recoveryCode')}
          placeholder="xxxxx-xxxxx"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={12}
          value={recoveryCode}
          onChange={(e) => setRecoveryCode(e.currentTarget.value)}
          error={fieldError(t, signIn.error, 'recoveryCode')}
          autoFocus
        />
      )}
      <ErrorAlert
        error={codeRequested ? null : signIn.error}
        shownFields={['email', 'password', 'totpCode', 'recoveryCode']}
      />
      <Button type="submit" loading={signIn.isPending} fullWidth>
        {needsCode ? t('auth.verify') : t('auth.signIn')}
      </Button>
      {needsCode && (
        <Anchor component="button" type="button" size="sm" ta="center" onClick={switchCode}>
          {useRecovery ? t('auth.useAuthenticator') : t('auth.useRecoveryCode')}
        </Anchor>
      )}
    </AuthCard>
  );
}
