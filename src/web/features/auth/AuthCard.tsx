import { Anchor, Center, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale, isLocale, languageName, LOCALES } from '../../lib/i18n.js';

/** The frame of the signed-out pages: a title, a form and a language picker. */
export function AuthCard(props: {
  title: string;
  subtitle?: string;
  onSubmit: () => void;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="lg">
        <Text ta="center" fw={750} size="xl" c="indigo.7">
          {t('app.name')}
        </Text>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={2} size="h3">
                  {props.title}
                </Title>
                {props.subtitle && (
                  <Text c="dimmed" size="sm" mt={4}>
                    {props.subtitle}
                  </Text>
                )}
              </div>
              {props.children}
            </Stack>
          </form>
        </Paper>
        <Group justify="space-between" align="center">
          <div>{props.footer}</div>
          <Select
            label={t('userMenu.language')}
            size="xs"
            w={150}
            data={LOCALES.map((locale) => ({ value: locale, label: languageName(locale) }))}
            value={i18n.language}
            onChange={(value) => isLocale(value) && void applyLocale(value)}
            allowDeselect={false}
          />
        </Group>
      </Stack>
    </Center>
  );
}

export { Anchor };
