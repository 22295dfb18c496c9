import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeLocale } from '../../components/UserMenu.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/problem-message.js';
import { api } from '../../lib/api.js';
import { isLocale, languageName, LOCALES } from '../../lib/i18n.js';
import { sessionQuery, useSession } from '../../lib/session.js';
import { CalendarFeedCard } from '../activities/CalendarFeedCard.js';
import { ChangePasswordCard } from './ChangePasswordCard.js';
import { SessionsCard } from './SessionsCard.js';
import { TwoFactorCard } from './TwoFactorCard.js';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const changeLocale = useChangeLocale();
  const [name, setName] = useState(session.user.name);
  const [timeZone, setTimeZone] = useState<string | null>(session.user.timeZone);
  const zones = Intl.supportedValuesOf('timeZone');

  const save = useMutation({
    mutationFn: () => api('/auth/profile', { method: 'PATCH', body: { name, timeZone } }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('profile.saved') });
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });

  return (
    <Stack gap="lg">
      <Card withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t('profile.title')}
        </Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Stack gap="md" maw={480}>
            <TextInput
              label={t('profile.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(t, save.error, 'name')}
            />
            <TextInput label={t('fields.email')} value={session.user.email} readOnly />
            <Select
              label={t('profile.timeZone')}
              description={t('profile.timeZoneHint')}
              searchable
              clearable
              data={zones}
              value={timeZone}
              onChange={setTimeZone}
              error={fieldError(t, save.error, 'timeZone')}
            />
            <ErrorAlert error={save.error} shownFields={['name', 'timeZone']} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t('profile.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder p="lg">
        <Title order={2} size="h4" mb="xs">
          {t('profile.languageTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('profile.languageHint')}
        </Text>
        <Select
          label={t('userMenu.language')}
          maw={280}
          data={LOCALES.map((locale) => ({ value: locale, label: languageName(locale) }))}
          value={i18n.language}
          allowDeselect={false}
          onChange={(value) => isLocale(value) && changeLocale.mutate(value)}
        />
      </Card>
      <Title order={2} size="h3" mt="md">
        {t('security.title')}
      </Title>
      <ChangePasswordCard />
      <TwoFactorCard />
      <SessionsCard />
      <CalendarFeedCard />
    </Stack>
  );
}
