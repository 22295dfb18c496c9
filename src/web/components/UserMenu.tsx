import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconLanguage, IconLogout, IconUser } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../lib/api.js';
import { applyLocale, languageName, LOCALES, type Locale } from '../lib/i18n.js';
import { sessionQuery, useSession } from '../lib/session.js';
import { problemMessage } from './problem-message.js';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toLocaleUpperCase())
    .join('');
}

/** Saves the language on the user's profile and switches the interface at once. */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await applyLocale(locale);
      await api('/auth/profile', { method: 'PATCH', body: { locale } });
      return locale;
    },
    onSuccess: (locale) => {
      queryClient.setQueryData(
        sessionQuery.queryKey,
        (old) => old && { ...old, user: { ...old.user, locale } },
      );
    },
    onError: (error) => notifications.show({ color: 'red', message: problemMessage(t, error) }),
  });
}

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const changeLocale = useChangeLocale();

  const signOut = useMutation({
    mutationFn: () => api('/auth/sign-out', { method: 'POST' }),
    onSettled: async () => {
      setCsrfToken('');
      queryClient.clear();
      await navigate({ to: '/sign-in', search: { redirect: undefined } });
    },
  });

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open')}>
          <Group gap={8} wrap="nowrap">
            <Avatar size={32} radius="xl" color="indigo">
              {initials(session.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={160}>
              {session.user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{session.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/settings/profile" leftSection={<IconUser size={16} />}>
          {t('userMenu.profile')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} />
            {t('userMenu.language')}
          </Group>
        </Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            onClick={() => changeLocale.mutate(locale)}
            rightSection={i18n.language === locale ? <IconCheck size={16} /> : null}
          >
            {languageName(locale)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
